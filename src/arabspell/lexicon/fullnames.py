"""The known names of several words, with their two-word ones as sorted lines by first name and by
surname: a first name's surnames and a surname's first names are found by bisection, so a run
builds no index of them (the artefact ships both orders, `%fullnames` and `%bysurname`)."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Iterator
from dataclasses import dataclass


def two_word(names: Iterable[str]) -> list[str]:
    """The names of exactly two words, sorted ("first surname")."""
    return sorted(n for n in names if n.count(" ") == 1 and not n.endswith(" "))


def by_surname(names: Iterable[str]) -> list[str]:
    """The two-word names as "surname first", sorted."""
    return sorted(f"{surname} {first}" for first, _, surname in (n.partition(" ") for n in two_word(names)))


@dataclass(frozen=True)
class FullNames:
    """Names of several words (`in`), and the two-word ones by either word."""

    names: frozenset[str] = frozenset()
    #: the two-word names, sorted: "first surname" ...
    firsts_first: tuple[str, ...] = ()
    #: ... and "surname first"
    surnames_first: tuple[str, ...] = ()

    @classmethod
    def of(cls, names: Iterable[str]) -> FullNames:
        """The full names of a set of names (sorting them: for a desk's, not at every start)."""
        names = frozenset(names)
        return cls(names, tuple(two_word(names)), tuple(by_surname(names)))

    def __contains__(self, name: object) -> bool:
        return name in self.names

    def __iter__(self) -> Iterator[str]:
        return iter(self.names)

    def __len__(self) -> int:
        return len(self.names)

    def __or__(self, more: frozenset[str]) -> FullNames:
        return FullNames.of(self.names | more) if more - self.names else self

    def surnames(self, first: str) -> tuple[str, ...]:
        """The surnames of the known two-word names with this first name."""
        return _after(self.firsts_first, first)

    def firsts(self, surname: str) -> tuple[str, ...]:
        """The first names of the known two-word names with this surname."""
        return _after(self.surnames_first, surname)


def _after(lines: tuple[str, ...], word: str) -> tuple[str, ...]:
    """The second words of the sorted two-word lines whose first word is `word`."""
    head = f"{word} "
    i = bisect_left(lines, head)
    out = []
    while i < len(lines) and lines[i].startswith(head):
        out.append(lines[i][len(head) :])
        i += 1
    return tuple(out)


__all__ = ["FullNames", "by_surname", "two_word"]
