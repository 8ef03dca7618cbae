"""Lookup keys for Arabic words: diacritics and tatweel removed, nothing else.

Normalization only ever changes keys used to look words up; findings always
report the span exactly as the writer typed it.
"""

from __future__ import annotations

from pyarabic import araby

_STRIP = str.maketrans({ch: None for ch in (*araby.DIACRITICS, araby.TATWEEL)})


def key(word: str) -> str:
    """Return the lookup key of a word: tashkeel, Quranic marks and tatweel removed."""
    return word.translate(_STRIP)
