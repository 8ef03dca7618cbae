"""The decision model's thresholds and its types: candidates and verdicts (see docs/model.md)."""

from __future__ import annotations

from dataclasses import dataclass, field

from arabspell.correct.channel import Costs, Edit, removes_hamza

#: The costliest orthographic slip the text may vouch for on a listed form (a dropped hamza, ه for ة).
CHEAP_SLIP = 1.2


@dataclass(frozen=True)
class RealWordModel:
    """Thresholds of the real-word judge, in log10 units."""

    #: a written word is judged when the lexicon has it at least this frequent, and it is this long
    judged_min: float = 3.0
    judged_length: int = 3
    #: a candidate must be at least this frequent in the lexicon
    candidate_min: float = 3.0
    #: Kneser-Ney's absolute discount
    discount: float = 0.75
    #: weight of the archive's continuation counts against the lexicon in the unigram back-off
    archive_weight: float = 0.5
    #: a candidate is flagged when it beats the written word by this much after the slip's cost
    margin: float = 2.6
    #: a listed word's orthographic variant is flagged when it beats it by this much after the slip's cost
    orthography_margin: float = 2.0
    #: ... and only by a variant at most this much rarer than the written word in the lexicon
    spelling_lead: float = 1.5
    #: suggestions are the candidates within this much of the best one
    spread: float = 2.0
    #: a correction is sure (`--fix` may apply it) when it wins by this much, and by `safe_lead` over the next
    safe_margin: float = 6.0
    safe_lead: float = 2.0


@dataclass(frozen=True)
class Model:
    """Thresholds of the decision rule, in Zipf units."""

    costs: Costs = field(default_factory=Costs)
    #: the real-word judge's thresholds (`context.real-word`, with a desk's context model)
    realword: RealWordModel = field(default_factory=RealWordModel)
    #: an unknown word is flagged when its best candidate scores at least this
    min_unknown_score: float = 0.7
    #: ... or this, when the candidate is the form with its dropped hamza put back (افيتشي → أفيتشي):
    #: the rest of the letters are the listed word's
    min_hamza_score: float = 0.5
    #: ... and the written form's own score less this, when the form has a letter trigram no listed
    #: form has and the correction has none (خعاطفيها → خاطفيها: خعا)
    odd_letters: float = 2.0
    #: a listed word is flagged when an orthographic variant beats it by this margin
    known_margin: float = 0.0
    #: a listed word yields to a slip or a merge only when it beats it by this margin
    listed_margin: float = 4.0
    #: ... and a split into two words of `listed_merge_part` letters or more this much
    #: (المديرالتنفيذي: two common words, a rare web form; a particle's merge keeps `listed_margin`:
    #: فيدخل is ف + يدخل, هيمن a verb)
    listed_merge_margin: float = 3.0
    listed_merge_part: int = 4
    #: an unlisted word read through clitics is flagged when a correction beats it by this margin
    unlisted_margin: float = 0.5
    #: an unlisted form's reading with a suffix counts for no more than this against a listed
    #: correction: the lexicon lists forms down to Zipf 1.0, so one it lacks is seldom much commoner
    #: (1.0 itself flags valid rare inflections: docs/model.md)
    unlisted_ceiling: float = 2.0
    #: a correction read as proclitics + a stem (و + المثل) counts for at most its whole form's Zipf
    #: (`list_floor` when unlisted) plus the clitics' cost plus this: the list's count is the evidence
    listed_clitic_slack: float = 1.5
    #: the rarest forms the lexicon lists (wordfreq's large list): an unlisted form is rarer
    list_floor: float = 1.0
    #: log10 P(two words) ~ zipf(a) + zipf(b) - 9 + merge_offset
    merge_offset: float = 2.0
    merge_weight: float = 1.0
    #: a correction longer than this needs less (a long unknown word is seldom a real one) ...
    long_word: int = 8
    #: ... by this much a letter
    long_word_slope: float = 0.3
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
    #: a split where the left part ends in ة or ى, or the right starts with إ, letters that only end or
    #: start a word, gains this much (الشرطةالمحلية, أجدإيجارا)
    merge_boundary_bonus: float = 1.0
    #: an unlisted form that reads as clitics around a listed stem (فيستنكرون: ف + يستنكرون) is
    #: split into two words only when the pair beats that reading by this margin
    merge_reading_margin: float = 2.0
    #: a three-letter part of a merge that is no particle must be this frequent, unless the other
    #: part is a common word of four letters or more: rarer ones are syllables of a name (ماري انت)
    min_short_part_zipf: float = 4.7
    merge_partner_zipf: float = 4.5
    #: ... but one whose letters lean towards Arabic words, not names, is a word from this Zipf (سعر
    #: in واستقرارسعر; جان in وهرمزجان stays a syllable)
    arabic_short_part_zipf: float = 4.5
    #: a part of at most four letters whose letters lean this much towards names is a name's syllable
    syllable_foreign_min: float = 1.0
    #: a verb run into a negation must be at least this frequent
    min_negated_verb: float = 2.5
    #: ... and the form is ل + a word that starts with alef, not لا + a verb, when that word is this
    #: frequent (لاتجاه: اتجاه, «direction»; لايتفق has no ايتفق)
    min_lam_alef_stem: float = 3.0
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
    # --- safe fixes (docs/model.md, "Safe fixes"): when a finding's first suggestion may be applied
    #: an unknown word's correction is sure when it beats the written form by this much ...
    safe_margin: float = 2.0
    #: ... and the next correction by this much (no close second reading)
    safe_lead: float = 1.0
    #: an orthographic variant of a listed word is sure when it beats it by this much
    safe_orthographic_margin: float = 0.1
    #: a written form whose letters lean this much towards transliterated names is no sure hamza fix
    safe_foreign_max: float = 1.5
    #: a hamza form at least this common is the standard spelling: its bare form costs no slip
    standard_hamza_zipf: float = 5.0
    #: ... and wins even against a bare form this much commoner on the web (انا 5.90, أنا 5.89)
    standard_hamza_tie: float = 0.3
    #: ... and so is a gazetteer name's hamza form this much commoner than its bare form (إيمانويل)
    name_hamza_lead: float = 0.0
    #: a medial seat is no slip on a form whose letters lean this much towards names, unless its
    #: hamza spelling is the standard one (راس → رأس, but زايف is Zaev)
    seat_foreign_max: float = 1.0
    #: a madda is put on a plain hamza only in a word whose letters lean less than this towards names
    madda_foreign_max: float = 0.0
    #: letters no listed form has mark a slip only in a word that leans less than this towards names
    odd_foreign_max: float = 1.0
    #: a form ending in تة is a noun + the pronoun ه with its ة mistyped (لعائلتة) when the noun
    #: (عائلة) is at least this frequent: the slip costs a plain ة/ه one, not `costs.taa_for_haa`
    pronoun_noun_zipf: float = 3.0
    #: a word whose letters lean this much towards names, beside another name, is part of that
    #: name: the orthography rules leave its spelling to `names.inconsistent` (فان بيرسي)
    name_context_foreign_min: float = 1.25
    #: an unknown word beside a word of a name reads as a name this frequent (`spelling.unknown-word`) ...
    name_position_zipf: float = 1.0
    #: ... and, when its letters lean towards names, yields only to a correction this much likelier
    name_position_margin: float = 2.0
    #: a split word is sure when a piece is rarer than this, or the joined word this much commoner
    safe_split_piece: float = 2.0
    safe_split_gain: float = 1.0
    #: a hamza on a wasl alef (إنتخابات) is sure when the bare form is this much commoner
    safe_wasl_margin: float = 0.5


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
    #: no use of the text can change the decision (a listed form none of whose alternatives the
    #: text may raise): deciding again in context gives `candidates`, so it is not done
    settled: bool = False

    @property
    def flagged(self) -> bool:
        """True when the model prefers a correction."""
        return bool(self.candidates)

    @property
    def hamza_dropped(self) -> bool:
        """Whether the best correction puts back a hamza the form dropped from its first letter
        (افيتشي → أفيتشي): a writer who drops a hamza drops it every time, so a text's repeating
        the form is no sign it is meant. Not after a proclitic: و + a bare alef may be و + a name
        (واينمان, Weinman, is no وأينمان)."""
        best = self.candidates[0] if self.candidates else None
        if best is None or best.edit is not Edit.HAMZA or best.text[0] not in "أإآ":
            return False
        return removes_hamza(best.text, self.word)

    @property
    def suggestions(self) -> tuple[str, ...]:
        """Replacements, best first."""
        return tuple(c.text for c in self.candidates)
