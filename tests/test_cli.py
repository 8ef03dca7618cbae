"""CLI cases as data folders: tests/cli/<case>/args (one argument a line), optional
`stdin`, the input files, and the expected `stdout`, `stderr` and `exit_code`.

Regenerate a case's expectations after an intended change with
`ARABSPELL_UPDATE_GOLDEN=1 pytest tests/test_cli.py` and review the diff.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from arabspell.cli import app

CASES = sorted(p for p in (Path(__file__).parent / "cli").iterdir() if p.is_dir())
UPDATE = os.environ.get("ARABSPELL_UPDATE_GOLDEN") == "1"


def read(path: Path) -> str | None:
    return path.read_text(encoding="utf-8") if path.exists() else None


@pytest.mark.parametrize("case", CASES, ids=lambda p: p.name)
def test_cli_case(case: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(case)
    args = (case / "args").read_text(encoding="utf-8").splitlines()
    stdin = (case / "stdin").read_bytes() if (case / "stdin").exists() else None
    result = CliRunner().invoke(app, args, input=stdin)
    actual = {"stdout": result.stdout, "stderr": result.stderr, "exit_code": f"{result.exit_code}\n"}
    if UPDATE:
        for name, value in actual.items():
            if value or name == "exit_code":
                (case / name).write_text(value, encoding="utf-8")
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert actual["exit_code"] == read(case / "exit_code")
    assert actual["stdout"] == (read(case / "stdout") or "")
    assert actual["stderr"] == (read(case / "stderr") or "")
