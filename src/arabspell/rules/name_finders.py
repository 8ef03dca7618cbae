"""The finders of names.inconsistent: each says which spelling of a name in a text should be
written as which other (a `Variant`): single names one interior edit apart, near misses of known
names and known full names, and first names of one surname. The rule (`names.py`) resolves them."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz.distance import Levenshtein

from arabspell.arabic.tokenize import LONGEST_WORD
from arabspell.document import Document
from arabspell.lexicon.lexicon import Lexicon
from arabspell.lexicon.names import (
    ATTESTED,
    COMMON,
    KNOWN_NAME_MAX,
    KNOWN_VARIANT_GAP,
    KNOWN_VARIANT_MIN,
    KNOWN_VARIANT_RARE,
    MIN_LENGTH,
    RARE,
    inflection_stem,
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


def _collect(doc: Document, spellings: dict[str, Spelling], form: str, indices: list[int], pre: str) -> None:
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
    `known`: the known full name the minority misses, when that is the evidence."""

    minority: Spelling
    majority: str
    decided: bool = True
    known: str = ""


def _one_edit(a: str, b: str) -> bool:
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
    for key, indices in doc.where.items():
        for pre, name in _readings(doc, key, indices[0]):
            if MIN_LENGTH <= len(name) <= LONGEST_WORD:
                _collect(doc, spellings, name, indices, pre)
    # both spellings of a pair are rarer than COMMON (`variant_of`): the commonest words need no index
    forms = sorted(
        (s for s in spellings.values() if lexicon.score(s.form) < COMMON), key=lambda s: (len(s.form), s.form)
    )
    surnames = _surnames(doc)
    for i, j in near_pairs([s.form for s in forms]):
        a, b = forms[i], forms[j]
        if max(len(a.form), len(b.form)) < 4 or a.form[0] != b.form[0] or a.form[-1] != b.form[-1]:
            continue
        if not _one_edit(a.form, b.form) or same_stem(a.form, b.form):
            continue
        variant = ordered(a, b, lexicon)
        if not variant.decided:  # a tie the lexicon and the counts leave open
            variant = by_context(doc, a, b) or variant
        if variant_of(variant.minority.form, variant.majority, lexicon, variant.majority in surnames):
            yield variant


def _readings(doc: Document, key: str, index: int) -> list[tuple[str, str]]:
    """A form's (proclitic, name) readings: its name split, and the whole form too when the split
    is a guess the text does not back (the rest is not written alone): بلنكن is ب + لنكن only
    because لنكن is commoner, and in a text about بلينكن it is that name misspelt."""
    pre, name = doc.name_split(doc.tokens[index])
    return [(pre, name), ("", key)] if pre and name not in doc.counts else [(pre, name)]


def _surnames(doc: Document) -> set[str]:
    """The forms a text writes right after a known first name that is no common word and takes no
    article (ديفيد استوري; not a city's: القاهرة مواقفها)."""
    lexicon = doc.corrector.lexicon
    out = set()
    for indices in doc.pairs.values():
        first = doc.name_split(doc.tokens[indices[0]])[1]
        if first in lexicon.names and not first.startswith("ال") and usual_name(first, lexicon):
            out.add(doc.name_split(doc.tokens[indices[0] + 1])[1])
    return out


def known_name_variants(doc: Document) -> Iterator[Variant]:
    """A rare word one transliteration choice from a well-known name (الحثي for الحوثي, حفطر for حفتر):
    rarer than KNOWN_VARIANT_RARE, or than RARE when the text writes the name with an inflectional
    ending (الحوثيون, الحوثية: the article is about it)."""
    lexicon = doc.corrector.lexicon
    spellings: dict[str, Spelling] = {}
    for indices in doc.where.values():
        pre, name = doc.name_split(doc.tokens[indices[0]])
        if MIN_LENGTH + 1 <= len(name) <= LONGEST_WORD and lexicon.score(name) < RARE:
            _collect(doc, spellings, name, indices, pre)
    rare = [s for s in spellings.values() if lexicon.score(s.form) < KNOWN_VARIANT_RARE]
    # the others are looked up from the few names the text inflects, not each against the lists
    inflected = _inflected_names(doc)
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


def _inflected_names(doc: Document) -> frozenset[str]:
    """Known names of at least KNOWN_VARIANT_MIN the text writes with an inflectional ending
    (الحوثي in الحوثيين, الحوثية)."""
    lexicon = doc.corrector.lexicon
    stems = {stem for form in doc.forms for stem in stripped(form) if stem != form}
    return frozenset(s for s in stems if s in lexicon.names and lexicon.zipf(s) >= KNOWN_VARIANT_MIN)


def full_names(doc: Document) -> Iterator[Variant]:
    """Two-word names with the same surname and first names one edit apart (لويس / لويد أوستن)."""
    lexicon = doc.corrector.lexicon
    by_surname: dict[str, dict[str, Spelling]] = {}
    for indices in doc.pairs.values():
        pre, first = doc.name_split(doc.tokens[indices[0]])
        surname = doc.name_split(doc.tokens[indices[0] + 1])[1]
        if usual_name(first, lexicon) and usual_name(surname, lexicon):
            _collect(doc, by_surname.setdefault(surname, {}), first, indices, pre)
    for surname, firsts in by_surname.items():
        forms = sorted(firsts.values(), key=lambda s: s.first)
        for i, a in enumerate(forms):
            for b in forms[i + 1 :]:
                if a.form[0] == b.form[0] and _one_edit(a.form, b.form):
                    yield _first_names(a, b, surname, lexicon)


def _first_names(a: Spelling, b: Spelling, surname: str, lexicon: Lexicon) -> Variant:
    """Two first names of one surname: the known full name wins, then the commoner in the text."""

    def weight(s: Spelling) -> tuple[bool, int]:
        return f"{s.form} {surname}" in lexicon.fullnames, s.count

    minority, majority = sorted((a, b), key=lambda s: (*weight(s), -s.first))
    return Variant(minority, majority.form, weight(minority) != weight(majority))


def known_full_names(doc: Document) -> Iterator[Variant]:
    """A near miss of a known full name, even at its only mention: its first name (لويس أوستن for
    لويد أوستن; a transliteration choice, جارد for جاريد, only when the text writes the known one
    too) or, after a first name that is no common word, its surname when the text writes the
    known one too (يورغن كلب beside كلوب; a text that always writes ترمب has chosen its spelling)."""
    lexicon = doc.corrector.lexicon
    firsts, surnames = name_parts(lexicon.fullnames)
    for indices in doc.pairs.values():
        pre, first = doc.name_split(doc.tokens[indices[0]])
        surname = doc.name_split(doc.tokens[indices[0] + 1])[1]
        if usual_name(first, lexicon):
            near = _near(first, firsts.get(surname, frozenset()))
            if near and (doc.forms.get(near) or near not in transliteration_variants(first)):
                spelling = Spelling(first, len(indices), doc.tokens[indices[0]].start, [(indices, pre)])
                yield Variant(spelling, near, known=f"{near} {surname}")
                continue
            near = _near(surname, surnames.get(first, frozenset()))
            if near and doc.forms.get(near) and lexicon.score(surname) < KNOWN_NAME_MAX:
                after = [i + 1 for i in indices]
                spelling = Spelling(surname, len(after), doc.tokens[after[0]].start, [(after, "")])
                yield Variant(spelling, near, known=f"{first} {near}")


def _near(form: str, known: frozenset[str]) -> str | None:
    """The one known form one edit from a form and starting like it, if it is not known itself."""
    if form in known:
        return None
    near = [k for k in known if k[0] == form[0] and _one_edit(k, form)]
    return near[0] if len(near) == 1 else None


@lru_cache(maxsize=4)
def name_parts(fullnames: frozenset[str]) -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str]]]:
    """First names of the known two-word names by surname, and surnames by first name."""
    firsts: dict[str, list[str]] = {}
    surnames: dict[str, list[str]] = {}
    for first, _, surname in (name.partition(" ") for name in fullnames):
        if surname and " " not in surname:  # two words
            firsts.setdefault(surname, []).append(first)
            surnames.setdefault(first, []).append(surname)
    return {k: frozenset(v) for k, v in firsts.items()}, {k: frozenset(v) for k, v in surnames.items()}
