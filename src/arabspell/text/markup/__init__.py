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

from enum import Enum
from pathlib import PurePath

from arabspell.text.markup.common import SKIPPED_ELEMENTS, blank, common_spans, hashtag_spans

__all__ = ["SKIPPED_ELEMENTS", "SUFFIXES", "Kind", "hashtag_spans", "kind_of", "prose"]


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
    spans = common_spans(text)
    # the Markdown and HTML readers load with the first such file: a run of plain text never does
    if kind is Kind.MARKDOWN:
        from arabspell.text.markup.markdown import markdown_spans

        spans += markdown_spans(text)
    elif kind is Kind.HTML:
        from arabspell.text.markup.html import html_spans

        spans += html_spans(text, 0, len(text))
    return blank(text, spans)
