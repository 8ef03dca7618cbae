"""HTML blanked but for its text nodes, with the standard library's `html.parser` (not regular
expressions): tags with all their attributes, comments, declarations, processing instructions,
references, and the text of the elements in `SKIPPED_ELEMENTS`."""

from __future__ import annotations

import contextlib
import re
from collections import Counter
from html.parser import HTMLParser

from arabspell.text.markup.common import SKIPPED_ELEMENTS, Span

_MARKUP_START = re.compile(r"<[A-Za-z/!?]")
_LF = re.compile("\n")
#: "&#" that starts no character reference: html.parser would take all the rest for text (none is, it is "&").
_BARE_CHARREF = re.compile(r"&(?=#(?!(?:[0-9]+|[xX][0-9a-fA-F]+)[^0-9a-fA-F]))")


class _Unfinished(Exception):
    """Markup left unfinished at the end (a comment, a tag): it runs to the end, nothing more to keep."""


class _TextNodes(HTMLParser):
    """Collects the spans of the text nodes outside skipped elements, from one starting offset on."""

    def __init__(self, text: str, base: int, end: int, open_elements: Counter[str], kept: list[Span]) -> None:
        super().__init__(convert_charrefs=False)  # so that references are events and data is raw
        self._text = text
        self._end = end
        self._open = open_elements
        self._kept = kept
        self._closing = False
        self._line_starts = [base] + [m.end() for m in _LF.finditer(text, base, end)]

    def position(self) -> int:
        """The code-point offset, in the whole text, of the event being handled (lines: "\\n" only)."""
        line, column = self.getpos()
        return self._line_starts[line - 1] + column

    def finish(self) -> None:
        """Handle what is left at the end; stop at markup left unfinished there."""
        self._closing = True
        with contextlib.suppress(_Unfinished):
            self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """Count an opened skipped element (``<code/>`` is closed at once by `handle_startendtag`)."""
        if tag in SKIPPED_ELEMENTS:
            self._open[tag] += 1

    def handle_endtag(self, tag: str) -> None:
        """Count a closed skipped element; a stray end tag changes nothing."""
        if self._open[tag] > 0:
            self._open[tag] -= 1

    def handle_data(self, data: str) -> None:
        """Keep a text node, unless it is in a skipped element or is markup html.parser could not finish."""
        if any(self._open.values()):
            return
        start = self.position()
        if _MARKUP_START.match(self._text, start, self._end):
            if self._closing:  # html.parser passes on unfinished markup at the end as text, piece by piece
                raise _Unfinished
            return
        self._kept.append((start, start + len(data)))

    def parse_marked_section(self, i: int, report: int = 1) -> int:
        """A ``<![...]>`` section, or one html.parser cannot read (it raises) taken up to its ``>``."""
        where = self.getpos()
        try:
            return super().parse_marked_section(i, report)
        except AssertionError:
            self.lineno, self.offset = where  # _markupbase moves them before it raises
            close = self.rawdata.find(">", i + 3)
            return -1 if close < 0 else close + 1


def html_spans(text: str, start: int, end: int) -> list[Span]:
    """Spans to blank in the HTML of text[start:end]: everything but its text nodes."""
    kept: list[Span] = []
    open_elements: Counter[str] = Counter()
    base = start
    while base < end:
        parser = _TextNodes(text, base, end, open_elements, kept)
        try:
            parser.feed(_BARE_CHARREF.sub(" ", text[base:end]))
            parser.finish()
            break
        except Exception:  # html.parser gave up on some markup (none known left): skip to its ">", parse on
            failed = parser.position()
            close = text.find(">", failed, end)
            base = end if close < 0 else close + 1
    return _gaps(kept, start, end)


def _gaps(kept: list[Span], start: int, end: int) -> list[Span]:
    """The parts of [start, end) outside the kept spans."""
    gaps: list[Span] = []
    done = start
    for a, b in sorted(kept):
        if a > done:
            gaps.append((done, a))
        done = max(done, b)
    if done < end:
        gaps.append((done, end))
    return gaps
