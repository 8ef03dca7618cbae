"""What is blanked in every kind of text: URLs, e-mail addresses, @mentions, a hashtag's marks
(its words stay, to be checked one by one), and the blanking itself."""

from __future__ import annotations

import re

from arabspell.arabic.letters import INVISIBLE, MARKS

Span = tuple[int, int]

#: Elements whose text is not prose: blanked with their tags, in HTML files and HTML inside Markdown.
SKIPPED_ELEMENTS = frozenset({"script", "style", "code", "pre", "kbd", "samp", "var", "svg", "math", "template"})


def hashtag_spans(text: str) -> list[Span]:
    """Code-point spans of the whole hashtags (``#`` included) of the ORIGINAL text, not of `prose`'s."""
    return [m.span() for m in HASHTAG.finditer(text)]


_URL_CHAR = r"[^\s<>\"'«»“”‘’()\[\]{}،؛]"
# Each pattern starts with a character class and only then looks behind: re then skips ahead fast (12 MB: ~0.1 s).
_URL = re.compile(
    r"[hHfFwW](?<![A-Za-z0-9].)(?:(?<=[hH])(?i:ttps?)://|(?<=[fF])(?i:tps?)://|(?<=[wW])(?i:ww)\.)"
    rf"(?:{_URL_CHAR}|\({_URL_CHAR}*\)|\[{_URL_CHAR}*\])+"
)
_EMAIL = re.compile(rf"[A-Za-z0-9._%+-](?<![A-Za-z0-9._%+-].)[A-Za-z0-9._%+-]*@[\w{MARKS}-]+(?:\.[\w{MARKS}-]+)+")
# a handle or tag runs on through the invisible characters the tokenizer keeps inside a word (U+00AD)
_HANDLE = rf"[\w{MARKS}]+(?:[{INVISIBLE}]+[\w{MARKS}]+)*"
_MENTION = re.compile(rf"@(?<![\w.%+-]@){_HANDLE}")
HASHTAG = re.compile(rf"#(?<![\w&#/]#)(?=[\w{MARKS}]*?[^\W\d_]){_HANDLE}")
_UNDERSCORES = re.compile(r"_+")


def common_spans(text: str) -> list[Span]:
    """Spans to blank in any kind of text: URLs, e-mail addresses, mentions, hashtag marks."""
    spans = [m.span() for m in _URL.finditer(text)]
    if "@" in text:
        spans += [m.span() for m in _EMAIL.finditer(text)]
        spans += [m.span() for m in _MENTION.finditer(text)]
    if "#" in text:
        for tag in HASHTAG.finditer(text):
            spans.append((tag.start(), tag.start() + 1))
            spans += [m.span() for m in _UNDERSCORES.finditer(text, tag.start(), tag.end())]
    return spans


_NOT_BREAK = re.compile(r"[^\r\n]")


def blank(text: str, spans: list[Span]) -> str:
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
