"""Lists of spellings looked up through a form's proclitics: a desk's rejected spellings and the
packaged misspellings (`Lexicon.rejection`, `Lexicon.misspelling`)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import NamedTuple

from arabspell.arabic.clitics import attach, proclitic_readings


class Rejection(NamedTuple):
    """A form that is a desk's rejected spelling (`word`) after `proclitic` (none: the word itself),
    and the desk's `correction` of the word."""

    proclitic: str
    word: str
    correction: str

    @property
    def replacement(self) -> str:
        """The correction of the whole form, proclitics kept (وبالصباح → وبالصبح, للصباح → للصبح)."""
        return attach(self.proclitic, self.correction)


def ends(table: Mapping[str, str]) -> tuple[str, ...]:
    """What a lookup key that `looked_up` finds in a table ends with: an entry, the article taken
    off one that has it (للصباح is ل + الصباح)."""
    return tuple(w[2:] if w.startswith("ال") else w for w in table)


def looked_up(table: Mapping[str, str], word: str) -> Rejection | None:
    """A form of `table` a lookup key is, itself or after proclitics, the longest proclitic first."""
    if not table:
        return None
    readings = [("", word), *proclitic_readings(word)]
    return next((Rejection(pre, w, table[w]) for pre, w in readings if w in table), None)
