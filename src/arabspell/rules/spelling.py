"""spelling.*: words the lexicon does not know, with a confident correction."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from arabspell.correct.channel import ORTHOGRAPHIC, Edit
from arabspell.document import Document
from arabspell.findings import Flag, Severity
from arabspell.rules.rule import Example, Rule
from arabspell.rules.verdicts import verdict_flags

_TYPING = frozenset(set(Edit) - ORTHOGRAPHIC)


def _unknown_word(doc: Document) -> Iterable[Flag]:
    return verdict_flags(doc, _TYPING, "«{word}» is not a known word; did you mean «{fix}»?")


def _unfamiliar_word(doc: Document) -> Iterator[Flag]:
    status = doc.corrector.lexicon.status
    for key, indices in doc.where.items():
        if status(key).unknown:
            for token in (doc.tokens[i] for i in indices):
                yield Flag(token.start, token.end, f"«{token.text}» is not in the lexicon")


def _rejected_word(doc: Document) -> Iterator[Flag]:
    lexicon = doc.corrector.lexicon
    if not lexicon.rejected:
        return
    for key, indices in doc.where.items():
        fixes = lexicon.status(key).corrections
        for token in (doc.tokens[i] for i in indices) if fixes else ():
            message = f"«{token.text}» is on the desk's list of rejected spellings; write «{fixes[0]}»"
            yield Flag(token.start, token.end, message, fixes)


REJECTED = "spelling.rejected-word"
REJECTED_WORD = Rule(
    REJECTED,
    Severity.ERROR,
    "A word the desk's configuration rejects (`reject` table), with its correction.",
    _rejected_word,
    200,
    safe_fix=True,
    examples=(
        Example("قال المسؤول الأمريكي إن الوفد وصل", "الأمريكي", "الأميركي", 'reject = {"الأمريكي" = "الأميركي"}'),
        Example("قال المسؤول الأمريكيّ إن الوفد وصل", "الأمريكيّ", "الأميركي", 'reject = {"الأمريكي" = "الأميركي"}'),
    ),
)
UNFAMILIAR = "spelling.unfamiliar-word"
UNFAMILIAR_WORD = Rule(
    UNFAMILIAR,
    Severity.INFO,
    "A word the lexicon does not know and cannot correct with confidence (--show-unknown).",
    _unfamiliar_word,
    0,
    opt_in=True,
    examples=(Example("وصل الوزير كزخستافيلوس إلى العاصمة", "كزخستافيلوس", None, "show-unknown = true"),),
)
UNKNOWN_WORD = Rule(
    "spelling.unknown-word",
    Severity.ERROR,
    "A word not in the lexicon that is one slip away from a frequent word.",
    _unknown_word,
    10,
    safe_fix=True,
    examples=(
        Example("أجرى الوزير اتصالات الهافية مع نظرائه", "الهافية", "الهاتفية"),
        Example("وتجنب تصيعد الصراع في المنطقة", "تصيعد", "تصعيد"),
    ),
)
