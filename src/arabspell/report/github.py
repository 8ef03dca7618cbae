"""The GitHub format: Actions workflow commands, one annotation a finding, nothing else."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from arabspell.files.sources import STDIN
from arabspell.findings import Finding
from arabspell.report.base import FileReport, Level, Notice, Quiet
from arabspell.text.lines import Lines

_GITHUB_COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(value: str) -> str:
    """Escape a workflow command's message: `%`, CR and LF."""
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(value: str) -> str:
    """Escape a workflow command's property value: as data, plus `:` and `,`."""
    return escape_data(value).replace(":", "%3A").replace(",", "%2C")


def github_command(finding: Finding, path: str, lines: Lines) -> str:
    """One `::error|warning|notice …::message` line; stdin findings carry no `file`."""
    line, column = lines.position(finding.offset)
    end_line, end_column = lines.position(finding.end)
    props = {} if path == STDIN else {"file": Path(path).as_posix()}
    props |= {"line": line, "col": column, "endLine": end_line, "endColumn": end_column, "title": finding.rule}
    properties = ",".join(f"{key}={escape_property(str(value))}" for key, value in props.items())
    message = finding.message
    if finding.suggestions:
        message += f" (suggestions: {', '.join(finding.suggestions)})"
    return f"::{_GITHUB_COMMANDS[finding.severity.value]} {properties}::{escape_data(message)}"


@dataclass
class GithubReporter(Quiet):
    """GitHub Actions annotations: one workflow command a finding or input error, nothing else."""

    out: TextIO

    def add(self, report: FileReport) -> None:
        lines = report.index()
        for f in report.findings:
            self.out.write(github_command(f, report.path, lines) + "\n")

    def notice(self, notice: Notice) -> None:
        """An input error as an error annotation on its file (a skipped file or a fix: nothing)."""
        if notice.level is Level.ERROR:
            props = "" if notice.path == STDIN else f" file={escape_property(Path(notice.path).as_posix())}"
            self.out.write(f"::error{props}::{escape_data(notice.message)}\n")

    def finish(self) -> None:
        self.out.flush()
