"""`arabspell check`: the typer command, its options in, `checking.run_check` out; no checking
logic here (a plain check takes the fast path, `cli/fast.py`, to the same function)."""

from __future__ import annotations

import typer

from arabspell.cli.checking import Request, View, run_check
from arabspell.cli.common import ConfigOpt, PathsArg
from arabspell.cli.options import (
    BaselineOpt,
    ColorOpt,
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
)
from arabspell.report import Color, Format


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
    given = dict(locals())  # the parameters, by the names `Request` shares with them
    view = View(*(given.pop(name) for name in ("color", "quiet", "statistics", "progress")))
    level = given.pop("fail_on")
    raise typer.Exit(run_check(Request(**given, fail_on=None if level is None else level.value, view=view)))
