"""The text format: findings grouped by file, `line:col  word → fixes  [rule]` and the line itself,
then the findings by rule and a summary line; and the notices a run prints on the terminal."""

from __future__ import annotations

from dataclasses import dataclass, field

from rich import box
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from arabspell.report.base import FileReport, Notice, Quiet, summary, summary_line
from arabspell.text.lines import excerpt


@dataclass
class TextReporter(Quiet):
    """Findings grouped by file (notices are the terminal's: `NoticePrinter`)."""

    console: Console
    reports: list[FileReport] = field(default_factory=list)

    def add(self, report: FileReport) -> None:
        self.reports.append(report.counted())
        if not report.findings:
            return
        lines = report.index()
        self.console.print(f"[bold underline]{escape(report.path)}[/]")
        for f in report.findings:
            line, column = lines.position(f.offset)
            fixes = f" → [green]{escape(', '.join(f.suggestions))}[/]" if f.suggestions else ""
            self.console.print(f"  [cyan]{line}:{column}[/]  [red]{escape(f.text)}[/]{fixes}  [dim]\\[{f.rule}][/]")
            context = excerpt(lines.line_text(line), column, f.length)
            self.console.print(f"      [dim]{escape(context)}[/]")

    def finish(self) -> None:
        """The findings by rule (a table, when there are any), then the summary line."""
        by_rule = summary(self.reports)["by_rule"]
        if by_rule:
            table = Table(box=box.SIMPLE, show_edge=False, pad_edge=False)
            table.add_column("rule")
            table.add_column("findings", justify="right")
            for rule, count in by_rule.items():  # type: ignore[attr-defined]
                table.add_row(rule, str(count))
            self.console.print(table)
        self.console.print(summary_line(self.reports))


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
