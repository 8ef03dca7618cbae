"""A desk's context model: how often each word and each pair of neighbouring words occur in its
archive (`arabspell learn --model`), stored as one memory-mapped marisa trie that opens at once.

Neighbours are two tokens with only spaces between them; anything else (punctuation, a line
break, markup) is a boundary, written `BOUNDARY`, so a sentence's first and last words have a
neighbour too. Keys are the tokens' lookup keys (`Token.key`), as the rules see them.
"""

from __future__ import annotations

import struct
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path

import marisa_trie

from arabspell.arabic.tokenize import Token, tokenize

#: the neighbour of a word at a sentence's or a line's edge
BOUNDARY = "|"
#: what the file says it is, checked on opening (a wrong file fails with a clear message)
FORMAT = b"arabspell-context-model 1"
_COUNT, _FOLLOWERS, _LEADERS, _PAIR, _SLIPS, _META = "c", "f", "l", "p", "s", "#"
_U32 = struct.Struct("<I")
_U64 = struct.Struct("<Q")


class ModelError(ValueError):
    """A file that is not a context model, or one of another version."""


def neighbours(text: str, tokens: list[Token]) -> Iterator[tuple[str, str, str]]:
    """(left, key, right) of each token: its neighbours' keys, `BOUNDARY` where the gap is more
    than spaces."""
    # each gap judged once: joined[i] says whether tokens i and i + 1 are neighbours
    joined = [False, *(_spaces(text, a, b) for a, b in pairwise(tokens)), False]
    for i, token in enumerate(tokens):
        left = tokens[i - 1].key if joined[i] else BOUNDARY
        right = tokens[i + 1].key if joined[i + 1] else BOUNDARY
        yield left, token.key, right


def _spaces(text: str, left: Token, right: Token) -> bool:
    gap = text[left.end : right.start]
    return bool(gap) and not gap.strip(" ")


@dataclass
class Tally:
    """Counts gathered from an archive, a text at a time (`add`), before pruning and writing."""

    words: Counter[str] = field(default_factory=Counter)
    pairs: Counter[str] = field(default_factory=Counter)

    def add(self, text: str) -> None:
        """Count a text's words and neighbour pairs (a boundary ends each run of words), a line at a
        time: no pair crosses a line, so a large archive never has all its tokens in memory."""
        for line in text.splitlines():
            self._add_line(line)

    def _add_line(self, text: str) -> None:
        tokens = tokenize(text)
        words, pairs = self.words, self.pairs
        for left, word, right in neighbours(text, tokens):
            words[word] += 1
            if left == BOUNDARY:
                words[BOUNDARY] += 1
            pairs[f"{left} {word}"] += 1
            if right == BOUNDARY:  # the other end of a run of words
                pairs[f"{word} {BOUNDARY}"] += 1

    def tokens(self) -> int:
        """How many words were counted."""
        return sum(n for word, n in self.words.items() if word != BOUNDARY)

    def distinct(self) -> int:
        """How many distinct words were counted."""
        return len(self.words) - (BOUNDARY in self.words)

    def items(self, min_pair: int) -> Iterator[tuple[str, bytes]]:
        """The trie's records: counts of words, their distinct followers and leaders, and the
        pairs seen at least `min_pair` times (the rarer ones count only as distinct neighbours)."""
        followers: Counter[str] = Counter()
        leaders: Counter[str] = Counter()
        for pair in self.pairs:
            a, b = pair.split(" ")
            followers[a] += 1
            leaders[b] += 1
        for word, n in self.words.items():
            yield _COUNT + word, _U32.pack(n)
        for word, n in followers.items():
            yield _FOLLOWERS + word, _U32.pack(n)
        for word, n in leaders.items():
            yield _LEADERS + word, _U32.pack(n)
        for pair, n in self.pairs.items():
            if n >= min_pair:
                yield _PAIR + pair, _U32.pack(n)
        meta = {"tokens": sum(self.words.values()), "pair_types": len(self.pairs)}
        for name, value in meta.items():
            yield _META + name, _U64.pack(value)
        yield _META + "format", FORMAT


def learn(texts: Iterable[str]) -> Tally:
    """Count the words and neighbour pairs of an archive's texts."""
    tally = Tally()
    for text in texts:
        tally.add(text)
    return tally


def write(tally: Tally, path: Path, slips: Iterable[tuple[str, str]] = (), min_pair: int = 1) -> None:
    """Write the model, with each judged word's slips as the judge encodes them (`slips`, found
    once here so a check need not search): the same tally and slips always give the same bytes."""
    items = [*tally.items(min_pair), *((_SLIPS + word, found.encode()) for word, found in slips)]
    trie = marisa_trie.BytesTrie(sorted(items))
    trie.save(str(path))


class ContextModel:
    """Counts from a desk's archive, read from a memory-mapped file (compared by identity: each
    opening is its own model, so a run that reopens an edited file judges with the new one)."""

    def __init__(self, trie: marisa_trie.BytesTrie, path: Path) -> None:
        self._trie = trie
        self.path = path
        self.tokens = self._meta("tokens")
        self.pair_types = max(1, self._meta("pair_types"))

    @classmethod
    def open(cls, path: Path) -> ContextModel:
        """Map a model file; a file that is not one raises ModelError (an unreadable one, OSError)."""
        with open(path, "rb"):  # a missing or unreadable file: the OSError that says so
            pass
        trie = marisa_trie.BytesTrie()
        try:
            trie.mmap(str(path))
        except (RuntimeError, ValueError):  # marisa's own errors for a file that is no trie
            trie = None
        if trie is None or trie.get(_META + "format") != [FORMAT]:
            raise ModelError(f"{path}: not an arabspell context model (learn one with `arabspell learn --model`)")
        return cls(trie, path)

    def _u32(self, key: str) -> int:
        found = self._trie.get(key)
        return _U32.unpack(found[0])[0] if found else 0

    def _meta(self, name: str) -> int:
        found = self._trie.get(_META + name)
        return _U64.unpack(found[0])[0] if found else 0

    def count(self, word: str) -> int:
        """How often the archive has the word (or, for `BOUNDARY`, how many runs of words it has)."""
        return self._u32(_COUNT + word)

    def pair(self, left: str, right: str) -> int:
        """How often `right` follows `left` (0 for a pair seen too seldom to keep)."""
        return self._u32(f"{_PAIR}{left} {right}")

    def slips(self, word: str) -> str | None:
        """The slips stored for a word (`correct.slips.encode`), or None when none were stored."""
        found = self._trie.get(_SLIPS + word)
        return found[0].decode() if found else None

    def followers(self, word: str) -> int:
        """How many distinct words (and boundaries) follow the word."""
        return self._u32(_FOLLOWERS + word)

    def leaders(self, word: str) -> int:
        """How many distinct words (and boundaries) come before the word."""
        return self._u32(_LEADERS + word)
