"""spacing.*: two words typed as one (فيالمنطقة), one word typed as two (يست قبل)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from arabspell.correct.merges import MERGES
from arabspell.document import Document
from arabspell.findings import Finding, Severity
from arabspell.rules import Rule
from arabspell.rules.verdicts import verdict_findings


def _merged(doc: Document) -> Iterable[Finding]:
    return verdict_findings(
        doc, "spacing.merged", Severity.ERROR, MERGES, "«{word}» looks like two words run together: «{fix}»"
    )


#: Proclitics, which never stand alone: «و من» is ومن, «و الحكومة» is والحكومة.
DETACHED = frozenset({"و", "ف", "ب", "ل", "ك", "ال", "وال", "لل"})


def _split_apart(doc: Document, left: str, right: str) -> bool:
    """Whether two forms are one word broken by a space: a detached proclitic, or a rare piece."""
    lexicon, model = doc.corrector.lexicon, doc.corrector.model
    if left in DETACHED:
        return len(right) >= 2 and lexicon.score_uncached(left + right) > 0.0
    a, b = lexicon.score(left), lexicon.score(right)
    if min(a, b) >= model.split_piece_max:  # two common words: the cheap test first
        return False
    joined = lexicon.score_uncached(left + right)
    return joined >= model.split_min_joined and joined - model.split_cost > a + b - 9 + model.merge_offset


def _split(doc: Document) -> Iterator[Finding]:
    for (left_key, right_key), indices in doc.pairs.items():
        if not _split_apart(doc, left_key, right_key):
            continue
        fix = left_key + right_key
        for i in indices:
            left, right = doc.tokens[i], doc.tokens[i + 1]
            message = f"«{left.text} {right.text}» looks like one word split in two: «{fix}»"
            yield doc.finding("spacing.split", Severity.ERROR, left.start, right.end, message, (fix,))


MERGED = Rule("spacing.merged", Severity.ERROR, "Two words typed without a space.", _merged, 20)
SPLIT = Rule("spacing.split", Severity.ERROR, "One word broken by a stray space.", _split, 90, safe_fix=True)
