"""Real-word slips judged in context: a word that is itself a word, against the words one slip away,
by a desk's context model (docs/context.md).

The context score of a word x between neighbours l and r is log10 P(x | l) + log10 P(r | x), with
interpolated Kneser-Ney bigrams from the archive; a word the archive lacks backs off to the lexicon's
frequency (unseen is no evidence against it). A candidate wins when its context score, less the
slip's cost (the error model of the suggestions), beats the written word's by a margin.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from arabspell.arabic.clitics import IMPERFECT
from arabspell.arabic.wasl import wasl_shape
from arabspell.correct.channel import Costs, Edit, orthographic_variants, removes_hamza, typing_variants_in
from arabspell.correct.model import RealWordModel
from arabspell.lexicon.lexicon import Lexicon
from arabspell.lexicon.ngrams import BOUNDARY, ContextModel

#: letters a proclitic or an imperfect prefix adds at a word's start, and a suffix at its end
_HEAD_LETTERS = frozenset("وفبلكسالتينأ")
_TAIL_LETTERS = frozenset("هةتينامو")
#: what may stand before a change of proclitic letters (ول + لجنة / ول + ال...: وللجنة, ولجنة)
_PROCLITIC_HEADS = frozenset({"و", "ف", "ل", "ب", "ول", "فل", "وب", "فب"})
#: the long vowels a transliteration writes or leaves out (جنيفر/جينيفر, ترمب/ترامب)
_LONG_VOWELS = frozenset("اوي")
#: the slips a real word is read as: a neighbouring key, a sound-alike, a dropped or swapped letter.
#: Not orthography (its own rules), nor any other letter, an extra one or a doubled one, which
#: between two real words are mostly morphology (تتركز/تركز, ممن/من) and never paid on the dev set
SLIPS = frozenset({Edit.KEYBOARD, Edit.SOUND, Edit.DELETION, Edit.TRANSPOSITION})
_CODES = {Edit.KEYBOARD: "k", Edit.SOUND: "s", Edit.DELETION: "d", Edit.TRANSPOSITION: "t"}
_EDITS = {code: edit for edit, code in _CODES.items()}
#: the rarest word a model stores slips for and to (below the judge's defaults, so they can be lowered)
SLIP_FLOOR = 2.5
SLIP_FLOOR_LENGTH = 2
#: the lean of both spellings above which a long vowel's difference is a transliteration's choice
FOREIGN_VARIANT = 0.5


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
        lean = lexicon.foreignness
        for form, edit in found:
            if lexicon.zipf(form) < s.candidate_min:
                continue
            if inflectional(word, form) or transliterated(word, form, min(lean(word), lean(form))):
                continue
            cost = self.costs.of(edit) + self.costs.edge * self.costs.at_edge(form, word, edit)
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
        """P(word | left), interpolated Kneser-Ney."""
        model, d = self.model, self.settings.discount
        history = model.count(left)
        low = self.unigram(word)
        if not history:
            return low
        pair = model.pair(left, word)
        return max(pair - d, 0.0) / history + d * model.followers(left) / history * low

    def fit(self, left: str, word: str, right: str) -> float:
        """The context score of a word between two neighbours."""
        return math.log10(self.next(left, word) or 1e-12) + math.log10(self.next(word, right) or 1e-12)

    def readings(self, left: str, word: str, right: str) -> list[Reading]:
        """The candidates that fit this context better than the written word, best first."""
        cands = self.candidates(word)
        if not cands:
            return []
        own = self.fit(left, word, right)
        out = [Reading(text, self.fit(left, text, right) - cost - own, edit) for text, edit, cost in cands]
        return sorted((r for r in out if r.gain > 0), key=lambda r: (-r.gain, r.text))

    def spelling(self, left: str, word: str, right: str) -> Slip | None:
        """The verdict on a listed word's orthography in context: its hamza, final ة/ه or ى/ي
        variant that is a word too (انا/أنا, كتابه/كتابة, علي/على), when the model prefers it by
        `orthography_margin` after the slip's cost. A hamza is never taken off (كأن is a word)."""
        s, lexicon = self.settings, self.lexicon
        if lexicon.zipf(word) < s.judged_min:
            return None
        variants = self._spellings(word)
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

    def _spellings(self, word: str) -> list[tuple[str, Edit, float]]:
        """A word's orthographic variants that are words, with the slip's cost (cached): never one
        that takes a hamza off, nor a hamza on a wasl alef (ارتفاع, not the web's إرتفاع), nor the
        final ي of an imperfect verb in ى (يلقى and يلقي are two voices of one verb)."""
        found = self._variants.get(word)
        if found is None:
            zipf, floor, costs = self.lexicon.zipf, self.settings.candidate_min, self.costs
            found = self._variants[word] = [
                (form, edit, costs.orthographic(form, word, edit))
                for form, edit in orthographic_variants(word)
                if zipf(form) >= floor
                and not (removes_hamza(word, form) or wasl_shape(word, form) or _voice(word, edit))
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


def _voice(word: str, edit: Edit) -> bool:
    """Whether a final ى/ي variant would turn an imperfect verb's passive into its active (يعطى, يعطي)."""
    return edit is Edit.ALEF_MAQSURA and word[0] in IMPERFECT and len(word) > 3 and word.endswith("ى")


def slips(word: str, lexicon: Lexicon) -> list[tuple[str, Edit]]:
    """The listed words one real-word slip (`SLIPS`) from a word, at least `SLIP_FLOOR` frequent:
    what the judge considers (and what `arabspell learn --model` stores, so a check does not search)."""
    zipf = lexicon.zipf
    return [
        (form, edit)
        for form, edit in typing_variants_in(word, lexicon.vocabulary)
        if edit in SLIPS and form != word and zipf(form) >= SLIP_FLOOR
    ]


def stored_slips(words: Iterable[str], lexicon: Lexicon) -> Iterator[tuple[str, str]]:
    """(word, its slips encoded) for each word a judge could judge: what a model stores."""
    for word in words:
        if len(word) >= SLIP_FLOOR_LENGTH and lexicon.zipf(word) >= SLIP_FLOOR:
            yield word, encode(slips(word, lexicon))


def encode(found: list[tuple[str, Edit]]) -> str:
    """Slips as the model stores them: "form code" pairs, tab-separated."""
    return "\t".join(f"{form} {_CODES[edit]}" for form, edit in found)


def decode(stored: str) -> list[tuple[str, Edit]]:
    """The slips a model stores for a word."""
    out = []
    for item in stored.split("\t") if stored else ():
        form, code = item.split(" ")
        out.append((form, _EDITS[code]))
    return out


def inflectional(word: str, form: str) -> bool:
    """Whether two words one slip apart differ only where clitics and inflections go: at the start by
    proclitic letters (وشرق/شرق, للوفاة/الوفاة, لجنة/للجنة), or at the end by suffix letters
    (مياهه/مياه, لاعبة/لاعب). Their neighbours seldom settle which is meant: no real-word slip."""
    head = 0
    while head < min(len(word), len(form)) and word[head] == form[head]:
        head += 1
    tail = 0
    while tail < min(len(word), len(form)) - head and word[-1 - tail] == form[-1 - tail]:
        tail += 1
    changed = set(word[head : len(word) - tail]) | set(form[head : len(form) - tail])
    if changed <= _HEAD_LETTERS and (head == 0 or word[:head] in _PROCLITIC_HEADS):
        return True
    return tail == 0 and changed <= _TAIL_LETTERS


def transliterated(word: str, form: str, foreignness: float) -> bool:
    """Whether two words are spellings of one foreign name or word: they differ by a long vowel
    written or left out, and both lean towards transliterations (`foreignness`: the lesser lean)."""
    if abs(len(word) - len(form)) != 1 or foreignness < FOREIGN_VARIANT:
        return False
    longer, shorter = (word, form) if len(word) > len(form) else (form, word)
    return any(longer[i] in _LONG_VOWELS and longer[:i] + longer[i + 1 :] == shorter for i in range(len(longer)))
