"""Code-point offsets (the engine's) to LSP positions and back, in the negotiated encoding.

LSP counts a line's characters in UTF-16 code units by default; a client may offer UTF-8 (bytes)
or UTF-32 (code points) instead (`general.positionEncodings`). Lines end at "\\n", "\\r\\n" or
"\\r", as the protocol says (not at U+2028 or the other breaks `str.splitlines` knows). An
Arabic letter or diacritic is one UTF-16 unit and two UTF-8 bytes; a character outside the
BMP (an emoji) is two UTF-16 units and four bytes. No pygls here: plain functions.
"""

from __future__ import annotations

import bisect
import re

UTF8, UTF16, UTF32 = "utf-8", "utf-16", "utf-32"
ENCODINGS = (UTF8, UTF16, UTF32)
_BREAK = re.compile(r"\r\n|\r|\n")


def units(text: str, encoding: str = UTF16) -> int:
    """How many code units of an encoding a text is (lone surrogates: one unit each, as sent)."""
    if encoding == UTF32:
        return len(text)
    if encoding == UTF16:
        return len(text) if text.isascii() else len(text) + sum(1 for c in text if c > "\uffff")
    return len(text.encode("utf-8", "surrogatepass"))


def _width(char: str, encoding: str) -> int:
    if encoding == UTF32:
        return 1
    if encoding == UTF16:
        return 2 if char > "\uffff" else 1
    return len(char.encode("utf-8", "surrogatepass"))


class Positions:
    """The lines of one text, to turn offsets into (line, character) and back."""

    def __init__(self, text: str, encoding: str = UTF16) -> None:
        if encoding not in ENCODINGS:
            raise ValueError(f"unknown position encoding {encoding!r}")
        self.text = text
        self.encoding = encoding
        #: the offset each line starts at; line breaks belong to the line they end
        self.starts = [0, *(m.end() for m in _BREAK.finditer(text))]

    def position(self, offset: int) -> tuple[int, int]:
        """The (line, character) of a code-point offset (clamped to the text)."""
        offset = max(0, min(offset, len(self.text)))
        line = bisect.bisect_right(self.starts, offset) - 1
        return line, units(self.text[self.starts[line] : offset], self.encoding)

    def line_end(self, line: int) -> int:
        """The offset where a line's content ends (before its line break)."""
        if line + 1 >= len(self.starts):
            return len(self.text)
        end = self.starts[line + 1]
        return end - (2 if self.text.startswith("\r\n", end - 2) else 1)

    def offset(self, line: int, character: int) -> int:
        """The code-point offset of a position: past the last line, the end of the text; past a
        line's end, the line's end; inside a character (half a surrogate pair, a byte of a
        letter), that character's start."""
        if line < 0:
            return 0
        if line >= len(self.starts):
            return len(self.text)
        start, end = self.starts[line], self.line_end(line)
        if self.encoding == UTF32 or self.text[start:end].isascii():
            return min(start + max(character, 0), end)
        count = 0
        for i in range(start, end):
            count += _width(self.text[i], self.encoding)
            if count > character:
                return i
        return end
