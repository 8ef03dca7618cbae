"""The one cutter of long texts into parts: a text longer than PART characters (an archive of
articles in one file) is checked a part at a time, cut at a blank line, so that memory stays
bounded and each part is judged on its own. A text in memory and a file streamed in pieces are
cut at exactly the same places."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from arabspell.arabic.letters import INVISIBLE, LETTERS, MARKS, OTHER_LETTERS
from arabspell.text.lines import LINE_BREAK

#: a text longer than this many characters (about 18,000 words) is checked in parts
PART = 100_000
#: a part is cut at a blank line within this many part sizes, else at a line break, else a space
CUT_WINDOW = 4
_BLANK_LINE = re.compile(r"(?:\r\n|\r|\n)[ \t]*(?:\r\n|\r|\n)")
_SPACE = re.compile(r"\s")
#: last resort (no white space for CUT_WINDOW parts): any character no word is made of
_NOT_IN_A_WORD = re.compile(f"[^{LETTERS}{OTHER_LETTERS}{MARKS}{INVISIBLE}]")


def next_cut(text: str, start: int, size: int | None = None) -> int | None:
    """Where the part that begins at `start` ends: after the first blank line from `size`
    characters on, within CUT_WINDOW sizes; else after a line break (a file of one huge line:
    else after a space, else after any character that is in no word); None when there is none
    (one huge "word" of letters only, or the end of the text)."""
    size = size or PART
    begin, end = start + size, start + CUT_WINDOW * size
    for boundary in (_BLANK_LINE, LINE_BREAK, _SPACE, _NOT_IN_A_WORD):
        found = boundary.search(text, begin, end)
        if found:
            return _whole_crlf(text, found.end())
    return None


def _whole_crlf(text: str, cut: int) -> int:
    """A cut after a CR that a LF follows moves past the LF: a CRLF is one line break."""
    return cut + 1 if text[cut - 1] == "\r" and text[cut : cut + 1] == "\n" else cut


def _cut_point(buffer: str, size: int, final: bool) -> int | None:
    """Where to cut the buffered text: `next_cut` within its window; past a window of letters only,
    after the next character in no word (a word is never cut); None: read more first."""
    if len(buffer) <= size:
        return len(buffer) if final else None
    found = next_cut(buffer, 0, size)
    if found is not None:
        return found
    beyond = _NOT_IN_A_WORD.search(buffer, CUT_WINDOW * size)
    if beyond is not None:
        return _whole_crlf(buffer, beyond.end())
    return len(buffer) if final else None


def cut(pieces: Iterable[str], size: int | None = None) -> Iterator[str]:
    """The parts of a text that arrives in pieces, in order: a part is cut (`next_cut`) only once
    its whole window has arrived, so the cuts do not depend on how the text was read; a run of
    letters longer than a window is kept whole, to the next character in no word."""
    size = size or PART
    window = CUT_WINDOW * size
    buffer = ""
    for piece in _then_none(pieces):
        buffer += piece or ""
        while buffer and (len(buffer) > window or piece is None):
            end = _cut_point(buffer, size, final=piece is None)
            if end is None:
                break
            yield buffer[:end]
            buffer = buffer[end:]


def _then_none(pieces: Iterable[str]) -> Iterator[str | None]:
    yield from pieces
    yield None


def parts(text: str, size: int | None = None) -> Iterator[tuple[int, int]]:
    """(start, end) of the parts of a text in memory (`cut`); an ordinary article is one part."""
    size = size or PART
    if len(text) <= size:
        yield 0, len(text)
        return
    step = CUT_WINDOW * size  # fed a window at a time, `cut` never copies more than two
    start = 0
    for part in cut((text[i : i + step] for i in range(0, len(text), step)), size):
        yield start, start + len(part)
        start += len(part)
