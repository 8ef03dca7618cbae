"""What every command prints through, typer-free (the fast path of `check` shares it): the
console and the one-line usage error."""

from __future__ import annotations

from typing import TYPE_CHECKING, NoReturn

from arabspell.report.base import EXIT_ERROR

if TYPE_CHECKING:
    from rich.console import Console


def console(stderr: bool = False) -> Console:
    """A console that prints text as it is (no markup guessing, no wrapping of Arabic lines)."""
    from rich.console import Console

    return Console(stderr=stderr, highlight=False, soft_wrap=True)


def fail(message: str) -> NoReturn:
    """A usage or configuration error: one line on stderr, exit 2 (`SystemExit`, which typer and
    click pass through as they do their own `Exit`)."""
    console(stderr=True).print(f"arabspell: {message}", markup=False)
    raise SystemExit(EXIT_ERROR)


__all__ = ["console", "fail"]
