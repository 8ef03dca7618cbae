"""names.inconsistent: one article spelling the same name two ways.

A name is a word that does not inflect (no ـها, ـهم, ـت or ال forms in the
lexicon). Two names one edit apart in the same article are one name spelled
two ways: the minority spelling is flagged and the majority one suggested.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz.distance import Levenshtein

from arabspell.channel import transliteration_variants
from arabspell.clitics import splits
from arabspell.document import Document
from arabspell.findings import Finding, Severity
from arabspell.lexicon import Lexicon
from arabspell.rules import Rule
from arabspell.tokenize import Token

RULE = "names.inconsistent"
#: Proclitics that attach to names (بغالانت, وأوستن); ال is part of a name (الحوثي).
NAME_PROCLITICS = ("وب", "ول", "فب", "فل", "وك", "و", "ف", "ب", "ل", "ك")
MIN_LENGTH = 3
#: Below this Zipf a form is web junk or unknown, and a proclitic may be split off it.
SPLIT_JUNK = 1.5
#: A single-word minority spelling must be rarer than this in the lexicon (or unknown).
RARE = 3.0
#: Words this frequent are common words even when some name list holds them (محمد, أمل, دون);
#: as first names they are shared by different people of one family name (محمد / محمود عباس).
COMMON = 5.0
#: ... or than this when the two differ by a transliteration choice of a foreign-looking name
#: (بريس beside بوريس: in an article that writes بوريس, بريس is the name, not "press").
RARE_TRANSLITERATED = 4.0
#: A word whose letters lean this much towards transliterated names (Lexicon.foreignness).
FOREIGN = 0.8
#: A word rarer than this, one transliteration choice from a known name at least KNOWN_VARIANT_MIN
#: frequent and KNOWN_VARIANT_GAP more frequent than it, is that name misspelt.
KNOWN_VARIANT_RARE = 1.0
KNOWN_VARIANT_MIN = 3.0
KNOWN_VARIANT_GAP = 1.5
#: Name lists also hold common words (أمل, أراد, بيان): above this, being listed is no evidence.
KNOWN_NAME_MAX = 4.8
#: A spelling this frequent in the lexicon is attested; an unattested one never wins on counts alone.
ATTESTED = 2.0
#: Forms whose presence in the lexicon shows that a word inflects, so is not a name.
INFLECTION_MIN = 2.0
#: Endings of inflection and pronouns: a word that is a listed stem plus one is no name.
INFLECTIONS = ("ين", "ون", "ان", "ات", "وا", "ها", "هم", "ة", "ه", "ي", "ا")


@dataclass
class Spelling:
    """One spelling of a name in the article: how often, where first, and which tokens."""

    form: str
    count: int = 0
    first: int = 0
    uses: list[tuple[Token, str]] = field(default_factory=list)


def split_name(token: Token, counts: dict[str, int], lexicon: Lexicon) -> tuple[str, str]:
    """(proclitic, name) of a token: بغالانت -> (ب, غالانت) when غالانت occurs too.

    A proclitic is also split off a form the lexicon hardly knows when the remainder is commoner
    (وأوستين); not off a name that starts like one (بفون is not ب + فون).
    """
    key = token.key
    if key.startswith("لل") and "ال" + key[2:] in counts:
        return "ل", "ال" + key[2:]
    for pre in NAME_PROCLITICS:
        rest = key[len(pre) :]
        if not key.startswith(pre) or len(rest) < MIN_LENGTH:
            continue
        if rest in counts or (lexicon.zipf(key) < SPLIT_JUNK and lexicon.zipf(rest) > lexicon.zipf(key)):
            return pre, rest
    return "", key


def join_name(pre: str, name: str) -> str:
    """Put a proclitic back on a name (ل + الحوثي = للحوثي)."""
    return "لل" + name[2:] if pre == "ل" and name.startswith("ال") else pre + name


def _stems(word: str, suffix: str) -> tuple[str, ...]:
    """Stems of word = stem + suffix, restoring ة (حكومتين, حكومات -> حكومة)."""
    stem = word[: -len(suffix)]
    restored = stem[:-1] + "ة" if stem.endswith("ت") else stem + "ة" if suffix == "ات" else None
    return (stem, restored) if restored else (stem,)


def inflection_stem(word: str, lexicon: Lexicon) -> str | None:
    """The stem of a word read as stem + inflection or pronoun, when the stem is the commoner form."""
    floor = max(INFLECTION_MIN, lexicon.zipf(word))
    for suf in INFLECTIONS:
        if not word.endswith(suf) or len(word) - len(suf) < 3:
            continue
        for stem in _stems(word, suf):
            if lexicon.zipf(stem) >= floor:
                return stem
    return None


def name_like(word: str, lexicon: Lexicon) -> bool:
    """True for a known name, or a word that shows no inflected forms and is no stem + suffix."""
    if len(word) < MIN_LENGTH:
        return False
    if word in lexicon.names:
        return True
    bare = word[2:] if word.startswith("ال") and len(word) > 4 else word
    forms = (bare + "ها", bare + "هم", bare + "ت", bare + "ه", "ال" + bare)
    if any(lexicon.zipf(f) >= INFLECTION_MIN for f in forms):
        return False
    floor = max(INFLECTION_MIN, lexicon.zipf(word))
    if any(pre and lexicon.zipf(stem) >= floor for pre, stem, _suf in splits(word)):
        return False
    return inflection_stem(word, lexicon) is None


def _variant_of(minority: str, majority: str, lexicon: Lexicon) -> bool:
    """Whether a rare spelling can be a variant of a name: of a known name (الحثي for الحوثي),
    of a name-like word when it is name-like too (أوستين for أوستن), or of a word that looks
    transliterated when they differ by a transliteration choice (بيرن for بايرن)."""
    rare = lexicon.score(minority)
    if lexicon.score(majority) >= COMMON or rare >= RARE_TRANSLITERATED:
        return False
    if minority in set(transliteration_variants(majority)) and lexicon.foreignness(majority) >= FOREIGN:
        return True
    if rare >= RARE or not name_like(majority, lexicon):
        return False
    known = majority in lexicon.names and lexicon.score(majority) < KNOWN_NAME_MAX
    return known or name_like(minority, lexicon)


def _usual_name(word: str, lexicon: Lexicon) -> bool:
    """A name-like word that is not also one of the commonest words (دون, مثل, خارج)."""
    return lexicon.score(word) < COMMON and name_like(word, lexicon)


def _collect(spellings: dict[str, Spelling], form: str, token: Token, pre: str) -> None:
    entry = spellings.setdefault(form, Spelling(form, first=token.start))
    entry.count += 1
    entry.uses.append((token, pre))


def _one_edit(a: str, b: str) -> bool:
    return abs(len(a) - len(b)) <= 1 and Levenshtein.distance(a, b, score_cutoff=1) <= 1


def _stripped(word: str, depth: int = 2) -> set[str]:
    """The word and what is left of it after up to `depth` inflectional endings (أميركيا: أميركي, أميرك)."""
    out = {word}
    if depth:
        for suffix in INFLECTIONS:
            if word.endswith(suffix) and len(word) - len(suffix) >= 2:
                out |= _stripped(word[: -len(suffix)], depth - 1)
    return out


def _same_stem(a: str, b: str) -> bool:
    """True when two forms differ only in inflectional endings (الرئيسان / الرئيسين, أميركا / أميركيا)."""
    return bool(_stripped(a) & _stripped(b))


def _weight(spelling: Spelling, lexicon: Lexicon) -> tuple[bool, int, float, int]:
    """Which spelling of a name is right: one the lexicon knows, then the commoner in the text,
    then the commoner in the lexicon, then the first mention."""
    zipf = lexicon.score(spelling.form)
    return zipf >= ATTESTED, spelling.count, zipf, -spelling.first


def _report(doc: Document, minority: Spelling, majority: Spelling) -> Iterator[Finding]:
    for token, pre in minority.uses:
        fix = join_name(pre, majority.form)
        yield doc.finding(
            RULE,
            Severity.ERROR,
            token.start,
            token.end,
            f"«{token.text}» is spelled «{fix}» elsewhere in this text",
            (fix,),
        )


def _single_names(doc: Document) -> Iterator[Finding]:
    """Single-word names: an interior one-letter difference (أوستين / أوستن) from a name-like word."""
    lexicon = doc.corrector.lexicon
    spellings: dict[str, Spelling] = {}
    for token in doc.tokens:
        pre, name = split_name(token, doc.counts, lexicon)
        if len(name) >= MIN_LENGTH:
            _collect(spellings, name, token, pre)
    forms = sorted(spellings.values(), key=lambda s: (len(s.form), s.form))
    for i, a in enumerate(forms):
        for b in forms[i + 1 :]:
            if len(b.form) > len(a.form) + 1:
                break
            if max(len(a.form), len(b.form)) < 4 or a.form[0] != b.form[0] or a.form[-1] != b.form[-1]:
                continue
            if not _one_edit(a.form, b.form) or _same_stem(a.form, b.form):
                continue
            minority, majority = sorted((a, b), key=lambda s: _weight(s, lexicon))
            if _variant_of(minority.form, majority.form, lexicon):
                yield from _report(doc, minority, majority)


def _known_name_variants(doc: Document) -> Iterator[Finding]:
    """A rare word one transliteration choice from a well-known name (الحثي for الحوثي, حفطر for حفتر)."""
    lexicon = doc.corrector.lexicon
    spellings: dict[str, Spelling] = {}
    for token in doc.tokens:
        pre, name = split_name(token, doc.counts, lexicon)
        if len(name) >= MIN_LENGTH + 1 and lexicon.score(name) < KNOWN_VARIANT_RARE:
            _collect(spellings, name, token, pre)
    for spelling in spellings.values():
        own = lexicon.score(spelling.form)
        known = {v for v in transliteration_variants(spelling.form) if v in lexicon.names}
        best = max(known, key=lambda v: (lexicon.zipf(v), v), default=None)
        if best and lexicon.zipf(best) >= max(KNOWN_VARIANT_MIN, own + KNOWN_VARIANT_GAP):
            yield from _report(doc, spelling, Spelling(best))


def _full_names(doc: Document) -> Iterator[Finding]:
    """Two-word names with the same surname and first names one edit apart (لويس / لويد أوستن)."""
    lexicon = doc.corrector.lexicon
    by_surname: dict[str, dict[str, Spelling]] = {}
    for _, left, right in doc.adjacent():
        pre, first = split_name(left, doc.counts, lexicon)
        surname = split_name(right, doc.counts, lexicon)[1]
        if _usual_name(first, lexicon) and name_like(surname, lexicon):
            _collect(by_surname.setdefault(surname, {}), first, left, pre)
    for surname, firsts in by_surname.items():
        forms = sorted(firsts.values(), key=lambda s: s.first)
        for i, a in enumerate(forms):
            for b in forms[i + 1 :]:
                if a.form[0] == b.form[0] and _one_edit(a.form, b.form):
                    known = lexicon.fullnames
                    minority, majority = sorted(
                        (a, b), key=lambda s: (f"{s.form} {surname}" in known, s.count, -s.first)
                    )
                    yield from _report(doc, minority, majority)


def _known_full_names(doc: Document) -> Iterator[Finding]:
    """A near miss of a known full name, even at its only mention (لويس أوستن for لويد أوستن)."""
    lexicon = doc.corrector.lexicon
    index = first_names_by_surname(lexicon.fullnames)
    for _, left, right in doc.adjacent():
        pre, first = split_name(left, doc.counts, lexicon)
        surname = split_name(right, doc.counts, lexicon)[1]
        known = index.get(surname, ())
        if not known or first in known or not _usual_name(first, lexicon):
            continue
        near = [f for f in known if f[0] == first[0] and _one_edit(f, first)]
        if len(near) == 1:
            fix = join_name(pre, near[0])
            yield doc.finding(
                RULE,
                Severity.ERROR,
                left.start,
                left.end,
                f"«{left.text} {right.text}»: the known name is «{near[0]} {surname}»",
                (fix,),
            )


@lru_cache(maxsize=4)
def first_names_by_surname(fullnames: frozenset[str]) -> dict[str, frozenset[str]]:
    """First names of the known two-word names, by surname."""
    out: dict[str, set[str]] = {}
    for name in fullnames:
        parts = name.split()
        if len(parts) == 2:
            out.setdefault(parts[1], set()).add(parts[0])
    return {surname: frozenset(firsts) for surname, firsts in out.items()}


def _inconsistent(doc: Document) -> Iterator[Finding]:
    yield from _known_name_variants(doc)
    yield from _known_full_names(doc)
    yield from _full_names(doc)
    yield from _single_names(doc)


INCONSISTENT = Rule(RULE, Severity.ERROR, "A name spelled two ways in one text.", _inconsistent, 50)
