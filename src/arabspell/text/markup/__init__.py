"""Blank out what is not prose, so that files of other kinds can be checked with exact offsets.

`prose(text, kind)` returns a copy of `text` of the same length in which every code point of a
skipped region is a space, except the line breaks "\\n" and "\\r", which are kept: offsets, lines
and columns of the blanked text are those of the original, so findings on it apply to it as they are.
Pure functions, no I/O.

What is skipped, by kind:

* every kind (TEXT only this): URLs (``http://``, ``https://``, ``ftp://``, ``ftps://`` and ``www.``
  forms, up to white space, a quote, ``<``/``>``, an Arabic comma or semicolon, or a closing bracket
  that does not close one opened inside the URL; Arabic letters in the path are part of it), e-mail
  addresses, @mentions, and in a hashtag (``#الحرب_على_غزة``) the ``#`` and the underscores only: its
  words stay, to be checked one by one. `hashtag_spans` says where hashtags are, so that the rule that
  finds words run together can keep quiet inside them.
* MARKDOWN (CommonMark, block structure from markdown-it-py): front matter (a leading ``---`` … ``---``
  or ``...`` YAML block, or ``+++`` … ``+++`` TOML block, when closed), fenced code blocks with their
  fences (an unclosed fence runs to the end, as in CommonMark), indented code blocks, HTML blocks run
  through the HTML blanking below, reference definitions (``[id]: url "title"``), and inline: code
  spans (a run of N backticks closed by a run of exactly N), link and image destinations and titles
  with the brackets (``[text](dest "title")`` keeps ``text``; an image keeps its alt text, which
  readers see), the label of a full reference link when it is defined, autolinks (``<https://…>``),
  raw HTML (tags, comments, processing instructions, declarations, CDATA; the content of an element
  listed in `SKIPPED_ELEMENTS`, such as ``<code>…</code>``, within the same paragraph) and entity
  references (``&amp;``). Other Markdown punctuation stays: the tokenizer ignores it.
* HTML (the standard library's `html.parser`, not regular expressions): everything but text nodes,
  that is tags with all their attributes (``alt`` and ``title`` too), comments (an unclosed one runs to
  the end), declarations, processing instructions, character and entity references, and the text
  inside the elements of `SKIPPED_ELEMENTS` (code-like or not prose: script, style, code, pre, kbd,
  samp, var, svg, math, template).
"""

from __future__ import annotations

import contextlib
import re
from collections import Counter
from enum import Enum
from functools import lru_cache
from html.parser import HTMLParser
from pathlib import PurePath
from typing import TYPE_CHECKING

from arabspell.arabic.letters import MARKS
from arabspell.text.lines import LINE_BREAK

Span = tuple[int, int]


class Kind(Enum):
    """What a file holds, which decides what `prose` skips."""

    TEXT = "text"
    MARKDOWN = "markdown"
    HTML = "html"


#: the file name suffixes of each kind (any other file is plain text when named)
TEXT_SUFFIXES = (".txt",)
MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdx", ".mdown", ".mkd", ".mkdn")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
#: what a directory is searched for: the files of every kind
SUFFIXES = TEXT_SUFFIXES + MARKDOWN_SUFFIXES + HTML_SUFFIXES

#: Elements whose text is not prose: blanked with their tags, in HTML files and HTML inside Markdown.
SKIPPED_ELEMENTS = frozenset({"script", "style", "code", "pre", "kbd", "samp", "var", "svg", "math", "template"})


def kind_of(path: str) -> Kind:
    """The kind of a file from its suffix, case-insensitively; "-" (standard input) and the rest: TEXT."""
    suffix = PurePath(path).suffix.lower()
    if suffix in MARKDOWN_SUFFIXES:
        return Kind.MARKDOWN
    if suffix in HTML_SUFFIXES:
        return Kind.HTML
    return Kind.TEXT


def prose(text: str, kind: Kind) -> str:
    """The text with everything that is not prose blanked: same length, line breaks kept."""
    spans = _common_spans(text)
    if kind is Kind.MARKDOWN:
        spans += _markdown_spans(text)
    elif kind is Kind.HTML:
        spans += _html_spans(text, 0, len(text))
    return _blank(text, spans)


def hashtag_spans(text: str) -> list[Span]:
    """Code-point spans of the whole hashtags (``#`` included) of the ORIGINAL text, not of `prose`'s."""
    return [m.span() for m in _HASHTAG.finditer(text)]


# --- every kind -------------------------------------------------------------------------------

_URL_CHAR = r"[^\s<>\"'«»“”‘’()\[\]{}،؛]"
# Each pattern starts with a character class and only then looks behind: re then skips ahead fast (12 MB: ~0.1 s).
_URL = re.compile(
    r"[hHfFwW](?<![A-Za-z0-9].)(?:(?<=[hH])(?i:ttps?)://|(?<=[fF])(?i:tps?)://|(?<=[wW])(?i:ww)\.)"
    rf"(?:{_URL_CHAR}|\({_URL_CHAR}*\)|\[{_URL_CHAR}*\])+"
)
_EMAIL = re.compile(rf"[A-Za-z0-9._%+-](?<![A-Za-z0-9._%+-].)[A-Za-z0-9._%+-]*@[\w{MARKS}-]+(?:\.[\w{MARKS}-]+)+")
_MENTION = re.compile(rf"@(?<![\w.%+-]@)[\w{MARKS}]+")
_HASHTAG = re.compile(rf"#(?<![\w&#/]#)(?=[\w{MARKS}]*?[^\W\d_])[\w{MARKS}]+")
_UNDERSCORES = re.compile(r"_+")


def _common_spans(text: str) -> list[Span]:
    """Spans to blank in any kind of text: URLs, e-mail addresses, mentions, hashtag marks."""
    spans = [m.span() for m in _URL.finditer(text)]
    if "@" in text:
        spans += [m.span() for m in _EMAIL.finditer(text)]
        spans += [m.span() for m in _MENTION.finditer(text)]
    if "#" in text:
        for tag in _HASHTAG.finditer(text):
            spans.append((tag.start(), tag.start() + 1))
            spans += [m.span() for m in _UNDERSCORES.finditer(text, tag.start(), tag.end())]
    return spans


_NOT_BREAK = re.compile(r"[^\r\n]")


def _blank(text: str, spans: list[Span]) -> str:
    """The text with each span's code points turned into spaces, line breaks kept; spans may overlap."""
    if not spans:
        return text
    pieces: list[str] = []
    done = 0
    for start, end in sorted(spans):
        if end <= done:
            continue
        start = max(start, done)
        piece = text[start:end]
        pieces.append(text[done:start])
        pieces.append(_NOT_BREAK.sub(" ", piece) if "\n" in piece or "\r" in piece else " " * len(piece))
        done = end
    pieces.append(text[done:])
    return "".join(pieces)


# --- HTML -------------------------------------------------------------------------------------

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


def _html_spans(text: str, start: int, end: int) -> list[Span]:
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

if TYPE_CHECKING:
    from markdown_it import MarkdownIt


# --- Markdown ---------------------------------------------------------------------------------



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


def _markdown_spans(text: str) -> list[Span]:
    """Spans to blank in Markdown: front matter, code, HTML, definitions and inline markup."""
    end_of_front = _front_matter_end(text)
    spans: list[Span] = [(0, end_of_front)] if end_of_front else []
    body = _blank(text, spans)  # markdown-it sees blank lines there: the line numbers stay right
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
            spans += _html_spans(text, a, b)
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
