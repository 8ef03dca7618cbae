"""spelling.*: words the lexicon does not know, with a confident correction."""

from __future__ import annotations

from collections.abc import Iterable

from arabspell.channel import ORTHOGRAPHIC, Edit
from arabspell.document import Document
from arabspell.findings import Finding, Severity
from arabspell.rules import Rule
from arabspell.rules.verdicts import verdict_findings

_TYPING = frozenset(set(Edit) - ORTHOGRAPHIC)


def _unknown_word(doc: Document) -> Iterable[Finding]:
    return verdict_findings(
        doc, "spelling.unknown-word", Severity.ERROR, _TYPING, "«{word}» is not a known word; did you mean «{fix}»?"
    )


UNKNOWN_WORD = Rule(
    "spelling.unknown-word",
    Severity.ERROR,
    "A word not in the lexicon that is one slip away from a frequent word.",
    _unknown_word,
    10,
)
