"""Output formats behind one interface; the only module (with the CLI) that writes."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import Protocol, TextIO
from urllib.parse import quote

from rich import box
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from arabspell import __version__
from arabspell.findings import Finding
from arabspell.rules import ALL_RULES, Rule
from arabspell.text.lines import LineIndex, Lines, excerpt

SCHEMA_VERSION = 1

#: The path that stands for standard input on the command line.
STDIN_PATH = "-"

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
SARIF_VERSION = "2.1.0"
INFORMATION_URI = "https://github.com/arabspell/arabspell"
#: Key of the stable fingerprint in each SARIF result's `partialFingerprints`.
FINGERPRINT_KEY = "arabspell/v1"
#: At most this many suggestions become SARIF fixes.
MAX_FIXES = 5

_SARIF_LEVELS = {"error": "error", "warning": "warning", "info": "note"}
_GITHUB_COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}


@dataclass
class FileReport:
    """The findings of one checked file, with its text for line/column."""

    path: str
    text: str
    findings: list[Finding]
    words: int = 0
    #: positions of the findings when the text was streamed and not kept (`text` is then "")
    lines: Lines | None = None

    def index(self) -> Lines:
        """Line and column of the findings' offsets."""
        return self.lines if self.lines is not None else LineIndex(self.text)

    def counted(self) -> FileReport:
        """The report without its text: what a run keeps of a file once it is rendered, so
        that memory does not grow with the size of the archive."""
        return FileReport(self.path, "", self.findings, self.words, self.lines)


class Reporter(Protocol):
    """Receives each file's report, then writes the whole run."""

    def add(self, report: FileReport) -> None: ...

    def finish(self) -> None: ...


class Format(str, Enum):
    """Output formats of `arabspell check`."""

    TEXT = "text"
    JSON = "json"
    SARIF = "sarif"
    GITHUB = "github"


def finding_dict(finding: Finding, lines: Lines) -> dict[str, object]:
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


def summary_line(reports: list[FileReport]) -> str:
    """One plain line of run counts, e.g. `4 finding(s) in 1 file(s), 344 words checked.`"""
    s = summary(reports)
    return f"{s['findings']} finding(s) in {s['files']} file(s), {s['words']} words checked."


@dataclass
class JsonReporter:
    """One JSON object for the whole run: {"version", "files": [...], "summary": {...}}."""

    out: TextIO
    reports: list[FileReport] = field(default_factory=list)
    files: list[dict[str, object]] = field(default_factory=list)

    def add(self, report: FileReport) -> None:
        lines = report.index()
        self.files.append({"path": report.path, "findings": [finding_dict(f, lines) for f in report.findings]})
        self.reports.append(report.counted())

    def finish(self) -> None:
        doc = {"version": SCHEMA_VERSION, "files": self.files, "summary": summary(self.reports)}
        json.dump(doc, self.out, ensure_ascii=False, indent=1)
        self.out.write("\n")


@dataclass
class TextReporter:
    """Findings grouped by file: `line:col  word → fixes  [rule]` and the line itself."""

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
            for rule, count in by_rule.items():
                table.add_row(rule, str(count))
            self.console.print(table)
        self.console.print(summary_line(self.reports))


# SARIF 2.1.0 ---------------------------------------------------------------------------------


def artifact_uri(path: str) -> str:
    """The SARIF artifact URI of a checked path: relative with forward slashes, percent-encoded.

    Standard input is `stdin`; an absolute path under the working directory is made relative
    to it, any other absolute path becomes a `file://` URI."""
    if path == STDIN_PATH:
        return "stdin"
    p = Path(path)
    if p.is_absolute():
        try:
            p = p.relative_to(Path.cwd())
        except ValueError:
            return p.as_uri()
    return quote(p.as_posix(), safe="/")


def sarif_region(finding: Finding, lines: Lines) -> dict[str, int]:
    """Line/column (1-based, end column exclusive, code points) and character span of a finding."""
    start_line, start_column = lines.position(finding.offset)
    end_line, end_column = lines.position(finding.end)
    return {
        "startLine": start_line,
        "startColumn": start_column,
        "endLine": end_line,
        "endColumn": end_column,
        "charOffset": finding.offset,
        "charLength": finding.length,
    }


def sarif_rule(rule: Rule) -> dict[str, object]:
    """The reportingDescriptor of one rule."""
    return {
        "id": rule.id,
        "shortDescription": {"text": rule.summary},
        "defaultConfiguration": {"level": _SARIF_LEVELS[rule.severity.value]},
        "properties": {"safeFix": rule.safe_fix},
    }


def sarif_fixes(finding: Finding, location: dict[str, str], region: dict[str, int]) -> list[dict[str, object]]:
    """One SARIF fix per suggestion (the first MAX_FIXES): replace the finding's span."""
    return [
        {
            "description": {"text": f"Replace with «{suggestion}»"},
            "artifactChanges": [
                {
                    "artifactLocation": dict(location),
                    "replacements": [{"deletedRegion": dict(region), "insertedContent": {"text": suggestion}}],
                }
            ],
        }
        for suggestion in finding.suggestions[:MAX_FIXES]
    ]


def fingerprint(finding: Finding, occurrence: int) -> str:
    """A position-independent id of a finding: its rule, its text and its rank among equal ones."""
    key = f"{finding.rule}\0{finding.text}\0{occurrence}"
    import hashlib  # SARIF only: off the start-up path of the other formats

    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def sarif_results(report: FileReport, rule_index: dict[str, int]) -> list[dict[str, object]]:
    """The SARIF results of one file's findings."""
    lines = report.index()
    location = {"uri": artifact_uri(report.path)}
    seen: Counter[tuple[str, str]] = Counter()
    results = []
    for f in report.findings:
        region = sarif_region(f, lines)
        occurrence = seen[f.rule, f.text]
        seen[f.rule, f.text] += 1
        result: dict[str, object] = {"ruleId": f.rule}
        if f.rule in rule_index:
            result["ruleIndex"] = rule_index[f.rule]
        result |= {
            "level": _SARIF_LEVELS[f.severity.value],
            "message": {"text": f.message},
            "locations": [
                {
                    "physicalLocation": {
                        "artifactLocation": dict(location),
                        "region": {**region, "snippet": {"text": f.text}},
                    }
                }
            ],
            "partialFingerprints": {FINGERPRINT_KEY: fingerprint(f, occurrence)},
            "properties": {"suggestions": list(f.suggestions), "safe": f.safe},
        }
        if f.suggestions:
            result["fixes"] = sarif_fixes(f, location, region)
        results.append(result)
    return results


#: each rule's index in the driver's `rules` array
RULE_INDEX = {rule.id: i for i, rule in enumerate(ALL_RULES)}


def sarif_log(reports: list[FileReport]) -> dict[str, object]:
    """The whole run as one SARIF 2.1.0 log with one run."""
    return sarif_document([result for r in reports for result in sarif_results(r, RULE_INDEX)])


def sarif_document(results: list[dict[str, object]]) -> dict[str, object]:
    """The SARIF 2.1.0 log of one run with these results."""
    driver = {
        "name": "arabspell",
        "version": __version__,
        "informationUri": INFORMATION_URI,
        "rules": [sarif_rule(rule) for rule in ALL_RULES],
    }
    run = {"tool": {"driver": driver}, "columnKind": "unicodeCodePoints", "results": results}
    return {"$schema": SARIF_SCHEMA, "version": SARIF_VERSION, "runs": [run]}


@dataclass
class SarifReporter:
    """One SARIF 2.1.0 log for the whole run (for code scanning and SARIF viewers)."""

    out: TextIO
    results: list[dict[str, object]] = field(default_factory=list)

    def add(self, report: FileReport) -> None:
        self.results += sarif_results(report, RULE_INDEX)

    def finish(self) -> None:
        json.dump(sarif_document(self.results), self.out, ensure_ascii=False, indent=2)
        self.out.write("\n")


# GitHub Actions workflow commands ------------------------------------------------------------


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
    props = {} if path == STDIN_PATH else {"file": Path(path).as_posix()}
    props |= {"line": line, "col": column, "endLine": end_line, "endColumn": end_column, "title": finding.rule}
    properties = ",".join(f"{key}={escape_property(str(value))}" for key, value in props.items())
    message = finding.message
    if finding.suggestions:
        message += f" (suggestions: {', '.join(finding.suggestions)})"
    return f"::{_GITHUB_COMMANDS[finding.severity.value]} {properties}::{escape_data(message)}"


@dataclass
class GithubReporter:
    """GitHub Actions annotations: one workflow command a finding, nothing else on the output."""

    out: TextIO

    def add(self, report: FileReport) -> None:
        lines = report.index()
        for f in report.findings:
            self.out.write(github_command(f, report.path, lines) + "\n")

    def finish(self) -> None:
        self.out.flush()


def make_reporter(fmt: Format, out: TextIO) -> Reporter:
    """The reporter for a format, writing to `out` (colour only when it is a terminal)."""
    if fmt is Format.JSON:
        return JsonReporter(out)
    if fmt is Format.SARIF:
        return SarifReporter(out)
    if fmt is Format.GITHUB:
        return GithubReporter(out)
    return TextReporter(Console(file=out, highlight=False, soft_wrap=True))
