"""House-style variants: the same word as two accepted house styles write it (الأمريكي / الأميركي).

The letter sequences that differ come from `dictionaries/style-*.txt` (`Lexicon.style`); the
rule `style.inconsistent` and `arabspell learn` both ask this module.
"""

from __future__ import annotations

from functools import lru_cache

from arabspell.lexicon.lexicon import Lexicon


@lru_cache(maxsize=1 << 17)  # per form for a run: every part of an archive asks of its forms again
def variants(word: str, lexicon: Lexicon) -> tuple[str, ...]:
    """The word written in the other house style, for each style difference it contains, when that is a word."""
    out = []
    for first, second in lexicon.style:
        for old, new in ((first, second), (second, first)):
            if old in word:
                other = word.replace(old, new)
                if lexicon.known(other):
                    out.append(other)
    return tuple(out)
