"""Profile the check: where does the time go? The top functions by own time (cProfile tottime).

The first --words words of the bench file (default 200,000, cut at an article boundary) are
written to a temporary file and checked as the full-check benchmark does, under cProfile:

    python -m cProfile -o PROFILE $(which arabspell) check --format json --exit-zero SLICE > /dev/null

then the --top functions (default 10) are printed by own time (a markdown table: calls, own
time and its share of the total, cumulative time).
cProfile slows pure-Python code down (about 1.5-2x), so the shares matter, not the seconds.
"""

from __future__ import annotations

import argparse
import pstats
import subprocess
import sys
from pathlib import Path

from _common import arabspell_exe, articles, bench_file, first_words, progress, temp_dir, word_count

NAME = "profile"


def build_parser() -> argparse.ArgumentParser:
    """The command-line options."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--bench", help="the bench file (default ../shared/eval/bench/news-1m.txt)")
    parser.add_argument("--words", type=int, default=200_000, help="words of the bench file to check")
    parser.add_argument("--top", type=int, default=10, help="functions to list (default 10)")
    parser.add_argument("--sort", default="tottime", help="pstats sort key (default tottime)")
    parser.add_argument("--save", type=Path, help="also keep the raw profile here (for snakeviz, pstats)")
    return parser


def profile(slice_path: Path, out: Path) -> None:
    """Run the check of a file under cProfile, the profile written to `out`."""
    argv = [sys.executable, "-m", "cProfile", "-o", str(out), arabspell_exe()]
    argv += ["check", "--format", "json", "--exit-zero", str(slice_path)]
    progress(f"[{NAME}] {' '.join(argv)}")
    subprocess.run(argv, stdout=subprocess.DEVNULL, check=True)


def short(filename: str) -> str:
    """A profiled file's name from its package down (arabspell/rules/names.py), or the built-in's tag."""
    parts = Path(filename).parts
    for package in ("arabspell", "rapidfuzz", "rich", "typer", "click", "marisa_trie"):
        if package in parts:
            return "/".join(parts[len(parts) - 1 - parts[::-1].index(package) :])
    return Path(filename).name if filename.startswith("/") else filename


def top(profile_path: Path, count: int, sort: str) -> str:
    """The top `count` functions as a markdown table: calls, own time, its share, cumulative time."""
    stats = pstats.Stats(str(profile_path))
    total = stats.total_tt  # type: ignore[attr-defined]
    index = {"tottime": 2, "cumtime": 3, "ncalls": 1}.get(sort, 2)
    rows = sorted(stats.stats.items(), key=lambda item: item[1][index], reverse=True)[:count]  # type: ignore[attr-defined]
    lines = [
        f"total {total:.2f} s under cProfile, top {count} by {sort}:",
        "",
        "| # | Function | Calls | Own s | Own % | Cumulative s |",
        "|---|---|---|---|---|---|",
    ]
    for rank, ((filename, line, function), (_cc, calls, own, cumulative, _callers)) in enumerate(rows, 1):
        where = f"{short(filename)}:{line} {function}" if line else function
        where = where.replace("|", "\\|")
        lines.append(f"| {rank} | `{where}` | {calls:,} | {own:.3f} | {own / total:.1%} | {cumulative:.3f} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Entry point: profile the slice, print the top functions; exit 0 (also without the bench file)."""
    options = build_parser().parse_args(argv)
    bench = bench_file(options.bench)
    if bench is None:
        return 0
    with temp_dir(NAME) as tmp:
        slice_path = Path(tmp) / "slice.txt"
        text = "".join(first_words(articles(bench.read_text(encoding="utf-8")), options.words))
        slice_path.write_text(text, encoding="utf-8")
        out = options.save or Path(tmp) / "check.prof"
        profile(slice_path, out)
        print(f"{word_count(text):,} words of {bench.name}")
        print(top(out, options.top, options.sort))
    return 0


if __name__ == "__main__":
    sys.exit(main())
