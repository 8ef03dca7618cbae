"""Markdown blanked but for its prose (CommonMark block structure from markdown-it-py): front
matter, code, HTML blocks, reference definitions, and inline code, links' destinations, raw HTML
and entity references."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from arabspell.text.lines import LINE_BREAK
from arabspell.text.markup.common import SKIPPED_ELEMENTS, Span, blank
from arabspell.text.markup.html import html_spans

if TYPE_CHECKING:
    from markdown_it import MarkdownIt


@lru_cache(maxsize=1)
def _markdown_parser() -> MarkdownIt:
    """The block parser (imported on first use: plain-text runs never pay for it)."""
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark").disable("inline")  # block structure only: inline tokens keep their map


def _normalize_reference(label: str) -> str:
    from markdown_it.common.utils import normalizeReference

    return normalizeReference(label)


_FRONT_OPEN = re.compile(r"\ufeff?(---|\+\+\+)[ \t]*(?:\r\n|\r|\n)")
_FRONT_CLOSE = {
    "---": re.compile(r"(?<=[\r\n])(?:---|\.\.\.)[ \t]*(?=[\r\n]|\Z)"),
    "+++": re.compile(r"(?<=[\r\n])\+\+\+[ \t]*(?=[\r\n]|\Z)"),
}
#: Block tokens that hold whole lines of their own; a line under none is blank, a marker or a definition.
_LEAVES = frozenset({"inline", "paragraph_open", "heading_open", "fence", "code_block", "html_block", "hr"})


def markdown_spans(text: str) -> list[Span]:
    """Spans to blank in Markdown: front matter, code, HTML, definitions and inline markup."""
    end_of_front = _front_matter_end(text)
    spans: list[Span] = [(0, end_of_front)] if end_of_front else []
    body = blank(text, spans)  # markdown-it sees blank lines there: the line numbers stay right
    starts = [0] + [m.end() for m in LINE_BREAK.finditer(text)] + [len(text)]
    env: dict = {}
    tokens = _markdown_parser().parse(body, env)
    references = env.get("references", {})
    covered = [False] * len(starts)
    for token in tokens:
        if token.map is None or token.type not in _LEAVES:
            continue
        first, last = token.map
        a, b = starts[min(first, len(starts) - 1)], starts[min(last, len(starts) - 1)]
        covered[first:last] = [True] * (last - first)
        if token.type in ("fence", "code_block"):
            spans.append((a, b))
        elif token.type == "html_block":
            spans += html_spans(text, a, b)
        elif token.type == "inline":
            spans += _inline_spans(text, a, b, references)
    spans += [(starts[i], starts[i + 1]) for i in range(len(starts) - 1) if not covered[i]]
    return spans


def _front_matter_end(text: str) -> int:
    """The offset where a leading, closed YAML or TOML front matter block ends (its last line's end), or 0."""
    opening = _FRONT_OPEN.match(text)
    if not opening:
        return 0
    closing = _FRONT_CLOSE[opening.group(1)].search(text, opening.end())
    return closing.end() if closing else 0


_SPECIAL = re.compile(r"[\\`<&!\[\]]")
_BACKTICKS = re.compile(r"`+")
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_AUTOLINK = re.compile(
    r"<[A-Za-z][A-Za-z0-9.+-]{1,31}:[^<>\x00-\x20]*>"
    r"|<[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
    r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*>"
)
_ATTRIBUTE = r"""\s+[A-Za-z_:][A-Za-z0-9_.:-]*(?:\s*=\s*(?:[^\s"'=<>`]+|'[^']*'|"[^"]*"))?"""
_TAG = re.compile(
    rf"<(?P<tag>[A-Za-z][A-Za-z0-9-]*)(?:{_ATTRIBUTE})*\s*(?P<closed>/?)>"
    r"|</[A-Za-z][A-Za-z0-9-]*\s*>"
    r"|<![A-Za-z][^>]*>"  # a declaration
)
#: Raw HTML that runs to a closing string: a comment, a processing instruction, a CDATA section.
_UNTIL = (("<!-->", ""), ("<!--->", ""), ("<!--", "-->"), ("<?", "?>"), ("<![CDATA[", "]]>"))
_DESTINATION = r"(?:<(?:[^<>\n\\]|\\.)*>|(?:[^\s()\\]|\\.|\((?:[^\s()\\]|\\.)*\))+)"
_TITLE = r"""(?:"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|\((?:[^()\\]|\\.)*\))"""
# no two white-space runs side by side: "(" and 20,000 spaces must not take quadratic time
_LINK_TAIL = re.compile(rf"\(\s*(?:{_DESTINATION}(?:\s+(?:{_TITLE}\s*)?)?|{_TITLE}\s*)?\)", re.DOTALL)
_REFERENCE_TAIL = re.compile(r"\[((?:[^\[\]\\]|\\.){1,999})\]", re.DOTALL)


@lru_cache(maxsize=32)
def _end_tag(name: str) -> re.Pattern[str]:
    """The end tag of an element, any case."""
    return re.compile(rf"</{re.escape(name)}\s*>", re.IGNORECASE)


class _Ahead:
    """Forward searches in text[:end] from ever later offsets, each needle's last answer remembered.

    Pathological text (a thousand unclosed ``<!--``) then costs one scan per needle, not one per opener.
    """

    def __init__(self, text: str, end: int) -> None:
        self._text = text
        self._end = end
        self._last: dict[str | re.Pattern[str], Span] = {}

    def find(self, needle: str | re.Pattern[str], pos: int) -> int:
        """The end of the first match of the needle at or after pos, or -1; pos never moves back."""
        last = self._last.get(needle)
        if last is None or -1 < last[0] < pos:
            last = self._search(needle, pos)
            self._last[needle] = last
        return last[1]

    def _search(self, needle: str | re.Pattern[str], pos: int) -> Span:
        if isinstance(needle, str):
            found = self._text.find(needle, pos, self._end)
            return (found, found + len(needle)) if found >= 0 else (-1, -1)
        match = needle.search(self._text, pos, self._end)
        return match.span() if match else (-1, -1)


def _inline_spans(text: str, start: int, end: int, references: dict) -> list[Span]:
    """Spans to blank among the inline markup of text[start:end], one paragraph or heading."""
    spans: list[Span] = []
    openers: list[tuple[int, bool]] = []  # where each unclosed "[" or "![" is, and whether an image's
    ahead = _Ahead(text, end)
    i = start
    while (found := _SPECIAL.search(text, i, end)) is not None:
        i, char = found.start(), found.group()
        if char == "\\":
            i += 2  # an escaped character is literal (and a backslash before a letter is harmless)
        elif char == "`":
            i = _code_span(text, i, end, spans)
        elif char == "<":
            i = _angle(text, i, end, ahead, spans)
        elif char == "&":
            entity = _ENTITY.match(text, i, end)
            spans += [entity.span()] if entity else []
            i = entity.end() if entity else i + 1
        elif char == "!":
            is_image = text.startswith("[", i + 1) and i + 1 < end
            openers += [(i, True)] if is_image else []
            i += 2 if is_image else 1
        elif char == "[":
            openers.append((i, False))
            i += 1
        else:
            i = _close_bracket(text, i, end, openers, spans, references)
    return spans


def _code_span(text: str, i: int, end: int, spans: list[Span]) -> int:
    """At a backtick run: blank the code span it opens, if a run of the same length closes it."""
    opening = _BACKTICKS.match(text, i, end)
    assert opening is not None
    length = opening.end() - i
    for run in _BACKTICKS.finditer(text, opening.end(), end):
        if run.end() - run.start() == length:
            spans.append((i, run.end()))
            return run.end()
    return opening.end()  # unmatched: the run is literal text


def _angle(text: str, i: int, end: int, ahead: _Ahead, spans: list[Span]) -> int:
    """At "<": blank an autolink or raw HTML (a skipped element with its content up to its end tag)."""
    if ahead.find(">", i) < 0:
        return i + 1  # nothing from here on is closed
    for opening, closing in _UNTIL:
        if text.startswith(opening, i):
            stop = ahead.find(closing, i + len(opening)) if closing else i + len(opening)
            if stop < 0:
                return i + 1
            spans.append((i, stop))
            return stop
    markup = _AUTOLINK.match(text, i, end) or _TAG.match(text, i, end)
    if markup is None:
        return i + 1
    stop = markup.end()
    tag = markup.groupdict().get("tag")
    if tag and tag.lower() in SKIPPED_ELEMENTS and not markup.group("closed"):
        stop = max(stop, ahead.find(_end_tag(tag.lower()), stop))
    spans.append((i, stop))
    return stop


def _close_bracket(
    text: str, i: int, end: int, openers: list[tuple[int, bool]], spans: list[Span], references: dict
) -> int:
    """At "]": blank an inline link's or image's brackets, destination and title, or a defined label."""
    if not openers:
        return i + 1
    opener, is_image = openers.pop()
    tail = _LINK_TAIL.match(text, i + 1, end)
    if tail is None:
        tail = _REFERENCE_TAIL.match(text, i + 1, end)
        if tail is None or _normalize_reference(tail.group(1)) not in references:
            return i + 1
    spans.append((opener, opener + (2 if is_image else 1)))
    spans.append((i, tail.end()))
    if not is_image:  # a link cannot contain a link: the "[" before it no longer open one
        openers[:] = [o for o in openers if o[1]]
    return tail.end()
