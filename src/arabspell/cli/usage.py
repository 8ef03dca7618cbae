"""How the help reads: like a tool's, not like Python. Typer shows each parameter's Python type
(`<bool>`, `<list[str]>`, `<path>`); here a flag shows nothing, an option its metavar (FILE,
PREFIX, N; a choice its values) and an argument its metavar alone (`PATH...`, usage included)."""

from __future__ import annotations

from enum import Enum
from typing import Any

import typer
from typer.core import TyperArgument, TyperCommand, TyperGroup

#: what a help or version flag shows for its value: nothing (it takes none)
FLAG = ""


class _Argument(TyperArgument):
    """An argument shown by its metavar alone: `PATH...` (`[ID]` when optional), not `{PATH}...`
    and `<list[str]>`."""

    def display_type_rich(self, ctx: Any) -> str | None:
        return None if self.metavar else super().display_type_rich(ctx)

    def _usage_display_name(self) -> str:
        if not self.metavar:
            return super()._usage_display_name()
        return self.metavar if self.required else f"[{self.metavar}]"


def _plain(command: Any) -> None:
    """Show a command's arguments by their metavar."""
    for param in command.params:
        if type(param) is TyperArgument and param.metavar:
            param.__class__ = _Argument


class Command(TyperCommand):
    """A command whose help shows no Python types (see the module)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        _plain(self)

    def get_help_option(self, ctx: Any) -> Any:
        option = super().get_help_option(ctx)
        if option is not None:
            option.metavar = FLAG
        return option


class Group(TyperGroup):
    """The app: its own help option shows no type either."""

    def get_help_option(self, ctx: Any) -> Any:
        option = super().get_help_option(ctx)
        if option is not None:
            option.metavar = FLAG
        return option


def choices(values: type[Enum]) -> str:
    """The metavar of a choice: its values, `text|json|sarif|github`."""
    return "|".join(str(v.value) for v in values)


#: `-h` and `--help`, for the app and every command (click passes them down)
CONTEXT = {"help_option_names": ["-h", "--help"]}


def app(**kwargs: Any) -> typer.Typer:
    """The typer app with this help."""
    return typer.Typer(cls=Group, context_settings=CONTEXT, rich_markup_mode="rich", **kwargs)
