"""Lookup keys for Arabic words: diacritics and tatweel removed, nothing else.

Normalization only ever changes keys used to look words up; findings always
report the span exactly as the writer typed it.
"""

from __future__ import annotations

import unicodedata

from pyarabic import araby

#: invisible format characters (ZWNJ, ZWJ, bidi marks, embeddings and isolates, word joiner, soft
#: hyphen, U+FEFF): inside a word they are part of it (`tokenize`), and no part of its key
INVISIBLE = "\u00ad\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\u2066\u2067\u2068\u2069\ufeff"
_STRIP = str.maketrans({ch: None for ch in (*araby.DIACRITICS, araby.TATWEEL, *INVISIBLE)})


def key(word: str) -> str:
    """Return the lookup key of a word: composed (NFC: ا + combining hamza is أ), then tashkeel,
    Quranic marks, tatweel and invisible format characters removed."""
    if not word.isascii() and not unicodedata.is_normalized("NFC", word):
        word = unicodedata.normalize("NFC", word)
    return word.translate(_STRIP)
