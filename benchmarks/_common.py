"""Shared helpers of the benchmark scripts: the tools, timed runs, the bench file, the results table.

Standard library only. Every command runs with its output sent to /dev/null, spawned by a fresh
small Python wrapper (WRAPPER) that times it (wall clock, `time.perf_counter`) and reads its CPU
time and peak RSS with `resource.getrusage(RUSAGE_CHILDREN)`: the command's own figures, not
this script's. Unix only (`resource`).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
#: The shared evaluation folder sits next to the repository; it is not always there.
DEFAULT_BENCH = REPO.parent / "shared" / "eval" / "bench" / "news-1m.txt"
SEED = REPO / "seeds" / "000_69343e0133e2dd8e.txt"
APT_PACKAGES = ("aspell", "aspell-ar-large", "hunspell", "hunspell-ar")
#: A title line is one line of at most this many words (the bench file's longest title has 18).
TITLE_MAX_WORDS = 40
#: Blank lines (possibly holding spaces) separate blocks: a title from its body, a body from the next title.
BLOCK_SEPARATOR = re.compile(r"\n[ \t]*\n(?:[ \t]*\n)*")

ASPELL = "aspell"
HUNSPELL = "hunspell"
_PROBE_WORD = "كتاب\n"


class BenchError(RuntimeError):
    """A benchmarked command failed: the run's figures would mean nothing."""


# --- messages -----------------------------------------------------------------------------


def progress(message: str) -> None:
    """A progress line on stderr (stdout carries the results)."""
    print(message, file=sys.stderr, flush=True)


def skip(message: str) -> None:
    """Say on stdout why a benchmark, or part of one, does not run."""
    print(f"SKIPPED: {message}", flush=True)


# --- the tools ----------------------------------------------------------------------------


def arabspell_exe() -> str:
    """The `arabspell` executable next to the running Python (its virtualenv), else on PATH."""
    beside = Path(sys.executable).parent / "arabspell"
    if beside.exists():
        return str(beside)
    found = shutil.which("arabspell")
    if found is None:
        raise SystemExit("arabspell is not installed: run `pip install -e .` in the repository first")
    return found


def arabspell_help() -> str:
    """The text of `arabspell check --help`, wide enough that option names are not wrapped."""
    env = {**os.environ, "COLUMNS": "200", "NO_COLOR": "1", "TERM": "dumb"}
    proc = subprocess.run([arabspell_exe(), "check", "--help"], capture_output=True, text=True, env=env, check=False)
    return proc.stdout + proc.stderr


def _probe(argv: list[str]) -> bool:
    """True when a reference tool runs and its Arabic dictionary loads."""
    if shutil.which(argv[0]) is None:
        return False
    proc = subprocess.run(argv, input=_PROBE_WORD, capture_output=True, text=True, check=False)
    return proc.returncode == 0 and "can't" not in proc.stderr.lower() and "error" not in proc.stderr.lower()


PROBES = {
    ASPELL: [ASPELL, "-d", "ar-large", "list"],
    HUNSPELL: [HUNSPELL, "-d", "ar", "-l"],
}
_install_tried = False


def _apt_install() -> bool:
    """Install the reference tools with apt-get (through sudo unless root); True when it worked."""
    global _install_tried
    if _install_tried:
        return False
    _install_tried = True
    if shutil.which("apt-get") is None:
        progress("apt-get is not available: cannot install the reference tools")
        return False
    prefix: list[str] = []
    if os.geteuid() != 0:
        if shutil.which("sudo") is None:
            progress("not root and no sudo: cannot install the reference tools")
            return False
        prefix = ["sudo"] if sys.stdin.isatty() else ["sudo", "-n"]  # never hang on a password prompt
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    install = [*prefix, "apt-get", "install", "-y", *APT_PACKAGES]
    for attempt in ([install], [[*prefix, "apt-get", "update"], install]):
        progress("installing the reference tools: " + " && ".join(" ".join(cmd) for cmd in attempt))
        if all(subprocess.run(cmd, stdout=sys.stderr, env=env, check=False).returncode == 0 for cmd in attempt):
            return True
    return False


def references(wanted: Iterable[str]) -> dict[str, bool]:
    """Which of the wanted reference tools (aspell, hunspell) can run, installing them when missing.

    A tool that is still missing afterwards is reported on stdout and skipped by the caller.
    """
    wanted = list(wanted)
    found = {name: _probe(PROBES[name]) for name in wanted}
    if not all(found.values()) and _apt_install():
        found = {name: _probe(PROBES[name]) for name in wanted}
    for name, ok in found.items():
        if not ok:
            skip(
                f"{name} with its Arabic dictionary is not available and could not be installed "
                f"(try: sudo apt-get install -y {' '.join(APT_PACKAGES)}); leaving it out"
            )
    return found


# --- the bench file -----------------------------------------------------------------------


def bench_file(path: str | None) -> Path | None:
    """The bench file, or None (said on stdout) when it is absent: the shared folder is optional."""
    bench = Path(path) if path else DEFAULT_BENCH
    if bench.is_file():
        return bench
    skip(f"bench file {bench} not found (the shared eval folder is not always there)")
    return None


def word_count(text: str) -> int:
    """Words as `wc -w` counts them: runs of non-space characters."""
    return len(text.split())


def articles(text: str) -> list[str]:
    """The articles of a text, each ending in a blank line, joined back they give the text again
    (up to blank-line runs, which become one blank line).

    A text is blocks separated by blank lines. An article starts at a title: a block of one line
    of at most TITLE_MAX_WORDS words; it goes on over every following block that is not a title
    (its body: one block of paragraphs, one per line, in the bench file, but several blocks are
    fine). A text that starts with a body gets that body as an article of its own.
    """
    found: list[list[str]] = []
    awaiting_body = False  # the last article so far is just its title
    for block in BLOCK_SEPARATOR.split(text.strip("\n")):
        if not block.strip():
            continue
        is_title = "\n" not in block and word_count(block) <= TITLE_MAX_WORDS
        if found and (awaiting_body or not is_title):
            found[-1].append(block)  # a body, even a short one-line one right after its title
            awaiting_body = False
        else:
            found.append([block])
            awaiting_body = is_title
    return ["\n\n".join(blocks) + "\n\n" for blocks in found]


def first_words(parts: Sequence[str], words: int) -> list[str]:
    """The shortest run of leading parts (articles) that holds at least `words` words."""
    total = 0
    for i, part in enumerate(parts):
        total += word_count(part)
        if total >= words:
            return list(parts[: i + 1])
    return list(parts)


def temp_dir(prefix: str) -> tempfile.TemporaryDirectory[str]:
    """A temporary directory for generated inputs (never in the repository)."""
    return tempfile.TemporaryDirectory(prefix=f"arabspell-bench-{prefix}-")


# --- timed runs ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Command:
    """A command to time: its arguments and the file fed to its stdin (else /dev/null)."""

    argv: list[str]
    stdin: Path | None = None


@dataclass(frozen=True)
class Run:
    """One timed run: wall-clock seconds, CPU seconds (user + system) and peak RSS in MiB."""

    seconds: float
    cpu: float
    peak_mib: float


def peak_mib(ru_maxrss: int) -> float:
    """`ru_maxrss` in MiB: kilobytes on Linux, bytes on macOS."""
    return ru_maxrss / (1024 * 1024) if sys.platform == "darwin" else ru_maxrss / 1024


#: Runs one command in a fresh, small Python process and reports on it: the exit code, the wall-clock
#: seconds from spawn to exit, CPU seconds and `ru_maxrss` of RUSAGE_CHILDREN. The wrapper has no other
#: child, so the figures are the command's own (with its descendants'), not this script's; its own
#: start-up is not in the time. Linux counts the wrapper's ~11 MiB in a child's peak RSS (the memory
#: of the process that spawned it): a floor that matters only for the small reference tools.
WRAPPER = """
import resource, subprocess, sys, time
start = time.perf_counter()
code = subprocess.call(sys.argv[1:], stdout=subprocess.DEVNULL)
seconds = time.perf_counter() - start
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
print(code, repr(seconds), repr(usage.ru_utime + usage.ru_stime), usage.ru_maxrss)
"""


#: What the timed commands run with: the caller's environment, but bytecode may be cached. An
#: installed package has it (pip compiles on install; an editable install on its first run); a shell
#: that sets PYTHONDONTWRITEBYTECODE would time the compiling of every module, on every run.
def command_env() -> dict[str, str]:
    """The environment of a timed command (`run_once`)."""
    return {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def run_once(command: Command) -> Run:
    """Run a command to completion (stdout to /dev/null) through WRAPPER; its time, CPU and peak RSS.

    stderr goes to a temporary file, quoted when the command fails; a failure raises BenchError.
    """
    argv = [sys.executable, "-I", "-S", "-c", WRAPPER, *command.argv]
    with tempfile.TemporaryFile() as err:
        stdin = command.stdin.open("rb") if command.stdin else subprocess.DEVNULL
        try:
            proc = subprocess.run(
                argv, stdin=stdin, stdout=subprocess.PIPE, stderr=err, text=True, check=False, env=command_env()
            )
        finally:
            if not isinstance(stdin, int):
                stdin.close()
        fields = proc.stdout.split()
        if proc.returncode != 0 or len(fields) != 4 or fields[0] != "0":
            err.seek(0)
            tail = err.read().decode("utf-8", "replace").strip()[-800:]
            code = fields[0] if fields else proc.returncode
            raise BenchError(f"{' '.join(command.argv)} exited with {code}: {tail}")
    return Run(float(fields[1]), float(fields[2]), peak_mib(int(fields[3])))


def interleaved(commands: dict[str, Command], runs: int, warmup: int = 0, label: str = "") -> dict[str, list[Run]]:
    """Time each command `runs` times, taking turns (A B C, A B C, ...) so that they share the
    machine's state; `warmup` untimed rounds first. Progress goes to stderr."""
    for i in range(warmup):
        for name, command in commands.items():
            progress(f"[{label}] warm-up {i + 1}/{warmup}: {name} ...")
            run_once(command)
    results: dict[str, list[Run]] = {name: [] for name in commands}
    for i in range(runs):
        for name, command in commands.items():
            run = run_once(command)
            results[name].append(run)
            progress(f"[{label}] run {i + 1}/{runs}: {name} {run.seconds:.3f} s")
    return results


def median_seconds(runs: Sequence[Run]) -> float:
    """The median wall-clock time of some runs."""
    return statistics.median(run.seconds for run in runs)


def median_cpu(runs: Sequence[Run]) -> float:
    """The median CPU time (user + system) of some runs."""
    return statistics.median(run.cpu for run in runs)


def max_peak(runs: Sequence[Run]) -> float:
    """The highest peak RSS of some runs, in MiB."""
    return max(run.peak_mib for run in runs)


def describe(name: str, runs: Sequence[Run], words: int | None = None) -> str:
    """One detail line: median time, spread, throughput, CPU and peak RSS."""
    med = median_seconds(runs)
    rate = f", {words / med / 1000:.1f}k words/s" if words else ""
    return (
        f"{name:>9}: median {med:.3f} s ({spread(runs)}){rate}, "
        f"CPU {median_cpu(runs):.2f} s, peak RSS {max_peak(runs):.0f} MiB"
    )


def spread(runs: Sequence[Run]) -> str:
    """min–max of the wall-clock times, for the detail lines."""
    times = [run.seconds for run in runs]
    return f"{min(times):.3f}–{max(times):.3f} s over {len(times)} run(s)"


# --- results ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Row:
    """One line of the summary table."""

    benchmark: str
    measure: str
    arabspell: str
    reference: str = "–"
    ratio: str = "–"
    target: str = "–"
    verdict: str = "info"


def verdict(ok: bool) -> str:
    """PASS or FAIL."""
    return "PASS" if ok else "FAIL"


def markdown_table(rows: Iterable[Row]) -> str:
    """The rows as a markdown table."""
    header = ("Benchmark", "Measure", "arabspell", "Reference", "Ratio", "Target", "Verdict")
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for row in rows:
        cells = (row.benchmark, row.measure, row.arabspell, row.reference, row.ratio, row.target, row.verdict)
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main_of(
    title: str, parser: argparse.ArgumentParser, run: Callable[[argparse.Namespace], list[Row]], argv: list[str] | None
) -> int:
    """A benchmark script's entry point: parse, run, print the table; exit 0 (a FAIL is a figure,
    not an error), 1 when a command failed (its stderr is quoted)."""
    options = parser.parse_args(argv)
    try:
        rows = run(options)
    except BenchError as exc:
        print(f"ERROR: {exc}")
        return 1
    report(title, rows)
    return 0


def report(title: str, rows: Sequence[Row]) -> None:
    """Print a benchmark's rows as a markdown table under a heading."""
    print(f"\n### {title}\n")
    print(markdown_table(rows))
