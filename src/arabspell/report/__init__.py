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


class Color(str, Enum):
    """When the text format uses colour and styles (`report.terminal.text_console`)."""

    AUTO = "auto"
    ALWAYS = "always"
    NEVER = "never"


def make_reporter(
    fmt: Format, out: TextIO, color: Color = Color.AUTO, quiet: bool = False, statistics: bool = False
) -> Reporter:
    """The reporter for a format, writing to `out`; each format's module is imported only when it
    is the one asked for. The text format takes `color`, `quiet` (findings only: no table, no
    summary line) and `statistics` (counts by rule and word instead of each finding)."""
    if fmt is Format.JSON:
        from arabspell.report.json import JsonReporter

        return JsonReporter(out)
    if fmt is Format.SARIF:
        from arabspell.report.sarif import SarifReporter

        return SarifReporter(out)
    if fmt is Format.GITHUB:
        from arabspell.report.github import GithubReporter

        return GithubReporter(out)
    from arabspell.report.statistics import Statistics
    from arabspell.report.terminal import text_console
    from arabspell.report.text import TextReporter

    return TextReporter(text_console(out, color), quiet, Statistics() if statistics else None)
