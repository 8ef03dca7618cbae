"""The JSON format (docs/output-schema.md): one object for the whole run, offsets in code points."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, TextIO

from arabspell.findings import Finding
from arabspell.report.base import SCHEMA_VERSION, FileReport, Notice, Quiet, summary
from arabspell.rules import PER_FORM
from arabspell.text.lines import Lines


def finding_dict(finding: Finding, lines: Lines) -> dict[str, object]:
    """The JSON object of one finding (offsets and columns in code points); `occurrences` only for
    the rules that report a form once per file (`rules.PER_FORM`)."""
    line, column = lines.position(finding.offset)
    out: dict[str, object] = {
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
    if finding.rule in PER_FORM:
        out["occurrences"] = finding.occurrences
    return out


def document(files: list[dict[str, Any]], counts: dict[str, object], notices: list[Notice]) -> dict[str, Any]:
    """The report: `{"version", "files", "summary"}`, and `"notices"` when the run has any (a file
    not readable, passed over or fixed; the key is absent otherwise)."""
    doc: dict[str, Any] = {"version": SCHEMA_VERSION, "files": files, "summary": counts}
    if notices:
        doc["notices"] = [n.as_dict() for n in notices]
    return doc


@dataclass
class JsonReporter(Quiet):
    """One JSON object for the whole run: {"version", "files": [...], "summary": {...}}."""

    out: TextIO
    reports: list[FileReport] = field(default_factory=list)
    files: list[dict[str, object]] = field(default_factory=list)
    notices: list[Notice] = field(default_factory=list)

    def add(self, report: FileReport) -> None:
        lines = report.index()
        self.files.append({"path": report.path, "findings": [finding_dict(f, lines) for f in report.findings]})
        self.reports.append(report.counted())

    def notice(self, notice: Notice) -> None:
        self.notices.append(notice)

    def finish(self) -> None:
        json.dump(document(self.files, summary(self.reports), self.notices), self.out, ensure_ascii=False, indent=1)
        self.out.write("\n")
