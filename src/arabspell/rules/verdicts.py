"""Findings from the per-word noisy-channel verdicts, shared by several rule families."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from arabspell.correct.channel import Edit
from arabspell.correct.model import Candidate, Verdict
from arabspell.document import Document
from arabspell.findings import Flag

#: Reorders a token's suggestions by its context: (document, token index, suggestions) -> suggestions.
Context = Callable[[Document, int, tuple[str, ...]], tuple[str, ...]]
#: A rule's criterion for an unattended fix: (document, the written form's verdict, its corrections
#: in this text) -> whether the first correction is sure (docs/model.md, "Safe fixes").
Sure = Callable[[Document, Verdict, tuple[Candidate, ...]], bool]
#: Sets a flagged token aside: (document, token index, its corrections) -> whether to report nothing.
Skip = Callable[[Document, int, tuple[Candidate, ...]], bool]


def flagged(doc: Document, edits: frozenset[Edit | str]) -> Iterator[tuple[int, tuple[Candidate, ...]]]:
    """(token index, corrections) of each token whose best correction, in this text, is one of
    `edits` (`Document.corrections`: judged once per form, shared by every rule)."""
    corrections, where = doc.corrections, doc.where
    # per form, not per token: the few flagged forms' tokens, put back in text order
    found = [(i, key) for key, fixes in corrections.items() if fixes[0].edit in edits for i in where[key]]
    for index, key in sorted(found):
        yield index, corrections[key]


def verdict_flags(
    doc: Document,
    edits: frozenset[Edit | str],
    message: str,
    context: Context | None = None,
    sure: Sure | None = None,
    skip: Skip | None = None,
) -> Iterator[Flag]:
    """One finding per flagged token that `skip` does not set aside, `message` formatted with the
    word and best fix."""
    for index, candidates in flagged(doc, edits):
        if skip is not None and skip(doc, index, candidates):
            continue
        token = doc.tokens[index]
        fixes = tuple(c.text for c in candidates)
        fixes = context(doc, index, fixes) if context else fixes
        text = message.format(word=token.text, fix=fixes[0])
        confident = sure is None or sure(doc, doc.corrector.judge(token.key), candidates)
        yield Flag(token.start, token.end, text, fixes, confident)


__all__ = ["flagged", "verdict_flags"]
