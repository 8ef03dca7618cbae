"""repeat.*: a word typed twice in a row («في في»)."""

from __future__ import annotations

from collections.abc import Iterator

from arabspell.document import Document
from arabspell.findings import Flag, Severity
from arabspell.rules.rule import Example, Rule

#: Words that Arabic doubles on purpose (رويدا رويدا, خطوة خطوة, بين بين).
REDUPLICATED = frozenset({"بين", "جدا", "خطوة", "رويدا", "شيئا", "قليلا", "يوما"})
#: Latin letter names, doubled in acronyms (بي بي سي, يو إس إس).
LETTER_NAMES = frozenset(
    {
        "إس",
        "إف",
        "إل",
        "إم",
        "إن",
        "إكس",
        "إي",
        "إتش",
        "آر",
        "آي",
        "أو",
        "بي",
        "تي",
        "جي",
        "دي",
        "سي",
        "في",
        "كيو",
        "كي",
        "واي",
        "يو",
        "زد",
    }
)


def _in_acronym(doc: Document, i: int) -> bool:
    """True when tokens i and i+1 are letter names next to a third one (بي بي سي)."""
    near = doc.tokens[max(0, i - 1) : i + 3]
    return sum(t.key in LETTER_NAMES for t in near) >= 3


def _chanted(doc: Document, i: int) -> bool:
    """True when the word comes three times or more in a row (a chant: «عار عار عار»)."""
    near = doc.tokens[max(0, i - 1) : i + 3]
    return sum(t.key == doc.tokens[i].key for t in near) >= 3


def _doubled(doc: Document) -> Iterator[Flag]:
    for i, left, right in doc.adjacent():
        if left.key != right.key or left.key in REDUPLICATED:  # the cheap test first: a million pairs
            continue
        gap = doc.gap(left, right)
        if gap.strip():
            continue
        if "\n" in gap or "\r" in gap:  # a headline's last word opening the dateline («… في العلا» / «العلا -»)
            continue
        if (left.key in LETTER_NAMES and _in_acronym(doc, i)) or _chanted(doc, i):
            continue
        yield Flag(left.start, right.end, f"«{left.text}» is repeated", (left.text,))


DOUBLED_WORD = Rule(
    "repeat.doubled-word",
    Severity.ERROR,
    "The same word twice in a row.",
    _doubled,
    100,
    safe_fix=True,
    examples=(
        Example("وصل الوفد في في الصباح", "في في", "في"),
        Example("قال الوزير إن إن الوفد وصل", "إن إن", "إن"),
    ),
)
