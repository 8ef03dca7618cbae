"""Inline suppressions: directives in the checked text itself, in any comment syntax.

    <!-- arabspell: ignore غالانت بيستوريوس -->   these words are not reported anywhere in the file
    ... arabspell: ignore-line                    nothing is reported on this line
    <!-- arabspell: ignore-next-line -->          nothing is reported on the next line
    <!-- arabspell: disable --> ... <!-- arabspell: enable -->   nothing is reported in between

The directive may sit in an HTML/Markdown comment, after `#` or `//`, or bare in
plain text; `ignore` takes the words up to the end of the line or a closing `-->`. The name
after `arabspell:` is a whole word (`ignore-nextline` is not `ignore`); one that is not a
directive suppresses nothing, and `misspelled` finds it (the `directives.unknown` rule).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from arabspell.arabic.normalize import key
from arabspell.arabic.tokenize import WORD
from arabspell.findings import Finding
from arabspell.text.lines import LineIndex

MARKER = "arabspell:"
#: the directives, in the order the docs list them
NAMES = ("ignore", "ignore-line", "ignore-next-line", "disable", "enable")
#: the marker, then on the same line a name (words joined by hyphens; none: "") and the rest of the line
_DIRECTIVE = re.compile(re.escape(MARKER) + r"[^\S\r\n]*(\w+(?:-\w+)*)?([^\r\n]*)")


@dataclass
class Suppressions:
    """What a text's directives suppress: words, lines (1-based) and offset ranges."""

    words: set[str] = field(default_factory=set)
    lines: set[int] = field(default_factory=set)
    ranges: list[tuple[int, int]] = field(default_factory=list)

    def covers(self, finding: Finding, lines: LineIndex) -> bool:
        """True when a directive suppresses this finding."""
        if self.words and (key(finding.text) in self.words or _words(finding.text) & self.words):
            return True
        if lines.position(finding.offset)[0] in self.lines:
            return True
        return any(start <= finding.offset < end for start, end in self.ranges)


def parse(text: str) -> Suppressions:
    """The suppressions a text declares."""
    found = Suppressions()
    if MARKER not in text:
        return found
    lines = LineIndex(text)
    disabled_at: int | None = None
    for match in _DIRECTIVE.finditer(text):
        kind, rest = match.group(1), match.group(2)
        if kind not in NAMES:
            continue
        line = lines.position(match.start())[0]
        if kind == "ignore":
            found.words |= _words(rest.split("-->")[0])
        elif kind == "ignore-line":
            found.lines.add(line)
        elif kind == "ignore-next-line":
            found.lines.add(line + 1)
        elif kind == "disable" and disabled_at is None:
            disabled_at = match.start()
        elif kind == "enable" and disabled_at is not None:
            found.ranges.append((disabled_at, match.end()))
            disabled_at = None
    if disabled_at is not None:
        found.ranges.append((disabled_at, len(text)))
    return found


def misspelled(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, name) of each `arabspell:` whose name is not a directive: the span of the
    name, or of the marker when no name follows it (name "")."""
    if MARKER not in text:
        return
    for match in _DIRECTIVE.finditer(text):
        name = match.group(1) or ""
        if name not in NAMES:
            yield (match.start(1), match.end(1), name) if name else (match.start(), match.start() + len(MARKER), "")


def _words(text: str) -> set[str]:
    return {key(m.group()) for m in WORD.finditer(text)}


def apply(text: str, findings: Iterable[Finding]) -> list[Finding]:
    """The findings that no directive in the text suppresses."""
    rules = parse(text)
    findings = list(findings)
    if not (rules.words or rules.lines or rules.ranges):
        return findings
    lines = LineIndex(text)
    return [f for f in findings if not rules.covers(f, lines)]
