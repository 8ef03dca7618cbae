"""Two words typed as one: where a written form may be split, and how likely each split is."""

from __future__ import annotations

from arabspell.arabic.clitics import IMPERFECT, SUFFIX_LIKE
from arabspell.correct.channel import orthographic_variants
from arabspell.correct.model import Candidate, Model
from arabspell.lexicon.lexicon import Lexicon

MERGE = "merge"
#: لا run into its verb (لايبالون, ولايعرفون): never one word in standard spelling. (Not لم and لن:
#: لمنزل is ل + منزل, not لم نزل.)
NEGATED_VERB = "negated-verb"
NEGATIONS = frozenset({"لا", "ولا", "فلا"})
MERGES = frozenset({MERGE, NEGATED_VERB})
#: The only two-letter words a merged word is split into: particles (and a few short nouns), which
#: writers run into the next word (فيالمنطقة, لايبالون, ماجرت); other short parts are syllables of names.
PARTICLES = frozenset(
    "في من عن أن إن ان لا ما لم لن قد أو او هو هي كل بل ثم إذ اذ هل لو مع له به ذا ضد بن ذو سر يد دم".split()  # noqa: SIM905
)


def bigram(a: float, b: float, model: Model) -> float:
    """Score of two words typed together: the rarer word's Zipf, plus a share of the commoner's."""
    return min(a, b) + model.merge_weight * (max(a, b) - 9) + model.merge_offset


def misspelt(word: str, own: float, lexicon: Lexicon) -> bool:
    """Whether a form is far rarer than one of its orthographic variants (فية for فيه): no part of a merge."""
    return any(lexicon.zipf(form) > own + 2.0 for form, _ in orthographic_variants(word))


def merges(word: str, lexicon: Lexicon, model: Model) -> dict[str, Candidate]:
    """Two words typed without the space between them."""
    out: dict[str, Candidate] = {}
    low = model.min_merge_part
    for i in range(low, len(word) - 1):
        left, right = word[:i], word[i:]
        if right in SUFFIX_LIKE or any(len(part) <= 2 and part not in PARTICLES for part in (left, right)):
            continue
        a, b = lexicon.zipf(left), lexicon.zipf(right)
        if not b and len(word) >= model.merge_long:
            b = lexicon.score_uncached(right)
        if min(a, b) < model.min_merge_zipf or misspelt(left, a, lexicon) or misspelt(right, b, lexicon):
            continue
        score = bigram(a, b, model) + model.merge_length_bonus * max(0, len(word) - model.merge_long)
        if min(lexicon.foreignness(left), lexicon.foreignness(right)) >= model.foreign_min:
            score -= model.foreign_merge_cost  # two name-like halves: one name (متروجيت)
        if left in NEGATIONS and right[0] in IMPERFECT and len(right) >= 3 and b >= model.min_negated_verb:
            score = max(score, b - model.costs.negated_verb)
            out[f"{left} {right}"] = Candidate(f"{left} {right}", score, NEGATED_VERB)
        else:
            keep(out, Candidate(f"{left} {right}", score, MERGE))
    return out


def keep(out: dict[str, Candidate], cand: Candidate) -> None:
    """Keep the better-scoring candidate for each replacement text."""
    old = out.get(cand.text)
    if old is None or cand.score > old.score:
        out[cand.text] = cand
