"""What the commands share: the one-line usage error, the run's configuration, option aliases."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, NoReturn

import typer
from rich.console import Console

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


PathsArg = Annotated[list[str], typer.Argument(metavar="PATH...", help="Files, directories or - for stdin.")]
ConfigOpt = Annotated[
    Path | None,
    typer.Option(
        "--config", metavar="FILE", help="Use this configuration file for every path, not each file's nearest."
    ),
]
