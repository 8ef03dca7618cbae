"""`--diff`: the unified diff of what `--fix` would change, nothing else on the output."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TextIO

from arabspell.files.fixes import diff
from arabspell.report.base import FileReport, Quiet


@dataclass
class DiffReporter(Quiet):
    """Writes a unified diff per fixed file; findings are left to the report (`--output`)."""

    out: TextIO

    def add(self, report: FileReport) -> None:
        """Findings are not part of a diff."""

    def fixed(self, path: str, before: str, after: str) -> None:
        self.out.write(diff(path, before, after))

    def finish(self) -> None:
        self.out.flush()
