"""Run every benchmark in a row with short settings and print one summary table (markdown).

    python benchmarks/run_all.py                # about 5 minutes on 2 cores today
    python benchmarks/run_all.py --skip jobs growth

Short settings: full check 1 round, start-up 10 rounds, memory 1 round, growth up to 1x the
bench file and 100 / 1,000 / 10,000 names, jobs on the first --articles articles (default 1,000).
Each benchmark prints its own details first; the combined table comes last, ready for
docs/performance.md.
"""

from __future__ import annotations

import argparse
import os
import platform
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import full_check
import growth
import jobs
import memory
import startup
from _common import REPO, BenchError, Row, markdown_table, progress

BENCHMARKS = ("full_check", "startup", "memory", "growth", "jobs")


def build_parser() -> argparse.ArgumentParser:
    """The command-line options."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--bench", help="the bench file (default ../shared/eval/bench/news-1m.txt)")
    parser.add_argument("--skip", nargs="*", default=[], choices=BENCHMARKS, help="benchmarks to leave out")
    parser.add_argument("--articles", type=int, default=1000, help="articles for the jobs benchmark (default 1000)")
    return parser


def plans(options: argparse.Namespace) -> dict[str, tuple[Callable[[argparse.Namespace], list[Row]], list[str]]]:
    """Each benchmark's run function and its short arguments."""
    bench = ["--bench", options.bench] if options.bench else []
    return {
        "full_check": (full_check.run, [*bench, "--runs", "1"]),
        "startup": (startup.run, ["--runs", "10"]),
        "memory": (memory.run, [*bench, "--runs", "1", "--no-references"]),
        "growth": (growth.run, [*bench, "--max", "1"]),
        "jobs": (jobs.run, [*bench, "--articles", str(options.articles)]),
    }


def parsers() -> dict[str, argparse.ArgumentParser]:
    """Each benchmark's own argument parser."""
    return {
        "full_check": full_check.build_parser(),
        "startup": startup.build_parser(),
        "memory": memory.build_parser(),
        "growth": growth.build_parser(),
        "jobs": jobs.build_parser(),
    }


def code_version() -> str:
    """The commit measured, and whether src/ had uncommitted changes ("unknown" outside git); or
    where arabspell is imported from when that is not this checkout (PYTHONPATH, another install)."""
    where = subprocess.run(
        [sys.executable, "-c", "import arabspell; print(arabspell.__file__)"], capture_output=True, text=True
    ).stdout.strip()
    if where and not Path(where).resolve().is_relative_to(REPO):
        return f"arabspell from {Path(where).parent}"
    git = ["git", "-C", str(REPO)]
    head = subprocess.run([*git, "rev-parse", "--short", "HEAD"], capture_output=True, text=True, check=False)
    if head.returncode != 0:
        return "unknown"
    dirty = subprocess.run([*git, "status", "--porcelain", "--", "src"], capture_output=True, text=True, check=False)
    return head.stdout.strip() + (" + uncommitted changes in src/" if dirty.stdout.strip() else "")


def run_one(name: str, run: Callable[[argparse.Namespace], list[Row]], options: argparse.Namespace) -> list[Row]:
    """Run one benchmark; a failed command becomes an ERROR row rather than ending the series."""
    print(f"\n## {name}\n", flush=True)
    try:
        return run(options)
    except BenchError as exc:
        print(f"ERROR: {exc}")
        return [Row(name, "–", "–", verdict=f"ERROR: {str(exc)[:80]}")]


def main(argv: list[str] | None = None) -> int:
    """Entry point: run the benchmarks, then the combined table; exit 0."""
    options = build_parser().parse_args(argv)
    rows: list[Row] = []
    started = time.perf_counter()
    argument_parsers = parsers()
    for name, (run, args) in plans(options).items():
        if name in options.skip:
            continue
        progress(f"=== {name} {' '.join(args)}")
        rows += run_one(name, run, argument_parsers[name].parse_args(args))
    minutes = (time.perf_counter() - started) / 60
    when = f"{time.strftime('%Y-%m-%d')}, code: {code_version()}"
    print(f"\n## Summary ({when}, Python {platform.python_version()}, {os.cpu_count()} cores, {minutes:.1f} min)\n")
    print(markdown_table(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
