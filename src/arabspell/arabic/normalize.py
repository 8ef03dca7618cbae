"""Lookup keys for Arabic words: diacritics and tatweel removed, nothing else.

Normalization only ever changes keys used to look words up; findings always
report the span exactly as the writer typed it.
"""

from __future__ import annotations

import unicodedata

from pyarabic import araby

from arabspell.arabic.letters import INVISIBLE

_STRIP = str.maketrans({ch: None for ch in (*araby.DIACRITICS, araby.TATWEEL, *INVISIBLE)})


def key(word: str) -> str:
    """Return the lookup key of a word: composed (NFC: ا + combining hamza is أ), then tashkeel,
    Quranic marks, tatweel and invisible format characters removed."""
    if not word.isascii() and not unicodedata.is_normalized("NFC", word):
        word = unicodedata.normalize("NFC", word)
    return word.translate(_STRIP)
