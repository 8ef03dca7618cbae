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


#: letters that only end a word: a form with one inside is two words (الشرطةالمحلية, مستوىله)
WORD_FINAL = "ةى"


#: a letter that only starts a word (after its proclitics): إ inside a form marks a boundary (أجدإيجارا)
WORD_INITIAL = "إ"


def part_score(part: str, zipf: float, lexicon: Lexicon, model: Model) -> float:
    """A part's Zipf; for a rare one, its proclitic reading when that is commoner (وأرفقت: و + أرفقت)."""
    if zipf >= model.min_merge_zipf:
        return zipf
    return max(zipf, lexicon.reading(part, suffixes=False))


def bigram(a: float, b: float, model: Model) -> float:
    """Score of two words typed together: the rarer word's Zipf, plus a share of the commoner's."""
    return min(a, b) + model.merge_weight * (max(a, b) - 9) + model.merge_offset


def misspelt(word: str, own: float, lexicon: Lexicon) -> bool:
    """Whether a form is far rarer than one of its orthographic variants (فية for فيه): no part of a merge."""
    return any(lexicon.zipf(form) > own + 2.0 for form, _ in orthographic_variants(word))


def syllable(part: str, zipf: float, other: str, other_zipf: float, lexicon: Lexicon, model: Model) -> bool:
    """Whether a short, uncommon part of a split looks like a syllable of one name rather than a
    word of its own (a run-on is a frequent word fused to a frequent word): a part of up to four
    letters that is no particle, is rarer than `min_short_part_zipf` and either leans towards
    names (جيت in متروجيت) or has three letters, unless its partner is a common word of four
    letters or more (ذكي جديد, الأوروبية جان; not ماري انت)."""
    if part in PARTICLES or len(part) > 4 or zipf >= model.min_short_part_zipf:
        return False
    if zipf >= model.arabic_short_part_zipf and lexicon.foreignness(part) < 0.0:
        return False
    if len(other) >= 4 and other_zipf >= model.merge_partner_zipf:
        return False
    return len(part) < 4 or lexicon.foreignness(part) >= model.syllable_foreign_min


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
            b = lexicon.score(right)
        if min(a, b) < model.min_merge_zipf:
            if left in PARTICLES or right in PARTICLES:  # a particle and a rare piece: a name (ما لبورك)
                continue
            a = part_score(left, a, lexicon, model)
            b = part_score(right, b, lexicon, model) if a >= model.min_merge_zipf else b
            if min(a, b) < model.min_merge_zipf:
                continue
        if misspelt(left, a, lexicon) or misspelt(right, b, lexicon):
            continue
        boundary = left[-1] in WORD_FINAL or right[0] in WORD_INITIAL  # a letter that only ends or starts a word
        if not boundary and (
            syllable(left, a, right, b, lexicon, model) or syllable(right, b, left, a, lexicon, model)
        ):
            continue
        score = bigram(a, b, model) + model.merge_length_bonus * max(0, len(word) - model.merge_long)
        score += model.merge_boundary_bonus * boundary
        if min(lexicon.foreignness(left), lexicon.foreignness(right)) >= model.foreign_min:
            score -= model.foreign_merge_cost  # two name-like halves: one name (متروجيت)
        if negated_verb(left, right, b, lexicon, model):
            score = max(score, b - model.costs.negated_verb)
            out[f"{left} {right}"] = Candidate(f"{left} {right}", score, NEGATED_VERB)
        else:
            keep(out, Candidate(f"{left} {right}", score, MERGE))
    return out


def negated_verb(left: str, right: str, zipf: float, lexicon: Lexicon, model: Model) -> bool:
    """Whether a split is لا run into an imperfect verb: a frequent form that starts like one and
    does not lean towards names (فلاتيرون is no فلا + تيرون: Tyrone is a name), nor reads as the
    preposition ل before a common word that starts with alef (لاتجاه: ل + اتجاه, not لا + تجاه)."""
    verb = left in NEGATIONS and right[0] in IMPERFECT and len(right) >= 3 and zipf >= model.min_negated_verb
    if not verb or lexicon.zipf("ا" + right) >= model.min_lam_alef_stem:
        return False
    return lexicon.foreignness(right) < model.syllable_foreign_min


def keep(out: dict[str, Candidate], cand: Candidate) -> None:
    """Keep the better-scoring candidate for each replacement text."""
    old = out.get(cand.text)
    if old is None or cand.score > old.score:
        out[cand.text] = cand
