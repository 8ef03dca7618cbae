"""House-style variants: the same word as two accepted house styles write it (الأمريكي / الأميركي).

The letter sequences that differ come from `dictionaries/style-*.txt` (`Lexicon.style`); the
rule `style.inconsistent` and `arabspell learn` both ask this module.
"""

from __future__ import annotations

import re
from functools import lru_cache

from arabspell.lexicon.lexicon import Lexicon


def variants(word: str, lexicon: Lexicon) -> tuple[str, ...]:
    """The word written in the other house style, for each style difference it contains, when that is a word."""
    if not _differences(tuple(lexicon.style)).search(word):
        return ()  # (one C search first: most words hold no style difference)
    out = []
    for first, second in lexicon.style:
        for old, new in ((first, second), (second, first)):
            if old in word:
                other = word.replace(old, new)
                if lexicon.known(other):
                    out.append(other)
    return tuple(out)


@lru_cache(maxsize=8)
def _differences(style: tuple[tuple[str, str], ...]) -> re.Pattern[str]:
    """One pattern for every letter sequence of the house-style pairs (never matching when none)."""
    sequences = sorted({s for pair in style for s in pair}, key=len, reverse=True)
    return re.compile("|".join(map(re.escape, sequences)) or "(?!)")
