"""What every rule sees of one text: its tokens, their counts and the shared models."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property
from itertools import pairwise

from arabspell.arabic.clitics import bare_forms
from arabspell.arabic.tokenize import Token, tokenize
from arabspell.correct.corrector import Corrector
from arabspell.correct.model import Candidate
from arabspell.lexicon.names import split_name


@dataclass
class Document:
    """A text prepared for the rules: tokens in order and how often each key occurs."""

    #: the prose the rules read: the source with what is not prose blanked (same length)
    text: str
    corrector: Corrector
    #: the text as written, which findings quote (default: `text`)
    source: str = ""
    tokens: list[Token] = field(init=False)
    counts: Counter[str] = field(init=False)
    forms: Counter[str] = field(init=False)
    _name_splits: dict[str, tuple[str, str]] = field(init=False, default_factory=dict, repr=False)
    #: results the rules share within this text, by a key of their own (computed once per text)
    memo: dict[object, object] = field(init=False, default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        self.source = self.source or self.text
        self.tokens = tokenize(self.text)
        self.counts = Counter(t.key for t in self.tokens)
        self.forms = Counter()
        for key, n in self.counts.items():
            for form in bare_forms(key):
                self.forms[form] += n

    @cached_property
    def corrections(self) -> dict[str, tuple[Candidate, ...]]:
        """The in-context corrections of each distinct form that has any, judged once per text.

        A form the lexicon does not list but the article repeats is taken as intended
        (a name, a new word): typos are rarely typed the same way twice.
        """
        out = {}
        for key, count in self.counts.items():
            verdict = self.corrector.judge(key)
            if not verdict.alternatives or (not verdict.listed and count > 1 and not verdict.hamza_dropped):
                continue
            fixes = self.corrector.in_context(verdict, lambda text, key=key: self.share(text, besides=key))
            if fixes:
                out[key] = fixes
        return out

    @cached_property
    def where(self) -> dict[str, list[int]]:
        """The token indices of each distinct form, in order."""
        out: dict[str, list[int]] = {}
        for i, token in enumerate(self.tokens):
            out.setdefault(token.key, []).append(i)
        return out

    @cached_property
    def pairs(self) -> dict[tuple[str, str], list[int]]:
        """Each distinct pair of forms written one space apart, with the indices of its left tokens:
        rules that look at neighbours judge each pair once (news repeats its word pairs)."""
        out: dict[tuple[str, str], list[int]] = {}
        text, tokens = self.text, self.tokens
        for i in range(len(tokens) - 1):
            left, right = tokens[i], tokens[i + 1]
            if right.start == left.start + len(left.text) + 1 and text[right.start - 1] == " ":
                out.setdefault((left.key, right.key), []).append(i)
        return out

    def name_split(self, token: Token) -> tuple[str, str]:
        """(proclitic, name) of a token (`names.split_name`), computed once per form in a text."""
        found = self._name_splits.get(token.key)
        if found is None:
            found = self._name_splits[token.key] = split_name(token.key, self.counts, self.corrector.lexicon)
        return found

    def share(self, word: str, besides: str) -> float:
        """How often the text uses a word, alone or after proclitics (الولايات in والولايات), per
        word, as evidence about the token `besides`: its other uses count for itself; a word that
        differs from it only in proclitics gets none (كوشنر for لكوشنر: those uses are the token's)."""
        if word != besides and bare_forms(word, future=True) & bare_forms(besides, future=True):
            return 0.0
        uses = self.forms.get(word, 0) - (word == besides)
        return uses / len(self.tokens) if uses > 0 else 0.0

    def gap(self, left: Token, right: Token) -> str:
        """The text between two tokens."""
        return self.text[left.end : right.start]

    def adjacent(self) -> Iterator[tuple[int, Token, Token]]:
        """(index, left, right) of every two consecutive tokens, whatever is between them
        (those one space apart, grouped by form, are `pairs`)."""
        for i, (left, right) in enumerate(pairwise(self.tokens)):
            yield i, left, right
