"""`arabspell check`: options in, a run, a reporter out; no checking logic here."""

from __future__ import annotations

import sys
from collections.abc import Callable
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

import typer

from arabspell.cli.common import ConfigOpt, PathsArg, console, fail
from arabspell.cli.options import (
    BaselineOpt,
    ColorOpt,
    CommandLine,
    DictOpt,
    DiffOpt,
    EncodingOpt,
    ExcludeOpt,
    ExitZeroOpt,
    FailOnOpt,
    FixOpt,
    FormatOpt,
    IgnoreOpt,
    IncludeOpt,
    JobsOpt,
    ModelOpt,
    NoIgnoreOpt,
    OutputOpt,
    ProgressOpt,
    QuietOpt,
    SelectOpt,
    ShowUnknownOpt,
    StatisticsOpt,
    StdinFilenameOpt,
    WriteBaselineOpt,
    anchored,
    codec_of,
    prefixes,
)
from arabspell.desk import config
from arabspell.desk.baseline import BaselineError
from arabspell.desk.baseline import load as load_baseline
from arabspell.desk.dictionaries import DeskError
from arabspell.desk.nearest import Configs
from arabspell.files import sources, walk
from arabspell.lexicon.ngrams import ModelError
from arabspell.report import Color, Format, make_reporter
from arabspell.report.base import EXIT_CLEAN, EXIT_ERROR, EXIT_FINDINGS, Counting, Reporter, Tee, summary_line
from arabspell.report.text import NoticePrinter
from arabspell.run.check import Plan, Plans
from arabspell.run.session import Mode, Outcomes, Run, untracked

#: a progress bar is shown for at least this many files, on a terminal, in text format
PROGRESS_MIN_FILES = 10


@dataclass(frozen=True)
class View:
    """How the report is shown: the text format's colour, `--quiet`, `--statistics`, the progress bar."""

    color: Color = Color.AUTO
    quiet: bool = False
    statistics: bool = False
    progress: bool = True


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
    model: ModelOpt = None,
    config_file: ConfigOpt = None,
    fix: FixOpt = False,
    diff: DiffOpt = False,
    baseline: BaselineOpt = None,
    write_baseline: WriteBaselineOpt = None,
    jobs: JobsOpt = None,
    progress: ProgressOpt = True,
    no_ignore: NoIgnoreOpt = False,
    include: IncludeOpt = None,
    exclude: ExcludeOpt = None,
    stdin_filename: StdinFilenameOpt = None,
    encoding: EncodingOpt = None,
    color: ColorOpt = Color.AUTO,
    quiet: QuietOpt = False,
    statistics: StatisticsOpt = False,
) -> None:
    """Check Arabic text for typos, inconsistent names, orthographic slips and spacing."""
    _refuse(fix and diff, stdin_filename is not None and sources.STDIN not in paths)
    if statistics and fmt is not Format.TEXT:
        fail(f"--statistics is a view of the text format, not of {fmt.value} (its summary counts findings by rule)")
    codec = codec_of(encoding)
    level = None if fail_on is None else fail_on.value
    overrides = {"select": prefixes("--select", select), "ignore": prefixes("--ignore", ignore), "fail_on": level}
    merge = CommandLine(
        overrides | {"show_unknown": show_unknown, "model": model.absolute() if model else None},
        tuple(dicts or ()),
        anchored(include or []),
        anchored(exclude or []),
    )
    configs = _configs(config_file, merge)
    mode = Mode.DIFF if diff else Mode.FIX if fix else Mode.CHECK
    files = _files(paths, configs, no_ignore)
    filters = mode is Mode.FIX and sources.STDIN in files and write_baseline is None  # --fix -: text to stdout
    run = Run(_plans(configs, baseline, codec), mode, jobs, stdin_filename, sys.stdout.buffer if filters else None)
    _prepare(run, files)
    if write_baseline is not None:
        raise typer.Exit(_write_baseline(run, files, write_baseline, quiet))
    status = _check(run, files, fmt, output, View(color, quiet, statistics, progress))
    raise typer.Exit(EXIT_CLEAN if exit_zero and status == EXIT_FINDINGS else status)


def _refuse(fix_and_diff: bool, stdin_name_alone: bool) -> None:
    """The usage errors of options that do not go together."""
    if fix_and_diff:
        fail("--fix and --diff exclude each other: --diff shows what --fix would write")
    if stdin_name_alone:
        fail("--stdin-filename names standard input: pass - as a path")


def _configs(config_file: Path | None, merge: CommandLine) -> Configs:
    """Each file's configuration; a `--config` file that cannot be used is a usage error."""
    try:
        return Configs(config_file, merge)
    except config.ConfigError as exc:
        fail(str(exc))


def _files(paths: list[str], configs: Configs, no_ignore: bool) -> list[str]:
    """The files of the run, each directory's filtered by the include and exclude globs of each
    file's configuration; a configuration that cannot be used is a usage error."""
    try:
        return list(
            walk.expand(
                paths,
                lambda path: configs.of(path).included(path),
                lambda path: configs.of(path).excluded(path),
                ignore=not no_ignore,
            )
        )
    except config.ConfigError as exc:
        fail(str(exc))


def _check(run: Run, files: list[str], fmt: Format, output: Path | None, view: View) -> int:
    """Run the check into its reporters; returns the exit status."""
    errors = console(stderr=True)
    piped = run.mode is Mode.DIFF or run.stdin_out is not None  # stdout has the diff, or stdin fixed
    with ExitStack() as stack:
        target = stack.enter_context(_open(output)) if output else sys.stderr if run.stdin_out else sys.stdout
        reporters: list[Reporter] = [NoticePrinter(errors)]
        if run.mode is Mode.DIFF:  # the diff is the output; the report only goes to a file
            from arabspell.report.diff import DiffReporter

            reporters.append(DiffReporter(sys.stdout))
        if run.mode is not Mode.DIFF or output:
            reporters.append(make_reporter(fmt, target, view.color, view.quiet, view.statistics))
        counting = Counting(Tee(reporters), diffs=run.mode is Mode.DIFF)
        show = view.progress and not view.quiet and fmt is Format.TEXT and output is None
        show &= len(files) >= PROGRESS_MIN_FILES and errors.is_terminal
        run.check(files, counting, _progress if show else untracked)
    if output and not view.quiet:
        console(stderr=piped).print(f"{output}: {summary_line(counting.reports)}", markup=False)
    return counting.status()


def _progress(outcomes: Outcomes, total: int) -> Outcomes:
    """The outcomes, with a progress bar on the terminal's error stream as they come."""
    from rich.progress import Progress  # only long runs show one

    # no refresh thread: worker processes are forked from this one
    with Progress(console=console(stderr=True), transient=True, auto_refresh=False) as bar:
        yield from bar.track(outcomes, total=total, description="checking")


def _write_baseline(run: Run, files: list[str], path: Path, quiet: bool) -> int:
    """Record every finding of the files in a baseline file; returns the exit status."""
    errors = console(stderr=True)
    counting = Counting(NoticePrinter(errors))
    base = run.baseline(files, sources.real(path).parent, counting)
    try:
        path.write_text(base.render(), encoding="utf-8")
    except OSError as exc:
        fail(f"{path}: {exc.strerror or exc}")
    if not quiet:
        errors.print(f"{path}: {sum(base.counts.values())} finding(s) recorded as the baseline", markup=False)
    return EXIT_ERROR if counting.input_error else EXIT_CLEAN


def _open(path: Path) -> TextIO:
    """The report file, opened for writing (a usage error when it cannot be)."""
    try:
        return path.open("w", encoding="utf-8")
    except OSError as exc:
        fail(f"{path}: {exc.strerror or exc}")


def _plans(configs: Configs, baseline: Path | None, encoding: str | None) -> Callable[[str], Plan]:
    """Each file's plan, from its configuration (an unreadable baseline is a usage error)."""
    try:
        return Plans(configs.of, load_baseline(baseline) if baseline else None, encoding).of
    except (OSError, UnicodeDecodeError, BaselineError) as exc:
        fail(f"{exc.filename}: {exc.strerror}" if isinstance(exc, OSError) and exc.filename else str(exc))


def _prepare(run: Run, files: list[str]) -> None:
    """Every file's plan, built before the run: unreadable dictionaries, or a configuration that
    cannot be used, are a usage error before anything is checked."""
    try:
        for path in files:
            run.plan_for(path)
    except (OSError, UnicodeDecodeError, DeskError, ModelError, config.ConfigError) as exc:
        fail(f"{exc.filename}: {exc.strerror}" if isinstance(exc, OSError) and exc.filename else str(exc))
