"""What the commands share: the one-line usage error, the run's configuration, option aliases."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, NoReturn

import typer
from rich.console import Console
from typer._click.types import StringParamType

from arabspell.desk import config
from arabspell.desk.config import Config
from arabspell.report.base import EXIT_ERROR


def console(stderr: bool = False) -> Console:
    """A console that prints text as it is (no markup guessing, no wrapping of Arabic lines)."""
    return Console(stderr=stderr, highlight=False, soft_wrap=True)


def fail(message: str) -> NoReturn:
    """A usage or configuration error: one line on stderr, exit 2."""
    console(stderr=True).print(f"arabspell: {message}", markup=False)
    raise typer.Exit(EXIT_ERROR)


def find_config(paths: list[str], config_file: Path | None, **overrides: object) -> Config:
    """The run's settings: the configuration file, then the command line over it."""
    try:
        return config.find(paths, config_file).override(**overrides)
    except config.ConfigError as exc:
        fail(str(exc))


class Text(StringParamType):
    """A positional argument's text, shown in help by its metavar alone (typer 0.28 would add
    `<str>` beside it: no help shows a Python type). typer vendors click in `typer._click`;
    pyproject.toml holds typer to 0.28, whose layout this uses."""

    def get_metavar(self, param: object, ctx: object) -> str:  # type: ignore[override]
        return ""


def argument(metavar: str, help: str) -> typer.models.ArgumentInfo:
    """A positional argument of text (`Text`)."""
    return typer.Argument(metavar=metavar, help=help, click_type=Text())


PathsArg = Annotated[list[str], argument("PATH...", "Files, directories or - for stdin.")]
ConfigOpt = Annotated[
    Path | None,
    typer.Option(
        "--config", metavar="FILE", help="Use this configuration file for every path, not each file's nearest."
    ),
]
