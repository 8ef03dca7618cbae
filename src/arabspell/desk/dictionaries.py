"""Desk dictionaries: a newsroom's own accepted words, names and house spellings.

A desk dictionary is a UTF-8 text file, one entry a line, `#` for comments:

    غالانت                 an accepted word or name
    لويد أوستن             a name of several words (each word is accepted too)
    prefer الأميركي        a house spelling: its variants are flagged (style.inconsistent)

`arabspell learn` writes one from a desk's archive; `arabspell check --dict FILE` reads it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from arabspell.arabic.normalize import key
from arabspell.arabic.tokenize import WORD
from arabspell.files.sources import read_text
from arabspell.lexicon.lexicon import Lexicon

PREFER = "prefer"


class DeskError(ValueError):
    """A line of a desk dictionary that cannot be read."""


@dataclass
class Desk:
    """The entries of one or more desk dictionaries."""

    words: set[str] = field(default_factory=set)
    fullnames: set[str] = field(default_factory=set)
    preferred: set[str] = field(default_factory=set)
    #: house spellings proposed for review (`learn`): written commented out, never applied
    proposed: set[str] = field(default_factory=set)

    def apply(self, lexicon: Lexicon) -> Lexicon:
        """The lexicon with this desk's words, names and house spellings."""
        return lexicon.with_desk(frozenset(self.words), frozenset(self.fullnames), frozenset(self.preferred))

    def render(self, header: str) -> str:
        """The dictionary file: a `#` header, then entries sorted (house spellings last)."""
        lines = [f"# {line}" if line else "#" for line in header.splitlines()]
        lines += sorted(self.words | self.fullnames)
        lines += [f"{PREFER} {form}" for form in sorted(self.preferred)]
        if self.proposed:
            lines.append("# House spellings the archive writes at least 80% of the time; uncomment a line to pin it:")
            lines += [f"# {PREFER} {form}" for form in sorted(self.proposed)]
        return "\n".join(lines) + "\n"


def parse(text: str, source: str = "<desk>") -> Desk:
    """Read a desk dictionary; a malformed line raises DeskError naming the line."""
    desk = Desk()
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        prefer = line.startswith(PREFER + " ")
        words = [key(w) for w in line.removeprefix(PREFER + " ").split()]
        if not words or not all(WORD.fullmatch(w) for w in words) or (prefer and len(words) > 1):
            raise DeskError(f"{source}:{number}: not a word, a name or `prefer WORD`: {line!r}")
        if prefer:
            desk.preferred.add(words[0])
        elif len(words) > 1:
            desk.fullnames.add(" ".join(words))
        else:
            desk.words.add(words[0])
    return desk


def load(paths: list[Path]) -> Desk:
    """Read and merge desk dictionaries; one that cannot be read (missing, not UTF-8: with the
    byte offset) raises DeskError naming it, as an input's message does."""
    desk = Desk()
    for path in paths:
        text, error = read_text(path)
        if text is None:
            raise DeskError(f"{path}: {error}")
        one = parse(text, str(path))
        desk.words |= one.words
        desk.fullnames |= one.fullnames
        desk.preferred |= one.preferred
    return desk
