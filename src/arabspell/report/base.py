"""What every output format shares: one file's report, notices, the Reporter interface, the run's
counts, and the wrappers a run reports through (typos' `report.rs`): `Tee` to several reporters,
`Counting` to decide the exit status from what went by."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import Enum
from typing import Protocol

from arabspell.findings import Finding, Severity
from arabspell.text.lines import LineIndex, Lines

SCHEMA_VERSION = 1
EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


@dataclass
class FileReport:
    """The findings of one checked file, with its text for line/column."""

    path: str
    text: str
    findings: list[Finding]
    words: int = 0
    #: positions of the findings when the text was streamed and not kept (`text` is then "")
    lines: Lines | None = None
    #: the severities that fail the run for this file (its configuration's `fail-on`; None: the run's)
    failing: frozenset[Severity] | None = None

    def index(self) -> Lines:
        """Line and column of the findings' offsets."""
        return self.lines if self.lines is not None else LineIndex(self.text)

    def counted(self) -> FileReport:
        """The report without its text: what a run keeps of a file once it is rendered, so
        that memory does not grow with the size of the archive."""
        return FileReport(self.path, "", self.findings, self.words, self.lines, self.failing)


class Level(str, Enum):
    """What a notice is: an input that could not be read or written (the run fails with exit 2),
    an input passed over on purpose (a binary file), or a file fixed in place."""

    ERROR = "error"
    SKIPPED = "skipped"
    FIXED = "fixed"


@dataclass(frozen=True)
class Notice:
    """Something a run says about a file that is not a finding."""

    path: str
    message: str
    level: Level = Level.ERROR

    def line(self) -> str:
        """The notice as one terminal line (`arabspell: path: message`; a fix: `path: message`)."""
        said = f"{self.path}: {self.message}"
        return said if self.level is Level.FIXED else f"arabspell: {said}"

    def as_dict(self) -> dict[str, str]:
        return {"path": self.path, "level": self.level.value, "message": self.message}


class Reporter(Protocol):
    """Receives each file's report, notices and fixes, then writes the whole run."""

    def add(self, report: FileReport) -> None: ...

    def notice(self, notice: Notice) -> None: ...

    def fixed(self, path: str, before: str, after: str) -> None: ...

    def finish(self) -> None: ...


class Quiet:
    """A reporter that ignores notices and fixes (the base of those that only render findings)."""

    def notice(self, notice: Notice) -> None:
        """Ignored."""

    def fixed(self, path: str, before: str, after: str) -> None:
        """Ignored."""


def summary(reports: Iterable[FileReport]) -> dict[str, object]:
    """Counts over a run: files, words, findings, findings by rule."""
    reports = list(reports)
    return summary_of(len(reports), sum(r.words for r in reports), (f.rule for r in reports for f in r.findings))


def summary_of(files: int, words: int, rules: Iterable[str]) -> dict[str, object]:
    """The JSON summary of a run from its counts and the rule of each finding."""
    by_rule = Counter(rules)
    return {"files": files, "words": words, "findings": sum(by_rule.values()), "by_rule": dict(sorted(by_rule.items()))}


def summary_line(reports: list[FileReport]) -> str:
    """One plain line of run counts, e.g. `4 finding(s) in 1 file(s), 344 words checked.`"""
    s = summary(reports)
    return f"{s['findings']} finding(s) in {s['files']} file(s), {s['words']} words checked."


@dataclass
class Tee:
    """Several reporters fed the same run."""

    reporters: list[Reporter]

    def add(self, report: FileReport) -> None:
        for reporter in self.reporters:
            reporter.add(report)

    def notice(self, notice: Notice) -> None:
        for reporter in self.reporters:
            reporter.notice(notice)

    def fixed(self, path: str, before: str, after: str) -> None:
        for reporter in self.reporters:
            reporter.fixed(path, before, after)

    def finish(self) -> None:
        for reporter in self.reporters:
            reporter.finish()


@dataclass
class Counting:
    """Passes a run on to a reporter and keeps what decides the exit status: a finding of a failing
    severity (the file's own, `FileReport.failing`, else `failing`), an input error, a change shown
    as a diff (`diffs`: a pending change fails the run)."""

    inner: Reporter
    failing: frozenset[Severity] = frozenset()
    diffs: bool = False
    reports: list[FileReport] = field(default_factory=list)
    failed: bool = False
    input_error: bool = False
    changed: bool = False

    def add(self, report: FileReport) -> None:
        failing = self.failing if report.failing is None else report.failing
        self.failed |= any(f.severity in failing for f in report.findings)
        self.reports.append(report.counted())
        self.inner.add(report)

    def notice(self, notice: Notice) -> None:
        self.input_error |= notice.level is Level.ERROR
        self.inner.notice(notice)

    def fixed(self, path: str, before: str, after: str) -> None:
        self.changed = True
        self.inner.fixed(path, before, after)

    def finish(self) -> None:
        self.inner.finish()

    def status(self) -> int:
        """The exit status: 2 for an input error, 1 for failing findings or a pending diff, else 0."""
        if self.input_error:
            return EXIT_ERROR
        return EXIT_FINDINGS if self.failed or (self.changed and self.diffs) else EXIT_CLEAN
