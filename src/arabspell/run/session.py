"""A run over many files: each read, checked with its plan, fixed or diffed, and reported through one reporter
(`report.base.Counting` decides the exit status). No printing: everything goes to the reporter."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import BinaryIO

from arabspell.desk.baseline import Baseline
from arabspell.files import fixes
from arabspell.files.sources import STDIN, Source
from arabspell.report.base import FileReport, Level, Notice, Reporter
from arabspell.run import parallel
from arabspell.run.check import Checked, Plan
from arabspell.run.collector import long_run

Outcomes = Iterable[tuple[Source, Checked | None]]
#: wraps the outcomes as they come (a progress bar), given how many files there are
Track = Callable[[Outcomes, int], Outcomes]


class Mode(str, Enum):
    """What to do with safe fixes: nothing, write them, or show them as a diff."""

    CHECK = "check"
    FIX = "fix"
    DIFF = "diff"


def untracked(outcomes: Outcomes, total: int) -> Outcomes:
    """The outcomes as they come (no progress bar)."""
    return outcomes


@dataclass
class Run:
    """A check of many files, each with its plan (`plan_of`: one for all, or its configuration's).

    Standard input goes by `stdin_name` when given (`--stdin-filename`: its kind, its plan and the
    path it is reported as); with `--fix` its text is written to `stdin_out`, fixed, or as it was
    when there was nothing to fix or it could not be read, so that `--fix -` is a filter."""

    plan_of: Callable[[str], Plan]
    mode: Mode = Mode.CHECK
    jobs: int | None = None
    stdin_name: str | None = None
    stdin_out: BinaryIO | None = None

    def plan_for(self, path: str) -> Plan:
        """A path's plan (standard input's: that of the name it goes by)."""
        return self.plan_of(self.stdin_name if path == STDIN and self.stdin_name else path)

    def outcomes(
        self, files: list[str], reporter: Reporter, track: Track = untracked, fix: bool = False
    ) -> Iterator[tuple[Source, Checked, Plan]]:
        """Each readable file with its outcome (with `fix`: its safe fixes applied) and its plan, in
        order; the others become notices."""
        jobs = [(path, self.plan_for(path)) for path in files]  # every plan built before any check
        processes = self.jobs or parallel.default_jobs(len(files))
        with long_run():
            outcomes = track(parallel.check_files(jobs, processes, fix, self.stdin_name), len(files))
            for (_, plan), (source, checked) in zip(jobs, outcomes, strict=True):
                if checked is None:  # unreadable: an error; passed over (binary): a notice
                    level = Level.SKIPPED if source.skipped else Level.ERROR
                    reporter.notice(Notice(source.path, source.error or "not read", level))
                    self._echo(source, source.data)
                    continue
                yield source, checked, plan

    def check(self, files: list[str], reporter: Reporter, track: Track = untracked) -> None:
        """Check every file, fixing or diffing its safe findings, and report it (with its plan's
        failing severities, for the exit status): a fixed file's report is of the fixed text,
        unless the fix could not be written."""
        for source, checked, plan in self.outcomes(files, reporter, track, fix=self.mode is not Mode.CHECK):
            text, findings = source.text or "", checked.findings
            if checked.fixed is None:
                self._echo(source, source.data)
            elif self._fixed(source, checked, reporter):
                text = checked.fixed
            else:
                findings = checked.unfixed or []  # not written: still to fix
                self._echo(source, source.data)
            reporter.add(FileReport(source.path, text, findings, checked.words, checked.lines, plan.failing))
        reporter.finish()

    def _fixed(self, source: Source, checked: Checked, reporter: Reporter) -> bool:
        """Show the fix (a diff), or write the fixed file (standard input: to `stdin_out`) and say
        so; False when the write failed."""
        after = checked.fixed or ""
        reporter.fixed(source.path, source.text or "", after)
        if self.mode is not Mode.FIX:
            return True
        try:
            if source.stdin:
                self._echo(source, fixes.encoded(after, source.encoding))
            else:
                fixes.round_trips(source.text or "", source.data, source.encoding)
                fixes.write(Path(source.path), source.data, after, source.encoding)
        except OSError as exc:
            reporter.notice(Notice(source.path, str(exc), Level.ERROR))
            return False
        reporter.notice(Notice(source.path, f"fixed {checked.applied} finding(s)", Level.FIXED))
        return True

    def _echo(self, source: Source, data: bytes) -> None:
        """Standard input's text, with `--fix`, to `stdin_out` (nothing for a file)."""
        if source.stdin and self.mode is Mode.FIX and self.stdin_out is not None:
            self.stdin_out.write(data)
            self.stdin_out.flush()

    def baseline(self, files: list[str], root: Path, reporter: Reporter) -> Baseline:
        """Every finding of the files, recorded as a baseline stored in `root`."""
        base = Baseline(root)
        for source, checked, _ in self.outcomes(files, reporter):
            base.add(source.path, checked.findings)
        reporter.finish()
        return base
