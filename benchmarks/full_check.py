"""Full check of the bench file: arabspell against aspell (and hunspell, for information) in one run.

    arabspell check --format json --exit-zero news-1m.txt > /dev/null
    aspell -d ar-large list < news-1m.txt > /dev/null        (the reference: aspell only lists words)
    hunspell -d ar -l news-1m.txt > /dev/null                  (information only)

The commands take turns, --runs rounds (default 3); their medians are compared.
Target (issue 16): median(arabspell) / median(aspell) <= 6.
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
    describe,
    interleaved,
    main_of,
    median_seconds,
    references,
    verdict,
    word_count,
)

NAME = "full check"
TARGET = 6.0


def build_parser() -> argparse.ArgumentParser:
    """The command-line options."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=3, help="timed rounds of each command (default 3)")
    parser.add_argument("--bench", help="the bench file (default ../shared/eval/bench/news-1m.txt)")
    parser.add_argument("--target", type=float, default=TARGET, help="highest passing ratio arabspell/aspell")
    return parser


def commands(bench: Path, available: dict[str, bool]) -> dict[str, Command]:
    """arabspell and whichever reference tools are available, on the bench file."""
    cmds = {"arabspell": Command([arabspell_exe(), "check", "--format", "json", "--exit-zero", str(bench)])}
    if available.get(ASPELL):
        cmds[ASPELL] = Command([ASPELL, "-d", "ar-large", "list"], stdin=bench)
    if available.get(HUNSPELL):
        cmds[HUNSPELL] = Command([HUNSPELL, "-d", "ar", "-l", str(bench)])
    return cmds


def summarise(results: dict[str, list[Run]], words: int, target: float) -> list[Row]:
    """Detail lines on stdout; the summary rows."""
    print(f"bench file: {words:,} words")
    for name, runs in results.items():
        print(describe(name, runs, words))
    ours = median_seconds(results["arabspell"])
    measure = f"wall time, {words / 1e6:.2f}M words"
    out: list[Row] = []
    if ASPELL in results:
        theirs = median_seconds(results[ASPELL])
        ratio = ours / theirs
        print(f"ratio arabspell/aspell: {ratio:.2f} (target <= {target}): {verdict(ratio <= target)}")
        out.append(
            Row(
                NAME,
                measure,
                f"{ours:.2f} s",
                f"aspell {theirs:.2f} s",
                f"{ratio:.2f}",
                f"≤ {target}",
                verdict(ratio <= target),
            )
        )
    else:
        out.append(Row(NAME, measure, f"{ours:.2f} s", verdict="skipped: no aspell"))
    if HUNSPELL in results:
        theirs = median_seconds(results[HUNSPELL])
        ratio = ours / theirs
        print(f"ratio arabspell/hunspell: {ratio:.2f} (information)")
        out.append(Row(NAME, measure, f"{ours:.2f} s", f"hunspell {theirs:.2f} s", f"{ratio:.2f}"))
    return out


def run(options: argparse.Namespace) -> list[Row]:
    """Run the benchmark; the summary rows (a skipped row when the bench file is absent)."""
    bench = bench_file(options.bench)
    if bench is None:
        return [Row(NAME, "wall time vs aspell", "–", verdict="skipped: no bench file")]
    words = word_count(bench.read_text(encoding="utf-8"))
    available = references([ASPELL, HUNSPELL])
    results = interleaved(commands(bench, available), options.runs, label=NAME)
    return summarise(results, words, options.target)


def main(argv: list[str] | None = None) -> int:
    """Entry point: run, print the table; exit 0 (a FAIL is a figure, not an error), 1 if a command failed."""
    return main_of(NAME, build_parser(), run, argv)


if __name__ == "__main__":
    sys.exit(main())
