"""The SARIF 2.1.0 format, for code scanning and SARIF viewers: one log with one run, the rules
array, fixes, stable fingerprints and code-point columns; notices as tool execution notifications."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import TextIO
from urllib.parse import quote

from arabspell.files.sources import STDIN
from arabspell.findings import Finding
from arabspell.report.base import FileReport, Level, Notice, Quiet
from arabspell.rules import ALL_RULES, PER_FORM, Rule
from arabspell.text.lines import Lines

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
SARIF_VERSION = "2.1.0"
INFORMATION_URI = "https://github.com/arabspell/arabspell"
#: Key of the stable fingerprint in each SARIF result's `partialFingerprints`.
FINGERPRINT_KEY = "arabspell/v1"
#: At most this many suggestions become SARIF fixes.
MAX_FIXES = 5

_SARIF_LEVELS = {"error": "error", "warning": "warning", "info": "note"}


def artifact_uri(path: str) -> str:
    """The SARIF artifact URI of a checked path: relative with forward slashes, percent-encoded.

    Standard input is `stdin`; an absolute path under the working directory is made relative
    to it, any other absolute path becomes a `file://` URI."""
    if path == STDIN:
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


def properties(finding: Finding) -> dict[str, object]:
    """A result's properties: suggestions and safety, as in JSON, and `occurrences` for the rules
    that report a form once per file."""
    out: dict[str, object] = {"suggestions": list(finding.suggestions), "safe": finding.safe}
    if finding.rule in PER_FORM:
        out["occurrences"] = finding.occurrences
    return out


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
            "properties": properties(f),
        }
        if f.suggestions:
            result["fixes"] = sarif_fixes(f, location, region)
        results.append(result)
    return results


#: each rule's index in the driver's `rules` array
RULE_INDEX = {rule.id: i for i, rule in enumerate(ALL_RULES)}


def sarif_document(results: list[dict[str, object]], notices: list[Notice] | None = None) -> dict[str, object]:
    """The SARIF 2.1.0 log of one run with these results (and an invocation with the notices)."""
    driver = {
        "name": "arabspell",
        "version": metadata.version("arabspell"),
        "informationUri": INFORMATION_URI,
        "rules": [sarif_rule(rule) for rule in ALL_RULES],
    }
    run: dict[str, object] = {"tool": {"driver": driver}, "columnKind": "unicodeCodePoints", "results": results}
    if notices:
        run["invocations"] = [invocation(notices)]
    return {"$schema": SARIF_SCHEMA, "version": SARIF_VERSION, "runs": [run]}


def invocation(notices: list[Notice]) -> dict[str, object]:
    """The run's invocation: whether it succeeded, and one notification per notice."""
    notifications = [
        {
            "level": "error" if n.level is Level.ERROR else "note",
            "message": {"text": n.message},
            "locations": [{"physicalLocation": {"artifactLocation": {"uri": artifact_uri(n.path)}}}],
        }
        for n in notices
    ]
    failed = any(n.level is Level.ERROR for n in notices)
    return {"executionSuccessful": not failed, "toolExecutionNotifications": notifications}


@dataclass
class SarifReporter(Quiet):
    """One SARIF 2.1.0 log for the whole run (for code scanning and SARIF viewers)."""

    out: TextIO
    results: list[dict[str, object]] = field(default_factory=list)
    notices: list[Notice] = field(default_factory=list)

    def add(self, report: FileReport) -> None:
        self.results += sarif_results(report, RULE_INDEX)

    def notice(self, notice: Notice) -> None:
        self.notices.append(notice)

    def finish(self) -> None:
        json.dump(sarif_document(self.results, self.notices), self.out, ensure_ascii=False, indent=2)
        self.out.write("\n")
