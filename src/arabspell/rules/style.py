"""style.inconsistent: one text writing a word in two accepted house styles (الأمريكي / الأميركي).

The letter sequences that house styles write differently come from
`dictionaries/style-*.txt`; a desk pins its own spelling with `prefer FORM`
in its dictionary, and then every variant of that form is flagged.
"""

from __future__ import annotations

from collections.abc import Iterator

from arabspell.arabic.clitics import strip_proclitics as bare
from arabspell.document import Document
from arabspell.findings import Flag, Severity
from arabspell.lexicon.lexicon import Lexicon
from arabspell.lexicon.style import variants
from arabspell.rules.rule import Example, Rule

RULE = "style.inconsistent"


def _winner(form: str, other: str, uses: dict[str, tuple[int, int]], preferred: frozenset[str]) -> str:
    """The spelling a text should use: the desk's pinned one, else the commoner, else the first used
    (`uses`: each bare word's count in the text and its first offset)."""
    if (form in preferred) != (other in preferred):
        return form if form in preferred else other
    (mine, my_first), (theirs, their_first) = uses.get(form, (0, 0)), uses.get(other, (0, 0))
    if mine != theirs:
        return form if mine > theirs else other
    return form if mine and my_first < their_first else other


def _inconsistent(doc: Document) -> Iterator[Flag]:
    lexicon = doc.corrector.lexicon
    preferred = frozenset(bare(p)[1] for p in lexicon.preferred)
    tokens, where = doc.tokens, doc.where
    # per form, not per token: each bare word's count and first use, then the flagged forms' tokens
    uses: dict[str, tuple[int, int]] = {}
    for key, indices in where.items():
        word = bare(key)[1]
        count, first = uses.get(word, (0, len(doc.text)))
        uses[word] = (count + len(indices), min(first, tokens[indices[0]].start))
    fixes = {key: fix for key in where if (fix := _fix(key, lexicon, uses, preferred)) is not None}
    for i in sorted(i for key in fixes for i in where[key]):
        token = tokens[i]
        fix = fixes[token.key]
        message = f"«{token.text}» is written «{fix}» in this house style"
        yield Flag(token.start, token.end, message, (fix,))


def _fix(key: str, lexicon: Lexicon, uses: dict[str, tuple[int, int]], preferred: frozenset[str]) -> str | None:
    """The house spelling of a form (its proclitics kept), or None when it already is one."""
    pre, word = bare(key)
    for other in variants(word, lexicon):
        if other not in uses and other not in preferred:
            continue
        fix = _winner(word, other, uses, preferred)
        if fix != word:
            return pre + fix
    return None


INCONSISTENT = Rule(
    RULE,
    Severity.WARNING,
    "A word written in two accepted house styles in one text.",
    _inconsistent,
    45,
    examples=(
        Example("قال الرئيس الأميركي إن الجيش الأميركي والأسطول الأمريكي", "الأمريكي", "الأميركي"),
        Example("قال المسؤول إن الشؤون والمسئول", "والمسئول", "والمسؤول"),
    ),
)
