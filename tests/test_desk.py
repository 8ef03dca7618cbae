"""Desk dictionaries: reading them, learning one from an archive, and checking with it."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from arabspell import Settings, check_text
from arabspell.cli import app
from arabspell.desk.dictionaries import Desk, DeskError, load, parse
from arabspell.desk.learn import Options, learn
from arabspell.lexicon.lexicon import default_lexicon

NAME = "زغلوبيتش"  # a made-up name no list holds
ARTICLE = "قال الوزير زغلوبيتش إن المسؤول الأميركي التقى ماريو زغلوبيتش في العاصمة."


def test_parse_reads_words_names_and_house_spellings() -> None:
    desk = parse("# a comment\n\nغالانت\nلويد أوستن\nprefer الأميركي\n")
    assert desk.words == {"غالانت"}
    assert desk.fullnames == {"لويد أوستن"}
    assert desk.preferred == {"الأميركي"}


@pytest.mark.parametrize("line", ["prefer", "prefer الأميركي الأمريكي", "CNN", "غالانت,"])
def test_parse_rejects_malformed_lines_by_number(line: str) -> None:
    with pytest.raises(DeskError, match=r"desk.txt:2:"):
        parse(f"غالانت\n{line}\n", "desk.txt")


def test_render_round_trips() -> None:
    desk = Desk({"غالانت"}, {"لويد أوستن"}, {"الأميركي"})
    again = parse(desk.render("header"))
    assert (again.words, again.fullnames, again.preferred) == (desk.words, desk.fullnames, desk.preferred)


def test_learn_names_seen_in_several_articles_and_house_spellings() -> None:
    archive = [ARTICLE] * 4 + ["وقال الأمريكي إن زغلوبيتش وصل.", "وصل زغلبيتش مرة واحدة."]
    desk = learn(archive, default_lexicon())
    assert NAME in desk.words
    assert "ماريو زغلوبيتش" in desk.fullnames
    assert "زغلبيتش" not in desk.words  # one article only: could be a typo
    assert "أميركي" in desk.proposed and not desk.preferred  # 4 of 5 uses; proposed for review, without clitics
    pinned = learn(archive, default_lexicon(), Options(pin_house_style=True))
    assert pinned.preferred == {"أميركي"} and not pinned.proposed


def test_desk_makes_names_known_and_pins_house_spellings() -> None:
    text = f"قال {NAME} إن المسؤول الأمريكي وصل."
    unfamiliar = Settings(opt_in=("spelling.unfamiliar-word",))
    assert [f.text for f in check_text(text, unfamiliar)] == [NAME]
    desk = Desk({NAME}, set(), {"الأميركي"}).apply(default_lexicon())
    found = check_text(text, Settings(opt_in=unfamiliar.opt_in, lexicon=desk))
    assert [(f.rule, f.text, f.suggestions[0]) for f in found] == [("style.inconsistent", "الأمريكي", "الأميركي")]


def test_learn_then_check_with_the_cli(tmp_path: Path) -> None:
    archive = tmp_path / "archive"
    archive.mkdir()
    for i in range(4):
        (archive / f"{i}.txt").write_text(ARTICLE, encoding="utf-8")
    story = tmp_path / "story.txt"
    story.write_text(f"قال {NAME} إن المسؤول الأمريكي وصل.\n", encoding="utf-8")
    desk = tmp_path / "desk-names.txt"
    runner = CliRunner()
    learned = runner.invoke(app, ["learn", str(archive), "-o", str(desk)])
    assert learned.exit_code == 0, learned.output
    assert NAME in desk.read_text(encoding="utf-8")
    without = runner.invoke(app, ["check", "--show-unknown", str(story)])
    assert NAME in without.stdout
    with_desk = runner.invoke(app, ["check", "--show-unknown", "--dict", str(desk), str(story)])
    assert NAME not in with_desk.stdout


def test_a_bad_dictionary_is_a_usage_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_text("CNN\n", encoding="utf-8")
    story = tmp_path / "story.txt"
    story.write_text("قال الوزير\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["check", "--dict", str(bad), str(story)])
    assert result.exit_code == 2
    assert "bad.txt:1" in result.stderr


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (None, "no such file"),
        (
            "غالانت\nبيستوريوس\n".encode("cp1256"),
            "not valid UTF-8 (byte offset 0); it looks like Windows-1256 (Arabic): check it with --encoding cp1256,"
            " or convert it with iconv -f WINDOWS-1256 -t UTF-8",
        ),
        ("غالانت\n".encode() + b"\xff\n", "not valid UTF-8 (byte offset 13); convert it to UTF-8"),
    ],
)
def test_a_dictionary_that_cannot_be_read_is_one_line_naming_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, data: bytes | None, message: str
) -> None:
    monkeypatch.chdir(tmp_path)
    if data is not None:
        (tmp_path / "desk.txt").write_bytes(data)
    (tmp_path / "story.txt").write_text("قال الوزير\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["check", "--dict", "desk.txt", "story.txt"])
    assert (result.exit_code, result.stdout, result.stderr) == (2, "", f"arabspell: desk.txt: {message}\n")
    with pytest.raises(DeskError, match=r"^desk.txt: "):
        load([Path("desk.txt")])


def test_a_dictionary_may_start_with_a_bom(tmp_path: Path) -> None:
    (tmp_path / "desk.txt").write_bytes(f"\ufeff{NAME}\n".encode())
    assert load([tmp_path / "desk.txt"]).words == {NAME}


def test_a_desk_keeps_the_lexicon_models() -> None:
    base = default_lexicon()
    extended = Desk({NAME}, set(), set()).apply(base)
    assert extended.style == base.style
    assert extended.foreignness("كونتيليون") == base.foreignness("كونتيليون") > 0.8
