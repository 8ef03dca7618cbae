"""Normalization, tokenization and line/column: spans are exact, keys are folded."""

from __future__ import annotations

import pytest

from arabspell.arabic.normalize import key
from arabspell.arabic.tokenize import tokenize
from arabspell.text.lines import LineIndex, excerpt


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
    assert excerpt(line, 50, 1, width=5) == "…" + "ا" * 11 + "…"
    assert excerpt("قصير", 1, 4) == "قصير"
