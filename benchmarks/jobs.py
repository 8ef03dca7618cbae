"""Parallel checking: a folder of article files with `--jobs 1` against `--jobs N`.

The bench file is split into one file per article (4,000; --articles caps it) in a temporary
directory, then, taking turns, --runs rounds (default 1) of

    arabspell check --format json --exit-zero --jobs 1 DIR > /dev/null
    arabspell check --format json --exit-zero --jobs N DIR > /dev/null

with N = --jobs (default: the number of cores). Speed-up = median(jobs 1) / median(jobs N).
Target: speed-up >= 0.8 * N. When `arabspell check` has no --jobs option yet, this says so
and exits 0.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from _common import (
    Command,
    Row,
    Run,
    arabspell_exe,
    arabspell_help,
    articles,
    bench_file,
    describe,
    interleaved,
    main_of,
    median_seconds,
    skip,
    temp_dir,
    verdict,
    word_count,
)

NAME = "jobs"
EFFICIENCY = 0.8


def build_parser() -> argparse.ArgumentParser:
    """The command-line options."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--bench", help="the bench file (default ../shared/eval/bench/news-1m.txt)")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 2, help="N to compare with 1 (default: cores)")
    parser.add_argument("--articles", type=int, default=None, help="check only the first N articles")
    parser.add_argument("--runs", type=int, default=1, help="timed rounds of each setting (default 1)")
    parser.add_argument("--efficiency", type=float, default=EFFICIENCY, help="target speed-up per job")
    return parser


def has_jobs_option() -> bool:
    """True when `arabspell check` accepts --jobs."""
    return "--jobs" in arabspell_help()


def split_articles(bench: Path, folder: Path, limit: int | None) -> tuple[int, int]:
    """Write each article of the bench file (the first `limit`) to its own file; (files, words)."""
    parts = articles(bench.read_text(encoding="utf-8"))[:limit]
    width = len(str(len(parts)))
    for i, part in enumerate(parts, 1):
        (folder / f"article-{i:0{width}d}.txt").write_text(part, encoding="utf-8")
    return len(parts), sum(word_count(part) for part in parts)


def commands(folder: Path, jobs: int) -> dict[str, Command]:
    """The check of the folder with one job and with `jobs` jobs."""
    base = [arabspell_exe(), "check", "--format", "json", "--exit-zero"]
    return {
        "--jobs 1": Command([*base, "--jobs", "1", str(folder)]),
        f"--jobs {jobs}": Command([*base, "--jobs", str(jobs), str(folder)]),
    }


def summarise(results: dict[str, list[Run]], jobs: int, files: int, words: int, efficiency: float) -> list[Row]:
    """Detail lines on stdout; the summary row."""
    print(f"{files:,} article files, {words:,} words, {os.cpu_count()} cores")
    for name, runs in results.items():
        print(describe(name, runs, words))
    one, many = (median_seconds(runs) for runs in results.values())
    speedup = one / many
    target = efficiency * jobs
    ok = speedup >= target
    print(f"speed-up with {jobs} jobs: {speedup:.2f} (target >= {target:.2f}): {verdict(ok)}")
    return [
        Row(
            NAME,
            f"{files:,} files: --jobs 1 / --jobs {jobs}",
            f"{one:.2f} s / {many:.2f} s",
            ratio=f"{speedup:.2f}×",
            target=f"≥ {target:.2f}×",
            verdict=verdict(ok),
        )
    ]


def run(options: argparse.Namespace) -> list[Row]:
    """Run the benchmark; the summary rows (a skipped row without the bench file or --jobs)."""
    if not has_jobs_option():
        skip("`arabspell check` has no --jobs option yet")
        return [Row(NAME, "--jobs 1 vs --jobs N", "–", verdict="skipped: no --jobs option yet")]
    bench = bench_file(options.bench)
    if bench is None:
        return [Row(NAME, "--jobs 1 vs --jobs N", "–", verdict="skipped: no bench file")]
    with temp_dir("jobs") as tmp:
        files, words = split_articles(bench, Path(tmp), options.articles)
        results = interleaved(commands(Path(tmp), options.jobs), options.runs, label=NAME)
    return summarise(results, options.jobs, files, words, options.efficiency)


def main(argv: list[str] | None = None) -> int:
    """Entry point: run, print the table; exit 0 (a FAIL is a figure, not an error), 1 if a command failed."""
    return main_of(NAME, build_parser(), run, argv)


if __name__ == "__main__":
    sys.exit(main())
