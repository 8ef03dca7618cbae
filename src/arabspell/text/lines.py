"""Positions in a source text: code-point offsets to 1-based line and column."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from typing import NamedTuple, Protocol

#: a line break: CRLF, CR or LF (the one pattern of the package)
LINE_BREAK = re.compile(r"\r\n|\r|\n")
#: where an excerpt is cut
ELLIPSIS = "…"


class Lines(Protocol):
    """Where offsets are: what reporters need of a text."""

    def position(self, offset: int) -> tuple[int, int]: ...

    def line_text(self, line: int) -> str: ...


class LineIndex:
    """Maps code-point offsets to (line, column), both 1-based, in code points."""

    def __init__(self, text: str) -> None:
        self._starts = [0] + [m.end() for m in LINE_BREAK.finditer(text)]
        self._text = text

    @property
    def lines(self) -> int:
        """How many lines the text has (one more than its line breaks)."""
        return len(self._starts)

    @property
    def last_line_start(self) -> int:
        """The offset where the last line begins."""
        return self._starts[-1]

    def position(self, offset: int) -> tuple[int, int]:
        """Return the 1-based (line, column) of a code-point offset."""
        line = bisect.bisect_right(self._starts, offset) - 1
        return line + 1, offset - self._starts[line] + 1

    def line_text(self, line: int) -> str:
        """Return the text of a 1-based line without its line ending."""
        start = self._starts[line - 1]
        end = self._starts[line] if line < len(self._starts) else len(self._text)
        return self._text[start:end].rstrip("\r\n")


class KnownLines:
    """Positions of some offsets of a text that was read in parts and not kept (`LineIndex`'s
    answers for those offsets only): fed each part in order, with the offsets wanted in it."""

    def __init__(self) -> None:
        self._positions: dict[int, tuple[int, int]] = {}
        self._texts: dict[int, str] = {}
        self._line, self._column, self._start = 1, 1, 0  # where the next part begins

    def add(self, part: str, offsets: list[int]) -> None:
        """Record the positions of `offsets` (into the whole text) that fall in this next part."""
        index = LineIndex(part)
        for offset in offsets:
            line, column = index.position(offset - self._start)
            shown = line + self._line - 1
            self._positions[offset] = (shown, column + (self._column - 1 if line == 1 else 0))
            self._texts.setdefault(shown, index.line_text(line))
        breaks, tail = index.lines - 1, len(part) - index.last_line_start
        self._line += breaks
        self._column = tail + 1 if breaks else self._column + tail
        self._start += len(part)

    def position(self, offset: int) -> tuple[int, int]:
        return self._positions[offset]

    def line_text(self, line: int) -> str:
        return self._texts.get(line, "")


class Excerpt(NamedTuple):
    """A span and the text around it that fits a width: `before` starts and `after` ends with `…`
    where the line was cut."""

    before: str
    span: str
    after: str


def excerpt(line: str, column: int, length: int, room: int, measure: Callable[[str], int] = len) -> Excerpt:
    """The part of a line around the span at a 1-based column that fits `room` (as `measure` counts
    a character: code points by default): the span whole, and as much of each side as fits, shared
    evenly, cut at a space where it can, `…` where cut. Only 4 × `room` code points of each side
    are looked at (fully vowelled Arabic has about two a cell), so a long line costs no more."""
    start, end, reach = column - 1, column - 1 + length, 4 * max(room, 1)
    clipped_before, clipped_after = start > reach, end + reach < len(line)
    before, span, after = line[max(0, start - reach) : start], line[start:end], line[end : end + reach]
    before, after = before if clipped_before else before.lstrip(), after if clipped_after else after.rstrip()
    left = room - measure(span)
    need_before, need_after = measure(before), measure(after)
    room_before = max(left // 2, left - need_after)
    room_after = left - min(need_before, room_before)
    if clipped_before or need_before > room_before:
        before = _tail(before, room_before, measure)
    if clipped_after or need_after > room_after:
        after = _tail(after[::-1], room_after, measure)[::-1]
    return Excerpt(before, span, after)


def _tail(text: str, room: int, measure: Callable[[str], int]) -> str:
    """`…` and the end of `text` that fits `room` with it, from the start of a word where it can
    (reversed in and out, the start of a text up to the end of a word, `…` after it)."""
    used, cut = measure(ELLIPSIS), len(text)
    while cut and used + measure(text[cut - 1]) <= room:
        cut -= 1
        used += measure(text[cut])
    kept = text[cut:]
    if cut and not text[cut - 1].isspace():  # begins inside a word: drop the fragment
        space = next((i for i, char in enumerate(kept) if char.isspace()), 0)
        kept = kept[space:]
    return ELLIPSIS + (kept.lstrip() or kept[:1])  # a space between `…` and the span stays
