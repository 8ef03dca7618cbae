"""Output formats behind one interface (`base.Reporter`): the only package, with the CLI, that writes."""

from __future__ import annotations

from enum import Enum
from typing import TextIO

from arabspell.report.base import Reporter


class Format(str, Enum):
    """Output formats of `arabspell check`."""

    TEXT = "text"
    JSON = "json"
    SARIF = "sarif"
    GITHUB = "github"


def make_reporter(fmt: Format, out: TextIO) -> Reporter:
    """The reporter for a format, writing to `out` (colour only when it is a terminal); each
    format's module is imported only when it is the one asked for."""
    if fmt is Format.JSON:
        from arabspell.report.json import JsonReporter

        return JsonReporter(out)
    if fmt is Format.SARIF:
        from arabspell.report.sarif import SarifReporter

        return SarifReporter(out)
    if fmt is Format.GITHUB:
        from arabspell.report.github import GithubReporter

        return GithubReporter(out)
    from rich.console import Console

    from arabspell.report.text import TextReporter

    return TextReporter(Console(file=out, highlight=False, soft_wrap=True))
