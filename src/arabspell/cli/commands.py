"""The typer app: each command registered here, explicitly."""

from __future__ import annotations

from typing import Annotated

import typer

from arabspell.cli import check, desk, init, lsp, options, usage
from arabspell.cli.common import console

app = usage.app(name="arabspell", add_completion=False, no_args_is_help=True)
app.command("check", cls=usage.Command, epilog=options.EPILOG)(check.check)
app.command("learn", cls=usage.Command)(desk.learn)
app.command("rules", cls=usage.Command)(desk.rules)
app.command("config", cls=usage.Command)(desk.show_config)
app.command("init", cls=usage.Command)(init.init)
app.command("lsp", cls=usage.Command)(lsp.lsp)


def _version(shown: bool) -> None:
    if shown:
        from importlib import metadata  # only --version reads the package's metadata

        console().print(f"arabspell {metadata.version('arabspell')}", markup=False)
        raise typer.Exit()


@app.callback()
def arabspell(
    version: Annotated[
        bool,
        typer.Option(
            "--version", "-V", metavar=usage.FLAG, is_eager=True, callback=_version, help="Print the version and exit."
        ),
    ] = False,
) -> None:
    """Spelling and typo checker for Arabic news copy."""


def main() -> None:
    """Console-script entry point."""
    app(prog_name="arabspell")
