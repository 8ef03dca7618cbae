"""Standard input for editors and pipes: `--stdin-filename NAME` gives its kind, configuration and
reported path; `--diff -` diffs it; `--fix -` is a filter (the text, fixed or as it was, on stdout)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from arabspell.cli import app

TYPO = "قال الوزير إن الاتفغاق مع الجانب مستمر.\n"
FIXED = TYPO.replace("الاتفغاق", "الاتفاق")


@pytest.fixture(autouse=True)
def here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


def run(*args: str, stdin: bytes) -> tuple[int, bytes, str]:
    result = CliRunner().invoke(app, list(args), input=stdin)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.stdout_bytes, result.stderr


def test_fix_on_stdin_writes_the_fixed_text_byte_for_byte_and_reports_on_stderr() -> None:
    data = ("\ufeff" + TYPO.replace("\n", "\r\n") + "ووصل الوفد في في الصباح.").encode()
    code, out, err = run("check", "--fix", "-", stdin=data)
    assert code == 0
    assert out == ("\ufeff" + FIXED.replace("\n", "\r\n") + "ووصل الوفد في الصباح.").encode()
    assert err == "-: fixed 2 finding(s)\n0 finding(s) in 1 file(s), 11 words checked.\n"


def test_fix_on_stdin_with_nothing_to_fix_or_unreadable_input_passes_it_through() -> None:
    assert run("check", "--fix", "-", stdin=FIXED.encode())[:2] == (0, FIXED.encode())
    assert run("check", "--fix", "-", stdin=b"a\0b")[:2] == (0, b"a\0b")  # binary: skipped, as it was
    code, out, err = run("check", "--fix", "-", stdin=b"\xe9t\xe9\n")
    assert (code, out) == (2, b"\xe9t\xe9\n") and "-: not valid UTF-8 (byte offset 0)" in err


def test_fix_on_stdin_with_an_output_file_keeps_stdout_for_the_text() -> None:
    code, out, err = run("check", "--fix", "-f", "json", "-o", "report.json", "-", stdin=TYPO.encode())
    assert (code, out) == (0, FIXED.encode())
    assert err.endswith("report.json: 0 finding(s) in 1 file(s), 7 words checked.\n")
    assert json.loads(Path("report.json").read_text(encoding="utf-8"))["notices"][0]["level"] == "fixed"


def test_stdin_filename_gives_the_kind_the_configuration_and_the_path() -> None:
    Path("web").mkdir()
    Path("web/arabspell.toml").write_text('ignore = ["orthography"]\n', encoding="utf-8")
    html = "<p>مع الخارجيه</p><code>الهافية</code><p>وتجنب تصيعد الصراع.</p>\n".encode()
    code, out, _ = run("check", "-f", "json", "--stdin-filename", "web/page.html", "-", stdin=html)
    [checked] = json.loads(out)["files"]
    assert code == 1 and checked["path"] == "web/page.html"
    assert [f["text"] for f in checked["findings"]] == ["تصيعد"]  # no code, no orthography
    _, out, _ = run("check", "-f", "json", "-", stdin=html)  # no name: plain text, the defaults
    texts = [f["text"] for f in json.loads(out)["files"][0]["findings"]]
    assert "الخارجيه" in texts and "الهافية" in texts


def test_diff_on_stdin_names_the_file_in_its_headers() -> None:
    code, out, _ = run("check", "--diff", "--stdin-filename", "desk/story.txt", "-", stdin=TYPO.encode())
    assert code == 1
    assert out.decode() == f"--- a/desk/story.txt\n+++ b/desk/story.txt\n@@ -1 +1 @@\n-{TYPO}+{FIXED}"


def test_stdin_filename_needs_stdin_among_the_paths() -> None:
    Path("a.txt").write_text(TYPO, encoding="utf-8")
    code, out, err = run("check", "--stdin-filename", "x.md", "a.txt", stdin=b"")
    assert (code, out) == (2, b"") and err == "arabspell: --stdin-filename names standard input: pass - as a path\n"


def test_a_notice_about_stdin_uses_its_name() -> None:
    code, _, err = run("check", "--stdin-filename", "old.txt", "-", stdin=b"\xe9\n")
    assert code == 2 and err.startswith("arabspell: old.txt: not valid UTF-8")
