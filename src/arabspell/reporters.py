"""Output formats behind one interface; the only module (with the CLI) that writes."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from enum import Enum
from typing import Protocol, TextIO

from rich.console import Console
from rich.markup import escape

from arabspell.findings import Finding
from arabspell.text import LineIndex, excerpt

SCHEMA_VERSION = 1


@dataclass
class FileReport:
    """The findings of one checked file, with its text for line/column."""

    path: str
    text: str
    findings: list[Finding]
    words: int = 0


class Reporter(Protocol):
    """Receives each file's report, then writes the whole run."""

    def add(self, report: FileReport) -> None: ...

    def finish(self) -> None: ...


class Format(str, Enum):
    """Output formats of `arabspell check`."""

    TEXT = "text"
    JSON = "json"


def finding_dict(finding: Finding, lines: LineIndex) -> dict[str, object]:
    """The JSON object of one finding (offsets and columns in code points)."""
    line, column = lines.position(finding.offset)
    return {
        "rule": finding.rule,
        "severity": finding.severity.value,
        "message": finding.message,
        "line": line,
        "column": column,
        "offset": finding.offset,
        "length": finding.length,
        "text": finding.text,
        "suggestions": list(finding.suggestions),
        "safe": finding.safe,
    }


def summary(reports: list[FileReport]) -> dict[str, object]:
    """Counts over a run: files, words, findings, findings by rule."""
    by_rule = Counter(f.rule for r in reports for f in r.findings)
    return {
        "files": len(reports),
        "words": sum(r.words for r in reports),
        "findings": sum(by_rule.values()),
        "by_rule": dict(sorted(by_rule.items())),
    }


@dataclass
class JsonReporter:
    """One JSON object for the whole run: {"version", "files": [...], "summary": {...}}."""

    out: TextIO
    reports: list[FileReport] = field(default_factory=list)

    def add(self, report: FileReport) -> None:
        self.reports.append(report)

    def finish(self) -> None:
        files = []
        for r in self.reports:
            lines = LineIndex(r.text)
            files.append({"path": r.path, "findings": [finding_dict(f, lines) for f in r.findings]})
        doc = {"version": SCHEMA_VERSION, "files": files, "summary": summary(self.reports)}
        json.dump(doc, self.out, ensure_ascii=False, indent=1)
        self.out.write("\n")


@dataclass
class TextReporter:
    """Findings grouped by file: `line:col  word → fixes  [rule]` and the line itself."""

    console: Console
    reports: list[FileReport] = field(default_factory=list)

    def add(self, report: FileReport) -> None:
        self.reports.append(report)
        if not report.findings:
            return
        lines = LineIndex(report.text)
        self.console.print(f"[bold underline]{escape(report.path)}[/]")
        for f in report.findings:
            line, column = lines.position(f.offset)
            fixes = f" → [green]{escape(', '.join(f.suggestions))}[/]" if f.suggestions else ""
            self.console.print(f"  [cyan]{line}:{column}[/]  [red]{escape(f.text)}[/]{fixes}  [dim]\\[{f.rule}][/]")
            context = excerpt(lines.line_text(line), column, f.length)
            self.console.print(f"      [dim]{escape(context)}[/]")

    def finish(self) -> None:
        s = summary(self.reports)
        self.console.print(f"{s['findings']} finding(s) in {s['files']} file(s), {s['words']} words checked.")


def make_reporter(fmt: Format, out: TextIO) -> Reporter:
    """The reporter for a format, writing to `out` (colour only when it is a terminal)."""
    if fmt is Format.JSON:
        return JsonReporter(out)
    return TextReporter(Console(file=out, highlight=False, soft_wrap=True))
