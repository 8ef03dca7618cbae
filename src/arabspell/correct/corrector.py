"""Candidates and ranking: the noisy-channel verdict on one written word form.

A candidate scores `zipf(candidate) - cost(slip)`; the written form scores its
own Zipf frequency (0 when unknown). See docs/model.md for the decision rule.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from rapidfuzz.distance import Levenshtein

from arabspell.arabic.clitics import imperfect_shaped, morphemes, proclitic_heads
from arabspell.arabic.tokenize import LONGEST_WORD
from arabspell.correct import orthographic
from arabspell.correct.channel import (
    ORTHOGRAPHIC,
    Edit,
    removes_hamza,
)
from arabspell.correct.keyboard import typing_slips
from arabspell.correct.merges import MERGE, MERGES, NEGATED_VERB, keep, merges
from arabspell.correct.model import CHEAP_SLIP, Candidate, Model, Verdict
from arabspell.correct.realword import RealWordJudge
from arabspell.lexicon.lexicon import CLITIC_COST, Lexicon
from arabspell.lexicon.ngrams import ContextModel

if TYPE_CHECKING:
    from arabspell.correct.settled import SettledVerdicts

__all__ = ["Candidate", "Corrector", "Model", "Verdict"]

#: a letter three times running
TRIPLED = re.compile(r"(.)\1\1")


def _within_two(a: str, b: str) -> bool:
    """At most two edits apart: every keyboard slip is (a transposition is two)."""
    return Levenshtein.distance(a, b, score_cutoff=2) <= 2


class Corrector:
    """Judges written forms against a lexicon with an error model; one verdict per form."""

    def __init__(
        self,
        lexicon: Lexicon,
        model: Model | None = None,
        context: ContextModel | None = None,
        settled: SettledVerdicts | None = None,
    ) -> None:
        self.lexicon = lexicon
        self.model = model or Model()
        #: the verdicts judged at build time for this lexicon and model (`correct.settled`), if any
        self._settled = settled
        #: the desk's context model's judge of real-word slips (None: no model, `context.*` is quiet)
        self.realword = RealWordJudge(lexicon, context, self.model.realword, self.model.costs) if context else None
        #: one verdict per distinct form (an archive of a million words has ~100k)
        self.judge = lru_cache(maxsize=1 << 18)(self._judge)
        #: the cheapest keyboard slip: no listed form yields to a slip that cannot beat it
        self._targets: list[tuple[float, str]] | None = None
        self._cheapest_slip = min(self.model.costs.of(e) for e in Edit if e not in ORTHOGRAPHIC)

    def _judge(self, word: str) -> Verdict:
        """The verdict on one lookup key."""
        if self._settled is not None and (found := self._settled.get(word)) is not None:
            return found
        if len(word) > LONGEST_WORD:
            return Verdict(word, 0.0, False)
        own = self.lexicon.score(word)
        # no word has one letter three times running (بسببب, الحوثييين): the web list's count of such a
        # form is its slip's, so it is judged as an unlisted form
        listed = word in self.lexicon and not TRIPLED.search(word)
        found = self._orthographic(word, listed)
        typing = self._typing(word) if self._slip_can_win(word, own, listed) else {}
        for cand in [*typing.values(), *merges(word, self.lexicon, self.model).values()]:
            if not (listed and cand.edit in ORTHOGRAPHIC):
                keep(found, cand)
        ranked = tuple(sorted(found.values(), key=lambda c: (-c.score, c.text))[: self.model.max_alternatives])
        # a form that could be corrected may be a valid inflection the lexicon lacks (قاعدتينا): that
        # reading is Ayaspell's morphology, not a naive clitic split, so the ceiling does not cap it
        inflected = self.lexicon.inflection(word) if ranked and not listed else 0.0
        own = max(own, inflected)
        capped = max(self._unattested(word, own, listed), inflected)
        verdict = Verdict(word, own, listed, self._decide(word, own, listed, ranked, capped), ranked)
        if listed and not any(self._cacheable(verdict, c) for c in ranked):
            verdict = replace(verdict, settled=True)
        return verdict

    def in_context(self, verdict: Verdict, share: Callable[[str], float]) -> tuple[Candidate, ...]:
        """The corrections of a verdict once the text is known: a cache model (news repeats its
        words). A candidate's frequency becomes a mixture of the lexicon's and its share of the
        text's words, weighted `cache_weight`: a rare word the text uses gains much, a common one little.
        The written form's own reading gains the same way. A listed form is only corrected towards a
        variant the lexicon already prefers (ابراهيم → إبراهيم), so a text's own slips are not taught
        back (الترفيه is not corrected to the text's الترفية)."""
        if not verdict.alternatives or verdict.settled:
            return verdict.candidates
        if not verdict.listed and self.lexicon.inflection(verdict.word):
            return verdict.candidates
        boosted = [self._cached(c, share(c.text)) if self._cacheable(verdict, c) else c for c in verdict.alternatives]
        boosted.sort(key=lambda c: (-c.score, c.text))
        own, own_share = verdict.own, 0.0 if verdict.listed or verdict.hamza_dropped else share(verdict.word)
        capped = self._unattested(verdict.word, own, verdict.listed)
        if own_share:
            own, capped = (math.log10(10**x + self.model.cache_weight * 1e9 * own_share) for x in (own, capped))
        return self._decide(verdict.word, own, verdict.listed, tuple(boosted), capped)

    @staticmethod
    def _cacheable(verdict: Verdict, cand: Candidate) -> bool:
        """Whether the text's use may raise a candidate: any for an unlisted form; for a listed one,
        only an orthographic variant the lexicon already prefers, by a common slip (not أشبيلية →
        اشبيلية: adding a hamza is the rare direction), and not the final ي of a listed imperfect
        verb in ى: يعطى and يعطي are two words (passive, active), whichever the text also uses."""
        cheap = cand.prior - cand.score <= CHEAP_SLIP
        word = verdict.word
        verb = cand.edit is Edit.ALEF_MAQSURA and imperfect_shaped(word)
        return not verdict.listed or (cand.edit in ORTHOGRAPHIC and cheap and cand.prior > verdict.own and not verb)

    def _cached(self, cand: Candidate, share: float) -> Candidate:
        """A candidate rescored with its share of the text mixed into its frequency."""
        if not share or not cand.prior:
            return cand
        mixed = math.log10(10**cand.prior + self.model.cache_weight * 1e9 * share)
        return replace(cand, score=cand.score + mixed - cand.prior, prior=mixed)

    def _unattested(self, word: str, own: float, listed: bool) -> float:
        """What an unlisted form's clitic reading can claim against a listed word: no more than the
        list's floor (`unlisted_ceiling`), since a form as common as its reading says would be listed."""
        if listed or own <= self.model.unlisted_ceiling:
            return own
        return max(self.model.unlisted_ceiling, self.lexicon.reading(word, suffixes=False))

    def _decide(
        self, word: str, own: float, listed: bool, ranked: tuple[Candidate, ...], capped: float
    ) -> tuple[Candidate, ...]:
        """The corrections that pass the decision rule, best first, then the near misses; `capped` is
        the written form's score against a listed correction (`_unattested`)."""
        strange = self.lexicon.odd_letters(word) if ranked and not listed else 0
        if strange and self.lexicon.foreignness(word) >= self.model.odd_foreign_max:
            strange = 0  # a name's letters are its own (ليثغو)
        sure = [
            c
            for c in ranked
            if self._confident(capped if self._attested(c) else own, listed, c, self._odd(strange, c), word)
        ]
        if not sure:
            return ()
        # Near misses follow: for a listed form only its other orthographic variants (ان → أن, إن);
        # a split into two words only when it is plausible on its own.
        floor = sure[0].score - self.model.spread
        near = [
            c
            for c in ranked
            if c not in sure
            and c.score >= floor
            and not (listed and c.edit not in ORTHOGRAPHIC)
            and not (c.edit in MERGES and c.score < self.model.min_merge_score)
        ]
        return tuple((sure + near)[: self.model.max_suggestions])

    def _attested(self, cand: Candidate) -> bool:
        """Whether a correction is listed itself (or is two listed words), not a clitic reading."""
        return cand.edit in MERGES or cand.text in self.lexicon

    def _slip_can_win(self, word: str, own: float, listed: bool) -> bool:
        """Whether any keyboard slip could beat this form. A listed form yields only to a slip whose
        stem is more frequent than it by `listed_margin` and the cheapest slip: a few dozen words,
        one of which must be within two edits of the form or of its stem after a proclitic (every
        slip is), so the many rare listed forms of an archive skip the candidate search."""
        if not listed:
            return True
        needed = own + self.model.listed_margin + self._cheapest_slip
        if self.lexicon.top <= needed:
            return False
        stems = [word] + [word[len(head) :] for head in proclitic_heads(word)]
        for zipf, target in self._slip_targets():
            if zipf <= needed:
                return False
            if any(abs(len(s) - len(target)) <= 2 and _within_two(s, target) for s in stems):
                return True
        return False

    def _slip_targets(self) -> list[tuple[float, str]]:
        """The words a listed form's slip could be (Zipf above `listed_margin` and the cheapest slip),
        commonest first; found once, on the first listed form that asks."""
        if self._targets is None:
            floor = self.model.listed_margin + self._cheapest_slip
            zipf = self.lexicon.zipf
            self._targets = sorted(((zipf(w), w) for w in self.lexicon.vocabulary_above(floor)), reverse=True)
        return self._targets

    def _odd(self, strange: int, cand: Candidate) -> bool:
        """Whether the written form has letter trigrams that no listed form has and the correction has
        none (خعاطفيها → خاطفيها: خعا): letters no word has are a slip's mark, and they lower the bar a
        correction must clear (`Model.odd_letters`)."""
        return bool(strange) and cand.edit not in MERGES and not self.lexicon.odd_letters(cand.text)

    def _confident(self, own: float, listed: bool, cand: Candidate, odd: bool = False, word: str = "") -> bool:
        """The decision rule: is this correction more likely than the written form?"""
        if listed:
            sure = cand.edit in ORTHOGRAPHIC or cand.edit == NEGATED_VERB
            margin = self.model.known_margin if sure else self.model.listed_margin
            if cand.edit == MERGE and min(map(len, cand.text.split())) >= self.model.listed_merge_part:
                margin = self.model.listed_merge_margin  # no particle in it: no reading as one word
            return cand.score > own + margin
        margin = self.model.unlisted_margin if own else 0.0
        if cand.edit in MERGES:
            floor = self.model.min_merge_score
            # a clitic reading of the form (فيستنكرون) stands against a merge; لا + verb never does
            margin = self.model.merge_reading_margin if own and cand.edit == MERGE else 0.0
        else:
            longer = max(0, len(cand.text) - self.model.long_word)
            floor = self.model.min_unknown_score - self.model.long_word_slope * longer
            if cand.edit is Edit.HAMZA and removes_hamza(cand.text, word):  # a dropped hamza put back
                floor = min(floor, self.model.min_hamza_score)
        return cand.score >= max(floor, own + margin) - self.model.odd_letters * odd

    def _orthographic(self, word: str, listed: bool) -> dict[str, Candidate]:
        """Hamza, ة/ه and ى/ي variants (`orthographic.candidates`)."""
        return orthographic.candidates(word, listed, self.lexicon, self.model)

    def _typing(self, word: str) -> dict[str, Candidate]:
        """Keyboard slips on the whole form, and on the stem after each proclitic."""
        out: dict[str, Candidate] = {}
        zipf = self.lexicon.zipf
        heads = [("", 0.0)] + [(p, CLITIC_COST * morphemes(p)) for p in proclitic_heads(word)]
        vocabulary, put_back = self.lexicon.vocabulary, self.lexicon.put_back
        costs = self.model.costs
        for head, clitic_cost in heads:
            stem = word[len(head) :]
            for form, edit in typing_slips(stem, vocabulary, put_back):
                value = self._through_clitics(head, form, clitic_cost) if head else zipf(form)
                if value > 0.0:
                    cost = costs.typing(head + form, word, edit) + clitic_cost
                    keep(out, Candidate(head + form, value - cost, edit, value))
        return out

    def _through_clitics(self, head: str, form: str, clitic_cost: float) -> float:
        """The Zipf a correction read as proclitics + a listed stem stands on: the stem's, but no more
        than the whole form's count allows, its Zipf (the list's floor when unlisted) plus the clitics'
        cost plus `listed_clitic_slack`: مثل is common, والمثل (2.85) is not, since مثل is mostly «like»."""
        whole = max(self.lexicon.zipf(head + form), self.model.list_floor)
        return min(self.lexicon.zipf(form), whole + clitic_cost + self.model.listed_clitic_slack)
