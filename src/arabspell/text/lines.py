"""Positions in a source text: code-point offsets to 1-based line and column."""

from __future__ import annotations

import bisect
import re
from typing import Protocol

#: a line break: CRLF, CR or LF (the one pattern of the package)
LINE_BREAK = re.compile(r"\r\n|\r|\n")


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


def excerpt(line: str, column: int, length: int, width: int = 40) -> str:
    """The part of a line around a 1-based column: `width` code points each side, `…` where cut."""
    start = max(0, column - 1 - width)
    end = min(len(line), column - 1 + length + width)
    return ("…" if start else "") + line[start:end].strip() + ("…" if end < len(line) else "")
