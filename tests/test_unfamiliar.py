"""--show-unknown (`spelling.unfamiliar-word`): each unknown form once per file, on its first
occurrence, with how many times it occurs (`Finding.occurrences`, JSON `occurrences`)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from arabspell.cli import app
from arabspell.engine import Settings, check, check_stream, check_text
from arabspell.findings import Finding

UNFAMILIAR = "spelling.unfamiliar-word"
SHOW = Settings(opt_in=(UNFAMILIAR,))
NAME = "كزخستافيلوس"
OTHER = "برافيتشوفسكي"


def unfamiliar(findings: list[Finding]) -> list[tuple[int, str, int, str]]:
    return [(f.offset, f.text, f.occurrences, f.message) for f in findings if f.rule == UNFAMILIAR]


def test_each_unknown_form_is_reported_once_with_its_count() -> None:
    text = f"وصل {NAME} ثم قال {NAME} إن {OTHER} التقى {NAME}."
    assert unfamiliar(check_text(text, SHOW)) == [
        (4, NAME, 3, f"«{NAME}» is not in the lexicon (3 occurrences)"),
        (text.index(OTHER), OTHER, 1, f"«{OTHER}» is not in the lexicon (1 occurrence)"),
    ]


def test_a_form_is_its_key_marks_aside_and_proclitics_make_another() -> None:
    marked = NAME[:3] + "\u064e" + NAME[3:]
    text = f"وصل {marked} ثم قال {NAME} إن و{NAME} وصل."
    found = unfamiliar(check_text(text, SHOW))
    assert [(offset, written, n) for offset, written, n, _ in found] == [
        (4, marked, 2),
        (text.index("و" + NAME), "و" + NAME, 1),
    ]


def test_suppressed_occurrences_are_not_counted() -> None:
    text = f"وصل {NAME} أمس <!-- arabspell: ignore-line -->\nثم قال {NAME} إن {NAME} عاد."
    [(offset, _, n, _)] = unfamiliar(check_text(text, SHOW))
    assert (offset, n) == (text.index(NAME, 10), 2)


def test_a_file_checked_in_parts_reports_a_form_once(monkeypatch: pytest.MonkeyPatch) -> None:
    from arabspell.text import parts

    monkeypatch.setattr(parts, "PART", 200)
    paragraph = f"وصل {NAME} إلى العاصمة وقال الوزير إن الاتصالات مستمرة مع الجميع منذ أيام عدة.\n\n"
    text = paragraph * 8
    assert len(list(parts.parts(text))) > 1
    whole = check(text, SHOW).findings
    assert [(f.offset, f.occurrences) for f in whole if f.rule == UNFAMILIAR] == [(4, 8)]
    streamed = check_stream([text[i : i + 150] for i in range(0, len(text), 150)], SHOW).findings
    assert streamed == whole
    assert [f.occurrences for f in streamed] == [f.occurrences for f in whole]


def test_other_rules_stand_for_one_occurrence() -> None:
    found = check_text(f"اعلن الوزير الهافية ثم الهافية و{NAME} {NAME}", SHOW)
    assert {f.rule for f in found} > {UNFAMILIAR}
    assert all(f.occurrences == 1 for f in found if f.rule != UNFAMILIAR)


def test_json_has_occurrences_on_unfamiliar_word_findings_only(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text(f"اعلن الوزير أن {NAME} وصل، ثم غادر {NAME}.\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["check", "--show-unknown", "--format", "json", str(story)])
    findings = json.loads(result.stdout)["files"][0]["findings"]
    assert [(f["rule"], f.get("occurrences")) for f in findings] == [("orthography.hamza", None), (UNFAMILIAR, 2)]


def test_sarif_and_github_carry_the_count(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text(f"وصل {NAME} ثم غادر {NAME}.\n", encoding="utf-8")
    sarif = CliRunner().invoke(app, ["check", "--show-unknown", "--format", "sarif", str(story)])
    [result] = json.loads(sarif.stdout)["runs"][0]["results"]
    assert result["properties"]["occurrences"] == 2
    assert result["message"]["text"].endswith("(2 occurrences)")
    github = CliRunner().invoke(app, ["check", "--show-unknown", "--format", "github", str(story)])
    assert github.stdout.strip().endswith("(2 occurrences)")
