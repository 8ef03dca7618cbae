"""spacing.*: two words typed as one (فيالمنطقة), one word typed as two (يست قبل)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from arabspell.document import Document
from arabspell.findings import Finding, Severity
from arabspell.rules import Rule
from arabspell.rules.verdicts import MERGE, verdict_findings


def _merged(doc: Document) -> Iterable[Finding]:
    return verdict_findings(
        doc, "spacing.merged", Severity.ERROR, frozenset({MERGE}), "«{word}» looks like two words run together: «{fix}»"
    )


def _split(doc: Document) -> Iterator[Finding]:
    lexicon, model = doc.corrector.lexicon, doc.corrector.model
    for _, left, right in doc.adjacent():
        joined = lexicon.score_uncached(left.key + right.key)
        if joined < model.split_min_joined:
            continue
        a, b = lexicon.score(left.key), lexicon.score(right.key)
        if min(a, b) >= model.split_piece_max:
            continue
        apart = a + b - 9 + model.merge_offset
        if joined - model.split_cost > apart:
            fix = left.key + right.key
            yield doc.finding(
                "spacing.split",
                Severity.ERROR,
                left.start,
                right.end,
                f"«{left.text} {right.text}» looks like one word split in two: «{fix}»",
                (fix,),
            )


MERGED = Rule("spacing.merged", Severity.ERROR, "Two words typed without a space.", _merged, 20)
SPLIT = Rule("spacing.split", Severity.ERROR, "One word broken by a stray space.", _split, 90)
