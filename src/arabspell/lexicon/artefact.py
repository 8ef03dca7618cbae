"""The compiled lexicon on disk: the word store (`words.py`) and `lexicon.txt.gz`, which holds
the names, full names, house-style pairs and the letter model of names in `%section`s."""

from __future__ import annotations

import zlib
from dataclasses import dataclass, field
from pathlib import Path

from arabspell.lexicon.fullnames import FullNames, two_word
from arabspell.lexicon.words import Words

ARTEFACT = "lexicon.txt.gz"
#: where the compiled lexicon is shipped: ARTEFACT and the word store
DATA = Path(__file__).resolve().parents[1] / "data"


@dataclass(frozen=True)
class Artefact:
    """The compiled lexicon: Zipf per word form, the words of known names, multi-word names."""

    zipfs: Words
    names: frozenset[str] = frozenset()
    fullnames: FullNames = field(default_factory=FullNames)
    style: tuple[tuple[str, str], ...] = ()
    #: the letter model of names: each trigram's log-odds, and an unseen one's (`Letters`)
    odds: dict[str, float] = field(default_factory=dict)
    unseen: float = 0.0
    #: every letter trigram of a listed form, as the artefact lists them
    letters: tuple[str, ...] = ()
    #: spellings never right in MSA, with their corrections (`spelling.misspelling`)
    misspellings: dict[str, str] = field(default_factory=dict)


def trigrams(word: str) -> list[str]:
    """The letter trigrams of a word, with ^ and $ marking its ends."""
    padded = f"^{word}$"
    return [padded[i : i + 3] for i in range(len(padded) - 2)]


def parse_artefact(data: str, store: Words) -> Artefact:
    """Read the compiled text format (`%section` lines) beside the memory-mapped word store."""
    # str.split does the work in C: this is the start-up path of every run
    sections = {name: _lines(body) for name, _, body in (c.partition("\n") for c in ("\n" + data).split("\n%")[1:])}
    style = tuple(tuple(line.split("\t", 1)) for line in sections.get("style", []))
    # one split of the whole section: trigram, its log-odds, trigram, ... (the unseen one's key is "")
    rows = sections.get("odds", [])
    cells = "\t".join(rows).split("\t") if rows else []
    odds = dict(zip(cells[0::2], map(float, cells[1::2]), strict=True))
    unseen = odds.pop("", 0.0)
    return Artefact(
        store,
        frozenset(sections.get("names", [])),
        _fullnames(sections.get("fullnames", []), sections.get("bysurname", [])),
        style,  # type: ignore[arg-type]
        odds,
        unseen,
        tuple(sections.get("letters", [])),
        dict(line.split("\t", 1) for line in sections.get("misspellings", [])),  # type: ignore[misc]
    )


def _fullnames(lines: list[str], by_surname: list[str]) -> FullNames:
    """The full names of the artefact's sorted sections (a section the artefact lacks is made)."""
    names = frozenset(lines)
    firsts = tuple(two_word(lines))  # (already sorted: the sort is a pass)
    return FullNames(names, firsts, tuple(by_surname)) if by_surname or not firsts else FullNames.of(names)


def _lines(body: str) -> list[str]:
    """A section's lines, without empty lines and `#` comments."""
    lines = body.split("\n")
    if "#" in body:
        return [line for line in lines if line and not line.startswith("#")]
    return [line for line in lines if line]


def read_artefact(path: Path | None = None) -> str:
    """Return the decompressed text of the compiled lexicon."""
    source = DATA / ARTEFACT if path is None else path
    return zlib.decompress(source.read_bytes(), wbits=31).decode("utf-8")  # gzip's format, without gzip's import


def load_artefact(folder: Path | None = None) -> Artefact:
    """The compiled artefact shipped with the package (or the one in `folder`)."""
    folder = folder or DATA
    return parse_artefact(read_artefact(folder / ARTEFACT), Words.open(folder))
