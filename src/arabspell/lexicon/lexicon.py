"""The word list: Zipf frequencies of Arabic word forms, with clitic-aware lookup.

The compiled artefact (`data/lexicon.txt.gz`, built by `arabspell.build`) holds
groups of words under a `@<centi-zipf>` line, which loads in a few dict calls.
"""

from __future__ import annotations

import gzip
import math
from collections.abc import Container, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from arabspell.arabic.clitics import NUMBER, morphemes, splits
from arabspell.lexicon.words import Words

ARTEFACT = "lexicon.txt.gz"
#: the compiled lexicon: ARTEFACT (names, style pairs, name model) and the word store (`words.py`)
DATA = Path(__file__).resolve().parents[1] / "data"
#: Cost, in Zipf units, of each clitic (و, ب, ال, an enclitic…) on an unlisted form.
CLITIC_COST = 0.5
#: Cost of a suffix (pronoun, tanween, dual or plural ending) on an unlisted form.
SUFFIX_COST = 1.0
#: ال + a word at least this frequent is the article, not part of the stem (البحر, not التزام).
DEFINITE_MIN = 2.5
#: A stem found only through clitic analysis must be at least this frequent.
MIN_STEM_ZIPF = 1.5


@dataclass(frozen=True)
class Artefact:
    """The compiled lexicon: Zipf per word form, the words of known names, multi-word names."""

    zipfs: Mapping[str, float]
    names: frozenset[str] = frozenset()
    fullnames: frozenset[str] = frozenset()
    style: tuple[tuple[str, str], ...] = ()
    trigrams: dict[str, tuple[int, int]] = field(default_factory=dict)


def trigrams(word: str) -> list[str]:
    """The letter trigrams of a word, with ^ and $ marking its ends."""
    padded = f"^{word}$"
    return [padded[i : i + 3] for i in range(len(padded) - 2)]


def parse_artefact(data: str, store: Mapping[str, float] | None = None) -> Artefact:
    """Read the compiled text format: `%section` lines; the word forms come from `words` (the
    memory-mapped `store`), or from a `%words` section of `@<centi-zipf>` groups."""
    # str.split and dict.fromkeys do the work in C: this is the start-up path of every run
    sections: dict[str, list[str]] = {}
    zipfs: dict[str, float] = {}
    for chunk in ("\n" + data).split("\n%")[1:]:
        name, _, body = chunk.partition("\n")
        if name == "words":  # `@<centi-zipf>` then its words, a line each
            for group in ("\n" + body).split("\n@")[1:]:
                value, _, words = group.partition("\n")
                zipfs.update(dict.fromkeys(filter(None, words.split("\n")), int(value) / 100))
        else:
            sections[name] = [line for line in body.split("\n") if line and not line.startswith("#")]
    style = tuple(tuple(line.split("\t", 1)) for line in sections.get("style", []))
    grams = {}
    for line in sections.get("trigrams", []):
        gram, names, words = line.split("\t")
        grams[gram] = (int(names), int(words))
    return Artefact(
        zipfs if store is None else store,
        frozenset(sections.get("names", [])),
        frozenset(sections.get("fullnames", [])),
        style,  # type: ignore[arg-type]
        grams,
    )


def read_artefact(path: Path | None = None) -> str:
    """Return the decompressed text of the compiled lexicon."""
    source = DATA / ARTEFACT if path is None else path
    blob = source.read_bytes()
    return gzip.decompress(blob).decode("utf-8")


class Lexicon:
    """Word forms with Zipf frequencies; unknown forms have Zipf 0."""

    def __init__(
        self,
        zipfs: Mapping[str, float],
        names: frozenset[str] = frozenset(),
        fullnames: frozenset[str] = frozenset(),
        preferred: frozenset[str] = frozenset(),
        style: tuple[tuple[str, str], ...] = (),
        trigram_counts: dict[str, tuple[int, int]] | None = None,
    ) -> None:
        self._zipf = zipfs
        self._trigram_counts = trigram_counts or {}
        self._odds, self._unseen = _log_odds(self._trigram_counts)
        #: letter sequences that two house styles write differently (مريك / ميرك)
        self.style = style
        #: the highest Zipf frequency in the lexicon
        self.top = zipfs.top if isinstance(zipfs, Words) else max(zipfs.values(), default=0.0)
        #: words of known names (gazetteers), and names of several words
        self.names = names
        self.fullnames = fullnames
        #: house spellings a desk pinned (style.inconsistent)
        self.preferred = preferred
        #: a million-word archive has ~85k distinct forms, and candidates besides
        self.score = lru_cache(maxsize=1 << 18)(self.score_uncached)

    def extended(
        self,
        words: dict[str, float],
        names: frozenset[str] = frozenset(),
        fullnames: frozenset[str] = frozenset(),
        preferred: frozenset[str] = frozenset(),
    ) -> Lexicon:
        """A copy with more words (the higher frequency wins), names and house spellings;
        the style pairs and the letter model of names are kept."""
        if isinstance(self._zipf, Words):
            zipfs: Mapping[str, float] = self._zipf.with_extra(words)
        else:
            zipfs = dict(self._zipf)
            for word, value in words.items():
                zipfs[word] = max(value, zipfs.get(word, 0.0))
        return Lexicon(
            zipfs,
            self.names | names,
            self.fullnames | fullnames,
            self.preferred | preferred,
            self.style,
            self._trigram_counts,
        )

    @classmethod
    def load(cls, folder: Path | None = None) -> Lexicon:
        """Load the compiled artefact shipped with the package (or the one in `folder`)."""
        folder = folder or DATA
        art = parse_artefact(read_artefact(folder / ARTEFACT), Words.open(folder))
        return cls(art.zipfs, art.names, art.fullnames, style=art.style, trigram_counts=art.trigrams)

    @property
    def vocabulary(self) -> Container[str]:
        """Every listed form, for fast membership tests."""
        return self._zipf.members if isinstance(self._zipf, Words) else self._zipf

    def __contains__(self, word: str) -> bool:
        return word in self._zipf

    def __len__(self) -> int:
        return len(self._zipf)

    def zipf(self, word: str) -> float:
        """Zipf frequency of the exact form, 0 when it is not listed."""
        return self._zipf.get(word, 0.0)

    def score_uncached(self, word: str) -> float:
        """Zipf of a listed form; for an unlisted one, its best clitic reading; 0 if none.

        A listed form's own frequency is the evidence: clitic readings only stand in
        for the combinations the list is too small to hold (وبالهاتفية). `score` is
        the same, cached: use it for the words of a text, this one for candidates.
        """
        listed = self._zipf.get(word)
        if listed is not None:
            return listed
        best = 0.0
        for pre, stem, suf in splits(word):
            value = self._zipf.get(stem, 0.0)
            if value >= MIN_STEM_ZIPF and not (suf and suf not in NUMBER and self._definite(stem)):
                best = max(best, value - CLITIC_COST * morphemes(pre) - SUFFIX_COST * (suf != ""))
        return best

    def _definite(self, stem: str) -> bool:
        """A stem that is ال + a listed word (البحر), which takes no pronoun or tanween (البحرني)."""
        return stem.startswith("ال") and self._zipf.get(stem[2:], 0.0) >= DEFINITE_MIN

    @lru_cache(maxsize=1 << 16)  # noqa: B019 - one lexicon per process
    def foreignness(self, word: str) -> float:
        """How much more a word's letters look like a transliterated name than an Arabic word:
        the mean log-odds of its letter trigrams (0: no lean; متروجيت ≈ 1.6, الهافية ≈ −0.4)."""
        grams = trigrams(word)
        return sum(self._odds.get(g, self._unseen) for g in grams) / len(grams)

    def known(self, word: str) -> bool:
        """True when the form is listed or reads as clitics around a listed stem."""
        return self.score(word) > 0.0


def _log_odds(counts: dict[str, tuple[int, int]], k: float = 0.5) -> tuple[dict[str, float], float]:
    """Per trigram, log P(trigram | name) − log P(trigram | word), add-k smoothed; and the unseen value."""
    if not counts:
        return {}, 0.0
    names = sum(n for n, _ in counts.values()) + k * len(counts)
    words = sum(w for _, w in counts.values()) + k * len(counts)
    odds = {g: math.log((n + k) / names) - math.log((w + k) / words) for g, (n, w) in counts.items()}
    return odds, math.log(k / names) - math.log(k / words)


@lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    """The packaged lexicon, loaded once per process."""
    return Lexicon.load()
