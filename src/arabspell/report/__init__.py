"""Output formats behind one interface (`base.Reporter`): the only package, with the CLI, that writes."""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from typing import TextIO

from arabspell.report.base import Reporter


class Format(str, Enum):
    """Output formats of `arabspell check`."""

    TEXT = "text"
    JSON = "json"
    SARIF = "sarif"
    GITHUB = "github"
    HTML = "html"


class Color(str, Enum):
    """When the text format uses colour and styles (`report.terminal.text_console`)."""

    AUTO = "auto"
    ALWAYS = "always"
    NEVER = "never"


def _text(out: TextIO, color: Color, quiet: bool, statistics: bool) -> Reporter:
    from arabspell.report.statistics import Statistics
    from arabspell.report.terminal import text_console
    from arabspell.report.text import TextReporter

    return TextReporter(text_console(out, color), quiet, Statistics() if statistics else None)


def _json(out: TextIO, color: Color, quiet: bool, statistics: bool) -> Reporter:
    from arabspell.report.json import JsonReporter

    return JsonReporter(out)


def _sarif(out: TextIO, color: Color, quiet: bool, statistics: bool) -> Reporter:
    from arabspell.report.sarif import SarifReporter

    return SarifReporter(out)


def _github(out: TextIO, color: Color, quiet: bool, statistics: bool) -> Reporter:
    from arabspell.report.github import GithubReporter

    return GithubReporter(out)


def _html(out: TextIO, color: Color, quiet: bool, statistics: bool) -> Reporter:
    from arabspell.report.html import HtmlReporter

    return HtmlReporter(out)


#: each format's reporter, built with the options only the text format takes
BUILDERS: dict[Format, Callable[[TextIO, Color, bool, bool], Reporter]] = {
    Format.TEXT: _text,
    Format.JSON: _json,
    Format.SARIF: _sarif,
    Format.GITHUB: _github,
    Format.HTML: _html,
}


def make_reporter(
    fmt: Format, out: TextIO, color: Color = Color.AUTO, quiet: bool = False, statistics: bool = False
) -> Reporter:
    """The reporter for a format, writing to `out`; each format's module is imported only when it
    is the one asked for. The text format takes `color`, `quiet` (findings only: no table, no
    summary line) and `statistics` (counts by rule and word instead of each finding)."""
    return BUILDERS[fmt](out, color, quiet, statistics)
