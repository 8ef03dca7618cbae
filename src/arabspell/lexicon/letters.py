"""The lexicon's letter model: which letter trigrams lean towards transliterated names, and which
no listed form has at all. Both come from the compiled artefact (`build.py`)."""

from __future__ import annotations

import math
from functools import lru_cache

from arabspell.lexicon.artefact import trigrams


class Letters:
    """Letter-trigram statistics: log-odds of names against words, and the trigrams of listed forms."""

    def __init__(self, odds: dict[str, float] | None = None, unseen: float = 0.0, seen: tuple[str, ...] = ()) -> None:
        #: per trigram, its log-odds (`log_odds`, computed at build time); `unseen`, any other's
        self._odds, self._unseen = odds or {}, unseen
        #: the listed forms' trigrams as the artefact lists them, made a set on first use: a run
        #: with no unknown word never pays for it
        self._lines: tuple[str, ...] | None = seen
        self._seen: frozenset[str] = frozenset()
        self.foreignness = lru_cache(maxsize=1 << 16)(self._foreignness)

    def _foreignness(self, word: str) -> float:
        """How much more a word's letters look like a transliterated name than an Arabic word:
        the mean log-odds of its letter trigrams (0: no lean; متروجيت ≈ 1.6, الهافية ≈ −0.4)."""
        grams = trigrams(word)
        return sum(self._odds.get(g, self._unseen) for g in grams) / len(grams)

    def odd(self, word: str) -> int:
        """How many of a word's letter trigrams no listed form has (خعاطفيها: خعا; none in احتججن):
        a mark of a slip. 0 for every word when the artefact lists no trigrams."""
        if self._lines is not None:
            self._seen, self._lines = frozenset(self._lines), None
        if not self._seen:
            return 0
        return sum(1 for g in trigrams(word) if g not in self._seen)


def log_odds(counts: dict[str, tuple[int, int]], k: float = 0.5) -> tuple[dict[str, float], float]:
    """Per trigram, log P(trigram | name) − log P(trigram | word), add-k smoothed; and the unseen value."""
    if not counts:
        return {}, 0.0
    names = sum(n for n, _ in counts.values()) + k * len(counts)
    words = sum(w for _, w in counts.values()) + k * len(counts)
    odds = {g: math.log((n + k) / names) - math.log((w + k) / words) for g, (n, w) in counts.items()}
    return odds, math.log(k / names) - math.log(k / words)
