"""--fix and --diff: byte-exact round trips, the seed's four corrections, safe writes."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

import pytest
from typer.testing import CliRunner

from arabspell import check_text
from arabspell.cli import app
from arabspell.files import fixes

#: two findings a desk can fix unattended (safe): a keyboard slip with one clear reading, a doubled word
TYPO = "قال الوزير إن الاتفغاق مع الجانب مستمر.\nووصل الوفد في في الصباح.\n"
FIXED = "قال الوزير إن الاتفاق مع الجانب مستمر.\nووصل الوفد في الصباح.\n"


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize(
    ("prefix", "newline"),
    [(b"", "\n"), (b"", "\r\n"), (b"\xef\xbb\xbf", "\n"), (b"\xef\xbb\xbf", "\r\n"), (b"", "\r")],
    ids=["lf", "crlf", "bom-lf", "bom-crlf", "cr"],
)
def test_fix_changes_only_the_spans(tmp_path: Path, prefix: bytes, newline: str) -> None:
    path = tmp_path / "story.txt"
    path.write_bytes(prefix + TYPO.replace("\n", newline).encode("utf-8") + b"  \t")
    code, _, _ = run("check", "--fix", str(path))
    assert code == 0
    assert path.read_bytes() == prefix + FIXED.replace("\n", newline).encode("utf-8") + b"  \t"


def test_seed_fix_makes_only_the_sure_corrections(tmp_path: Path, seed_text: str) -> None:
    """Of the seed's four errors, two fixes are sure (تصيعد has one clear reading; the text writes
    أوستن three times): --fix applies them; الهافية (الهاتفية or العافية?) and لويس (a commoner
    name than لويد) stay reported for an editor, and a second --fix changes nothing."""
    path = tmp_path / "seed.txt"
    path.write_text(seed_text, encoding="utf-8", newline="")
    assert run("check", "--fix", str(path))[0] == 1
    after = path.read_bytes().decode("utf-8")
    changed = [(a, b) for a, b in zip(seed_text.split(" "), after.split(" "), strict=True) if a != b]
    assert {(a.strip("«»،."), b.strip("«»،.")) for a, b in changed} == {("تصيعد", "تصعيد"), ("أوستين", "أوستن")}
    code, out, _ = run("check", "-f", "json", str(path))
    assert code == 1 and '"safe": true' not in out
    assert [f.text for f in check_text(after)] == ["لويس", "الهافية"]
    assert run("check", "--fix", str(path))[0] == 1 and path.read_bytes().decode("utf-8") == after


def test_diff_prints_and_writes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text(TYPO, encoding="utf-8")
    code, out, _ = run("check", "--diff", str(path))
    assert code == 1
    assert "-قال الوزير إن الاتفغاق مع الجانب مستمر." in out and "+قال الوزير إن الاتفاق مع الجانب مستمر." in out
    assert path.read_text(encoding="utf-8") == TYPO
    path.write_text(FIXED, encoding="utf-8")
    assert run("check", "--diff", str(path)) == (0, "", "")


def test_unsafe_findings_are_reported_not_applied(tmp_path: Path) -> None:
    """A merged word (unsafe: «مترو جيت» or a name?) is reported and left as written; the safe
    typo on the next line is fixed, by fixes.apply and by `check --fix` alike."""
    text = "وصلت الطائرة إلى مطار متروجيت الدولي صباح اليوم.\nوأكد أن الاتفغاق مرفوض.\n"
    expected = "وصلت الطائرة إلى مطار متروجيت الدولي صباح اليوم.\nوأكد أن الاتفاق مرفوض.\n"
    findings = check_text(text)
    [merged] = [f for f in findings if f.rule == "spacing.merged"]
    assert (merged.text, merged.safe) == ("متروجيت", False) and merged.suggestions
    assert [f.text for f in fixes.fixable(findings)] == ["الاتفغاق"]
    assert fixes.apply(text, fixes.fixable(findings)) == expected
    path = tmp_path / "story.txt"
    path.write_text(text, encoding="utf-8", newline="")
    code, out, _ = run("check", "--fix", str(path))
    assert code == 1 and "متروجيت" in out  # still reported, so still a finding
    assert path.read_bytes().decode("utf-8") == expected


def test_a_file_changed_since_it_was_read_is_not_written(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text(TYPO, encoding="utf-8")
    data = path.read_bytes()
    path.write_text(TYPO + "سطر أضافه محرر آخر.\n", encoding="utf-8")
    with pytest.raises(fixes.FileChanged):
        fixes.write(path, data, FIXED)
    assert path.read_text(encoding="utf-8").endswith("سطر أضافه محرر آخر.\n")
    assert [p.name for p in tmp_path.iterdir()] == ["story.txt"]


def test_permissions_are_kept(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text(TYPO, encoding="utf-8")
    path.chmod(0o640)
    fixes.write(path, path.read_bytes(), FIXED)
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    assert path.read_text(encoding="utf-8") == FIXED


def refuse_new_files_in(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Make `folder` act as a read-only directory, even for root: creating a file in it fails
    with EACCES at os.open, as the kernel does (tempfile.mkstemp creates through os.open)."""
    real_open = os.open

    def open_(path: str | os.PathLike[str], flags: int, *args: object, **kwargs: object) -> int:
        if flags & os.O_CREAT and Path(path).parent == folder:
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), os.fspath(path))
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", open_)


def refuse_renames_onto(target: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Make the rename over `target` fail with EACCES (the temporary file is already written)."""
    real_replace = os.replace

    def replace(src: str | os.PathLike[str], dst: str | os.PathLike[str], **kwargs: object) -> None:
        if Path(dst) == target:
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), os.fspath(src), os.fspath(dst))
        real_replace(src, dst, **kwargs)

    monkeypatch.setattr(fixes.os, "replace", replace)


@pytest.mark.parametrize("refused", ["create", "rename"])
def test_a_failed_write_leaves_the_original(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, refused: str) -> None:
    """The directory refuses the temporary file (a read-only directory), or the rename over the
    original: exit 2, the file named with the reason, the original intact, no temporary file left."""
    folder = (tmp_path / "ro").resolve()
    folder.mkdir()
    path = folder / "story.txt"
    path.write_text(TYPO, encoding="utf-8")
    if refused == "create":
        refuse_new_files_in(folder, monkeypatch)
    else:
        refuse_renames_onto(path, monkeypatch)
    code, _, err = run("check", "--fix", str(path))
    assert code == 2
    assert f"arabspell: {path}: [Errno 13] Permission denied" in err
    assert "fixed 1 finding(s)" not in err
    assert path.read_text(encoding="utf-8") == TYPO
    assert [p.name for p in folder.iterdir()] == ["story.txt"]


def test_a_write_error_mid_way_leaves_the_original(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "story.txt"
    path.write_text(TYPO, encoding="utf-8")

    def full_disk(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(fixes.os, "fsync", full_disk)
    with pytest.raises(OSError, match="No space"):
        fixes.write(path, path.read_bytes(), FIXED)
    assert path.read_text(encoding="utf-8") == TYPO
    assert [p.name for p in tmp_path.iterdir()] == ["story.txt"]


def test_stdin_is_fixed_to_stdout_not_refused() -> None:
    """`--fix -` was refused (exit 2); it is now a filter (tests/test_stdin.py has the rest)."""
    code, out, err = run("check", "--fix", "-")
    assert code == 0 and out == "" and "standard input" not in err
