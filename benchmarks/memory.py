"""Peak memory of the full check of the bench file (aspell and hunspell alongside, for information).

    arabspell check --format json --exit-zero news-1m.txt > /dev/null

The peak resident set size is the child's own: a fresh small Python process spawns the command
and reads `resource.getrusage(RUSAGE_CHILDREN).ru_maxrss` once it has exited, so nothing of this
script is counted (the figure `/usr/bin/time -v` gives as "Maximum resident set size", give or take
the wrapper's ~11 MiB, which Linux counts in its child's peak). With worker processes (--jobs) it
is the largest single process, not the sum. --runs rounds (default 1); the highest peak counts.
Target: peak RSS <= 300 MiB.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from _common import (
    ASPELL,
    HUNSPELL,
    Command,
    Row,
    Run,
    arabspell_exe,
    bench_file,
    interleaved,
    main_of,
    max_peak,
    references,
    verdict,
    word_count,
)

NAME = "memory"
TARGET_MIB = 300.0


def build_parser() -> argparse.ArgumentParser:
    """The command-line options."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=1, help="rounds (default 1); the highest peak counts")
    parser.add_argument("--bench", help="the bench file (default ../shared/eval/bench/news-1m.txt)")
    parser.add_argument("--target", type=float, default=TARGET_MIB, help="highest passing peak RSS in MiB")
    parser.add_argument("--no-references", action="store_true", help="measure arabspell only")
    return parser


def commands(bench: Path, available: dict[str, bool]) -> dict[str, Command]:
    """The full check by arabspell and by whichever reference tools are available."""
    cmds = {"arabspell": Command([arabspell_exe(), "check", "--format", "json", "--exit-zero", str(bench)])}
    if available.get(ASPELL):
        cmds[ASPELL] = Command([ASPELL, "-d", "ar-large", "list"], stdin=bench)
    if available.get(HUNSPELL):
        cmds[HUNSPELL] = Command([HUNSPELL, "-d", "ar", "-l", str(bench)])
    return cmds


def summarise(results: dict[str, list[Run]], words: int, target: float) -> list[Row]:
    """Detail lines on stdout; the summary rows."""
    for name, runs in results.items():
        print(f"{name:>9}: peak RSS {max_peak(runs):.0f} MiB ({[round(r.peak_mib) for r in runs]} MiB per run)")
    ours = max_peak(results["arabspell"])
    ok = ours <= target
    print(f"arabspell peak RSS {ours:.0f} MiB (target <= {target:.0f} MiB): {verdict(ok)}")
    measure = f"peak RSS, full check of {words / 1e6:.2f}M words"
    others = ", ".join(f"{name} {max_peak(runs):.0f} MiB" for name, runs in results.items() if name != "arabspell")
    return [Row(NAME, measure, f"{ours:.0f} MiB", others or "–", "–", f"≤ {target:.0f} MiB", verdict(ok))]


def run(options: argparse.Namespace) -> list[Row]:
    """Run the benchmark; the summary rows (a skipped row when the bench file is absent)."""
    bench = bench_file(options.bench)
    if bench is None:
        return [Row(NAME, "peak RSS, full check", "–", verdict="skipped: no bench file")]
    words = word_count(bench.read_text(encoding="utf-8"))
    available = {} if options.no_references else references([ASPELL, HUNSPELL])
    results = interleaved(commands(bench, available), options.runs, label=NAME)
    return summarise(results, words, options.target)


def main(argv: list[str] | None = None) -> int:
    """Entry point: run, print the table; exit 0 (a FAIL is a figure, not an error), 1 if a command failed."""
    return main_of(NAME, build_parser(), run, argv)


if __name__ == "__main__":
    sys.exit(main())
