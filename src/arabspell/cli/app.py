"""The typer app: each command registered here, explicitly."""

from __future__ import annotations

import typer

from arabspell.cli import check, desk

app = typer.Typer(add_completion=False, no_args_is_help=True, help="Spelling and typo checker for Arabic news copy.")
app.command("check")(check.check)
app.command("learn")(desk.learn)
app.command("rules")(desk.rules)
app.command("config")(desk.show_config)


def main() -> None:
    """Console-script entry point."""
    app()
