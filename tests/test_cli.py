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


def test_output_file_gets_the_report_and_the_terminal_a_summary(tmp_path: Path, seed_text: str) -> None:
    story = tmp_path / "story.txt"
    story.write_text(seed_text, encoding="utf-8")
    report = tmp_path / "report.sarif"
    result = CliRunner().invoke(app, ["check", "-f", "sarif", "-o", str(report), str(story)])
    assert result.exit_code == 1
    assert result.stdout == f"{report}: 4 finding(s) in 1 file(s), 343 words checked.\n"
    assert '"ruleId": "names.inconsistent"' in report.read_text(encoding="utf-8")


def test_no_progress_bar_when_not_on_a_terminal(tmp_path: Path) -> None:
    for i in range(12):
        (tmp_path / f"{i:02}.txt").write_text("قال الوزير إن الاتصالات الهاتفية مستمرة.\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["check", str(tmp_path)])
    assert result.exit_code == 0 and result.stderr == ""
    assert result.stdout == "0 finding(s) in 12 file(s), 72 words checked.\n"


def test_jobs_give_the_same_report_in_the_same_order(tmp_path: Path, seed_text: str) -> None:
    paragraphs = [p for p in seed_text.split("\n\n") if p.strip()]
    for i, paragraph in enumerate(paragraphs * 3):
        (tmp_path / f"{i:02}.txt").write_text(paragraph + "\nوتجنب تصيعد الصراع.\n", encoding="utf-8")
    args = ["check", "--format", "json", str(tmp_path)]
    one = CliRunner().invoke(app, [*args, "--jobs", "1"])
    two = CliRunner().invoke(app, [*args, "--jobs", "2"])
    assert one.exit_code == two.exit_code == 1
    assert one.stdout == two.stdout and one.stdout.count('"path"') == len(paragraphs) * 3
