"""spelling.misspelling: spellings that are never right in MSA (هاذا, لاكن, شيئ), from the packaged
list `dictionaries/misspellings-*.txt`; the web writes them often enough for the lexicon to list them."""

from __future__ import annotations

from collections.abc import Iterator

from arabspell.document import Document
from arabspell.findings import Flag, Severity
from arabspell.rules.rule import Example, Rule
from arabspell.rules.spelling import replaced_words


def _misspelt_word(doc: Document) -> Iterator[Flag]:
    """Each listed misspelling, proclitics attached or not, with its correction (`replaced_words`)."""
    lexicon = doc.corrector.lexicon
    if lexicon.misspellings:
        yield from replaced_words(doc, lexicon.misspelling, "is never written so in Modern Standard Arabic")


MISSPELLING = Rule(
    "spelling.misspelling",
    Severity.ERROR,
    "A spelling that is never right in Modern Standard Arabic (هاذا, لاكن, شيئ), with its correction.",
    _misspelt_word,
    150,
    safe_fix=True,
    examples=(
        Example("أردت الذهاب لاكن الوقت تأخر", "لاكن", "لكن"),
        Example("وقال إن هاذا القرار نهائي", "هاذا", "هذا"),
        Example("لم يبق شيئ في المخازن", "شيئ", "شيء"),
    ),
)
