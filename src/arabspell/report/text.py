"""The text format: findings grouped by file, each a header (`line:col  rule  word  did you mean
…`) and its line with the word highlighted (laid out for any terminal: `report.terminal`), then
the findings by rule and a summary line; or, with `--statistics`, counts by rule and word; and
the notices a run prints on the terminal."""

from __future__ import annotations

from dataclasses import dataclass, field

from rich.console import Console
from rich.text import Text

from arabspell.report.base import FileReport, Notice, Quiet, summary, summary_line
from arabspell.report.statistics import Statistics
from arabspell.report.terminal import Columns, context, header


@dataclass
class TextReporter(Quiet):
    """Findings grouped by file (notices are the terminal's: `NoticePrinter`). `quiet`: the
    findings only, no table or summary line; `statistics`: counts instead of each finding."""

    console: Console
    quiet: bool = False
    statistics: Statistics | None = None
    reports: list[FileReport] = field(default_factory=list)

    def add(self, report: FileReport) -> None:
        self.reports.append(report.counted())
        if self.statistics is not None:
            self.statistics.add(report.findings)
            return
        if not report.findings:
            return
        lines = report.index()
        self.console.print(Text(report.path, "bold underline"))
        places = [lines.position(f.offset) for f in report.findings]
        positions = [f"{line}:{column}" for line, column in places]
        columns = Columns(max(map(len, positions)), max(len(f.rule) for f in report.findings))
        for f, (line, column), position in zip(report.findings, places, positions, strict=True):
            for text in header(self.console, position, f, columns):
                self.console.print(text)
            self.console.print(context(self.console, lines.line_text(line), column, f.length))

    def finish(self) -> None:
        """The statistics, or the findings by rule (a table, when there are any); then the
        summary line (neither when quiet)."""
        if self.statistics is not None:
            for text in self.statistics.lines():
                self.console.print(text)
        elif not self.quiet:
            self._by_rule()
        if not self.quiet:
            self.console.print(summary_line(self.reports), soft_wrap=False)  # Latin: wraps at spaces

    def _by_rule(self) -> None:
        by_rule = summary(self.reports)["by_rule"]
        if by_rule:
            from rich import box  # a clean run (most of a hook's) prints no table: no import
            from rich.table import Table

            table = Table(box=box.SIMPLE, show_edge=False, pad_edge=False)
            table.add_column("rule")
            table.add_column("findings", justify="right")
            for rule, count in by_rule.items():  # type: ignore[attr-defined]
                table.add_row(rule, str(count))
            self.console.print(table)


@dataclass
class NoticePrinter(Quiet):
    """Prints each notice as one line on the terminal's error stream, whatever the format."""

    console: Console

    def add(self, report: FileReport) -> None:
        """Findings are the other reporters'."""

    def notice(self, notice: Notice) -> None:
        self.console.print(notice.line(), markup=False)

    def finish(self) -> None:
        """Nothing is pending."""
