"""How Arabic writes foreign names: the letters and long vowels transliterations choose between,
so that دونلد and دونالد, بيرن and بايرن can be told to be one name (the name model and its rule)."""

from __future__ import annotations

from collections.abc import Iterator

#: Letters that Arabic transliterations of foreign names write either way (g: غ/ج/ق, t: ت/ط, s: س/ص…),
#: and the long vowels they write or leave out (دونالد / دونلد, بايرن / بيرن).
TRANSLITERATION_SWAPS = ("غج", "غق", "جق", "كق", "تط", "سص", "زذ", "دت", "ثس")
LONG_VOWELS = "اوي"
_SWAPS = {}
for _pair in TRANSLITERATION_SWAPS:
    for _a, _b in (_pair, _pair[::-1]):
        _SWAPS.setdefault(_a, set()).add(_b)


def transliteration_variants(word: str) -> Iterator[str]:
    """Spellings of a foreign name one transliteration choice away, inside the word."""
    for i in range(1, len(word) - 1):
        yield from (word[:i] + ch + word[i + 1 :] for ch in _SWAPS.get(word[i], ()))
        if word[i] in LONG_VOWELS:
            yield word[:i] + word[i + 1 :]
    for i in range(1, len(word)):
        yield from (word[:i] + vowel + word[i:] for vowel in LONG_VOWELS)
