"""Real-word slips judged in context: a word that is itself a word, against the words one slip away,
by a desk's context model (docs/context.md).

The context score of a word x between neighbours l and r is log10 P(x | l) + log10 P(r | x), with
interpolated Kneser-Ney bigrams from the archive; a word the archive lacks backs off to the lexicon's
frequency (unseen is no evidence against it). A candidate wins when its context score, less the
slip's cost (the error model of the suggestions), beats the written word's by a margin.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from arabspell.arabic.wasl import wasl_shape
from arabspell.correct.channel import Costs, Edit, orthographic_variants, removes_hamza
from arabspell.correct.model import RealWordModel
from arabspell.correct.slips import decode, slips, voice
from arabspell.lexicon.lexicon import Lexicon
from arabspell.lexicon.ngrams import BOUNDARY, ContextModel

#: the most conditional probabilities kept between texts (a bound on memory for an archive's run)
_CACHE = 1 << 18


@dataclass(frozen=True)
class Reading:
    """A candidate and by how much it beats the written word in context (log10, cost included)."""

    text: str
    gain: float
    edit: Edit


@dataclass(frozen=True)
class Slip:
    """A real-word slip found in context: the corrections, best first, and whether the first is sure."""

    suggestions: tuple[str, ...]
    sure: bool
    gain: float


class RealWordJudge:
    """Scores words in context with a desk's model; caches per form what does not depend on it."""

    def __init__(
        self, lexicon: Lexicon, model: ContextModel, settings: RealWordModel | None = None, costs: Costs | None = None
    ) -> None:
        self.lexicon, self.model = lexicon, model
        self.settings = settings or RealWordModel()
        self.costs = costs or Costs()
        self._candidates: dict[str, tuple[tuple[str, Edit, float], ...]] = {}
        self._unigram: dict[str, float] = {}
        self._variants: dict[str, list[tuple[str, Edit, float]]] = {}
        self._histories: dict[str, tuple[int, int]] = {}
        self._next: dict[tuple[str, str], float] = {}

    def candidates(self, word: str) -> tuple[tuple[str, Edit, float], ...]:
        """The frequent words one keyboard slip from a judged word, with the slip's cost (cached)."""
        found = self._candidates.get(word)
        if found is None:
            found = self._candidates[word] = self._find(word)
        return found

    def _find(self, word: str) -> tuple[tuple[str, Edit, float], ...]:
        s, lexicon = self.settings, self.lexicon
        if len(word) < s.judged_length or lexicon.zipf(word) < s.judged_min:
            return ()
        stored = self.model.slips(word)
        found = decode(stored) if stored is not None else slips(word, lexicon)
        out: dict[str, tuple[str, Edit, float]] = {}
        for form, edit in found:
            if lexicon.zipf(form) < s.candidate_min:
                continue
            cost = self.costs.typing(form, word, edit)
            if form not in out or out[form][2] > cost:
                out[form] = (form, edit, cost)
        return tuple(sorted(out.values(), key=lambda c: (c[2], c[0])))

    def unigram(self, word: str) -> float:
        """P(word) for the back-off: the archive's continuation share mixed with the lexicon's."""
        found = self._unigram.get(word)
        if found is None:
            w = self.settings.archive_weight
            cont = self.model.leaders(word) / self.model.pair_types
            lex = 10 ** (self.lexicon.zipf(word) - 9) if word != BOUNDARY else cont
            found = self._unigram[word] = w * cont + (1 - w) * lex
        return found

    def next(self, left: str, word: str) -> float:
        """P(word | left), interpolated Kneser-Ney (cached: news repeats its pairs)."""
        found = self._next.get((left, word))
        if found is None:
            if len(self._next) >= _CACHE:
                self._next.clear()
            found = self._next[(left, word)] = self._kneser_ney(left, word)
        return found

    def _kneser_ney(self, left: str, word: str) -> float:
        d = self.settings.discount
        history, followers = self._history(left)
        low = self.unigram(word)
        if not history:
            return low
        pair = self.model.pair(left, word)
        return max(pair - d, 0.0) / history + d * followers / history * low

    def _history(self, word: str) -> tuple[int, int]:
        """A word's count and its distinct followers in the archive (cached: every candidate asks)."""
        found = self._histories.get(word)
        if found is None:
            found = self._histories[word] = (self.model.count(word), self.model.followers(word))
        return found

    def fit(self, left: str, word: str, right: str) -> float:
        """The context score of a word between two neighbours."""
        return math.log10(self.next(left, word) or 1e-12) + math.log10(self.next(word, right) or 1e-12)

    def readings(self, left: str, word: str, right: str) -> list[Reading]:
        """The candidates that fit this context better than the written word, best first."""
        cands = self.candidates(word)
        if not cands or self._attested(left, word, right):
            return []
        own = self.fit(left, word, right)
        out = [Reading(text, self.fit(left, text, right) - cost - own, edit) for text, edit, cost in cands]
        return sorted((r for r in out if r.gain > 0), key=lambda r: (-r.gain, r.text))

    def _attested(self, left: str, word: str, right: str) -> bool:
        """Whether the archive writes the word after its left neighbour and before its right one:
        then it is the word meant (on the dev set no real-word slip was ever so attested; and the
        two lookups spare the candidates' dozen)."""
        return self.model.pair(left, word) > 0 and self.model.pair(word, right) > 0

    def spelling(self, left: str, word: str, right: str) -> Slip | None:
        """The verdict on a listed word's orthography in context: its hamza, final ة/ه or ى/ي
        variant that is a word too (انا/أنا, كتابه/كتابة, علي/على), when the model prefers it by
        `orthography_margin` after the slip's cost. A hamza is never taken off (كأن is a word)."""
        s = self.settings
        variants = self.spellings(word)
        if not variants:
            return None
        own = self.fit(left, word, right)
        found = sorted(
            (Reading(form, self.fit(left, form, right) - cost - own, edit) for form, edit, cost in variants),
            key=lambda r: (-r.gain, r.text),
        )
        if not found or found[0].gain < s.orthography_margin:
            return None
        kept = tuple(r.text for r in found if r.gain >= max(0.0, found[0].gain - s.spread))
        return Slip(kept, False, found[0].gain)

    def spellings(self, word: str) -> list[tuple[str, Edit, float]]:
        """A judged word's orthographic variants that are words, with the slip's cost (cached): none
        for a word rarer than `judged_min`; never one
        far rarer than the word (`spelling_lead`: في is no slip for فى), nor one
        that takes a hamza off, nor a hamza on a wasl alef (ارتفاع, not the web's إرتفاع), nor the
        final ي of an imperfect verb in ى (يلقى and يلقي are two voices of one verb)."""
        found = self._variants.get(word)
        if found is None:
            zipf, floor, costs = self.lexicon.zipf, self.settings.candidate_min, self.costs
            floor = max(floor, zipf(word) - self.settings.spelling_lead)
            judged = zipf(word) >= self.settings.judged_min
            found = self._variants[word] = [
                (form, edit, costs.orthographic(form, word, edit))
                for form, edit in orthographic_variants(word)
                if judged
                and zipf(form) >= floor
                and not (removes_hamza(word, form) or wasl_shape(word, form) or voice(word, edit))
            ]
        return found

    def slip(self, left: str, word: str, right: str) -> Slip | None:
        """The verdict on a word in context: a slip when the best reading wins by `margin`."""
        found = self.readings(left, word, right)
        s = self.settings
        if not found or found[0].gain < s.margin:
            return None
        best = found[0].gain
        lead = best - found[1].gain if len(found) > 1 else best
        kept = tuple(r.text for r in found if r.gain >= best - s.spread)
        return Slip(kept, best >= s.safe_margin and lead >= s.safe_lead, best)
