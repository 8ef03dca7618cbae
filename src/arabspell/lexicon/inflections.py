"""The validity check of inflections the lexicon lacks: Ayaspell's suffixed forms of known stems.

`inflections.marisa` maps each suffixed form that `affixes.expand` built (قاعدتينا, أقامتاها,
عريقان, أرجنتيين) to (prefix group, stem Zipf in tenths) pairs; `inflections.txt` lists each
group's prefixes, one group a line (وال, بال, لل… for a noun; و, ف, س… for a verb). A written
form is an inflection when it is one of them, bare or after a prefix its group allows. The store
is memory-mapped on first use: a run that meets no unknown form never opens it.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import marisa_trie

from arabspell.lexicon.artefact import DATA

TRIE, GROUPS = "inflections.marisa", "inflections.txt"
#: the longest prefix chain (ولبال)
LONGEST_PREFIX = 5


class Inflections:
    """Suffixed forms of known stems with the prefixes they allow; `stem_zipf` reads a word."""

    def __init__(self, trie: marisa_trie.BytesTrie, groups: list[frozenset[str]]) -> None:
        self._trie, self._groups = trie, groups
        self._prefixes = frozenset(p for g in groups for p in g)

    @classmethod
    def open(cls, folder: Path = DATA) -> Inflections:
        trie = marisa_trie.BytesTrie()
        trie.mmap(str(folder / TRIE))
        lines = (folder / GROUPS).read_text(encoding="utf-8").split("\n")[:-1]
        return cls(trie, [frozenset(line.split()) for line in lines])

    @classmethod
    def from_bytes(cls, blob: bytes) -> Inflections:
        """A store of rendered forms alone (no groups), to compare contents."""
        trie = marisa_trie.BytesTrie()
        trie.frombytes(blob)
        return cls(trie, [])

    @staticmethod
    def render(forms: Mapping[str, Mapping[int, int]], groups: Mapping[frozenset[str], int]) -> tuple[bytes, bytes]:
        """The two files for forms -> {group: stem centi-Zipf} (deterministic for the same input)."""
        items = sorted((f, bytes((g, round(centi / 10)))) for f, best in forms.items() for g, centi in best.items())
        trie = marisa_trie.BytesTrie(items)
        ordered = sorted(groups, key=groups.__getitem__)
        text = "".join(" ".join(sorted(g)) + "\n" for g in ordered)
        return trie.tobytes(), text.encode("utf-8")

    def items(self) -> set[tuple[str, int, int]]:
        """(form, group, stem Zipf in tenths) of every entry, for comparing two stores."""
        return {(form, value[0], value[1]) for form, value in self._trie.items()}

    def stem_zipf(self, word: str) -> float:
        """The Zipf of the likeliest stem of which a lookup key is an inflection, bare or after an
        allowed prefix (والقاعدتين: وال + قاعدتين); 0 when it is none."""
        best = 0
        for cut in range(min(LONGEST_PREFIX, len(word) - 2) + 1):
            prefix = word[:cut]
            if cut and prefix not in self._prefixes:
                continue
            for value in self._trie.get(word[cut:], ()):
                if not cut or prefix in self._groups[value[0]]:
                    best = max(best, value[1])
        return best / 10
