"""The options of `arabspell check`, and what they do to each file's configuration."""

from __future__ import annotations

import glob
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated

import typer

from arabspell.cli.common import fail
from arabspell.desk.config import Config
from arabspell.files.encodings import codec_name
from arabspell.files.sources import real
from arabspell.report import Color, Format


def codec_of(name: str | None) -> str | None:
    """The `--encoding` codec's canonical name (None: not given); an unknown one is a usage error."""
    try:
        return codec_name(name) if name is not None else None
    except LookupError as exc:
        fail(f"--encoding: {exc.args[0]}")


def prefixes(values: list[str] | None) -> tuple[str, ...] | None:
    """Rule-id prefixes from repeated or comma-separated options (None: not given)."""
    if not values:
        return None
    return tuple(p.strip() for v in values for p in v.split(",") if p.strip())


def anchored(globs: list[str]) -> tuple[str, ...]:
    """The command line's globs as configuration globs: one with a "/" is relative to the current
    directory (anchored there: absolute), one without matches a name anywhere, as in a configuration."""
    here = glob.escape(real(".").as_posix()).rstrip("/")
    return tuple(g if "/" not in g or g.startswith("/") else f"{here}/{g.removeprefix('./')}" for g in globs)


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


FormatOpt = Annotated[Format, typer.Option("--format", "-f", help="Output format.")]
OutputOpt = Annotated[
    Path | None, typer.Option("--output", "-o", help="Write the report to this file; the terminal gets a summary.")
]
SelectOpt = Annotated[list[str] | None, typer.Option(help="Only rules whose id starts with this.")]
IgnoreOpt = Annotated[list[str] | None, typer.Option(help="Skip rules whose id starts with this.")]
ExitZeroOpt = Annotated[bool, typer.Option("--exit-zero", help="Exit 0 even when there are findings.")]
FailOnOpt = Annotated[
    str | None, typer.Option("--fail-on", help="Lowest severity that fails the run: error, warning, info, none.")
]
ShowUnknownOpt = Annotated[
    bool | None,
    typer.Option(
        "--show-unknown", help="Also list each word the lexicon does not know, once a file, with its count (info)."
    ),
]
DictOpt = Annotated[
    list[Path] | None,
    typer.Option("--dict", help="A desk dictionary (see `arabspell learn`); repeatable; adds to the config's."),
]
FixOpt = Annotated[bool, typer.Option("--fix", help="Apply the first suggestion of safe findings.")]
DiffOpt = Annotated[bool, typer.Option("--diff", help="Print what --fix would change; write nothing.")]
BaselineOpt = Annotated[
    Path | None, typer.Option("--baseline", help="Report only findings this baseline file does not list.")
]
WriteBaselineOpt = Annotated[
    Path | None, typer.Option("--write-baseline", help="Record every finding in this baseline file and exit 0.")
]
JobsOpt = Annotated[
    int | None,
    typer.Option("--jobs", "-j", min=1, help="Processes to check with (default: every core for many files)."),
]
NoIgnoreOpt = Annotated[
    bool,
    typer.Option(
        "--no-ignore", help="Walk directories whole: no .gitignore or .ignore files, hidden and build folders too."
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
    bool, typer.Option("--progress/--no-progress", help="A progress bar on a terminal (text format).")
]


ColorOpt = Annotated[
    Color, typer.Option("--color", help="Colour and styles in text output: auto (on a terminal, unless NO_COLOR).")
]
QuietOpt = Annotated[
    bool, typer.Option("--quiet", "-q", help="Print the findings only: no table, summary line or progress bar.")
]
StatisticsOpt = Annotated[
    bool, typer.Option("--statistics", help="Count findings by rule and word instead of listing them (text format).")
]
