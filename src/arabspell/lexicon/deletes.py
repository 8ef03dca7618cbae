"""The symmetric-deletion index of the word store (`deletes.marisa`): each listed form under each
of its one-letter deletions and where the letter was (a private-use character after the string),
as a memory-mapped MARISA `BytesTrie` whose values are the letter (the form is the string with it
put back: no lookup of the form). The
keyboard-slip search of an unknown form asks it for the forms one substitution or one missing
letter away (`keyboard.typing_variants_indexed`): a few lookups a letter, where building every
variant and looking each up takes seventy (docs/performance.md).

The index is made from `words.marisa` by the build (`render`, deterministic) and holds under the
key `COUNT` the number of forms it was made from: a store it does not fit is not used.
"""

from __future__ import annotations

from pathlib import Path

import marisa_trie

DELETES = "deletes.marisa"
#: the key of the number of forms the index was made from (a noncharacter: no form holds it)
COUNT = "\uffff"
#: the first of the private-use characters that mark where the letter was (0, 1, 2, ...)
WHERE = 0xE000
#: the longest form the index holds (no slip search looks at a longer one)
LONGEST = 256


def key(deleted: str, where: int) -> str:
    """The index key of a string and where a letter was taken out of it."""
    return deleted + chr(WHERE + where)


def deletions(word: str) -> list[tuple[str, str]]:
    """Each key of a word (`key`), with the letter taken out there."""
    return [(key(word[:i] + word[i + 1 :], i), word[i]) for i in range(len(word))]


def render(trie: marisa_trie.Trie) -> bytes:
    """The index of the forms of a word-store trie (the same bytes for the same trie)."""
    pairs = [(COUNT, len(trie).to_bytes(4, "little"))]
    for word in trie.iterkeys():
        if len(word) <= LONGEST:
            pairs.extend((k, ch.encode()) for k, ch in deletions(word))
    return marisa_trie.BytesTrie(sorted(pairs)).tobytes()


def render_bytes(trie: bytes) -> bytes:
    """The index of a word-store trie's bytes (`words.marisa`)."""
    store = marisa_trie.Trie()
    store.frombytes(trie)
    return render(store)


def fresh(folder: Path, step: int = 97) -> bool:
    """Whether the index in `folder` was made from its word store: the number of forms it was made
    from, and every `step`-th form found under each of its keys (a full comparison is a rebuild)."""
    store = marisa_trie.Trie()
    store.mmap(str(folder / "words.marisa"))  # (`words.TRIE`: that module opens this one)
    index = Deletes.open(folder, store)
    if index is None:
        return False
    sample = (w for w in map(store.restore_key, range(0, len(store), step)) if len(w) <= LONGEST)
    return all(w[i] in index.letters(w[:i] + w[i + 1 :], i) for w in sample for i in range(len(w)))


class Deletes:
    """The forms of a word store by their one-letter deletions."""

    def __init__(self, index: marisa_trie.BytesTrie) -> None:
        self._get = index.get

    @classmethod
    def open(cls, folder: Path, trie: marisa_trie.Trie) -> Deletes | None:
        """The index in `folder` for this trie (memory-mapped), or None: there is none, or it was
        made from another store."""
        path = folder / DELETES
        if not path.exists():
            return None
        index = marisa_trie.BytesTrie()
        index.mmap(str(path))
        count = index.get(COUNT)
        if not count or int.from_bytes(count[0], "little") != len(trie):
            return None
        return cls(index)

    def letters(self, deleted: str, where: int) -> list[str]:
        """The letters that, put back into `deleted` at `where`, give a listed form."""
        found = self._get(key(deleted, where))
        return [value.decode() for value in found] if found else []


__all__ = ["DELETES", "Deletes", "deletions", "key", "render"]
