"""What `arabspell check` does with its options, typer-free: the typer command (`cli/check.py`) and
the fast path of a plain check (`cli/fast.py`) both call `run_check`, so the two cannot differ."""

from __future__ import annotations

import glob
import sys
from collections.abc import Callable
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from arabspell.cli.output import console, fail
from arabspell.desk import config
from arabspell.desk.baseline import BaselineError
from arabspell.desk.baseline import load as load_baseline
from arabspell.desk.config import Config, unknown_prefixes
from arabspell.desk.dictionaries import DeskError
from arabspell.desk.nearest import Configs
from arabspell.files import sources, walk
from arabspell.files.encodings import codec_name
from arabspell.files.sources import real
from arabspell.lexicon.ngrams import ModelError
from arabspell.report import Color, Format, make_reporter
from arabspell.report.base import EXIT_CLEAN, EXIT_ERROR, EXIT_FINDINGS, Counting, Reporter, Tee, summary_line
from arabspell.report.text import NoticePrinter
from arabspell.run.check import Plan, Plans
from arabspell.run.session import Mode, Outcomes, Run, untracked

#: a progress bar is shown for at least this many files, on a terminal, in text format
PROGRESS_MIN_FILES = 10


@dataclass(frozen=True)
class CommandLine:
    """What the command line does to every file's configuration: its options override the file's;
    its dictionaries and include/exclude globs add to the file's."""

    overrides: dict[str, object]
    dicts: tuple[Path, ...] = ()
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()

    def __call__(self, settings: Config) -> Config:
        settings = settings.override(**self.overrides)
        added = {
            "dictionaries": settings.dictionaries + self.dicts if self.dicts else None,
            "include": settings.include + self.include if self.include else None,
            "exclude": settings.exclude + self.exclude if self.exclude else None,
        }
        return settings.override(**added)


@dataclass(frozen=True)
class View:
    """How the report is shown: the text format's colour, `--quiet`, `--statistics`, the progress bar."""

    color: Color = Color.AUTO
    quiet: bool = False
    statistics: bool = False
    progress: bool = True


@dataclass(frozen=True)
class Request:
    """A check's options, as the command line gives them (None: not given)."""

    paths: list[str]
    fmt: Format = Format.TEXT
    output: Path | None = None
    select: list[str] | None = None
    ignore: list[str] | None = None
    exit_zero: bool = False
    fail_on: str | None = None
    show_unknown: bool | None = None
    dicts: list[Path] | None = None
    model: Path | None = None
    config_file: Path | None = None
    fix: bool = False
    diff: bool = False
    baseline: Path | None = None
    write_baseline: Path | None = None
    jobs: int | None = None
    no_ignore: bool = False
    include: list[str] | None = None
    exclude: list[str] | None = None
    stdin_filename: str | None = None
    encoding: str | None = None
    view: View = View()


def run_check(req: Request) -> int:
    """Check the request's files into its reporters; returns the exit status."""
    _refuse(req.fix and req.diff, req.stdin_filename is not None and sources.STDIN not in req.paths)
    if req.view.statistics and req.fmt is not Format.TEXT:
        fail(f"--statistics is a view of the text format, not of {req.fmt.value} (its summary counts findings by rule)")
    codec = codec_of(req.encoding)
    overrides = {"select": prefixes("--select", req.select), "ignore": prefixes("--ignore", req.ignore)}
    merge = CommandLine(
        overrides | {"fail_on": req.fail_on, "show_unknown": req.show_unknown, "model": _absolute(req.model)},
        tuple(req.dicts or ()),
        anchored(req.include or []),
        anchored(req.exclude or []),
    )
    configs = _configs(req.config_file, merge)
    mode = Mode.DIFF if req.diff else Mode.FIX if req.fix else Mode.CHECK
    files = _files(req.paths, configs, req.no_ignore)
    filters = mode is Mode.FIX and sources.STDIN in files and req.write_baseline is None  # --fix -: text to stdout
    stdin_out = sys.stdout.buffer if filters else None
    run = Run(_plans(configs, req.baseline, codec), mode, req.jobs, req.stdin_filename, stdin_out)
    _prepare(run, files)
    if req.write_baseline is not None:
        return _write_baseline(run, files, req.write_baseline, req.view.quiet)
    status = _check(run, files, req.fmt, req.output, req.view)
    return EXIT_CLEAN if req.exit_zero and status == EXIT_FINDINGS else status


def _absolute(path: Path | None) -> Path | None:
    return path.absolute() if path else None


def codec_of(name: str | None) -> str | None:
    """The `--encoding` codec's canonical name (None: not given); an unknown one is a usage error."""
    try:
        return codec_name(name) if name is not None else None
    except LookupError as exc:
        fail(f"--encoding: {exc.args[0]}")


def prefixes(option: str, values: list[str] | None) -> tuple[str, ...] | None:
    """Rule-id prefixes from repeated or comma-separated options (None: not given); one that
    matches no rule id is a usage error."""
    if not values:
        return None
    found = tuple(p.strip() for v in values for p in v.split(",") if p.strip())
    unknown = unknown_prefixes(found)
    if unknown:
        fail(f"{option}: {unknown}")
    return found


def anchored(globs: list[str]) -> tuple[str, ...]:
    """The command line's globs as configuration globs: one with a "/" is relative to the current
    directory (anchored there: absolute), one without matches a name anywhere, as in a configuration."""
    here = glob.escape(real(".").as_posix()).rstrip("/")
    return tuple(g if "/" not in g or g.startswith("/") else f"{here}/{g.removeprefix('./')}" for g in globs)


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
