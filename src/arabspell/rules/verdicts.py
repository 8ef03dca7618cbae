"""Findings from the per-word noisy-channel verdicts, shared by several rule families."""

from __future__ import annotations

from collections.abc import Iterator

from arabspell.channel import Edit
from arabspell.document import Document
from arabspell.findings import Finding, Severity
from arabspell.suggest import MERGE, Verdict


def flagged(doc: Document, edits: frozenset[Edit | str]) -> Iterator[tuple[int, int, Verdict]]:
    """(start, end, verdict) of each token whose best correction is one of `edits`.

    A form the lexicon does not list but the article repeats is taken as intended
    (a name, a new word): typos are rarely typed the same way twice.
    """
    for token in doc.tokens:
        verdict = doc.corrector.judge(token.key)
        if not verdict.flagged or verdict.edit not in edits:
            continue
        if not verdict.listed and doc.counts[token.key] > 1:
            continue
        yield token.start, token.end, verdict


def verdict_findings(
    doc: Document, rule: str, severity: Severity, edits: frozenset[Edit | str], message: str
) -> Iterator[Finding]:
    """One finding per flagged token, `message` formatted with the word and best fix."""
    for start, end, verdict in flagged(doc, edits):
        text = doc.text[start:end]
        yield doc.finding(
            rule, severity, start, end, message.format(word=text, fix=verdict.suggestions[0]), verdict.suggestions
        )


__all__ = ["MERGE", "flagged", "verdict_findings"]
