"""The fast path of a plain `arabspell check` (`cli/fast.py`): it parses only paths and a few
options, runs the function the typer command runs, and leaves everything else to typer. Each
command line below runs both ways in a real process, through the console-script entry point and
through the typer app directly, and must give the same exit status, stdout and stderr."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from arabspell.cli import fast
from arabspell.report import Format

P = pytest.param
ENTRY = "import sys; from arabspell.cli import main; sys.argv[0] = 'arabspell'; main()"
TYPER = "import sys; from arabspell.cli.commands import main; sys.argv[0] = 'arabspell'; main()"
TYPO = "قال الوزير إن الاتفغاق مع الجانب مستمر، وأكد أن أن الوفد وصل.\n"


@pytest.mark.parametrize(
    ("argv", "fmt", "exit_zero", "quiet", "paths"),
    [
        P(["check", "a.txt"], Format.TEXT, False, False, ["a.txt"], id="a-path"),
        P(["check", "-", "b.md"], Format.TEXT, False, False, ["-", "b.md"], id="stdin-and-a-path"),
        P(["check", "--format", "json", "a.txt"], Format.JSON, False, False, ["a.txt"], id="format"),
        P(["check", "a.txt", "--format=sarif"], Format.SARIF, False, False, ["a.txt"], id="format-equals"),
        P(["check", "-f", "github", "--exit-zero", "-q", "a"], Format.GITHUB, True, True, ["a"], id="short"),
        P(
            ["check", "--quiet", "a", "--format", "json", "--format", "text"],
            Format.TEXT,
            False,
            True,
            ["a"],
            id="last",
        ),
    ],
)
def test_a_plain_check_is_parsed(argv: list[str], fmt: Format, exit_zero: bool, quiet: bool, paths: list[str]) -> None:
    request = fast.parse(argv)
    assert request is not None
    assert (request.fmt, request.exit_zero, request.view.quiet, request.paths) == (fmt, exit_zero, quiet, paths)


@pytest.mark.parametrize(
    "argv",
    [
        P([], id="nothing"),
        P(["check"], id="no-path"),
        P(["rules"], id="another-command"),
        P(["check", "--help"], id="help"),
        P(["check", "a.txt", "--fix"], id="another-option"),
        P(["check", "--format", "yaml", "a.txt"], id="a-bad-value"),
        P(["check", "a.txt", "--format"], id="no-value"),
        P(["check", "-fjson", "a.txt"], id="joined-short-option"),
        P(["check", "--exit-zero=1", "a.txt"], id="a-flag-with-a-value"),
        P(["check", "--", "-a.txt"], id="end-of-options"),
        P(["--version"], id="version"),
    ],
)
def test_anything_else_goes_to_typer(argv: list[str]) -> None:
    assert fast.parse(argv) is None


def _run(code: str, args: list[str], cwd: Path, stdin: bytes) -> tuple[int, str, str]:
    done = subprocess.run(
        [sys.executable, "-c", code, *args], cwd=cwd, input=stdin, capture_output=True, timeout=120, check=False
    )
    return done.returncode, done.stdout.decode(), done.stderr.decode()


@pytest.mark.parametrize(
    "args",
    [
        P(["check", "story.txt"], id="findings"),
        P(["check", "clean.txt"], id="clean"),
        P(["check", "--format", "json", "story.txt", "clean.txt"], id="json"),
        P(["check", "-q", "--exit-zero", "story.txt"], id="quiet-exit-zero"),
        P(["check", "-f", "github", "desk"], id="a-directory"),
        P(["check", "missing.txt"], id="a-missing-file"),
        P(["check", "binary.txt", "story.txt"], id="an-unreadable-file"),
        P(["check", "-", "--format=sarif"], id="stdin"),
        P(["check", "--format", "yaml", "story.txt"], id="a-bad-format"),
    ],
)
def test_both_paths_print_the_same(tmp_path: Path, args: list[str]) -> None:
    (tmp_path / "story.txt").write_text(TYPO, encoding="utf-8")
    (tmp_path / "clean.txt").write_text("قال الوزير إن الاتفاق مستمر.\n", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02")
    (tmp_path / "desk").mkdir()
    (tmp_path / "desk" / "a.md").write_text("# عنوان\n\n" + TYPO, encoding="utf-8")
    stdin = TYPO.encode()
    assert _run(ENTRY, args, tmp_path, stdin) == _run(TYPER, args, tmp_path, stdin)


def test_the_fast_path_imports_neither_typer_nor_click(tmp_path: Path) -> None:
    (tmp_path / "story.txt").write_text(TYPO, encoding="utf-8")
    code = (
        "import contextlib, io, sys\n"
        "from arabspell.cli import fast\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    status = fast.run(['check', '--format', 'json', 'story.txt'])\n"
        "print(status, sorted(m for m in sys.modules if m.split('.')[0] in ('typer', 'click')))\n"
    )
    assert _run(code, [], tmp_path, b"")[1] == "1 []\n"


def test_a_profiler_still_gets_its_report(tmp_path: Path) -> None:
    """The fast path skips the interpreter's teardown (`fast.leave`), but not under a profiler or a
    tracer: `python -m cProfile -o F arabspell check …` (benchmarks/profile_check.py) and coverage
    write their results at exit."""
    (tmp_path / "story.txt").write_text(TYPO, encoding="utf-8")
    profile = tmp_path / "check.prof"
    script = tmp_path / "entry.py"
    script.write_text(ENTRY, encoding="utf-8")
    argv = [sys.executable, "-m", "cProfile", "-o", str(profile), str(script), "check", "story.txt"]
    done = subprocess.run(argv, cwd=tmp_path, capture_output=True, check=False)
    assert "الاتفغاق" in done.stdout.decode(), done.stderr  # (cProfile's runner swallows the status)
    assert profile.stat().st_size > 0
