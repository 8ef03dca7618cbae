"""Ayaspell's affix rules, expanded at build time into the inflections of known stems.

The sources (`dictionaries/morph-affixes.txt`, `dictionaries/morph-stems.txt`, imported from
Debian's hunspell-ar by `scripts/import_ayaspell.py`) are Hunspell's: a stem's flags name the
suffixes it takes (strip, add, a condition on the stem's end), a suffix's continuation flags
the suffixes that may follow it (حكومة → حكومت+ين → حكومتين+ها) and the prefixes it allows
(ال only on nouns, س only on imperfect verbs). `expand` applies them, suffixes only: each form
is stored with the prefixes its stem and suffixes allow and the stem's Zipf, so the check
(`inflections.py`) needs no rules at run time. See docs/model.md, "Valid inflections".
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from arabspell.arabic.normalize import key

#: Only inflections of a stem at least this frequent are read (a typo seldom lands on a frequent
#: stem's inflection that the lexicon lacks); the stem must also have this many letters.
MIN_STEM_ZIPF = 3.0
MIN_STEM_LETTERS = 3
#: A form the lexicon lists at least this often is not stored: its clitic readings already hold.
LISTED_ZIPF = 1.5
#: Prefixes of the interrogative hamza (أوصلتا as أ + وصلتا): rare in news, and an alef is a common slip.
INTERROGATIVE = ("أ", "آ")


@dataclass(frozen=True)
class Affix:
    """One Hunspell affix entry: `add` replaces `strip` where the stem matches `condition`."""

    kind: str
    flag: str
    strip: str
    add: str
    condition: re.Pattern[str] | None
    continuation: frozenset[str]

    def apply(self, stem: str) -> str | None:
        """The suffixed form of a stem, or None when the entry does not apply to it."""
        if not stem.endswith(self.strip) or (self.condition and not self.condition.search(stem)):
            return None
        return stem[: len(stem) - len(self.strip)] + self.add


def read_affixes(path: Path) -> list[Affix]:
    """The entries of `morph-affixes.txt` (KIND FLAG STRIP ADD CONDITION CONTINUATION)."""
    out = []
    for line in _lines(path):
        kind, flag, strip, add, condition, more = line.split("\t")
        pattern = None if condition == "." else re.compile(f"^{condition}" if kind == "PFX" else f"{condition}$")
        continuation = frozenset(more.split(",")) if more != "-" else frozenset()
        out.append(Affix(kind, flag, _empty(strip), _empty(add), pattern, continuation))
    return out


def read_stems(path: Path) -> list[tuple[str, frozenset[str]]]:
    """The entries of `morph-stems.txt` (stem TAB flags)."""
    return [(stem, frozenset(flags.split(","))) for stem, flags in (line.split("\t") for line in _lines(path))]


def _lines(path: Path) -> list[str]:
    return [line for line in path.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]


def _empty(field: str) -> str:
    return "" if field == "0" else field


class Expansion:
    """Inflected forms -> {prefix group: best stem centi-Zipf}; groups are sets of prefixes."""

    def __init__(self, affixes: list[Affix]) -> None:
        self.suffixes: dict[str, list[Affix]] = {}
        self.prefixes: dict[str, set[str]] = {}
        for affix in affixes:
            if affix.kind == "SFX":
                self.suffixes.setdefault(affix.flag, []).append(affix)
            elif affix.add and not affix.add.startswith(INTERROGATIVE):
                self.prefixes.setdefault(affix.flag, set()).add(key(affix.add))
        self.groups: dict[frozenset[str], int] = {}
        self.forms: dict[str, dict[int, int]] = {}

    def group(self, flags: frozenset[str]) -> int:
        """The id of the set of prefixes these flags allow."""
        allowed = frozenset(p for f in flags for p in self.prefixes.get(f, ()))
        return self.groups.setdefault(allowed, len(self.groups))

    def add(self, stem: str, flags: frozenset[str], centi: int, listed: Mapping[str, int]) -> None:
        """Every suffixed form of a stem, one or two suffixes deep, that the lexicon does not list."""
        floor, length = LISTED_ZIPF * 100, len(stem)
        for form, allowed in self._suffixed(stem, flags):  # the sources hold lookup keys
            if len(form) <= length or listed.get(form, 0) >= floor:
                continue
            best = self.forms.setdefault(form, {})
            group = self.group(allowed)
            best[group] = max(best.get(group, 0), centi)

    def _suffixed(self, stem: str, flags: frozenset[str]) -> Iterator[tuple[str, frozenset[str]]]:
        for flag in sorted(flags):
            for first in self.suffixes.get(flag, ()):
                once = first.apply(stem)
                if once is None:
                    continue
                allowed = flags | first.continuation
                yield once, allowed
                for then in (s for f in sorted(first.continuation) for s in self.suffixes.get(f, ())):
                    twice = then.apply(once)
                    if twice is not None:
                        yield twice, allowed | then.continuation


def expand(dictionaries: Path, words: Mapping[str, int]) -> Expansion:
    """The inflections of the known stems (centi-Zipf `words`, the compiled lexicon's)."""
    out = Expansion(read_affixes(dictionaries / "morph-affixes.txt"))
    floor = round(MIN_STEM_ZIPF * 100)
    for stem, flags in read_stems(dictionaries / "morph-stems.txt"):
        centi = words.get(stem, 0)
        if centi >= floor and len(stem) >= MIN_STEM_LETTERS:
            out.add(stem, flags, centi, words)
    return out
