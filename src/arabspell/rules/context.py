"""context.*: a word that is itself a word, where its neighbours call for another one a slip away
(قلت for قالت), judged with the desk's context model (`check --model`, `arabspell learn --model`)."""

from __future__ import annotations

from collections.abc import Iterator

from arabspell.correct.realword import Slip
from arabspell.document import Document
from arabspell.findings import Flag, Severity
from arabspell.lexicon.ngrams import neighbours
from arabspell.rules.rule import Example, Rule

RULE = "context.real-word"


def _real_word(doc: Document) -> Iterator[Flag]:
    judge = doc.corrector.realword
    if judge is None:
        return
    verdicts: dict[tuple[str, str, str], Slip | None] = {}
    for token, (left, word, right) in zip(doc.tokens, neighbours(doc.text, doc.tokens), strict=True):
        if not judge.candidates(word):
            continue
        at = (left, word, right)
        if at not in verdicts:
            verdicts[at] = judge.slip(left, word, right)
        slip = verdicts[at]
        if slip is not None:
            fix = slip.suggestions[0]
            message = f"«{token.text}» is a word, but its neighbours call for «{fix}» (the desk's context model)"
            yield Flag(token.start, token.end, message, slip.suggestions, slip.sure)


REAL_WORD = Rule(
    RULE,
    Severity.WARNING,
    "A real word where its neighbours, by the desk's context model, call for another one a slip away.",
    _real_word,
    5,
    safe_fix=True,
    examples=(Example("أجرت الصحيفة مقالة مع الوزير", "مقالة", "مقابلة", 'model = "desk.model"'),),
)
