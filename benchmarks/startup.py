"""Start-up: one short article checked as a pre-commit hook does, against hunspell on the same file.

    arabspell check --exit-zero seeds/000_69343e0133e2dd8e.txt > /dev/null
    hunspell -d ar -l seeds/000_69343e0133e2dd8e.txt > /dev/null   (the reference)
    aspell -d ar-large list < seeds/000_69343e0133e2dd8e.txt       (information only)

The seed article has 346 words, so the time is mostly loading: interpreter, imports, lexicon
and dictionaries. One untimed warm-up round, then --runs rounds (default 10), taking turns.
Target (issue 16): median(arabspell) / median(hunspell) <= 1.2.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from _common import (
    ASPELL,
    HUNSPELL,
    SEED,
    Command,
    Row,
    Run,
    arabspell_exe,
    describe,
    interleaved,
    main_of,
    median_seconds,
    references,
    verdict,
    word_count,
)

NAME = "start-up"
TARGET = 1.2


def build_parser() -> argparse.ArgumentParser:
    """The command-line options."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=10, help="timed rounds of each command (default 10)")
    parser.add_argument("--warmup", type=int, default=1, help="untimed rounds first (default 1)")
    parser.add_argument("--file", type=Path, default=SEED, help="the article to check (default: the seed)")
    parser.add_argument("--target", type=float, default=TARGET, help="highest passing ratio arabspell/hunspell")
    return parser


def commands(article: Path, available: dict[str, bool]) -> dict[str, Command]:
    """arabspell as the pre-commit hook runs it, and whichever reference tools are available."""
    cmds = {"arabspell": Command([arabspell_exe(), "check", "--exit-zero", str(article)])}
    if available.get(HUNSPELL):
        cmds[HUNSPELL] = Command([HUNSPELL, "-d", "ar", "-l", str(article)])
    if available.get(ASPELL):
        cmds[ASPELL] = Command([ASPELL, "-d", "ar-large", "list"], stdin=article)
    return cmds


def summarise(results: dict[str, list[Run]], words: int, target: float) -> list[Row]:
    """Detail lines on stdout; the summary rows."""
    for name, runs in results.items():
        print(describe(name, runs))
    ours = median_seconds(results["arabspell"])
    measure = f"one article ({words} words), pre-commit style"
    out: list[Row] = []
    if HUNSPELL in results:
        theirs = median_seconds(results[HUNSPELL])
        ratio = ours / theirs
        print(f"ratio arabspell/hunspell: {ratio:.2f} (target <= {target}): {verdict(ratio <= target)}")
        out.append(
            Row(
                NAME,
                measure,
                f"{ours:.3f} s",
                f"hunspell {theirs:.3f} s",
                f"{ratio:.2f}",
                f"≤ {target}",
                verdict(ratio <= target),
            )
        )
    else:
        out.append(Row(NAME, measure, f"{ours:.3f} s", verdict="skipped: no hunspell"))
    if ASPELL in results:
        theirs = median_seconds(results[ASPELL])
        out.append(Row(NAME, measure, f"{ours:.3f} s", f"aspell {theirs:.3f} s", f"{ours / theirs:.1f}"))
    return out


def run(options: argparse.Namespace) -> list[Row]:
    """Run the benchmark; the summary rows."""
    available = references([HUNSPELL, ASPELL])
    results = interleaved(commands(options.file, available), options.runs, options.warmup, label=NAME)
    return summarise(results, word_count(options.file.read_text(encoding="utf-8")), options.target)


def main(argv: list[str] | None = None) -> int:
    """Entry point: run, print the table; exit 0 (a FAIL is a figure, not an error), 1 if a command failed."""
    return main_of(NAME, build_parser(), run, argv)


if __name__ == "__main__":
    sys.exit(main())
