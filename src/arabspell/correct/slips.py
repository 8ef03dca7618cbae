"""The real-word slips a word may be: the listed words one slip away that the context judge
considers (`correct.realword`), without the clitic and suffix alternatives and the spellings of
transliterations that neighbours cannot settle; encoded as a context model stores them."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from arabspell.arabic.clitics import ENCLITICS, NUMBER, VERBAL, imperfect_shaped
from arabspell.correct.channel import Edit
from arabspell.correct.keyboard import typing_slips
from arabspell.lexicon.lexicon import Lexicon
from arabspell.lexicon.style import variants as style_variants

#: letters a proclitic or an imperfect prefix adds at a word's start, and a suffix at its end
_HEAD_LETTERS = frozenset("وفبلكسالتينأ")
_TAIL_LETTERS = frozenset("هةتينامو")
#: what may stand before a change of proclitic letters (ول + لجنة / ول + ال...: وللجنة, ولجنة)
_PROCLITIC_HEADS = frozenset({"و", "ف", "ل", "ب", "ول", "فل", "وب", "فب"})
#: the endings of number, person and gender that one word's forms differ by
_ENDINGS = frozenset((*ENCLITICS, *NUMBER, *VERBAL, "ة", "ت", "ي", "ا", "و", "ن"))
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


def voice(word: str, edit: Edit) -> bool:
    """Whether a final ى/ي variant would turn an imperfect verb's passive into its active (يعطى, يعطي)."""
    return edit is Edit.ALEF_MAQSURA and imperfect_shaped(word) and word.endswith("ى")


def slips(word: str, lexicon: Lexicon) -> list[tuple[str, Edit]]:
    """The listed words one real-word slip (`SLIPS`) from a word, at least `SLIP_FLOOR` frequent, that
    are no clitic or suffix alternative of it and no transliteration's other spelling: what the judge
    considers (and what `arabspell learn --model` stores, so a check does not search)."""
    zipf, lean = lexicon.zipf, lexicon.foreignness
    house = set(style_variants(word, lexicon))  # the other house style is `style.inconsistent`'s
    return [
        (form, edit)
        for form, edit in typing_slips(word, lexicon.vocabulary, lexicon.put_back)
        if edit in SLIPS
        and form != word
        and zipf(form) >= SLIP_FLOOR
        and not inflectional(word, form)
        and not transliterated(word, form, min(lean(word), lean(form)))
        and form not in house
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
    (مياهه/مياه, لاعبة/لاعب), or one inflectional ending for another (يشعرن/يشعرون, قتلا/قتلوا).
    Their neighbours seldom settle which is meant: no real-word slip."""
    head = 0
    while head < min(len(word), len(form)) and word[head] == form[head]:
        head += 1
    tail = 0
    while tail < min(len(word), len(form)) - head and word[-1 - tail] == form[-1 - tail]:
        tail += 1
    changed = set(word[head : len(word) - tail]) | set(form[head : len(form) - tail])
    if changed <= _HEAD_LETTERS and (head == 0 or word[:head] in _PROCLITIC_HEADS):
        return True
    if tail == 0 and changed <= _TAIL_LETTERS:
        return True
    # one ending for another: يشعرن/يشعرون, قتلا/قتلوا (the stem is what they share up to the change)
    stem = min(head, len(word) - tail, len(form) - tail)
    return stem >= 3 and word[stem:] in _ENDINGS and form[stem:] in _ENDINGS


def transliterated(word: str, form: str, foreignness: float) -> bool:
    """Whether two words are spellings of one foreign name or word: they differ by a long vowel
    written or left out, and both lean towards transliterations (`foreignness`: the lesser lean)."""
    if abs(len(word) - len(form)) != 1 or foreignness < FOREIGN_VARIANT:
        return False
    longer, shorter = (word, form) if len(word) > len(form) else (form, word)
    return any(longer[i] in _LONG_VOWELS and longer[:i] + longer[i + 1 :] == shorter for i in range(len(longer)))
