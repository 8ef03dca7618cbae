"""Bad input gets a clear message and exit 2, never a traceback; the other files are still checked;
nothing is ever written to a file that could not be read. (docs/robustness.md has the table.)"""

from __future__ import annotations

import errno
import json
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from arabspell.cli import app
from arabspell.files.sources import read

#: a slip with one clear reading: its fix is safe
TYPO = "قال الوزير إن الاتفغاق مع الجانب مستمر.\n"
FIXED = "قال الوزير إن الاتفاق مع الجانب مستمر.\n"


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.stdout, result.stderr


def test_the_acceptance_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """good.txt latin1.txt empty.txt blob.bin: exit 2, latin1.txt named, good.txt reported, and
    --fix leaves latin1.txt byte-identical."""
    monkeypatch.chdir(tmp_path)
    Path("good.txt").write_text(TYPO, encoding="utf-8")
    latin1 = "Café crème, naïve résumé\n".encode("latin-1")
    Path("latin1.txt").write_bytes(latin1)
    Path("empty.txt").write_bytes(b"")
    Path("blob.bin").write_bytes(bytes(range(256)) * 4)
    files = ["good.txt", "latin1.txt", "empty.txt", "blob.bin"]
    code, out, err = run("check", "--format", "json", *files)
    assert code == 2
    assert "latin1.txt: not valid UTF-8 (byte offset 3)" in err
    assert "blob.bin: a binary file" in err
    report = json.loads(out)
    assert [f["path"] for f in report["files"]] == ["good.txt", "empty.txt"]
    assert report["files"][0]["findings"][0]["text"] == "الاتفغاق"
    code, _, err = run("check", "--fix", *files)
    assert code == 2 and "latin1.txt" in err
    assert Path("latin1.txt").read_bytes() == latin1
    assert Path("good.txt").read_text(encoding="utf-8") == FIXED


@pytest.mark.parametrize(
    ("codec", "bom"),
    [("utf-16-le", b"\xff\xfe"), ("utf-16-be", b"\xfe\xff"), ("utf-32-le", b"\xff\xfe\x00\x00")],
)
def test_utf16_and_utf32_with_a_bom_are_read_and_fixed_in_their_encoding(
    tmp_path: Path, codec: str, bom: bytes
) -> None:
    path = tmp_path / "story.txt"
    path.write_bytes(bom + TYPO.replace("\n", "\r\n").encode(codec))
    source = read(str(path))
    assert source.encoding == codec and source.text is not None and source.text.startswith("\ufeff")
    code, out, _ = run("check", "--format", "json", str(path))
    finding = json.loads(out)["files"][0]["findings"][0]
    assert code == 1 and finding["offset"] == 1 + TYPO.index("الاتفغاق") and finding["line"] == 1
    assert run("check", "--fix", str(path))[0] == 0
    assert path.read_bytes() == bom + FIXED.replace("\n", "\r\n").encode(codec)


def test_a_utf16_file_with_a_broken_tail_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_bytes(b"\xff\xfe" + "قال".encode("utf-16-le") + b"\x00")
    code, _, err = run("check", str(path))
    assert code == 2 and "not valid UTF-16 (byte offset" in err


def test_binary_files_are_skipped_with_a_notice_not_an_error(tmp_path: Path) -> None:
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    code, out, err = run("check", str(tmp_path / "image.txt"))
    assert code == 0 and "a binary file (it has NUL bytes): skipped" in err
    assert "0 finding(s) in 0 file(s)" in out


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_is_refused_without_being_opened(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    (tmp_path / "good.txt").write_text(TYPO, encoding="utf-8")
    code, out, err = run("check", str(fifo), str(tmp_path / "good.txt"))  # would hang if opened
    assert code == 2 and "pipe.txt: not a regular file (a FIFO)" in err and "الاتفغاق" in out


def test_links_that_lead_nowhere(tmp_path: Path) -> None:
    loop = tmp_path / "loop.txt"
    loop.symlink_to(tmp_path / "loop.txt")
    broken = tmp_path / "broken.txt"
    broken.symlink_to(tmp_path / "gone.txt")
    assert run("check", str(tmp_path)) == (0, "0 finding(s) in 0 file(s), 0 words checked.\n", "")  # walked past
    code, _, err = run("check", str(loop), str(broken), str(tmp_path / "missing.txt"))
    assert code == 2
    assert "loop.txt: symbolic link loop" in err
    assert "broken.txt: broken symbolic link" in err
    assert "missing.txt: no such file" in err


def test_a_directory_named_as_a_file_and_a_symlink_loop_inside_a_tree(tmp_path: Path) -> None:
    (tmp_path / "desk").mkdir()
    (tmp_path / "desk" / "story.txt").write_text(TYPO, encoding="utf-8")
    (tmp_path / "desk" / "again").symlink_to(tmp_path / "desk")  # a cycle for a naive walk
    code, out, _ = run("check", "--format", "json", str(tmp_path / "desk"))
    assert code == 1 and json.loads(out)["summary"]["files"] == 1


def test_an_unreadable_file_is_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A file that cannot be opened for reading (mode 0 for anyone but root; simulated here, so
    it runs as root too: reading it fails with EACCES as the kernel would): exit 2, the file named
    with the reason, the other files still checked, and --fix writes only to the readable one."""
    secret = tmp_path / "secret.txt"
    secret.write_text(TYPO, encoding="utf-8")
    good = tmp_path / "good.txt"
    good.write_text(TYPO, encoding="utf-8")
    real_read_bytes = Path.read_bytes

    def read_bytes(self: Path) -> bytes:
        if self.name == secret.name:
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(self))
        return real_read_bytes(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    code, out, err = run("check", "--format", "json", str(secret), str(good))
    assert code == 2 and f"{secret}: permission denied" in err
    assert [f["path"] for f in json.loads(out)["files"]] == [str(good)]
    code, _, err = run("check", "--fix", str(secret), str(good))
    assert code == 2 and f"{secret}: permission denied" in err
    assert real_read_bytes(secret) == TYPO.encode("utf-8")
    assert good.read_text(encoding="utf-8") == FIXED


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_a_large_file_is_streamed_with_the_same_report(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, newline: str
) -> None:
    """A file over sources.STREAM_MIN is read and checked a piece at a time (its text not kept):
    the JSON report is the one the whole text gets, lines and columns included."""
    from arabspell.files import sources
    from arabspell.text import parts as cutter

    paragraph = "قال الوزير إن الاتصالات مستمرة مع الجانب الآخر، وأكد أن التصعيد مرفوض.\n"
    paragraphs = [paragraph * 3 for _ in range(300)]
    paragraphs[7] = paragraph.replace("الاتصالات", "الاتصالات الهافية") + paragraph
    long_line = "وأكد أن المباحثات مستمرة. " * 150
    paragraphs[150] = long_line + "وتجنب تصيعد الصراع. " + long_line + "\n"  # cut at a space
    paragraphs[-1] = paragraph.replace("التصعيد", "التصيعد")
    text = "\n".join(paragraphs).replace("\n", newline)
    path = tmp_path / "archive.txt"
    path.write_bytes(text.encode("utf-8"))
    monkeypatch.setattr(cutter, "PART", 2_000)
    whole = run("check", "--format", "json", str(path))
    monkeypatch.setattr(sources, "STREAM_MIN", 1_000)
    monkeypatch.setattr(sources, "CHUNK", 3_001)  # pieces that cut characters and line breaks
    streamed = run("check", "--format", "json", str(path))
    assert streamed == whole
    report = json.loads(streamed[1])
    assert {f["text"] for f in report["files"][0]["findings"]} == {"الهافية", "تصيعد", "التصيعد"}

