"""The `arabspell` command line: the typer app (`cli/commands.py`) and its console-script entry point,
which takes a plain check down the fast path (`cli/fast.py`) without importing typer."""

from __future__ import annotations

import sys
from typing import Any


def main() -> None:
    """Console-script entry point. A plain check ends with `fast.leave`: the interpreter's own
    teardown, freeing the lexicon object by object, would cost as much as the check."""
    from arabspell.cli import fast

    status = fast.run(sys.argv[1:])
    if status is not None:
        fast.leave(status)
    from arabspell.cli.commands import main as typer_main

    typer_main()


def __getattr__(name: str) -> Any:
    """`app`, imported on first use: the fast path never builds it."""
    if name == "app":
        from arabspell.cli.commands import app

        return app
    raise AttributeError(name)


__all__ = ["app", "main"]
