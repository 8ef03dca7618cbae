"""What the commands share: the one-line usage error, the run's configuration, option aliases."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from typer._click.types import StringParamType

from arabspell.cli.output import console, fail
from arabspell.desk import config
from arabspell.desk.config import Config


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

__all__ = ["ConfigOpt", "PathsArg", "Text", "argument", "console", "fail", "find_config"]
