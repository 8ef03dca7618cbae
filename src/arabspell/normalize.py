"""Lookup keys for Arabic words: diacritics and tatweel removed, nothing else.

Normalization only ever changes keys used to look words up; findings always
report the span exactly as the writer typed it.
"""

from __future__ import annotations

from pyarabic import araby

_STRIP = str.maketrans({ch: None for ch in (*araby.DIACRITICS, araby.TATWEEL)})

HAMZA_ALEFS = "أإآ"
ALEF = "ا"
TAA_MARBUTA = "ة"
HAA = "ه"
ALEF_MAQSURA = "ى"
YAA = "ي"
_ORTHO_KEY = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ة": "ه", "ى": "ي"})


def key(word: str) -> str:
    """Return the lookup key of a word: tashkeel, Quranic marks and tatweel removed."""
    return word.translate(_STRIP)


def ortho_key(word: str) -> str:
    """Fold the letters that Arabic copy confuses (hamza alefs, ة/ه, ى/ي)."""
    return word.translate(_ORTHO_KEY)
