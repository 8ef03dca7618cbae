"""spelling.misspelling: spellings that are never right in MSA (هاذا, لاكن, شيئ), from the packaged
list `dictionaries/misspellings-*.txt`; the web writes them often enough for the lexicon to list them."""

from __future__ import annotations

from collections.abc import Iterator

from arabspell.arabic.normalize import respell
from arabspell.document import Document
from arabspell.findings import Flag, Severity
from arabspell.rules.rule import Example, Rule


def _misspelt_word(doc: Document) -> Iterator[Flag]:
    """Each listed misspelling, proclitics attached or not, with its correction (the proclitics as
    written, the word's marks kept where the correction keeps its letter count)."""
    lexicon = doc.corrector.lexicon
    if not lexicon.misspellings:
        return
    for key, indices in doc.where.items():
        found = lexicon.misspelling(key)
        if found is None:
            continue
        kept = len(found.proclitic)
        for token in (doc.tokens[i] for i in indices):
            fix = respell(token.text, found.replacement, kept)
            yield Flag(token.start, token.end, f"«{token.text}» is never written so; write «{fix}»", (fix,))


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
