"""Normalization, tokenization and line/column: spans are exact, keys are folded."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pyarabic import araby

from arabspell.arabic.clitics import PROCLITICS, by_last_letter, leading_proclitics
from arabspell.arabic.letters import MARK_CHARS, vowelled_ending
from arabspell.arabic.normalize import key
from arabspell.arabic.tokenize import tokenize
from arabspell.text.lines import LineIndex, excerpt


def test_the_marks_are_pyarabics_diacritics_and_tatweel() -> None:
    # a run strips them without importing pyarabic (its import costs as much as the seed's check)
    assert sorted(MARK_CHARS) == sorted({*araby.DIACRITICS, araby.TATWEEL})


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("الرئيـــس", "الرئيس"),  # tatweel
        ("ووقّعَ", "ووقع"),  # shadda, fatha
        ("كِتَابٌ", "كتاب"),  # kasra, fatha, dammatan
        ("الرحمٰن", "الرحمن"),  # superscript alef
        ("أعلن", "أعلن"),  # hamza is a letter, not a mark
    ],
)
def test_key_strips_marks_only(word: str, expected: str) -> None:
    assert key(word) == expected


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("في المنطقة", [("في", 0), ("المنطقة", 3)]),
        ("(البنتاغون)، وأفادت", [("البنتاغون", 1), ("وأفادت", 13)]),
        ('قال: "نعم" 2024 CNN', [("قال", 0), ("نعم", 6)]),
        ("الرئيـــس ووقّعَ", [("الرئيـــس", 0), ("ووقّعَ", 10)]),
        ("عرب 48 في", [("عرب", 0), ("في", 7)]),
    ],
)
def test_tokens_keep_exact_spans(text: str, tokens: list[tuple[str, int]]) -> None:
    found = tokenize(text)
    assert [(t.text, t.start) for t in found] == tokens
    assert all(text[t.start : t.end] == t.text for t in found)


def test_token_key_is_normalized() -> None:
    [token] = tokenize("الرئيـــس")
    assert token.key == "الرئيس"
    assert token.text == "الرئيـــس"


@pytest.mark.parametrize(
    ("text", "offset", "position"),
    [
        ("abc", 0, (1, 1)),
        ("ab\ncd", 3, (2, 1)),
        ("ab\r\ncd", 5, (2, 2)),
        ("ab\rcd", 4, (2, 2)),
        ("سطر\nثان", 6, (2, 3)),
        ("😀 في", 2, (1, 3)),  # code points, not UTF-16 units
    ],
)
def test_line_index_positions(text: str, offset: int, position: tuple[int, int]) -> None:
    assert LineIndex(text).position(offset) == position


def test_line_text_has_no_line_ending() -> None:
    lines = LineIndex("أول\r\nثاني\nثالث")
    assert [lines.line_text(n) for n in (1, 2, 3)] == ["أول", "ثاني", "ثالث"]


def test_excerpt_marks_cuts() -> None:
    line = "ا" * 100
    assert excerpt(line, 50, 1, 13) == ("…" + "ا" * 5, "ا", "ا" * 5 + "…")
    assert excerpt("قصير", 1, 4, 40) == ("", "قصير", "")
    assert excerpt("  في  قصير  ", 7, 4, 40) == ("في  ", "قصير", "")  # the line's own indentation goes


LINE = "اعلن الوزير ان الاتصالات الهافية مع نظرائه كانت فيالمنطقة في في الصباح."


@pytest.mark.parametrize("room", [12, 20, 30, 40, 60, 73])
def test_excerpt_fits_its_room_and_cuts_at_spaces(room: int) -> None:
    """The span whole, the rest within `room`, no word cut in two, `…` on each side that was cut."""
    before, span, after = excerpt(LINE, 26, 7, room)
    assert span == "الهافية"
    assert len(before + span + after) <= room
    shown = (before + span + after).strip("…").split()
    assert set(shown) <= set(LINE.split()), "a word was cut in two"
    assert before.startswith("…") == (not LINE.startswith(before)), before
    assert after.endswith("…") == (not LINE.endswith(after)), after


def test_excerpt_shares_its_room_and_gives_a_short_side_s_rest_to_the_other() -> None:
    before, _, after = excerpt(LINE, 26, 7, 40)
    assert (before, after) == ("…ان الاتصالات ", " مع نظرائه كانت…")
    at_start = excerpt(LINE, 1, 4, 40)  # nothing before: the after side gets the rest of the room
    assert at_start == ("", "اعلن", " الوزير ان الاتصالات الهافية مع…")
    assert excerpt(LINE, 26, 7, 9) == ("…", "الهافية", "…")  # no word fits: the cut marks stay


def test_excerpt_counts_cells_with_the_measure_it_is_given() -> None:
    """Diacritics take no cell: with a measure that knows it, more vowelled text fits."""
    vowelled = "كَتَبَ الوَزِيرُ رِسَالَةً طَوِيلَةً إِلَى نَظِيرِهِ فِي العَاصِمَةِ"
    column = vowelled.index("رِسَالَةً") + 1

    def cells(text: str) -> int:
        return sum(not unicodedata.combining(char) for char in text)

    by_points = excerpt(vowelled, column, 9, 30)
    by_cells = excerpt(vowelled, column, 9, 30, cells)
    assert cells("".join(by_cells)) <= 30 < len("".join(by_cells))
    assert len("".join(by_cells)) > len("".join(by_points))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="وفبكلسالمنيت", max_size=9))
def test_leading_proclitics_are_every_chain_the_word_starts_with(word: str) -> None:
    """The sliced lookup finds exactly the chains a scan of PROCLITICS finds, in the same order."""
    assert leading_proclitics(word) == [p for p in PROCLITICS if word.startswith(p)]


ENDINGS = ("هما", "كما", "هم", "ها", "ه", "ي", "ا", "ان", "ين", "ون", "ات", "وا", "تا", "ن", "ة")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="هماكينوتةلب", max_size=7), st.lists(st.sampled_from(ENDINGS), unique=True))
def test_endings_by_last_letter_are_the_endings_a_scan_finds(word: str, endings: list[str]) -> None:
    """The grouped lookup finds exactly the endings a scan finds, in their order (`splits`,
    `names.stripped`)."""
    grouped = by_last_letter(tuple(endings))
    assert [e for e in grouped.get(word[-1:], ()) if word.endswith(e)] == [e for e in endings if word.endswith(e)]


@pytest.mark.parametrize(
    ("written", "fix", "decides"),
    [
        ("أبَى", "أبي", True),  # fatha before ى: «refused», as the writer vowelled it
        ("صلَّى", "صلي", True),  # shadda and fatha
        ("الكبرِي", "الكبرى", True),  # kasra before ي
        ("أبى", "أبي", False),  # no marks: the rules decide
        ("فِى", "في", False),  # a kasra before ى asks for the fix
        ("التى", "التي", False),
        ("الخارجيه", "الخارجية", False),  # not ى/ي
    ],
)
def test_the_writers_vowel_before_a_final_alef_maqsura_or_ya_decides(written: str, fix: str, decides: bool) -> None:
    assert vowelled_ending(written, fix) is decides
