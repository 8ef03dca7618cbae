"""Baselines: adopt the checker on an existing archive by recording today's findings.

`arabspell check --write-baseline FILE` records, per file, how many times each
(rule, word) was found; `--baseline FILE` then reports only findings beyond those
counts. Lines and offsets are not recorded, so editing a file elsewhere does not
bring its old findings back; paths are stored relative to the baseline file.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from arabspell.files.sources import STDIN, real
from arabspell.findings import Finding

VERSION = 1

Key = tuple[str, str, str]  # (path, rule, text)


class BaselineError(ValueError):
    """A baseline file that cannot be read."""


@dataclass
class Baseline:
    """Counts of known findings by (path relative to `root`, rule, text)."""

    root: Path
    counts: Counter[Key] = field(default_factory=Counter)

    def relative(self, path: str) -> str:
        """A checked path as the baseline stores it."""
        if path == STDIN:
            return path
        return Path(os.path.relpath(real(path), real(self.root))).as_posix()

    def add(self, path: str, findings: Iterable[Finding]) -> None:
        """Record a file's findings."""
        name = self.relative(path)
        self.counts.update((name, f.rule, f.text) for f in findings)

    def new(self, path: str, findings: Iterable[Finding]) -> list[Finding]:
        """The findings of a file that the baseline does not already account for."""
        name = self.relative(path)
        left = Counter({k: n for k, n in self.counts.items() if k[0] == name})
        out = []
        for f in findings:
            if left[name, f.rule, f.text] > 0:
                left[name, f.rule, f.text] -= 1
            else:
                out.append(f)
        return out

    def render(self) -> str:
        """The baseline file: sorted, one entry per (path, rule, text), stable across runs."""
        entries = [
            {"path": p, "rule": r, "text": t, "count": n} for (p, r, t), n in sorted(self.counts.items()) if n > 0
        ]
        import json  # (only a run with a baseline reads or writes JSON here)

        return json.dumps({"version": VERSION, "findings": entries}, ensure_ascii=False, indent=1) + "\n"


def load(path: Path) -> Baseline:
    """Read a baseline file written by `--write-baseline`."""
    import json

    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise BaselineError(f"{path}: {exc.strerror or exc}") from None
    except ValueError as exc:  # also UnicodeDecodeError
        raise BaselineError(f"{path}: not JSON: {exc}") from None
    if not isinstance(data, dict) or data.get("version") != VERSION or not isinstance(data.get("findings"), list):
        raise BaselineError(f"{path}: not an arabspell baseline (version {VERSION})")
    try:
        counts = Counter({(e["path"], e["rule"], e["text"]): int(e["count"]) for e in data["findings"]})
    except (KeyError, TypeError, ValueError) as exc:
        raise BaselineError(f"{path}: a baseline entry lacks path, rule, text or count ({exc!r})") from None
    return Baseline(path.parent, counts)
