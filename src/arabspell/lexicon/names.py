"""What a name is: the signs that a word is a name and not an inflected Arabic word,
how names take proclitics, and when two spellings are one name (used by the names rule
and by `arabspell learn`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Container
from functools import lru_cache
from itertools import combinations

from arabspell.arabic.clitics import INFLECTIONS, MIN_REST, by_last_letter, name_readings, splits, taa_stem
from arabspell.lexicon.lexicon import Lexicon
from arabspell.lexicon.transliteration import transliteration_variants

MIN_LENGTH = MIN_REST
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
#: ... and this much in both of two listed words that look like no name (ستي / سيتي): a foreign
#: name's two spellings, not two Arabic words (حضر / حاضر).
NAME_LEAN = 1.0
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


def split_name(key: str, counts: Container[str], lexicon: Lexicon) -> tuple[str, str]:
    """(proclitic, name) of a word of a text whose words are `counts`: بغالانت -> (ب, غالانت)
    when غالانت occurs too.

    A proclitic is also split off a form the lexicon hardly knows when the remainder is commoner
    (وأوستين); not off a name that starts like one (بفون is not ب + فون, واشنطن not و + اشنطن).
    """
    if key.startswith("لل") and "ال" + key[2:] in counts:
        return "ل", "ال" + key[2:]
    for pre, rest in name_readings(key):
        if rest in counts or (lexicon.zipf(key) < SPLIT_JUNK and lexicon.zipf(rest) > lexicon.zipf(key)):
            return pre, rest
    return "", key


def _stems(word: str, suffix: str) -> tuple[str, ...]:
    """Stems of word = stem + suffix, restoring ة (حكومتين, حكومات -> حكومة)."""
    stem = word[: -len(suffix)]
    restored = taa_stem(stem, suffix)
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


@lru_cache(maxsize=1 << 17)
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


def inflected_alike(a: str, b: str, lexicon: Lexicon) -> bool:
    """Two words read as a listed stem commoner than the form plus an ending, that share the stem
    or the ending (قريتنا / قريتها: one word inflected two ways; يكتبن / يكسبن: two words
    inflected alike), not one name."""

    def readings(word: str) -> set[tuple[str, str]]:
        floor = max(ATTESTED, lexicon.zipf(word))
        return {(stem, suf) for pre, stem, suf in splits(word) if not pre and suf and lexicon.zipf(stem) >= floor}

    left, right = readings(a), readings(b)
    return any((sa == sb) != (xa == xb) for sa, xa in left for sb, xb in right)


def patterned(minority: str, majority: str, lexicon: Lexicon) -> bool:
    """An Arabic-looking word that is the other with و where a pattern puts it, before the last of
    three root letters (فهد / فهود, a plural; مسجن / مسجون, a participle, after its م). Such a
    vowel makes another word; in a foreign-looking name it is a transliteration choice (جونسن / جونسون)."""
    if max(lexicon.foreignness(minority), lexicon.foreignness(majority)) >= FOREIGN:
        return False
    longer, shorter = (minority, majority) if len(minority) > len(majority) else (majority, minority)
    root = shorter[1:] if shorter.startswith("م") and len(shorter) == 4 else shorter
    if len(root) != 3 or len(longer) != len(shorter) + 1:
        return False
    return longer == shorter[:-1] + "و" + shorter[-1]


def variant_of(minority: str, majority: str, lexicon: Lexicon, named: bool = False) -> bool:
    """Whether a rare spelling can be a variant of a name: of a known name (الحثي for الحوثي),
    of a name-like word when it is name-like too (أوستين for أوستن), or of a word that looks
    transliterated when they differ by a transliteration choice (بيرن for بايرن). `named`: the
    text writes the majority as a surname, after a known first name (ديفيد استوري), which tells
    more than its look (استوري reads as استور + ي)."""
    rare = lexicon.score(minority)
    if lexicon.score(majority) >= COMMON or rare >= RARE_TRANSLITERATED:
        return False
    if minority in set(transliteration_variants(majority)) and lexicon.foreignness(majority) >= FOREIGN:
        return True
    if rare >= RARE or not (named or name_like(majority, lexicon)):
        return False
    known = named or (majority in lexicon.names and lexicon.score(majority) < KNOWN_NAME_MAX)
    return known or name_like(minority, lexicon)


@lru_cache(maxsize=1 << 17)
def usual_name(word: str, lexicon: Lexicon) -> bool:
    """A name-like word that is not also one of the commonest words (دون, مثل, خارج)."""
    return lexicon.score(word) < COMMON and name_like(word, lexicon)


def stripped(word: str, depth: int = 2) -> set[str]:
    """The word and what is left of it after up to `depth` inflectional endings (أميركيا: أميركي, أميرك)."""
    out = {word}
    if depth and word:
        # only the endings that end in the word's last letter (a million words, eleven endings)
        for suffix in _ENDINGS_BY_LAST.get(word[-1], ()):
            if word.endswith(suffix) and len(word) - len(suffix) >= 2:
                out |= stripped(word[: -len(suffix)], depth - 1)
    return out


_ENDINGS_BY_LAST = by_last_letter(INFLECTIONS)


def same_stem(a: str, b: str) -> bool:
    """True when two forms differ only in inflectional endings (الرئيسان / الرئيسين, أميركا / أميركيا)."""
    return bool(stripped(a) & stripped(b))


def near_pairs(forms: list[str]) -> list[tuple[int, int]]:
    """Index pairs (i < j, sorted) of forms that may be one interior edit apart (same first and
    last letter): those sharing a form or a deletion of an inner letter (a symmetric-deletion
    index). O(n·L) for n forms of length L, plus the pairs found, instead of comparing every
    pair: an article with thousands of distinct names costs thousands, not millions."""
    index: dict[str, list[int]] = defaultdict(list)
    for i, form in enumerate(forms):
        for key in {form, *(form[:k] + form[k + 1 :] for k in range(1, len(form) - 1))}:
            index[key].append(i)
    pairs = {(a, b) for members in index.values() for a, b in combinations(members, 2)}
    return sorted(pairs)
