"""repeat.*: a word typed twice in a row («في في»)."""

from __future__ import annotations

from collections.abc import Iterator

from arabspell.document import Document
from arabspell.findings import Finding, Severity
from arabspell.rules import Rule

#: Words that Arabic doubles on purpose (رويدا رويدا, خطوة خطوة, بين بين).
REDUPLICATED = frozenset({"بين", "خطوة", "رويدا", "شيئا", "قليلا", "يوما"})


def _doubled(doc: Document) -> Iterator[Finding]:
    tokens = doc.tokens
    for left, right in zip(tokens, tokens[1:]):
        if left.key != right.key or left.key in REDUPLICATED or doc.gap(left, right).strip():
            continue
        yield doc.finding("repeat.doubled-word", Severity.ERROR, left.start, right.end,
                          f"«{left.text}» is repeated", (left.text,))


DOUBLED_WORD = Rule("repeat.doubled-word", Severity.ERROR, "The same word twice in a row.", _doubled, 100)
