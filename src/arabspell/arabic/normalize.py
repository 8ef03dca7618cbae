"""Lookup keys for Arabic words: diacritics and tatweel removed, nothing else.

Normalization only ever changes keys used to look words up; findings always
report the span exactly as the writer typed it.
"""

from __future__ import annotations

import unicodedata

from arabspell.arabic.letters import INVISIBLE, MARK_CHARS

_STRIP = str.maketrans({ch: None for ch in (*MARK_CHARS, *INVISIBLE)})


def key(word: str) -> str:
    """Return the lookup key of a word: composed (NFC: ا + combining hamza is أ), then tashkeel,
    Quranic marks, tatweel and invisible format characters removed."""
    if not word.isascii() and not unicodedata.is_normalized("NFC", word):
        word = unicodedata.normalize("NFC", word)
    return word.translate(_STRIP)


def _units(word: str) -> list[tuple[str, str]]:
    """A word as (letter, the marks written after it) pairs, composed first as `key` does; the
    letters are the word's key (a mark before the first letter goes with it)."""
    if not word.isascii() and not unicodedata.is_normalized("NFC", word):
        word = unicodedata.normalize("NFC", word)
    units: list[tuple[str, str]] = []
    lead = ""
    for ch in word:
        if ord(ch) not in _STRIP:
            units.append((ch, lead))
            lead = ""
        elif units:
            units[-1] = (units[-1][0], units[-1][1] + ch)
        else:
            lead += ch
    return units


def respell(written: str, replacement: str, kept: int = 0) -> str:
    """The replacement of a written word, with the marks (diacritics, tatweel) the writer typed:
    its first `kept` letters (proclitics, the same in both) keep theirs; so does every letter
    when the replacement has as many letters as the word (a spelling change: اِلَى → إِلَى), each
    with the marks typed on the letter in its place; a replacement that adds or removes letters
    is another word, whose vowels the written one does not give: written as it is given
    (وَالصَّبَاح → وَالصبح). A letter the replacement marks itself keeps the replacement's marks."""
    old, new = _units(written), _units(replacement)
    carry = len(new) if len(old) == len(new) else min(kept, len(old), len(new))
    marked = [(letter, marks or old[i][1]) for i, (letter, marks) in enumerate(new[:carry])]
    return "".join(letter + marks for letter, marks in marked + new[carry:])
