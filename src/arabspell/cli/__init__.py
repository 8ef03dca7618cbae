"""The `arabspell` command line: the typer app and its console-script entry point."""

from arabspell.cli.app import app, main

__all__ = ["app", "main"]
