"""The finders of names.inconsistent: each says which spelling of a name in a text should be
written as which other (a `Variant`): single names one interior edit apart and near misses of known
names here; first names of one surname and near misses of known full names in `name_pairs.py`. The
rule (`names.py`) resolves them."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from rapidfuzz.distance import Levenshtein

from arabspell.arabic.clitics import INFLECTIONS
from arabspell.arabic.tokenize import LONGEST_WORD
from arabspell.document import Document
from arabspell.lexicon.lexicon import Lexicon
from arabspell.lexicon.names import (
    ATTESTED,
    COMMON,
    FOREIGN,
    KNOWN_VARIANT_GAP,
    KNOWN_VARIANT_MIN,
    KNOWN_VARIANT_RARE,
    MIN_LENGTH,
    RARE,
    inflection_stem,
    name_like,
    near_pairs,
    same_stem,
    stripped,
    usual_name,
    variant_of,
)
from arabspell.lexicon.transliteration import transliteration_variants
from arabspell.rules.context import NAME_CONTEXT_MARGIN, preference


@dataclass
class Spelling:
    """One spelling of a name in the article: how often, where first, and which tokens
    (`uses`: lists of token indices, each with the proclitic its tokens carry)."""

    form: str
    count: int = 0
    first: int = 0
    uses: list[tuple[list[int], str]] = field(default_factory=list)


def collect(doc: Document, spellings: dict[str, Spelling], form: str, indices: list[int], pre: str) -> None:
    """Add the tokens at `indices` (one form, in text order) to a name's spelling."""
    start = doc.tokens[indices[0]].start
    entry = spellings.get(form)
    if entry is None:
        entry = spellings[form] = Spelling(form, first=start)
    entry.count += len(indices)
    entry.first = min(entry.first, start)
    entry.uses.append((indices, pre))


@dataclass(frozen=True)
class Variant:
    """What a finder says: a spelling of a name in the text (the minority) that should be written as
    another (the majority); `decided`: knowledge or the text's counts chose the majority, not a tie;
    `known`: the known full name the minority misses, when that is the evidence; `paired`: the two
    spellings share the other word of a two-word name in the text (لويس / لويد أوستن)."""

    minority: Spelling
    majority: str
    decided: bool = True
    known: str = ""
    paired: bool = False


def one_edit(a: str, b: str) -> bool:
    return abs(len(a) - len(b)) <= 1 and Levenshtein.distance(a, b, score_cutoff=1) <= 1


def _weight(spelling: Spelling, lexicon: Lexicon) -> tuple[bool, int, float, int]:
    """Which spelling of a name is right: one the lexicon lists, then the commoner in the text,
    then the commoner in the lexicon, then the first mention (the first two decide; the last two
    only break a tie). Listed, not read through clitics: هامنا as هام + نا is no evidence against
    the name هامينا the text writes three times."""
    zipf = lexicon.zipf(spelling.form)
    return zipf >= ATTESTED, spelling.count, zipf, -spelling.first


def ordered(a: Spelling, b: Spelling, lexicon: Lexicon) -> Variant:
    """The two spellings as minority and majority, and whether the lexicon or the counts decided."""
    minority, majority = sorted((a, b), key=lambda s: _weight(s, lexicon))
    return Variant(minority, majority.form, _weight(minority, lexicon)[:2] != _weight(majority, lexicon)[:2])


def by_context(doc: Document, a: Spelling, b: Spelling) -> Variant | None:
    """With the desk's context model, the spelling its mentions' neighbours call for by
    `NAME_CONTEXT_MARGIN`, for a tie the counts and the lexicon leave open (None: no model or no
    clear choice): what precedes a first name or follows a title settles a tie of one to one."""
    prefer_b = preference(doc, [*a.uses, *b.uses], a.form, b.form)
    if prefer_b is None or abs(prefer_b) < NAME_CONTEXT_MARGIN:
        return None
    winner, loser = (b, a) if prefer_b > 0 else (a, b)
    return Variant(loser, winner.form)


def single_names(doc: Document) -> Iterator[Variant]:
    """Single-word names: an interior one-letter difference (أوستين / أوستن) from a name-like word."""
    lexicon = doc.corrector.lexicon
    spellings: dict[str, Spelling] = {}
    # both spellings of a pair are rarer than COMMON (`variant_of`): the commonest words need no index
    for key, indices in doc.where.items():
        for pre, name in _readings(doc, key, indices[0]):
            if MIN_LENGTH <= len(name) <= LONGEST_WORD and lexicon.score(name) < COMMON:
                collect(doc, spellings, name, indices, pre)
    forms = sorted(spellings.values(), key=lambda s: (len(s.form), s.form))
    surnames = _surnames(doc)
    for i, j in near_pairs([s.form for s in forms]):
        a, b = forms[i], forms[j]
        if max(len(a.form), len(b.form)) < 4 or a.form[0] != b.form[0] or a.form[-1] != b.form[-1]:
            continue
        if not one_edit(a.form, b.form) or same_stem(a.form, b.form):
            continue
        variant = ordered(a, b, lexicon)
        if not variant.decided:  # a tie the lexicon and the counts leave open
            variant = by_context(doc, a, b) or variant
        named = variant.majority in surnames
        if variant_of(variant.minority.form, variant.majority, lexicon, named) and not _inflected_word(doc, variant):
            yield variant


#: A word at least this frequent that shows its inflections is that word, not a name misspelt;
#: a rarer one may be a web slip of the name (الحثي, 2.2, is الحوثي misspelt as often as the Hittite)
WORD_MIN = 2.5


def _inflected_word(doc: Document, variant: Variant) -> bool:
    """A common word that the lexicon shows inflected and that looks like no name is that word,
    not a spelling of a name one letter away (هيمن: هيمنت, يهيمن, beside هيومن; الخاوية beside
    الزاوية; المعقل beside المعدل), unless the text itself inflects the name, as an article about
    it does."""
    lexicon, minority = doc.corrector.lexicon, variant.minority.form
    if lexicon.zipf(minority) < WORD_MIN or minority in lexicon.names or name_like(minority, lexicon):
        return False
    return lexicon.foreignness(minority) < FOREIGN and variant.majority not in inflected_names(doc)


def _readings(doc: Document, key: str, index: int) -> list[tuple[str, str]]:
    """A form's (proclitic, name) readings: its name split, and the whole form too when the split
    is a guess the text does not back (the rest is not written alone): بلنكن is ب + لنكن only
    because لنكن is commoner, and in a text about بلينكن it is that name misspelt."""
    pre, name = doc.name_split(doc.tokens[index])
    return [(pre, name), ("", key)] if pre and name not in doc.counts else [(pre, name)]


def _surnames(doc: Document) -> set[str]:
    """The forms a text writes right after a known first name that is no common word and takes no
    article (ديفيد استوري; not a city's: القاهرة مواقفها)."""
    names = doc.corrector.lexicon.names
    return {surname for _, _, first, surname in named_pairs(doc) if first in names and not first.startswith("ال")}


def named_pairs(doc: Document) -> list[tuple[list[int], str, str, str]]:
    """The pairs of forms one space apart (`Document.pairs`) whose first reads as a usual name
    (`usual_name`), as (indices, proclitic, first name, the second's name reading): found once per
    text and per distinct first form, for the finders of first names and surnames."""
    found = doc.memo.get(named_pairs)
    if found is None:
        lexicon, firsts = doc.corrector.lexicon, {}
        found = []
        for (left, _right), indices in doc.pairs.items():
            first = firsts.get(left)
            if first is None:
                pre, name = doc.name_split(doc.tokens[indices[0]])
                first = firsts[left] = (pre, name) if usual_name(name, lexicon) else ()
            if first:
                found.append((indices, first[0], first[1], doc.name_split(doc.tokens[indices[0] + 1])[1]))
        doc.memo[named_pairs] = found
    return found  # type: ignore[return-value]


def known_name_variants(doc: Document) -> Iterator[Variant]:
    """A rare word one transliteration choice from a well-known name (الحثي for الحوثي, حفطر for حفتر):
    rarer than KNOWN_VARIANT_RARE, or than RARE when the text writes the name with an inflectional
    ending (الحوثيون, الحوثية: the article is about it)."""
    lexicon = doc.corrector.lexicon
    spellings: dict[str, Spelling] = {}
    for indices in doc.where.values():
        pre, name = doc.name_split(doc.tokens[indices[0]])
        if MIN_LENGTH + 1 <= len(name) <= LONGEST_WORD and lexicon.score(name) < RARE:
            collect(doc, spellings, name, indices, pre)
    rare = [s for s in spellings.values() if lexicon.score(s.form) < KNOWN_VARIANT_RARE]
    # the others are looked up from the few names the text inflects, not each against the lists
    inflected = inflected_names(doc)
    near = {v for name in inflected for v in transliteration_variants(name)}
    rare += [s for form, s in spellings.items() if form in near and s not in rare]
    for spelling in rare:
        own = lexicon.score(spelling.form)
        known = {v for v in transliteration_variants(spelling.form) if v in lexicon.names}
        best = max(known, key=lambda v: (lexicon.zipf(v), v), default=None)
        if not best or lexicon.zipf(best) < max(KNOWN_VARIANT_MIN, own + KNOWN_VARIANT_GAP):
            continue
        if best not in doc.forms and inflection_stem(best, lexicon):
            continue  # صديقي is «my friend» unless the text writes it: صديجي is a name of its own
        if own < KNOWN_VARIANT_RARE or best in inflected:
            yield Variant(spelling, best)


def inflected_names(doc: Document) -> frozenset[str]:
    """Known names of at least KNOWN_VARIANT_MIN the text writes with an inflectional ending
    (الحوثي in الحوثيين, الحوثية); found once per text."""
    found = doc.memo.get(inflected_names)
    if found is None:
        lexicon = doc.corrector.lexicon
        # (a C test first: a form with none of the endings is its own only stem)
        stems = {stem for form in doc.forms if form.endswith(INFLECTIONS) for stem in stripped(form) if stem != form}
        found = doc.memo[inflected_names] = frozenset(
            s for s in stems if s in lexicon.names and lexicon.zipf(s) >= KNOWN_VARIANT_MIN
        )
    return found  # type: ignore[return-value]
