"""Code points to LSP positions and back in UTF-8, UTF-16 and UTF-32: Arabic letters and
diacritics (one UTF-16 unit, two bytes), characters outside the BMP (two units, four bytes),
every kind of line break."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from arabspell.lsp.positions import ENCODINGS, UTF8, UTF16, UTF32, Positions, units

#: a line with Arabic, a diacritic (kasra U+0650), an emoji and a CJK character outside the BMP
TEXT = "قالَ 😀 كلمة 𠀋 end\r\nسطر\rثالث\nx"


@pytest.mark.parametrize(
    ("piece", "utf8", "utf16", "utf32"),
    [
        ("a", 1, 1, 1),
        ("ق", 2, 1, 1),
        ("\u0650", 2, 1, 1),  # a diacritic is a code point of its own
        ("قالَ", 8, 4, 4),
        ("😀", 4, 2, 1),
        ("𠀋", 4, 2, 1),
        ("€", 3, 1, 1),
        ("", 0, 0, 0),
    ],
)
def test_units(piece: str, utf8: int, utf16: int, utf32: int) -> None:
    assert (units(piece, UTF8), units(piece, UTF16), units(piece, UTF32)) == (utf8, utf16, utf32)


@pytest.mark.parametrize(
    ("word", "encoding", "expected"),
    [
        ("كلمة", UTF16, ((0, 8), (0, 12))),  # after "قالَ 😀 ": 4 + 1 + 2 + 1 units
        ("كلمة", UTF32, ((0, 7), (0, 11))),
        ("كلمة", UTF8, ((0, 14), (0, 22))),
        ("end", UTF16, ((0, 16), (0, 19))),  # after 𠀋, two units
        ("end", UTF32, ((0, 14), (0, 17))),
        ("end", UTF8, ((0, 28), (0, 31))),
        ("سطر", UTF16, ((1, 0), (1, 3))),  # after \r\n
        ("ثالث", UTF16, ((2, 0), (2, 4))),  # after a lone \r
        ("x", UTF8, ((3, 0), (3, 1))),  # after \n
    ],
)
def test_positions_of_words(word: str, encoding: str, expected: tuple[tuple[int, int], tuple[int, int]]) -> None:
    positions = Positions(TEXT, encoding)
    start = TEXT.index(word)
    assert (positions.position(start), positions.position(start + len(word))) == expected
    assert positions.offset(*expected[0]) == start
    assert positions.offset(*expected[1]) == start + len(word)


def test_out_of_range_positions_are_clamped() -> None:
    positions = Positions(TEXT, UTF16)
    assert positions.offset(0, 999) == TEXT.index("\r\n")  # past a line's end: its end
    assert positions.offset(99, 0) == len(TEXT)
    assert positions.offset(-1, 5) == 0
    assert positions.offset(0, 6) == TEXT.index("😀")  # inside a surrogate pair: the character's start
    assert positions.position(10**9) == (3, 1)


def test_unknown_encoding() -> None:
    with pytest.raises(ValueError, match="position encoding"):
        Positions("x", "utf-7")


CODECS = {UTF8: ("utf-8", 1), UTF16: ("utf-16-le", 2), UTF32: ("utf-32-le", 4)}
#: text of Arabic, diacritics, astral characters and line breaks of every kind
TEXTS = st.text(alphabet=st.sampled_from(list("اقلَُِّ ab😀𠀋€\r\n\u2028")), max_size=60)


@given(TEXTS, st.sampled_from(ENCODINGS), st.data())
def test_round_trip(text: str, encoding: str, data: st.DataObject) -> None:
    """Every offset goes to a position and back to itself (but the middle of a \\r\\n, which
    is its line's end), and the character is the encoded length of the line up to it."""
    offset = data.draw(st.integers(0, len(text)))
    positions = Positions(text, encoding)
    line, character = positions.position(offset)
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    assert 0 <= line < len(lines)
    back = positions.offset(line, character)
    assert back == offset or (text[offset - 1 : offset + 1] == "\r\n" and back == offset - 1)
    codec, width = CODECS[encoding]
    assert character == len(text[positions.starts[line] : offset].encode(codec)) // width
