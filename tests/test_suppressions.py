"""Inline suppressions and baselines: what a desk uses to adopt the checker on existing copy."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from typer.testing import CliRunner

from arabspell import check_text
from arabspell.cli import app
from arabspell.desk.baseline import Baseline, BaselineError, load
from arabspell.text import directives as suppressions

TYPOS = "قال الوزير إن الاتصالات الهافية مستمرة.\nوأكد أن التصيعد مرفوض.\n"


def remaining(text: str) -> list[str]:
    return [f.text for f in suppressions.apply(text, check_text(text))]


@pytest.mark.parametrize(
    ("directive", "left"),
    [
        ("", ["الهافية", "التصيعد"]),
        ("<!-- arabspell: ignore الهافية -->\n", ["التصيعد"]),
        ("# arabspell: ignore الهافية التصيعد\n", []),
        ("arabspell: ignore التَّصيعد\n", ["الهافية"]),  # diacritics do not matter
        ("<!-- arabspell: disable -->\n", []),
    ],
)
def test_file_level_directives(directive: str, left: list[str]) -> None:
    assert remaining(directive + TYPOS) == left


def test_line_directives() -> None:
    text = "قال الوزير إن الاتصالات الهافية مستمرة. <!-- arabspell: ignore-line -->\nوأكد أن التصيعد مرفوض.\n"
    assert remaining(text) == ["التصيعد"]
    text = "<!-- arabspell: ignore-next-line -->\n" + TYPOS
    assert remaining(text) == ["التصيعد"]


def test_disable_enable_block() -> None:
    text = "<!-- arabspell: disable -->\nالاتصالات الهافية\n<!-- arabspell: enable -->\nوأكد أن التصيعد مرفوض.\n"
    assert remaining(text) == ["التصيعد"]


@pytest.mark.parametrize(
    "directive",
    ["<!-- arabspell: disable-next-line -->\n", "# arabspell: ignore-الهافية\n", "arabspell: ignoreline\n"],
)
def test_a_directive_is_named_by_a_whole_word(directive: str) -> None:
    """`disable-next-line` is not `disable` (it used to silence the rest of the file), nor
    `ignore-الهافية` an `ignore`: a name that is not a directive suppresses nothing."""
    assert suppressions.parse(directive + TYPOS) == suppressions.Suppressions()
    assert "التصيعد" in remaining(directive + TYPOS)


def test_misspelled_finds_the_names_that_are_not_directives() -> None:
    text = "<!-- arabspell: ignore-nextline -->\n# arabspell: ignore-line\narabspell:\n"
    assert list(suppressions.misspelled(text)) == [(16, 31, "ignore-nextline"), (61, 71, "")]
    assert text[16:31] == "ignore-nextline" and text[61:71] == "arabspell:"


def test_baseline_counts_per_file_rule_and_word(tmp_path: Path) -> None:
    findings = check_text(TYPOS)
    base = Baseline(tmp_path)
    base.add(str(tmp_path / "a.txt"), findings)
    assert base.new(str(tmp_path / "a.txt"), findings) == []
    assert base.new(str(tmp_path / "b.txt"), findings) == findings
    again = [*findings, *(replace(f, offset=f.offset + 100) for f in findings)]
    assert [f.text for f in base.new(str(tmp_path / "a.txt"), again)] == ["الهافية", "التصيعد"]
    path = tmp_path / "baseline.json"
    path.write_text(base.render(), encoding="utf-8")
    assert load(path).counts == base.counts
    assert base.render() == load(path).render()


def test_bad_baseline_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "baseline.json"
    path.write_text('{"version": 99}', encoding="utf-8")
    with pytest.raises(BaselineError, match="not an arabspell baseline"):
        load(path)


def test_write_baseline_then_only_new_findings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "story.txt").write_text(TYPOS, encoding="utf-8")
    runner = CliRunner()
    result = runner.invoke(app, ["check", "--write-baseline", "baseline.json", "story.txt"])
    assert result.exit_code == 0 and "2 finding(s)" in result.stderr
    assert runner.invoke(app, ["check", "--baseline", "baseline.json", "story.txt"]).exit_code == 0
    (tmp_path / "story.txt").write_text(TYPOS + "وصرح المتحدث بأن المباحثات ستتناول تعزيز التعاوم.\n", encoding="utf-8")
    result = runner.invoke(app, ["check", "--baseline", "baseline.json", "--format", "json", "story.txt"])
    assert result.exit_code == 1
    assert result.stdout.count('"rule"') == 1 and '"line": 3' in result.stdout
