"""`arabspell check`: options in, a run, a reporter out; no checking logic here."""

from __future__ import annotations

import sys
from contextlib import ExitStack
from enum import Enum
from pathlib import Path
from typing import Annotated, TextIO

import typer

from arabspell.cli.common import ConfigOpt, PathsArg, console, fail, find_config
from arabspell.cli.usage import FLAG, choices
from arabspell.desk import config
from arabspell.desk.baseline import Baseline, BaselineError
from arabspell.desk.baseline import load as load_baseline
from arabspell.desk.config import Config
from arabspell.desk.dictionaries import DeskError
from arabspell.files import sources
from arabspell.report import Format, make_reporter
from arabspell.report.base import EXIT_CLEAN, EXIT_ERROR, EXIT_FINDINGS, Counting, Reporter, Tee, summary_line
from arabspell.report.text import NoticePrinter
from arabspell.run.check import Plan, plan
from arabspell.run.session import Mode, Outcomes, Run

#: a progress bar is shown for at least this many files, on a terminal, in text format
PROGRESS_MIN_FILES = 10


def _prefixes(option: str, values: list[str] | None) -> tuple[str, ...] | None:
    """Rule-id prefixes from repeated or comma-separated options (None: not given); one that
    matches no rule id is a usage error."""
    if not values:
        return None
    prefixes = tuple(p.strip() for v in values for p in v.split(",") if p.strip())
    unknown = config.unknown_prefixes(prefixes)
    if unknown:
        fail(f"{option}: {unknown}")
    return prefixes


#: `--fail-on`'s levels, as the configuration's `fail-on` (`findings.FAIL_ON`)
FailOn = Enum("FailOn", [(level.upper(), level) for level in config.FAIL_LEVELS], type=str)

FormatOpt = Annotated[Format, typer.Option("--format", "-f", metavar=choices(Format), help="Output format.")]
OutputOpt = Annotated[
    Path | None,
    typer.Option("--output", "-o", metavar="FILE", help="Write the report to FILE; the terminal gets a summary."),
]
SelectOpt = Annotated[
    list[str] | None,
    typer.Option(metavar="PREFIX", help="Only rules whose id starts with PREFIX (repeatable, or comma-separated)."),
]
IgnoreOpt = Annotated[
    list[str] | None,
    typer.Option(metavar="PREFIX", help="Skip rules whose id starts with PREFIX (repeatable, or comma-separated)."),
]
ExitZeroOpt = Annotated[bool, typer.Option("--exit-zero", metavar=FLAG, help="Exit 0 even when there are findings.")]
FailOnOpt = Annotated[
    FailOn | None,
    typer.Option(
        "--fail-on",
        metavar=choices(FailOn),
        help="Lowest severity that fails the run (default: warning, or the config's).",
    ),
]
ShowUnknownOpt = Annotated[
    bool | None,
    typer.Option("--show-unknown", metavar=FLAG, help="Also list words the lexicon does not know (info; never fails)."),
]
DictOpt = Annotated[
    list[Path] | None,
    typer.Option(
        "--dict", metavar="FILE", help="A desk dictionary (see `arabspell learn`); repeatable; adds to the config's."
    ),
]
FixOpt = Annotated[bool, typer.Option("--fix", metavar=FLAG, help="Apply the first suggestion of safe findings.")]
DiffOpt = Annotated[bool, typer.Option("--diff", metavar=FLAG, help="Print what --fix would change; write nothing.")]
BaselineOpt = Annotated[
    Path | None,
    typer.Option("--baseline", metavar="FILE", help="Report only findings this baseline file does not list."),
]
WriteBaselineOpt = Annotated[
    Path | None,
    typer.Option("--write-baseline", metavar="FILE", help="Record every finding in this baseline file and exit 0."),
]
JobsOpt = Annotated[
    int | None,
    typer.Option(
        "--jobs", "-j", min=1, metavar="N", help="Processes to check with (default: every core for many files)."
    ),
]
ProgressOpt = Annotated[
    bool,
    typer.Option(
        "--progress/--no-progress",
        metavar=FLAG,
        show_default=False,
        help="A progress bar on a terminal (text format; default: on).",
    ),
]

EPILOG = """Examples:

  arabspell check story.txt                    one file
  arabspell check desk/ archive/2026/          every text, Markdown and HTML file, recursively
  cat story.txt | arabspell check -            standard input
  arabspell check --format json story.txt      machine-readable report
  arabspell check --diff story.txt             what --fix would change
  arabspell check --select orthography .       only the orthography.* rules

Exit codes:

  0  nothing found (or --exit-zero)
  1  a finding of a failing severity (see --fail-on), or --diff has changes
  2  usage or configuration error, or an input that could not be read"""


def check(
    paths: PathsArg,
    fmt: FormatOpt = Format.TEXT,
    output: OutputOpt = None,
    select: SelectOpt = None,
    ignore: IgnoreOpt = None,
    exit_zero: ExitZeroOpt = False,
    fail_on: FailOnOpt = None,
    show_unknown: ShowUnknownOpt = None,
    dicts: DictOpt = None,
    config_file: ConfigOpt = None,
    fix: FixOpt = False,
    diff: DiffOpt = False,
    baseline: BaselineOpt = None,
    write_baseline: WriteBaselineOpt = None,
    jobs: JobsOpt = None,
    progress: ProgressOpt = True,
) -> None:
    """Check Arabic text for typos, inconsistent names, orthographic slips and spacing."""
    if fix and diff:
        fail("--fix and --diff exclude each other: --diff shows what --fix would write")
    settings = find_config(
        paths,
        config_file,
        select=_prefixes("--select", select),
        ignore=_prefixes("--ignore", ignore),
        fail_on=None if fail_on is None else fail_on.value,
        show_unknown=show_unknown,
    )
    if dicts:
        settings = settings.override(dictionaries=settings.dictionaries + tuple(dicts))
    mode = Mode.DIFF if diff else Mode.FIX if fix else Mode.CHECK
    run = Run(_plan(settings, baseline), mode, jobs)
    files = list(sources.expand(paths, settings.included, settings.excluded))
    if mode is not Mode.CHECK and sources.STDIN in files:
        fail("--fix and --diff need files, not standard input")
    if write_baseline is not None:
        raise typer.Exit(_write_baseline(run, files, write_baseline))
    status = _check(run, files, fmt, output, progress)
    raise typer.Exit(EXIT_CLEAN if exit_zero and status == EXIT_FINDINGS else status)


def _check(run: Run, files: list[str], fmt: Format, output: Path | None, progress: bool) -> int:
    """Run the check into its reporters; returns the exit status."""
    errors = console(stderr=True)
    with ExitStack() as stack:
        target = stack.enter_context(_open(output)) if output else sys.stdout
        reporters: list[Reporter] = [NoticePrinter(errors)]
        if run.mode is Mode.DIFF:  # the diff is the output; the report only goes to a file
            from arabspell.report.diff import DiffReporter

            reporters.append(DiffReporter(sys.stdout))
        if run.mode is not Mode.DIFF or output:
            reporters.append(make_reporter(fmt, target))
        counting = Counting(Tee(reporters), run.plan.failing, diffs=run.mode is Mode.DIFF)
        show = progress and fmt is Format.TEXT and output is None and len(files) >= PROGRESS_MIN_FILES
        run.check(files, counting, _progress if show and errors.is_terminal else _no_progress)
    if output:
        console(stderr=run.mode is Mode.DIFF).print(f"{output}: {summary_line(counting.reports)}", markup=False)
    return counting.status()


def _no_progress(outcomes: Outcomes, total: int) -> Outcomes:
    return outcomes


def _progress(outcomes: Outcomes, total: int) -> Outcomes:
    """The outcomes, with a progress bar on the terminal's error stream as they come."""
    from rich.progress import Progress  # only long runs show one

    # no refresh thread: worker processes are forked from this one
    with Progress(console=console(stderr=True), transient=True, auto_refresh=False) as bar:
        yield from bar.track(outcomes, total=total, description="checking")


def _write_baseline(run: Run, files: list[str], path: Path) -> int:
    """Record every finding of the files in a baseline file; returns the exit status."""
    errors = console(stderr=True)
    counting = Counting(NoticePrinter(errors), run.plan.failing)
    base = run.baseline(files, sources.real(path).parent, counting)
    try:
        path.write_text(base.render(), encoding="utf-8")
    except OSError as exc:
        fail(f"{path}: {exc.strerror or exc}")
    errors.print(f"{path}: {sum(base.counts.values())} finding(s) recorded as the baseline", markup=False)
    return EXIT_ERROR if counting.input_error else EXIT_CLEAN


def _open(path: Path) -> TextIO:
    """The report file, opened for writing (a usage error when it cannot be)."""
    try:
        return path.open("w", encoding="utf-8")
    except OSError as exc:
        fail(f"{path}: {exc.strerror or exc}")


def _plan(settings: Config, baseline: Path | None) -> Plan:
    """The run's plan; unreadable dictionaries or baseline are a usage error."""
    try:
        base: Baseline | None = load_baseline(baseline) if baseline else None
        return plan(settings, base)
    except (OSError, UnicodeDecodeError, DeskError, BaselineError) as exc:
        fail(f"{exc.filename}: {exc.strerror}" if isinstance(exc, OSError) and exc.filename else str(exc))
