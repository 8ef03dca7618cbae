"""check_text(): tokenize, run the selected rules, settle overlaps, sort. Pure: no I/O."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from functools import lru_cache

from arabspell.arabic.tokenize import INVISIBLE, LETTERS, MARKS, OTHER_LETTERS
from arabspell.correct.corrector import Corrector
from arabspell.document import Document
from arabspell.findings import Finding
from arabspell.lexicon.lexicon import default_lexicon
from arabspell.rules import ALL_RULES, Rule

#: a text longer than this many characters (about 18,000 words) is checked in parts
PART = 100_000
_BLANK_LINE = re.compile(r"(?:\r\n|\r|\n)[ \t]*(?:\r\n|\r|\n)")
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_SPACE = re.compile(r"\s")
#: last resort (no white space for CUT_WINDOW parts): any character no word is made of
_NOT_IN_A_WORD = re.compile(f"[^{LETTERS}{OTHER_LETTERS}{MARKS}{INVISIBLE}]")
#: a part is cut at a blank line within this many part sizes, else at a line break, else a space
CUT_WINDOW = 4


@dataclass(frozen=True)
class Settings:
    """What to check: rules selected and ignored by dotted-id prefix, opt-in rules turned on by id."""

    select: tuple[str, ...] = ("",)
    ignore: tuple[str, ...] = ()
    opt_in: tuple[str, ...] = ()
    #: words always reported with their correction (lookup key, correction): `spelling.rejected-word`
    rejected: tuple[tuple[str, str], ...] = ()

    def enabled(self, rule: Rule) -> bool:
        """True when a rule id matches a selected prefix and no ignored one (an opt-in rule: named)."""
        if rule.opt_in and rule.id not in self.opt_in and rule.id not in self.select:
            return False
        return rule.id.startswith(self.select) and not (self.ignore and rule.id.startswith(self.ignore))


@lru_cache(maxsize=1)
def default_corrector() -> Corrector:
    """The corrector over the packaged lexicon, shared by every call in a process."""
    return Corrector(default_lexicon())


@dataclass(frozen=True)
class Result:
    """The findings of one text and how many words it has."""

    findings: list[Finding]
    words: int


def check(
    text: str,
    settings: Settings | None = None,
    corrector: Corrector | None = None,
    prepare: Callable[[str], str] | None = None,
) -> Result:
    """Check a text: its findings sorted by offset, no two overlapping, and its word count.

    A text longer than PART characters is an archive of articles in one file: it is checked in
    parts cut at blank lines, so memory stays bounded and each part is judged on its own (name
    consistency and the text's own vocabulary are per part). `prepare` (same length out as in)
    is applied to each part, so a huge file is never copied whole (`markup.prose` of plain text).
    """
    settings = settings or Settings()
    corrector = corrector or default_corrector()
    findings: list[Finding] = []
    words = 0
    for start, end in parts(text):
        part = text[start:end] if end - start < len(text) else text
        result = _check_part(prepare(part) if prepare else part, settings, corrector)
        findings += [replace(f, offset=f.offset + start) for f in result.findings] if start else result.findings
        words += result.words
    return Result(findings, words)


def parts(text: str, size: int | None = None) -> Iterator[tuple[int, int]]:
    """(start, end) of the parts a text is checked in: cut at the first blank line after every
    `size` characters (default PART), so an article of ordinary length is never cut."""
    size = size or PART
    start = 0
    while len(text) - start > size:
        cut = next_cut(text, start, size)
        if cut is None:
            break
        yield start, cut
        start = cut
    if start < len(text) or not text:
        yield start, len(text)


def next_cut(text: str, start: int, size: int | None = None) -> int | None:
    """Where the part that begins at `start` ends: after the first blank line from `size`
    characters on, within CUT_WINDOW sizes; else after a line break (a file of one huge line:
    else after a space, else after any character that is in no word); None when there is none
    (one huge "word" of letters only, or the end of the text)."""
    size = size or PART
    begin, end = start + size, start + CUT_WINDOW * size
    for boundary in (_BLANK_LINE, _LINE_BREAK, _SPACE, _NOT_IN_A_WORD):
        found = boundary.search(text, begin, end)
        if found:
            cut = found.end()
            return cut + 1 if text[cut - 1] == "\r" and text[cut : cut + 1] == "\n" else cut  # CRLF whole
    return None


def _check_part(text: str, settings: Settings, corrector: Corrector) -> Result:
    """Check one text as one document."""
    doc = Document(text, corrector, dict(settings.rejected))
    rules = [rule for rule in ALL_RULES if settings.enabled(rule)]
    ranked = sorted(
        ((rule, finding) for rule in rules for finding in rule.check(doc)),
        key=lambda pair: (-pair[0].priority, pair[1].offset),
    )
    kept = _without_overlaps(_with_safety(rule, finding) for rule, finding in ranked)
    return Result(sorted(kept), len(doc.tokens))


def check_text(text: str, settings: Settings | None = None, corrector: Corrector | None = None) -> list[Finding]:
    """Return the findings of a text, sorted by offset, with no two overlapping."""
    return check(text, settings, corrector).findings


def _with_safety(rule: Rule, finding: Finding) -> Finding:
    """A finding marked safe to fix when its rule declares its fixes safe and it has one."""
    return replace(finding, safe=True) if rule.safe_fix and finding.suggestions else finding


def _without_overlaps(findings: Iterable[Finding]) -> list[Finding]:
    """Keep each finding unless one kept before it (higher priority) overlaps it."""
    kept: list[Finding] = []
    starts: list[int] = []  # offsets of the kept findings, sorted (they never overlap)
    for finding in findings:
        i = bisect.bisect_left(starts, finding.end)
        if i and kept[i - 1].end > finding.offset:  # the last kept one starting before this ends
            continue
        starts.insert(i, finding.offset)
        kept.insert(i, finding)
    return kept
