"""context.*: a word that is itself a word, where its neighbours call for another one a slip away
(قلت for قالت), judged with the desk's context model (`check --model`, `arabspell learn --model`)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from arabspell.arabic.clitics import join_name
from arabspell.arabic.letters import MARKS
from arabspell.correct.realword import Slip
from arabspell.document import Document
from arabspell.findings import Flag, Severity
from arabspell.lexicon.ngrams import BOUNDARY, neighbours
from arabspell.rules.rule import Example, Rule

RULE = "context.real-word"
_MARKED = re.compile(f"[{MARKS}]")
#: how much likelier (log10) a text must be with every mention of a name spelled one way, by the
#: desk's context model, for that spelling to settle a tie (`name_finders.by_context`)
NAME_CONTEXT_MARGIN = 2.0


def _real_word(doc: Document) -> Iterator[Flag]:
    judge = doc.corrector.realword
    if judge is None:
        return
    message = "«{word}» is a word, but its neighbours call for «{fix}» (the desk's context model)"
    yield from judged(doc, lambda word: bool(judge.candidates(word)), judge.slip, message)


def judged(
    doc: Document, judged: Callable[[str], bool], verdict: Callable[[str, str, str], Slip | None], message: str
) -> Iterator[Flag]:
    """The flags of a judge over each token in its context, once per distinct (left, word, right):
    not a vocalised word, a word with no neighbour, or a word the text writes again and never
    its correction (`context.real-word`, `orthography.in-context`)."""
    verdicts: dict[tuple[str, str, str], Slip | None] = {}
    for token, (left, word, right) in zip(doc.tokens, context_of(doc), strict=True):
        if not judged(word) or left == right == BOUNDARY or (token.text != word and _MARKED.search(token.text)):
            continue  # a vocalised word (زوّد) is written with care; a word alone has no context
        at = (left, word, right)
        if at not in verdicts:
            verdicts[at] = verdict(left, word, right)
        slip = verdicts[at]
        if slip is not None and not _the_texts_own(doc, word, slip):
            text = message.format(word=token.text, fix=slip.suggestions[0])
            yield Flag(token.start, token.end, text, slip.suggestions, slip.sure)


def context_of(doc: Document) -> list[tuple[str, str, str]]:
    """(left, key, right) of each token, found once per text for the rules that read neighbours."""
    found = doc.memo.get(context_of)
    if found is None:
        found = doc.memo[context_of] = list(neighbours(doc.text, doc.tokens))
    return found  # type: ignore[return-value]


def preference(doc: Document, uses: list[tuple[list[int], str]], a: str, b: str) -> float | None:
    """How much likelier (log10) the desk's context model finds the text with these mentions of a
    name (token indices, each group with its proclitic) written `b` rather than `a`; None without
    a model. It decides only ties: an archive's spelling of a name is not the article's."""
    judge = doc.corrector.realword
    if judge is None:
        return None
    found, total = context_of(doc), 0.0
    for indices, pre in uses:
        for i in indices:
            left, _, right = found[i]
            total += judge.fit(left, join_name(pre, b), right) - judge.fit(left, join_name(pre, a), right)
    return total


def _the_texts_own(doc: Document, word: str, slip: Slip) -> bool:
    """Whether the text writes the word again and never the correction: then it is the word meant
    (the same slip is seldom made twice; «الحزب الشيعي» twice is no «الشيوعي» mistyped)."""
    return doc.counts[word] > 1 and not doc.counts.get(slip.suggestions[0])


REAL_WORD = Rule(
    RULE,
    Severity.WARNING,
    "A real word where its neighbours, by the desk's context model, call for another one a slip away.",
    _real_word,
    5,
    safe_fix=True,
    examples=(Example("أجرت الصحيفة مقالة مع الوزير", "مقالة", "مقابلة", 'model = "desk.model"'),),
)
