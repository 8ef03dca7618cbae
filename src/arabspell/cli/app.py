"""The `arabspell` command: typer options in, reporters out; no checking logic here."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from datetime import date
from enum import Enum
from pathlib import Path
from typing import Annotated, NoReturn, TextIO

import typer
from rich.console import Console

from arabspell.desk import config
from arabspell.desk import dictionaries as desk
from arabspell.desk.baseline import Baseline, BaselineError
from arabspell.desk.baseline import load as load_baseline
from arabspell.desk.config import Config
from arabspell.desk.learn import Options
from arabspell.desk.learn import learn as learn_desk
from arabspell.files import fixes, sources
from arabspell.files.sources import Source, expand, read
from arabspell.lexicon.lexicon import default_lexicon
from arabspell.report.formats import FileReport, Format, Reporter, make_reporter, summary_line
from arabspell.rules import ALL_RULES
from arabspell.run import check as runner
from arabspell.run import parallel

app = typer.Typer(add_completion=False, no_args_is_help=True, help="Spelling and typo checker for Arabic news copy.")
EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


def _prefixes(values: list[str] | None) -> tuple[str, ...] | None:
    """Rule-id prefixes from repeated or comma-separated options (None: not given)."""
    if not values:
        return None
    return tuple(p.strip() for v in values for p in v.split(",") if p.strip())


def _fail(message: str) -> NoReturn:
    """A usage or configuration error: one line on stderr, exit 2."""
    Console(stderr=True, highlight=False, soft_wrap=True).print(f"arabspell: {message}", markup=False)
    raise typer.Exit(EXIT_ERROR)


def _config(paths: list[str], config_file: Path | None, **overrides: object) -> Config:
    """The run's settings: the configuration file, then the command line over it."""
    try:
        return config.find(paths, config_file).override(**overrides)
    except config.ConfigError as exc:
        _fail(str(exc))


class Fix(str, Enum):
    """What to do with safe fixes."""

    NONE = "none"
    WRITE = "write"
    DIFF = "diff"


PathsArg = Annotated[list[str], typer.Argument(help="Files, directories or - for stdin.")]
ConfigOpt = Annotated[
    Path | None,
    typer.Option("--config", help="Use this configuration file instead of searching for one."),
]


@app.command()
def check(
    paths: PathsArg,
    fmt: Annotated[Format, typer.Option("--format", "-f", help="Output format.")] = Format.TEXT,
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="Write the report to this file; the terminal gets a summary."),
    ] = None,
    select: Annotated[list[str] | None, typer.Option(help="Only rules whose id starts with this.")] = None,
    ignore: Annotated[list[str] | None, typer.Option(help="Skip rules whose id starts with this.")] = None,
    exit_zero: Annotated[bool, typer.Option("--exit-zero", help="Exit 0 even when there are findings.")] = False,
    fail_on: Annotated[
        str | None,
        typer.Option("--fail-on", help="Lowest severity that fails the run: error, warning, info, none."),
    ] = None,
    show_unknown: Annotated[
        bool | None,
        typer.Option("--show-unknown", help="Also list words the lexicon does not know (info; never fails)."),
    ] = None,
    dicts: Annotated[
        list[Path] | None,
        typer.Option("--dict", help="A desk dictionary (see `arabspell learn`); repeatable; adds to the config's."),
    ] = None,
    config_file: ConfigOpt = None,
    fix: Annotated[bool, typer.Option("--fix", help="Apply the first suggestion of safe findings.")] = False,
    diff: Annotated[bool, typer.Option("--diff", help="Print what --fix would change; write nothing.")] = False,
    baseline: Annotated[
        Path | None,
        typer.Option("--baseline", help="Report only findings this baseline file does not list."),
    ] = None,
    write_baseline: Annotated[
        Path | None,
        typer.Option("--write-baseline", help="Record every finding in this baseline file and exit 0."),
    ] = None,
    jobs: Annotated[
        int | None,
        typer.Option("--jobs", "-j", min=1, help="Processes to check with (default: every core for many files)."),
    ] = None,
    progress: Annotated[
        bool, typer.Option("--progress/--no-progress", help="A progress bar on a terminal (text format).")
    ] = True,
) -> None:
    """Check Arabic text for typos, inconsistent names, orthographic slips and spacing."""
    if fail_on is not None and fail_on not in config.FAIL_LEVELS:
        _fail(f"--fail-on must be one of {', '.join(config.FAIL_LEVELS)}")
    settings = _config(
        paths,
        config_file,
        select=_prefixes(select),
        ignore=_prefixes(ignore),
        fail_on=fail_on,
        show_unknown=show_unknown,
    )
    if dicts:
        settings = settings.override(dictionaries=settings.dictionaries + tuple(dicts))
    mode = Fix.DIFF if diff else Fix.WRITE if fix else Fix.NONE
    run = Run(_plan(settings, baseline), mode, jobs)
    files = list(expand(paths, settings.included, settings.excluded))
    if mode is not Fix.NONE and sources.STDIN in files:
        _fail("--fix and --diff need files, not standard input")
    if write_baseline is not None:
        raise typer.Exit(run.write_baseline(files, write_baseline))
    target = _open(output) if output else sys.stdout
    try:
        reporter = make_reporter(fmt, target)
        show = progress and fmt is Format.TEXT and output is None and len(files) >= PROGRESS_MIN_FILES
        show = show and run.errors.is_terminal
        status = run.check(files, reporter, show)
    finally:
        if output:
            target.close()
    if output:
        Console(highlight=False, soft_wrap=True).print(f"{output}: {summary_line(run.reports)}", markup=False)
    raise typer.Exit(EXIT_CLEAN if exit_zero and status == EXIT_FINDINGS else status)


def _open(path: Path) -> TextIO:
    """The report file, opened for writing (a usage error when it cannot be)."""
    try:
        return path.open("w", encoding="utf-8")
    except OSError as exc:
        _fail(f"{path}: {exc.strerror or exc}")


def _plan(settings: Config, baseline: Path | None) -> runner.Plan:
    """The run's plan; unreadable dictionaries or baseline are a usage error."""
    try:
        base = load_baseline(baseline) if baseline else None
        return runner.plan(settings, base)
    except (OSError, UnicodeDecodeError, desk.DeskError, BaselineError) as exc:
        _fail(f"{exc.filename}: {exc.strerror}" if isinstance(exc, OSError) and exc.filename else str(exc))


PROGRESS_MIN_FILES = 10


class Run:
    """A check over many files: reads each, checks it, fixes it, reports it."""

    def __init__(self, plan: runner.Plan, mode: Fix, jobs: int | None = None) -> None:
        self.plan, self.mode, self.jobs = plan, mode, jobs
        self.errors = Console(stderr=True, highlight=False, soft_wrap=True)
        self.reports: list[FileReport] = []
        self.input_error = self.failed = False

    def _outcomes(self, files: list[str], show: bool, fix: bool) -> Iterator[tuple[Source, runner.Checked]]:
        """Each readable file with its outcome, in order; the others are reported on stderr."""
        jobs = self.jobs or parallel.default_jobs(len(files))
        jobs = 1 if sources.STDIN in files else jobs  # workers cannot read this process's stdin
        outcomes = parallel.check_files(files, self.plan, jobs, fix)
        from rich.progress import Progress  # only long runs show one

        # no refresh thread: worker processes are forked from this one
        with Progress(console=self.errors, transient=True, disable=not show, auto_refresh=False) as bar:
            for source, checked in bar.track(outcomes, total=len(files), description="checking"):
                if checked is None:  # unreadable: an error; passed over (binary): a notice
                    self.errors.print(f"arabspell: {source.path}: {source.error}", markup=False)
                    self.input_error |= not source.skipped
                    continue
                yield source, checked

    def check(self, files: list[str], reporter: Reporter, show: bool) -> int:
        """Check every file; returns the exit status."""
        changed = False
        for source, checked in self._outcomes(files, show, fix=self.mode is not Fix.NONE):
            path, text = source.path, source.text or ""
            self.failed |= checked.fails(self.plan.failing)
            if checked.fixed is not None:
                changed = True
                self._fixed(source, checked.fixed, checked.applied)
            report = FileReport(path, text, checked.findings, checked.words, checked.lines)
            self.reports.append(report.counted())
            if self.mode is not Fix.DIFF:
                reporter.add(report)
        if self.mode is not Fix.DIFF:
            reporter.finish()
        if self.input_error:
            return EXIT_ERROR
        return EXIT_FINDINGS if self.failed or (changed and self.mode is Fix.DIFF) else EXIT_CLEAN

    def _fixed(self, source: Source, after: str, count: int) -> None:
        """Print the diff, or write the fixed file and say so (a failed write is an input error)."""
        path = source.path
        if self.mode is Fix.DIFF:
            sys.stdout.write(fixes.diff(path, source.text or "", after))
            return
        try:
            fixes.write(Path(path), source.data, after, source.encoding)
            self.errors.print(f"{path}: fixed {count} finding(s)", markup=False)
        except OSError as exc:
            reason = exc if isinstance(exc, fixes.FileChanged) else f"{path}: {exc}"
            self.errors.print(f"arabspell: {reason}", markup=False)
            self.input_error = True

    def write_baseline(self, files: list[str], path: Path) -> int:
        """Record every finding of the files in a baseline file; returns the exit status."""
        base = Baseline(sources.real(path).parent)
        for source, checked in self._outcomes(files, show=False, fix=False):
            base.add(source.path, checked.findings)
        try:
            path.write_text(base.render(), encoding="utf-8")
        except OSError as exc:
            _fail(f"{path}: {exc.strerror or exc}")
        total = sum(base.counts.values())
        self.errors.print(f"{path}: {total} finding(s) recorded as the baseline", markup=False)
        return EXIT_ERROR if self.input_error else EXIT_CLEAN


@app.command()
def learn(
    archive: Annotated[list[str], typer.Argument(help="Files or directories (*.txt, *.md) of published copy.")],
    output: Annotated[Path, typer.Option("--output", "-o", help="The desk dictionary to write.")],
    min_docs: Annotated[int, typer.Option(help="Learn a name once it occurs in this many articles.")] = 2,
) -> None:
    """Learn a desk dictionary (names, house spellings) from an archive, for `check --dict`."""
    errors = Console(stderr=True, highlight=False, soft_wrap=True)
    files = 0

    def texts() -> Iterator[str]:
        """The archive's texts, one at a time (an archive need not fit in memory)."""
        nonlocal files
        for path in expand(archive):
            source = read(path)
            if source.text is None:
                errors.print(f"arabspell: {path}: {source.error}", markup=False)
                raise typer.Exit(EXIT_ERROR)
            files += 1
            yield source.text

    learned = learn_desk(texts(), default_lexicon(), Options(min_docs=min_docs))
    header = (
        f"arabspell desk dictionary, learned from {files} file(s) on {date.today().isoformat()}.\n"
        "Review it, then use it with: arabspell check --dict FILE"
    )
    output.write_text(learned.render(header), encoding="utf-8")
    errors.print(
        f"{output}: {len(learned.words)} name(s), {len(learned.fullnames)} full name(s), "
        f"{len(learned.preferred)} house spelling(s) from {files} file(s)",
        markup=False,
    )


@app.command()
def rules() -> None:
    """List every rule with its id, severity and what it finds."""
    console = Console(highlight=False, soft_wrap=True)
    for rule in ALL_RULES:
        console.print(f"{rule.id:28} {rule.severity.value:8} {rule.summary}", markup=False)


@app.command("config")
def show_config(
    paths: Annotated[list[str] | None, typer.Argument(help="Where to look for configuration (default: here).")] = None,
    config_file: ConfigOpt = None,
) -> None:
    """Print the merged settings and where each came from (a file, or the default)."""
    settings = _config(paths or ["."], config_file)
    console = Console(highlight=False, soft_wrap=True)
    for name, (field_name, _) in config.KEYS.items():
        value = _shown(getattr(settings, field_name))
        console.print(f"{name:13} = {value}  # {settings.source_of(field_name)}", markup=False)


def _shown(value: object) -> str:
    """A setting as TOML would write it."""
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, frozenset):
        value = sorted(value)
    if isinstance(value, tuple) and value and isinstance(value[0], tuple):
        return "{" + ", ".join(f'"{a}" = "{b}"' for a, b in value) + "}"
    if isinstance(value, (tuple, list)):
        return "[" + ", ".join(f'"{v}"' for v in value) + "]"
    return f'"{value}"'


def main() -> None:
    """Console-script entry point."""
    app()
