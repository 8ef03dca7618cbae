"""House-style variants: the same word as two accepted house styles write it (الأمريكي / الأميركي).

The letter sequences that differ come from `dictionaries/style-*.txt` (`Lexicon.style`); the
rule `style.inconsistent` and `arabspell learn` both ask this module.
"""

from __future__ import annotations

from collections.abc import Iterator

from arabspell.lexicon.lexicon import Lexicon


def variants(word: str, lexicon: Lexicon) -> Iterator[str]:
    """The word written in the other house style, for each style difference it contains, when that is a word."""
    for first, second in lexicon.style:
        for old, new in ((first, second), (second, first)):
            other = word.replace(old, new)
            if old in word and lexicon.known(other):
                yield other
