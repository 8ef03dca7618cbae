"""The lexicon's word forms and frequencies, memory-mapped: a run starts without building them.

A MARISA trie (`words.marisa`) numbers the 590k forms; `words.zipf` holds each one's Zipf
frequency in hundredths, as little-endian uint16 in trie-id order. Opening both takes about a
millisecond, where building a dict takes 0.3 s and 100 MB; a lookup costs about twice a dict's,
which measured as no slower on a whole check (the judging is cached per form). `words.top` lists
the forms of Zipf `TOP_FLOOR` and more, commonest first, so that the commonest words (`above`,
`top`) cost a run no scan of 590k frequencies (20-30 ms at every start).
"""

from __future__ import annotations

import math
import sys
from array import array
from collections.abc import Container, Iterator, Mapping
from pathlib import Path

import marisa_trie

from arabspell.lexicon.deletes import Deletes, deletions, key

TRIE, ZIPF, TOP = "words.marisa", "words.zipf", "words.top"
#: the lowest Zipf frequency `words.top` lists (about 11,000 forms)
TOP_FLOOR = 4.0
#: Zipf in hundredths -> Zipf (one float object per value; Zipf frequencies stay below 10)
_ZIPF = [c / 100 for c in range(1000)]


class Words(Mapping[str, float]):
    """Word form -> Zipf frequency; forms added over the packaged ones (a desk's) win when higher."""

    def __init__(
        self,
        trie: marisa_trie.Trie,
        centi: array,
        extra: dict[str, float] | None = None,
        commonest: tuple[str, ...] | None = None,
        deletes: Deletes | None = None,
    ) -> None:
        self._trie, self._centi, self._extra = trie, centi, extra or {}
        #: the forms by their one-letter deletions (`deletes.py`; None: not shipped) ...
        self._deletes = deletes
        #: ... and the added forms' own, made on first use
        self._extra_deletes: dict[str, list[str]] | None = None
        #: the forms of Zipf TOP_FLOOR or more, commonest first (None: not shipped, scan instead)
        self._commonest = commonest
        #: the forms at least as frequent as a threshold in hundredths (`above`)
        self._above: dict[int, tuple[str, ...]] = {}
        self._find = trie.get

    @classmethod
    def open(cls, folder: Path) -> Words:
        """The store in `folder` (memory-mapped: pages are read as lookups touch them)."""
        trie = marisa_trie.Trie()
        trie.mmap(str(folder / TRIE))
        centi = array("H")
        centi.frombytes((folder / ZIPF).read_bytes())
        if sys.byteorder == "big":
            centi.byteswap()
        if len(centi) != len(trie):
            raise ValueError(f"{folder}: {ZIPF} has {len(centi)} values for {len(trie)} words")
        top = folder / TOP
        commonest = tuple(top.read_text(encoding="utf-8").split()) if top.exists() else None
        if commonest and not (commonest[0] in trie and commonest[-1] in trie):
            raise ValueError(f"{folder}: {TOP} lists forms {TRIE} does not hold: rebuild the lexicon")
        return cls(trie, centi, commonest=commonest, deletes=Deletes.open(folder, trie))

    @staticmethod
    def render(zipfs: Mapping[str, int]) -> tuple[bytes, bytes]:
        """The trie and frequency files for forms with Zipf in hundredths (deterministic for the
        same forms; `render_top` is the third)."""
        if any(not 0 <= c < len(_ZIPF) for c in zipfs.values()):
            raise ValueError("a Zipf frequency outside 0-9.99")
        trie = marisa_trie.Trie(sorted(zipfs))
        centi = array("H", bytes(2 * len(trie)))
        for word, i in trie.items():
            centi[i] = zipfs[word]
        if sys.byteorder == "big":
            centi.byteswap()
        return trie.tobytes(), centi.tobytes()

    @staticmethod
    def render_top(zipfs: Mapping[str, int]) -> bytes:
        """`words.top`: the forms of Zipf TOP_FLOOR or more, commonest first (then by form), one a line."""
        floor = round(TOP_FLOOR * 100)
        forms = sorted((w for w, c in zipfs.items() if c >= floor), key=lambda w: (-zipfs[w], w))
        return "".join(f"{w}\n" for w in forms).encode("utf-8")

    def zipf(self, word: str) -> float:
        """The Zipf frequency of a form, 0 when it is not held (`get` with default 0, without its
        generality: the commonest call of a run)."""
        if self._extra:
            value = self._extra.get(word)
            if value is not None:
                return value
        i = self._find(word)
        return 0.0 if i is None else _ZIPF[self._centi[i]]

    def get(self, word: str, default: float | None = None) -> float | None:  # type: ignore[override]
        if self._extra:
            value = self._extra.get(word)
            if value is not None:
                return value
        i = self._find(word)
        return default if i is None else _ZIPF[self._centi[i]]

    def __getitem__(self, word: str) -> float:
        value = self.get(word)
        if value is None:
            raise KeyError(word)
        return value

    def __contains__(self, word: object) -> bool:
        return word in self._trie or word in self._extra

    def __iter__(self) -> Iterator[str]:
        yield from self._trie.iterkeys()
        yield from (w for w in self._extra if w not in self._trie)

    def __len__(self) -> int:
        return len(self._trie) + sum(1 for w in self._extra if w not in self._trie)

    @property
    def members(self) -> Container[str]:
        """The fastest membership test: the trie itself (C), when nothing was added over it."""
        return self if self._extra else self._trie

    def above(self, zipf: float) -> tuple[str, ...]:
        """The forms at least this frequent (a few dozen near the top: the targets a listed word's
        slip could only be; computed once per threshold, by a scan of the frequencies)."""
        centi = max(0, math.ceil(zipf * 100 - 1e-9))
        found = self._above.get(centi)
        if found is None:
            forms = {w for w, v in self._extra.items() if v * 100 >= centi}
            if self._commonest is not None and centi >= TOP_FLOOR * 100:
                forms.update(w for w in self._commonest_above(centi))
            else:
                restore = self._trie.restore_key
                forms.update(restore(i) for i, c in enumerate(self._centi) if c >= centi)
            found = self._above[centi] = tuple(sorted(forms))
        return found

    def _commonest_above(self, centi: int) -> Iterator[str]:
        """The shipped commonest forms down to a frequency in hundredths."""
        for word in self._commonest or ():
            i = self._find(word)
            if i is None:
                continue  # (a store built apart from its list: `open` checked the ends)
            if self._centi[i] < centi:
                return
            yield word

    @property
    def top(self) -> float:
        """The highest frequency held."""
        if self._commonest:
            packaged = _ZIPF[self._centi[self._find(self._commonest[0])]]
        else:
            packaged = _ZIPF[max(self._centi, default=0)]
        return max(packaged, *self._extra.values(), 0.0)

    def with_extra(self, extra: Mapping[str, float]) -> Words:
        """A store with more forms over this one (the higher frequency wins)."""
        merged = dict(self._extra)
        for word, value in extra.items():
            merged[word] = max(value, self.get(word, 0.0))
        return Words(self._trie, self._centi, merged, self._commonest, self._deletes)

    @property
    def indexed(self) -> bool:
        """Whether the store has its deletion index (`put_back`)."""
        return self._deletes is not None

    def put_back(self, deleted: str, where: int) -> list[str]:
        """The letters that, put back into `deleted` at `where`, give a held form (`Deletes`; only
        for a store that is `indexed`)."""
        assert self._deletes is not None, "a store without its deletion index searches by variants"
        found = self._deletes.letters(deleted, where)
        if not self._extra:
            return found
        if self._extra_deletes is None:
            self._extra_deletes = {}
            for word in self._extra:
                if word not in self._trie:
                    for k, ch in deletions(word):
                        self._extra_deletes.setdefault(k, []).append(ch)
        return found + self._extra_deletes.get(key(deleted, where), [])
