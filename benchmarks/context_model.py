"""The cost of a desk's context model: learning it, and checking with and without it, in one run.

    arabspell learn news-1m.txt --model M                                   (timed once)
    arabspell check --format json --exit-zero news-1m.txt                   (without a model)
    arabspell check --format json --exit-zero --model M news-1m.txt         (with it)
    arabspell check --exit-zero seed.txt / --model M seed.txt               (the hook case)

The model is learned from the bench file itself into a temporary directory (a desk checks copy
like its archive's) and removed afterwards. The commands take turns, --runs rounds.
Targets (issue 14): the hook case with a model within 1.2x of the hook case without one; the full
check's ratio with/without is reported (no target: the rule judges every word).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from _common import (
    SEED,
    Command,
    Row,
    Run,
    arabspell_exe,
    bench_file,
    describe,
    interleaved,
    main_of,
    median_seconds,
    progress,
    run_once,
    temp_dir,
    verdict,
    word_count,
)

NAME = "context model"
HOOK_TARGET = 1.2


def build_parser() -> argparse.ArgumentParser:
    """The command-line options."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=3, help="timed rounds of the full checks (default 3)")
    parser.add_argument("--hook-runs", type=int, default=10, help="timed rounds of the hook case (default 10)")
    parser.add_argument("--bench", help="the bench file (default ../shared/eval/bench/news-1m.txt)")
    return parser


def check(target: Path, model: Path | None, json: bool = True) -> Command:
    """`arabspell check` of a file, with a model or without."""
    argv = [arabspell_exe(), "check", "--exit-zero", *(["--format", "json"] if json else [])]
    return Command([*argv, *(["--model", str(model)] if model else []), str(target)])


def ratio_row(label: str, measure: str, results: dict[str, list[Run]], target: float | None) -> Row:
    """with / without, as a summary row."""
    plain, modelled = median_seconds(results["without"]), median_seconds(results["with"])
    ratio = modelled / plain
    print(f"{label}: with a model {modelled:.2f} s, without {plain:.2f} s, ratio {ratio:.2f}")
    if target is None:
        return Row(label, measure, f"{modelled:.2f} s", f"no model {plain:.2f} s", f"{ratio:.2f}")
    return Row(
        label,
        measure,
        f"{modelled:.2f} s",
        f"no model {plain:.2f} s",
        f"{ratio:.2f}",
        f"≤ {target}",
        verdict(ratio <= target),
    )


def run(options: argparse.Namespace) -> list[Row]:
    """Learn, then time the checks; the summary rows (skipped without the bench file)."""
    bench = bench_file(options.bench)
    if bench is None:
        return [Row(NAME, "with / without a model", "–", verdict="skipped: no bench file")]
    words = word_count(bench.read_text(encoding="utf-8"))
    with temp_dir("model") as folder:
        model = Path(folder) / "bench.model"
        progress(f"[{NAME}] learning a model from {bench.name} ...")
        learned = run_once(Command([arabspell_exe(), "learn", str(bench), "--model", str(model), "--no-progress"]))
        size = model.stat().st_size / 2**20
        print(f"learn --model: {learned.seconds:.1f} s, peak {learned.peak_mib:.0f} MiB, model {size:.1f} MiB")
        hook = interleaved(
            {"without": check(SEED, None, json=False), "with": check(SEED, model, json=False)},
            options.hook_runs,
            warmup=1,
            label=f"{NAME}: hook",
        )
        full = interleaved({"without": check(bench, None), "with": check(bench, model)}, options.runs, label=NAME)
    for name, runs in full.items():
        print(describe(f"full check {name} a model", runs, words))
    return [
        Row(NAME, f"learn, {words / 1e6:.2f}M words", f"{learned.seconds:.1f} s", f"model {size:.1f} MiB"),
        ratio_row(NAME, "hook case (seed)", hook, HOOK_TARGET),
        ratio_row(NAME, f"full check, {words / 1e6:.2f}M words", full, None),
    ]


def main(argv: list[str] | None = None) -> int:
    """Entry point: run, print the table; exit 0 (a FAIL is a figure, not an error), 1 if a command failed."""
    return main_of(NAME, build_parser(), run, argv)


if __name__ == "__main__":
    sys.exit(main())
