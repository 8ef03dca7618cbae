"""The options of `arabspell check`, as typer declares them (what they do is `cli/checking.py`)."""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from arabspell.cli.usage import FLAG, choices
from arabspell.desk.config import FAIL_LEVELS
from arabspell.report import Color, Format

#: `--fail-on`'s levels, as the configuration's `fail-on` (`findings.FAIL_ON`)
FailOn = Enum("FailOn", [(level.upper(), level) for level in FAIL_LEVELS], type=str)

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
    typer.Option(
        "--show-unknown",
        metavar=FLAG,
        help="Also list each word the lexicon does not know, once a file, with its count (info; never fails).",
    ),
]
DictOpt = Annotated[
    list[Path] | None,
    typer.Option(
        "--dict", metavar="FILE", help="A desk dictionary (see `arabspell learn`); repeatable; adds to the config's."
    ),
]
ModelOpt = Annotated[
    Path | None,
    typer.Option(
        "--model",
        metavar="FILE",
        help="The desk's context model (see `arabspell learn --model`): turns on the context.* rules.",
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
NoIgnoreOpt = Annotated[
    bool,
    typer.Option(
        "--no-ignore",
        metavar=FLAG,
        help="Walk directories whole: no .gitignore or .ignore files, hidden and build folders too.",
    ),
]
IncludeOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--include", metavar="GLOB", help="Also search directories for files matching this; adds to the config's."
    ),
]
ExcludeOpt = Annotated[
    list[str] | None,
    typer.Option("--exclude", metavar="GLOB", help="Never check paths matching this; adds to the config's."),
]
StdinFilenameOpt = Annotated[
    str | None,
    typer.Option(
        "--stdin-filename",
        metavar="NAME",
        help="The name standard input (-) goes by: its kind, its configuration, the path reported.",
    ),
]
EncodingOpt = Annotated[
    str | None,
    typer.Option(
        "--encoding",
        metavar="CODEC",
        help="Read files that are not UTF-8 (and have no BOM) in this Python codec, e.g. cp1256; --fix keeps it.",
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
ColorOpt = Annotated[
    Color,
    typer.Option(
        "--color",
        metavar=choices(Color),
        help="Colour and styles in text output: auto (on a terminal, unless NO_COLOR).",
    ),
]
QuietOpt = Annotated[
    bool,
    typer.Option(
        "--quiet", "-q", metavar=FLAG, help="Print the findings only: no table, summary line or progress bar."
    ),
]
StatisticsOpt = Annotated[
    bool,
    typer.Option(
        "--statistics", metavar=FLAG, help="Count findings by rule and word instead of listing them (text format)."
    ),
]

#: the end of `check --help`: examples and exit codes
EPILOG = """Examples:

  arabspell check story.txt                    one file
  arabspell check desk/ archive/2026/          every text, Markdown and HTML file, recursively
  cat story.txt | arabspell check -            standard input
  arabspell check --format json story.txt      machine-readable report
  arabspell check -f html -o out.html desk/    a page to read in a browser
  arabspell check --diff story.txt             what --fix would change
  arabspell check --select orthography .       only the orthography.* rules

Exit codes:

  0  nothing found (or --exit-zero)
  1  a finding of a failing severity (see --fail-on), or --diff has changes
  2  usage or configuration error, or an input that could not be read"""
