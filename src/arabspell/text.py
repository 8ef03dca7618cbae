"""Positions in a source text: code-point offsets to 1-based line and column."""

from __future__ import annotations

import bisect
import re

_NEWLINE = re.compile(r"\r\n|\r|\n")


class LineIndex:
    """Maps code-point offsets to (line, column), both 1-based, in code points."""

    def __init__(self, text: str) -> None:
        self._starts = [0] + [m.end() for m in _NEWLINE.finditer(text)]
        self._text = text

    def position(self, offset: int) -> tuple[int, int]:
        """Return the 1-based (line, column) of a code-point offset."""
        line = bisect.bisect_right(self._starts, offset) - 1
        return line + 1, offset - self._starts[line] + 1

    def line_text(self, line: int) -> str:
        """Return the text of a 1-based line without its line ending."""
        start = self._starts[line - 1]
        end = self._starts[line] if line < len(self._starts) else len(self._text)
        return self._text[start:end].rstrip("\r\n")


def excerpt(line: str, column: int, length: int, width: int = 40) -> str:
    """The part of a line around a 1-based column: `width` code points each side, `…` where cut."""
    start = max(0, column - 1 - width)
    end = min(len(line), column - 1 + length + width)
    return ("…" if start else "") + line[start:end].strip() + ("…" if end < len(line) else "")
