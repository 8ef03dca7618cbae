"""CLI cases as data folders: tests/cli/<case>/args (one argument a line), optional
`stdin`, optional `env` (NAME=VALUE lines, set while the command runs; COLUMNS is 80
unless it says otherwise, so rich output is as wide on every machine), the input
files, and the expected `stdout`, `stderr` and `exit_code`.

The command never runs in the committed folder: the case's inputs (everything but
the runner's own files: args, stdin, env, stdout, stderr, exit_code, writes, expected/)
are copied to tmp_path/tests/cli/<case>, and the command runs there, so `--fix`,
`-o FILE` or `learn -o FILE` write into the copy. The copy sits at the same depth
as the case and the repository's seeds/ is copied beside it, so a case can name a
seed text as ../../../seeds/<file>.

Files a command writes or changes are compared too: each file under `expected/`
must, after the command, equal the copy's file of the same relative path (an
input copied there unchanged checks that the command left it alone). `writes`
lists, one relative path a line, the files the command writes: each must then
exist and have its `expected/` file, which regeneration creates.

Before comparing, outputs and written files are normalised so they are the same on
every machine and every day: the copy's absolute path becomes `<case>`, today's
date (ISO, as `learn` writes it) becomes `<today>` and arabspell's version (from the
package metadata) becomes `<version>`. Files are compared byte for
byte otherwise (CRLF and a BOM count).

A case's input that the repository's own .gitignore leaves out (the walk cases have
`build/`, `.venv/`, and .gitignore files of their own) is committed with `git add -f`.

Regenerate a case's expectations after an intended change with
`ARABSPELL_UPDATE_GOLDEN=1 pytest tests/test_cli.py` and review the diff: it
rewrites stdout, stderr, exit_code and the expected/ files of the paths in
`expected/` or `writes`.
"""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Callable
from datetime import date
from importlib import metadata
from pathlib import Path

import pytest
from typer.testing import CliRunner

from arabspell.cli import app

HERE = Path(__file__).parent
ROOT = HERE.parent
CASES = sorted(p for p in (HERE / "cli").iterdir() if p.is_dir())
UPDATE = os.environ.get("ARABSPELL_UPDATE_GOLDEN") == "1"
#: a case folder's files that are the runner's, not the command's inputs
OWN = {"args", "stdin", "env", "stdout", "stderr", "exit_code", "writes", "expected"}
#: arabspell's version as a whole (not inside a longer number)
VERSION = re.compile(rf"(?<![\d.]){re.escape(metadata.version('arabspell'))}(?![\d.])")
EXPECTED = "expected"


def read(path: Path) -> str | None:
    return path.read_text(encoding="utf-8") if path.exists() else None


def working_copy(case: Path, tmp_path: Path) -> Path:
    """A copy of the case's inputs at tmp_path/tests/cli/<case>, with the seeds at ../../../seeds."""
    work = tmp_path / case.relative_to(ROOT)
    shutil.copytree(case, work, ignore=lambda folder, names: OWN & set(names) if folder == str(case) else set())
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    return work


def environment(case: Path) -> dict[str, str]:
    """The case's `env`: NAME=VALUE a line."""
    lines = (read(case / "env") or "").splitlines()
    return dict(line.split("=", 1) for line in lines if line.strip())


def normaliser(work: Path, days: set[str]) -> Callable[[str], str]:
    """Text with the copy's absolute path as `<case>` and today's date as `<today>`."""
    places = sorted({str(work), str(work.resolve()), os.path.realpath(work)}, key=len, reverse=True)

    def normal(text: str) -> str:
        for place in places:
            text = text.replace(place, "<case>")
        for day in days:
            text = text.replace(day, "<today>")
        return VERSION.sub("<version>", text)

    return normal


def written(case: Path) -> list[str]:
    """The relative paths whose content after the command is compared: expected/ and `writes`."""
    folder = case / EXPECTED
    paths = {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()} if folder.is_dir() else set()
    paths |= {line.strip() for line in (read(case / "writes") or "").splitlines() if line.strip()}
    return sorted(paths)


def content(path: Path) -> str | None:
    """A file's text, bytes kept as they are (no newline translation; undecodable bytes escaped)."""
    return path.read_bytes().decode("utf-8", "surrogateescape") if path.is_file() else None


@pytest.mark.parametrize("case", CASES, ids=lambda p: p.name)
def test_cli_case(case: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    work = working_copy(case, tmp_path)
    monkeypatch.chdir(work)
    args = (case / "args").read_text(encoding="utf-8").splitlines()
    stdin = (case / "stdin").read_bytes() if (case / "stdin").exists() else None
    env = {"COLUMNS": "80", **environment(case)}
    before = date.today().isoformat()
    result = CliRunner().invoke(app, args, input=stdin, env=env)
    normal = normaliser(work, {before, date.today().isoformat()})
    actual = {"stdout": result.stdout, "stderr": result.stderr, "exit_code": f"{result.exit_code}\n"}
    actual = {name: normal(value) for name, value in actual.items()}
    files = {rel: content(work / rel) for rel in written(case)}
    files = {rel: None if text is None else normal(text) for rel, text in files.items()}
    if UPDATE:
        for name, value in actual.items():
            if value or name == "exit_code":
                (case / name).write_text(value, encoding="utf-8")
            elif (case / name).exists():
                (case / name).unlink()
        for rel, text in files.items():
            if text is not None:
                target = case / EXPECTED / rel
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(text.encode("utf-8", "surrogateescape"))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert actual["exit_code"] == read(case / "exit_code")
    assert actual["stdout"] == (read(case / "stdout") or "")
    assert actual["stderr"] == (read(case / "stderr") or "")
    for rel, text in files.items():
        want = content(case / EXPECTED / rel)
        assert text is not None, f"the command did not write {rel}"
        assert want is not None, f"no {EXPECTED}/{rel}: regenerate with ARABSPELL_UPDATE_GOLDEN=1"
        assert text == want, f"{rel} differs from {EXPECTED}/{rel}"


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


COMMANDS = ["check", "learn", "rules", "config", "init"]


@pytest.mark.parametrize("command", [[], *([c] for c in COMMANDS)], ids=lambda c: " ".join(c) or "app")
def test_help_reads_like_a_tools(command: list[str]) -> None:
    """`-h` is `--help` everywhere, and no help shows a Python type (`<bool>`, `<list[str]>`, `<path>`)."""
    long = CliRunner().invoke(app, [*command, "--help"], env={"COLUMNS": "100"})
    short = CliRunner().invoke(app, [*command, "-h"], env={"COLUMNS": "100"})
    assert long.exit_code == short.exit_code == 0
    assert short.stdout == long.stdout and "Usage: arabspell" in long.stdout
    assert not re.search(r"<[a-z]+(\[[a-z]+\])?>|\{\w+\}", long.stdout), long.stdout


def test_fail_on_is_a_choice_of_the_configurations_levels(tmp_path: Path) -> None:
    from arabspell.cli.options import FailOn
    from arabspell.desk.config import FAIL_LEVELS

    assert tuple(level.value for level in FailOn) == FAIL_LEVELS
    story = tmp_path / "story.txt"
    story.write_text("ذهب الوفد الى العاصمة\n", encoding="utf-8")  # a warning
    assert CliRunner().invoke(app, ["check", "--fail-on", "error", str(story)]).exit_code == 0
    assert CliRunner().invoke(app, ["check", "--fail-on", "warning", str(story)]).exit_code == 1
    bad = CliRunner().invoke(app, ["check", "--fail-on", "sometimes", str(story)], env={"COLUMNS": "200"})
    assert bad.exit_code == 2
    assert "'sometimes' is not one of 'error', 'warning', 'info', 'none'" in bad.stderr


def test_version_is_the_package_metadatas() -> None:
    for flag in ("--version", "-V"):
        result = CliRunner().invoke(app, [flag])
        assert (result.exit_code, result.stdout) == (0, f"arabspell {metadata.version('arabspell')}\n")


def test_init_writes_a_file_config_reads_and_force_overwrites(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    assert runner.invoke(app, ["init"]).exit_code == 0
    shown = runner.invoke(app, ["config"])
    assert shown.exit_code == 0 and shown.stderr == "" and "# default" in shown.stdout
    assert "# arabspell.toml" not in shown.stdout  # every key commented out: every setting at its default
    (tmp_path / "arabspell.toml").write_text('fail-on = "error"\n', encoding="utf-8")
    refused = runner.invoke(app, ["init"])
    assert (refused.exit_code, refused.stdout) == (2, "")
    assert refused.stderr == "arabspell: arabspell.toml already exists; --force overwrites it\n"
    assert (tmp_path / "arabspell.toml").read_text(encoding="utf-8") == 'fail-on = "error"\n'
    assert runner.invoke(app, ["init", "--force"]).exit_code == 0
    assert "# fail-on = " in (tmp_path / "arabspell.toml").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("name", "body"), [(".arabspell.toml", "ignore = []\n"), ("pyproject.toml", "[tool.arabspell]\nignore = []\n")]
)
def test_init_does_not_shadow_another_configuration_here(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, body: str
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / name).write_text(body, encoding="utf-8")
    result = CliRunner().invoke(app, ["init"])
    assert result.exit_code == 2 and f"{name} already configures this directory" in result.stderr
    assert not (tmp_path / "arabspell.toml").exists()


def test_init_prints_the_readmes_pre_commit_hook() -> None:
    from arabspell.cli.init import PRE_COMMIT

    hooks = (ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8")
    assert "- id: arabspell\n" in hooks and "      - id: arabspell " in PRE_COMMIT
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert PRE_COMMIT in readme
