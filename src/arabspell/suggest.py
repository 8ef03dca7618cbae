"""Candidates and ranking: the noisy-channel verdict on one written word form.

A candidate scores `zipf(candidate) - cost(slip)`; the written form scores its
own Zipf frequency (0 when unknown). See docs/model.md for the decision rule.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import lru_cache

from arabspell.channel import ORTHOGRAPHIC, Costs, Edit, orthographic_variants, typing_variants
from arabspell.clitics import ENCLITICS, IMPERFECT, NUMBER, PROCLITICS, morphemes
from arabspell.lexicon import CLITIC_COST, Lexicon

MERGE = "merge"
#: لا run into its verb (لايبالون, ولايعرفون): never one word in standard spelling. (Not لم and لن:
#: لمنزل is ل + منزل, not لم نزل.)
NEGATED_VERB = "negated-verb"
NEGATIONS = frozenset({"لا", "ولا", "فلا"})
MERGES = frozenset({MERGE, NEGATED_VERB})
#: Right-hand parts that are also word endings (قنصليا is not قنصل يا): never split off.
SUFFIX_LIKE = frozenset((*ENCLITICS, *NUMBER, "ية", "يا", "ما", "تي", "تا", "وا"))
#: The only two-letter words a merged word is split into: particles (and a few short nouns), which writers run
#: into the next word (فيالمنطقة, لايبالون, ماجرت); other short parts are syllables of names.
PARTICLES = frozenset(
    "في من عن أن إن ان لا ما لم لن قد أو او هو هي كل بل ثم إذ اذ هل لو مع له به ذا ضد بن ذو سر يد دم".split()  # noqa: SIM905
)


#: The costliest orthographic slip the text may vouch for on a listed form (a dropped hamza, ه for ة).
CHEAP_SLIP = 1.2


@dataclass(frozen=True)
class Model:
    """Thresholds of the decision rule, in Zipf units."""

    costs: Costs = field(default_factory=Costs)
    #: an unknown word is flagged when its best candidate scores at least this
    min_unknown_score: float = 0.7
    #: a listed word is flagged when an orthographic variant beats it by this margin
    known_margin: float = 0.0
    #: a listed word yields to a slip or a merge only when it beats it by this margin
    listed_margin: float = 4.0
    #: an unlisted word read through clitics is flagged when a correction beats it by this margin
    unlisted_margin: float = 0.5
    #: log10 P(two words) ~ zipf(a) + zipf(b) - 9 + merge_offset
    merge_offset: float = 2.0
    merge_weight: float = 1.0
    #: an unknown word is flagged as two words run together when the pair scores at least this
    min_merge_score: float = 0.0
    #: a word whose letters lean this much towards transliterated names (Lexicon.foreignness) ...
    foreign_min: float = 0.5
    #: ... costs this as half of a merge when the other half does too: together they are one name
    foreign_merge_cost: float = 2.0
    #: both words of a merge must be at least this frequent (not junk of the web list)
    min_merge_zipf: float = 2.0
    #: a word at least this long is more likely two words: its right part may be read through clitics,
    merge_long: int = 9
    #: ... and each letter over it adds this to a merge's score
    merge_length_bonus: float = 0.5
    #: the shortest left part of a merged word
    min_merge_part: int = 2
    #: a verb run into a negation must be at least this frequent
    min_negated_verb: float = 2.5
    #: cost of a stray space inside a word (يست قبل)
    split_cost: float = 1.5
    #: a split is only considered when one piece is rarer than this (or unknown)
    split_piece_max: float = 3.0
    #: the joined word must be at least this frequent
    split_min_joined: float = 2.5
    #: weight of the text's own word frequencies against the lexicon's (`Corrector.in_context`)
    cache_weight: float = 0.1
    #: candidates kept per form for deciding again in context
    max_alternatives: int = 12
    #: suggestions scoring below best - spread are dropped
    spread: float = 2.5
    max_suggestions: int = 5


@dataclass(frozen=True)
class Candidate:
    """A replacement for the whole written form, its score and the slip it assumes."""

    text: str
    score: float
    edit: Edit | str
    #: the Zipf frequency the score was computed from (0 for a merge: two words)
    prior: float = 0.0


@dataclass(frozen=True)
class Verdict:
    """What the model thinks of one written form."""

    word: str
    own: float
    listed: bool
    candidates: tuple[Candidate, ...] = ()
    #: every candidate considered, best first, for deciding again in context (`Corrector.in_context`)
    alternatives: tuple[Candidate, ...] = ()

    @property
    def flagged(self) -> bool:
        """True when the model prefers a correction."""
        return bool(self.candidates)

    @property
    def edit(self) -> Edit | str | None:
        """The slip behind the best correction, if any."""
        return self.candidates[0].edit if self.candidates else None

    @property
    def suggestions(self) -> tuple[str, ...]:
        """Replacements, best first."""
        return tuple(c.text for c in self.candidates)


class Corrector:
    """Judges written forms against a lexicon with an error model; one verdict per form."""

    def __init__(self, lexicon: Lexicon, model: Model | None = None) -> None:
        self.lexicon = lexicon
        self.model = model or Model()
        self.judge = lru_cache(maxsize=1 << 16)(self._judge)

    def _judge(self, word: str) -> Verdict:
        """The verdict on one lookup key."""
        own = self.lexicon.score(word)
        listed = word in self.lexicon
        found = self._orthographic(word, listed)
        typing = self._typing(word) if self._slip_can_win(own, listed) else {}
        for cand in [*typing.values(), *self._merges(word).values()]:
            if not (listed and cand.edit in ORTHOGRAPHIC):
                _keep(found, cand)
        ranked = tuple(sorted(found.values(), key=lambda c: (-c.score, c.text))[: self.model.max_alternatives])
        return Verdict(word, own, listed, self._decide(own, listed, ranked), ranked)

    def in_context(self, verdict: Verdict, share: Callable[[str], float]) -> tuple[Candidate, ...]:
        """The corrections of a verdict once the text is known: a cache model (news repeats its
        words). A candidate's frequency becomes a mixture of the lexicon's and its share of the
        text's words, weighted `cache_weight`: a rare word the text uses gains much, a common one little.
        The written form's own reading gains the same way. A listed form is only corrected towards a
        variant the lexicon already prefers (ابراهيم → إبراهيم), so a text's own slips are not taught
        back (الترفيه is not corrected to the text's الترفية)."""
        if not verdict.alternatives:
            return verdict.candidates
        boosted = [self._cached(c, share(c.text)) if self._cacheable(verdict, c) else c for c in verdict.alternatives]
        boosted.sort(key=lambda c: (-c.score, c.text))
        own = verdict.own
        if not verdict.listed and share(verdict.word):
            own = math.log10(10**own + self.model.cache_weight * 1e9 * share(verdict.word))
        return self._decide(own, verdict.listed, tuple(boosted))

    @staticmethod
    def _cacheable(verdict: Verdict, cand: Candidate) -> bool:
        """Whether the text's use may raise a candidate: any for an unlisted form; for a listed one,
        only an orthographic variant the lexicon already prefers, by a common slip (not أشبيلية →
        اشبيلية: adding a hamza is the rare direction)."""
        cheap = cand.prior - cand.score <= CHEAP_SLIP
        return not verdict.listed or (cand.edit in ORTHOGRAPHIC and cheap and cand.prior > verdict.own)

    def _cached(self, cand: Candidate, share: float) -> Candidate:
        """A candidate rescored with its share of the text mixed into its frequency."""
        if not share or not cand.prior:
            return cand
        mixed = math.log10(10**cand.prior + self.model.cache_weight * 1e9 * share)
        return replace(cand, score=cand.score + mixed - cand.prior, prior=mixed)

    def _decide(self, own: float, listed: bool, ranked: tuple[Candidate, ...]) -> tuple[Candidate, ...]:
        """The corrections that pass the decision rule, best first, then the near misses."""
        sure = [c for c in ranked if self._confident(own, listed, c)]
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

    def _slip_can_win(self, own: float, listed: bool) -> bool:
        """Whether any keyboard slip could beat this form: the commonest word less the cheapest slip."""
        if not listed:
            return True
        cheapest = min(self.model.costs.of(e) for e in Edit if e not in ORTHOGRAPHIC)
        return self.lexicon.top - cheapest > own + self.model.listed_margin

    def _confident(self, own: float, listed: bool, cand: Candidate) -> bool:
        """The decision rule: is this correction more likely than the written form?"""
        if listed:
            sure = cand.edit in ORTHOGRAPHIC or cand.edit == NEGATED_VERB
            margin = self.model.known_margin if sure else self.model.listed_margin
            return cand.score > own + margin
        margin = self.model.unlisted_margin if own else 0.0
        floor = self.model.min_merge_score if cand.edit in MERGES else self.model.min_unknown_score
        return cand.score >= max(floor, own + margin)

    def _orthographic(self, word: str, listed: bool) -> dict[str, Candidate]:
        """Hamza, ة/ه and ى/ي variants; a listed form only yields to listed variants."""
        out: dict[str, Candidate] = {}
        lookup = self.lexicon.zipf if listed else self.lexicon.score_uncached
        for form, edit in orthographic_variants(word):
            value = lookup(form)
            if value > 0.0:
                _keep(out, Candidate(form, value - self.model.costs.orthographic(form, word, edit), edit, value))
        return out

    def _typing(self, word: str) -> dict[str, Candidate]:
        """Keyboard slips on the whole form, and on the stem after each proclitic."""
        out: dict[str, Candidate] = {}
        zipf = self.lexicon.zipf
        heads = [("", 0.0)] + [
            (p, CLITIC_COST * morphemes(p))
            for p in PROCLITICS
            if word.startswith(p) and len(word) - len(p) >= 3 and not p.endswith("س")
        ]
        for head, clitic_cost in heads:
            for form, edit in typing_variants(word[len(head) :]):
                value = zipf(form)
                if value > 0.0:
                    cost = self.model.costs.of(edit) + clitic_cost
                    _keep(out, Candidate(head + form, value - cost, edit, value))
        return out

    def _bigram(self, a: float, b: float) -> float:
        """Score of two words typed together: the rarer word's Zipf, plus a share of the commoner's."""
        m = self.model
        return min(a, b) + m.merge_weight * (max(a, b) - 9) + m.merge_offset

    def _misspelt(self, word: str, own: float) -> bool:
        """Whether a form is far rarer than one of its orthographic variants (فية for فيه): no part of a merge."""
        return any(self.lexicon.zipf(form) > own + 2.0 for form, _ in orthographic_variants(word))

    def _merges(self, word: str) -> dict[str, Candidate]:
        """Two words typed without the space between them."""
        out: dict[str, Candidate] = {}
        low = self.model.min_merge_part
        for i in range(low, len(word) - 1):
            left, right = word[:i], word[i:]
            if right in SUFFIX_LIKE or any(len(part) <= 2 and part not in PARTICLES for part in (left, right)):
                continue
            a, b = self.lexicon.zipf(left), self.lexicon.zipf(right)
            if not b and len(word) >= self.model.merge_long:
                b = self.lexicon.score_uncached(right)
            if min(a, b) < self.model.min_merge_zipf or self._misspelt(left, a) or self._misspelt(right, b):
                continue
            score = self._bigram(a, b) + self.model.merge_length_bonus * max(0, len(word) - self.model.merge_long)
            if min(self.lexicon.foreignness(left), self.lexicon.foreignness(right)) >= self.model.foreign_min:
                score -= self.model.foreign_merge_cost  # two name-like halves: one name (متروجيت)
            if left in NEGATIONS and right[0] in IMPERFECT and len(right) >= 3 and b >= self.model.min_negated_verb:
                score = max(score, b - self.model.costs.negated_verb)
                out[f"{left} {right}"] = Candidate(f"{left} {right}", score, NEGATED_VERB)
            else:
                _keep(out, Candidate(f"{left} {right}", score, MERGE))
        return out


def _keep(out: dict[str, Candidate], cand: Candidate) -> None:
    """Keep the better-scoring candidate for each replacement text."""
    old = out.get(cand.text)
    if old is None or cand.score > old.score:
        out[cand.text] = cand
