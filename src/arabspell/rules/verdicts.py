"""Findings from the per-word noisy-channel verdicts, shared by several rule families."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from arabspell.channel import Edit
from arabspell.document import Document
from arabspell.findings import Finding, Severity
from arabspell.suggest import MERGE, Verdict

#: Reorders a token's suggestions by its context: (document, token index, suggestions) -> suggestions.
Context = Callable[[Document, int, tuple[str, ...]], tuple[str, ...]]


def flagged(doc: Document, edits: frozenset[Edit | str]) -> Iterator[tuple[int, Verdict]]:
    """(token index, verdict) of each token whose best correction is one of `edits`.

    A form the lexicon does not list but the article repeats is taken as intended
    (a name, a new word): typos are rarely typed the same way twice.
    """
    for index, token in enumerate(doc.tokens):
        verdict = doc.corrector.judge(token.key)
        if not verdict.flagged or verdict.edit not in edits:
            continue
        if not verdict.listed and doc.counts[token.key] > 1:
            continue
        yield index, verdict


def verdict_findings(
    doc: Document,
    rule: str,
    severity: Severity,
    edits: frozenset[Edit | str],
    message: str,
    context: Context | None = None,
) -> Iterator[Finding]:
    """One finding per flagged token, `message` formatted with the word and best fix."""
    for index, verdict in flagged(doc, edits):
        token = doc.tokens[index]
        fixes = context(doc, index, verdict.suggestions) if context else verdict.suggestions
        text = message.format(word=token.text, fix=fixes[0])
        yield doc.finding(rule, severity, token.start, token.end, text, fixes)


__all__ = ["MERGE", "flagged", "verdict_findings"]
