"""A run reports through one reporter: notices in every format, the exit status from what went
by, `--diff` and `--output` together, `--fix` and `--diff` exclusive, writes that fail."""

from __future__ import annotations

import gc
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from arabspell.cli import app
from arabspell.files import fixes
from arabspell.run.collector import YOUNG_THRESHOLD, long_run

#: a slip with one clear reading: its fix is safe
TYPO = "قال الوزير إن الاتفغاق مع الجانب مستمر.\n"
FIXED = TYPO.replace("الاتفغاق", "الاتفاق")


@pytest.fixture
def story(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "story.txt"
    path.write_text(TYPO, encoding="utf-8")
    (tmp_path / "latin1.txt").write_bytes("قال".encode() + b"\xe9\n")
    (tmp_path / "blob.txt").write_bytes(b"\x00\x01")
    return path


def test_diff_with_an_output_file_writes_the_report_there(story: Path) -> None:
    result = CliRunner().invoke(app, ["check", "--diff", "-f", "json", "-o", "out.json", "story.txt"])
    assert result.exit_code == 1
    assert result.stdout.startswith("--- a/story.txt\n+++ b/story.txt\n") and "+" + FIXED in result.stdout
    assert result.stderr == "out.json: 0 finding(s) in 1 file(s), 7 words checked.\n"
    report = json.loads(Path("out.json").read_text(encoding="utf-8"))
    assert report["summary"]["files"] == 1 and report["files"][0]["path"] == "story.txt"
    assert story.read_text(encoding="utf-8") == TYPO


def test_fix_and_diff_exclude_each_other(story: Path) -> None:
    result = CliRunner().invoke(app, ["check", "--fix", "--diff", "story.txt"])
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr == "arabspell: --fix and --diff exclude each other: --diff shows what --fix would write\n"
    assert story.read_text(encoding="utf-8") == TYPO


def test_json_carries_the_notices(story: Path) -> None:
    result = CliRunner().invoke(app, ["check", "-f", "json", "story.txt", "latin1.txt", "blob.txt", "gone.txt"])
    assert result.exit_code == 2
    notices = json.loads(result.stdout)["notices"]
    assert [(n["path"], n["level"]) for n in notices] == [
        ("latin1.txt", "error"),
        ("blob.txt", "skipped"),
        ("gone.txt", "error"),
    ]
    assert notices[2]["message"] == "no such file"
    assert "arabspell: gone.txt: no such file" in result.stderr  # and the terminal still says so


def test_sarif_carries_the_notices_as_tool_notifications(story: Path) -> None:
    result = CliRunner().invoke(app, ["check", "-f", "sarif", "story.txt", "gone.txt"])
    [invocation] = json.loads(result.stdout)["runs"][0]["invocations"]
    assert invocation["executionSuccessful"] is False
    [note] = invocation["toolExecutionNotifications"]
    assert note["level"] == "error" and note["message"]["text"] == "no such file"
    assert note["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "gone.txt"
    clean = CliRunner().invoke(app, ["check", "-f", "sarif", "story.txt"])
    assert "invocations" not in json.loads(clean.stdout)["runs"][0]


def test_github_annotates_an_unreadable_file(story: Path) -> None:
    result = CliRunner().invoke(app, ["check", "-f", "github", "gone.txt"])
    assert result.exit_code == 2
    assert result.stdout == "::error file=gone.txt::no such file\n"


def test_a_failed_write_reports_the_findings_it_did_not_fix(story: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refused(*args: object, **kwargs: object) -> None:
        raise fixes.FileChanged(fixes.CHANGED)

    monkeypatch.setattr(fixes, "write", refused)
    result = CliRunner().invoke(app, ["check", "--fix", "-f", "json", "story.txt"])
    assert result.exit_code == 2
    report = json.loads(result.stdout)
    assert [f["text"] for f in report["files"][0]["findings"]] == ["الاتفغاق"]
    assert report["notices"] == [{"path": "story.txt", "level": "error", "message": fixes.CHANGED}]


def test_learn_names_a_dictionary_it_cannot_write(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(TYPO, encoding="utf-8")
    result = CliRunner().invoke(app, ["learn", str(tmp_path), "-o", str(tmp_path / "no" / "desk.txt")])
    assert result.exit_code == 2, result.exception
    assert result.stderr == f"arabspell: {tmp_path / 'no' / 'desk.txt'}: No such file or directory\n"


def test_a_run_tunes_the_collector_and_restores_it() -> None:
    """`long_run` freezes what is loaded and collects young objects less often, then undoes both."""
    before = gc.get_threshold()
    with long_run():
        assert gc.get_threshold()[0] == YOUNG_THRESHOLD
        assert gc.get_freeze_count() > 0
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == 0
