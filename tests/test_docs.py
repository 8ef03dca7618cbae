"""README truth, cheaply: its pre-commit snippet pins no tag that does not exist, every option its
table lists is one `arabspell check --help` shows, and its JSON sample is the real output."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from arabspell.cli import app

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
SCHEMA = (ROOT / "docs" / "output-schema.md").read_text(encoding="utf-8")


def section(text: str, heading: str) -> str:
    """The text of a Markdown section, up to the next heading (`##` to `######`: a code block's `#` is a comment)."""
    start = text.index(f"{heading}\n")
    end = re.compile(r"^#{2,6} ", re.M).search(text, start + len(heading) + 1)
    return text[start : end.start() if end else len(text)]


def fenced(text: str, language: str) -> list[str]:
    """The bodies of the fenced code blocks of a language."""
    return re.findall(rf"^```{language}\n(.*?)^```$", text, re.M | re.S)


def check_help() -> str:
    result = CliRunner().invoke(app, ["check", "--help"], terminal_width=200, env={"NO_COLOR": "1"})
    assert result.exit_code == 0, result.output
    return result.output


def test_the_pre_commit_snippet_pins_a_commit_not_a_missing_tag() -> None:
    [snippet] = fenced(section(README, "### pre-commit"), "yaml")
    hooks = (ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8")
    for text in (snippet, hooks):
        assert "v0.1.0" not in text
        assert re.search(r"^#?\s*rev: <commit-sha>\s", text, re.M), text
    assert "pre-commit autoupdate --freeze" in section(README, "### pre-commit")


def table_options(text: str) -> list[str]:
    """The options named in the first cell of each row of README's `check` options table."""
    table = text[text.index("| option of `check` | meaning |") :].split("\n\n", 1)[0]
    cells = [row.split(" | ")[0] for row in table.splitlines()[2:]]
    return [
        opt for cell in cells for code in re.findall(r"`([^`]+)`", cell) for opt in re.findall(r"--?[a-z][-a-z]*", code)
    ]


def test_every_option_of_the_readme_table_is_in_check_help() -> None:
    options = table_options(README)
    assert len(options) > 15 and "--no-progress" in options and "-j" in options
    shown = set(re.findall(r"(?<![\w-])--?[a-z][-a-z]*", check_help()))
    assert [opt for opt in options if opt not in shown] == []


def test_every_check_option_of_the_usage_block_is_in_check_help() -> None:
    usage = section(README, "## Usage").split("| option of `check`")[0]
    options = {
        opt
        for line in usage.splitlines()
        if "arabspell check" in line
        for opt in re.findall(r" (--?[a-z][-a-z]*)", line.split("#")[0])
    }
    assert {"--format", "--fix", "--diff", "--show-unknown", "--dict"} <= options
    shown = set(re.findall(r"(?<![\w-])--?[a-z][-a-z]*", check_help()))
    assert options - shown == set()


@pytest.mark.parametrize("doc", ["README.md", "docs/output-schema.md"])
def test_the_json_sample_is_the_real_output(doc: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """README shows the story it runs; docs/output-schema.md shows the same report."""
    [story] = re.findall(r"^printf '([^']*)' > story\.txt$", README, re.M)
    (tmp_path / "story.txt").write_text(story.replace("\\n", "\n"), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["check", "--format", "json", "story.txt"])
    text = (ROOT / doc).read_text(encoding="utf-8")
    sample = next(body for body in fenced(text, "json") if body.startswith('{\n "version"'))
    assert result.stdout == sample


def test_install_is_apart_from_the_two_line_quick_start() -> None:
    install = section(README, "## Install")
    assert "pip install git+https://github.com/arabspell/arabspell\n" in install
    assert "`pip install .`" in install
    [quick] = fenced(section(README, "## Quick start"), "sh")
    assert len(quick.splitlines()) == 2
