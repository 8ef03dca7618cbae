"""The word list: Zipf frequencies of Arabic word forms, with clitic-aware lookup, the known
names, and a desk's own words; `status()` says whether a word is valid.

The compiled artefact (`artefact.py`, built by `arabspell.lexicon.build`) is loaded once per process.
"""

from __future__ import annotations

from collections.abc import Container, Mapping
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from arabspell.arabic.clitics import NUMBER, morphemes, splits
from arabspell.arabic.normalize import key
from arabspell.lexicon.artefact import DATA, load_artefact
from arabspell.lexicon.fullnames import FullNames
from arabspell.lexicon.inflections import TRIE, Inflections
from arabspell.lexicon.letters import Letters
from arabspell.lexicon.lists import Rejection, ends, looked_up
from arabspell.lexicon.participles import participle
from arabspell.lexicon.words import Words

#: Cost, in Zipf units, of each clitic (و, ب, ال, an enclitic…) on an unlisted form.
CLITIC_COST = 0.5
#: Cost of a suffix (pronoun, tanween, dual or plural ending) on an unlisted form.
SUFFIX_COST = 1.0
#: ال + a word at least this frequent is the article, not part of the stem (البحر, not التزام).
DEFINITE_MIN = 2.5
#: A stem found only through clitic analysis must be at least this frequent.
MIN_STEM_ZIPF = 1.5
#: Zipf given to the words of a desk dictionary: listed, and above the rarity bounds of the rules.
DESK_ZIPF = 3.0
#: Cost, in Zipf units, of the inflection (dual, plural, verb ending and pronouns together) that
#: makes an unlisted form an Ayaspell inflection of a known stem (`inflections.py`): the form is
#: taken as far rarer than its stem, so a slip of a frequent word stays flagged.
INFLECTION_COST = 2.5


class Status(NamedTuple):
    """What the lexicon says of a word (typos' `Status`): valid, or not, and then either unknown
    or a known misspelling with its corrections (a desk's rejected spelling)."""

    valid: bool
    corrections: tuple[str, ...] = ()

    @property
    def unknown(self) -> bool:
        """Neither valid nor a known misspelling."""
        return not self.valid and not self.corrections


VALID, UNKNOWN = Status(True), Status(False)


class Lexicon:
    """Word forms with Zipf frequencies; unknown forms have Zipf 0."""

    def __init__(
        self,
        zipfs: Words,
        names: frozenset[str] = frozenset(),
        fullnames: FullNames | frozenset[str] = frozenset(),
        preferred: frozenset[str] = frozenset(),
        style: tuple[tuple[str, str], ...] = (),
        letters: Letters | None = None,
        misspellings: Mapping[str, str] | None = None,
        accepted: frozenset[str] = frozenset(),
        rejected: Mapping[str, str] | None = None,
        desk: frozenset[str] = frozenset(),
        inflections: Path | None = DATA,
    ) -> None:
        self._zipf = zipfs
        #: Zipf frequency of the exact form, 0 when it is not listed (the store's own lookup: the
        #: commonest call of a run, two million for an archive, made one call instead of two)
        self.zipf = zipfs.zipf
        #: the letters that put back into a string give a listed form (None: the store has no index)
        self.put_back = zipfs.put_back if zipfs.indexed else None
        #: where the store of inflections is (None: no validity check), opened on first use
        self._inflections_folder = inflections
        self._inflections: Inflections | None = None
        #: the letter model (names' trigrams against words', and every listed form's trigrams)
        self.letters = letters or Letters()
        #: spellings never right in MSA (the packaged `misspellings-*.txt`), with their corrections
        self.misspellings: Mapping[str, str] = misspellings or {}
        self._misspelt_ends = ends(self.misspellings)
        #: letter sequences that two house styles write differently (مريك / ميرك)
        self.style = style
        #: the highest Zipf frequency in the lexicon
        self.top = zipfs.top
        #: words of known names (gazetteers), and names of several words
        self.names = names
        self.fullnames = fullnames if isinstance(fullnames, FullNames) else FullNames.of(fullnames)
        #: house spellings a desk pinned (style.inconsistent)
        self.preferred = preferred
        #: words a desk accepts (never reported) and rejects (lookup key -> correction)
        self.accepted = accepted
        self.rejected: Mapping[str, str] = rejected or {}
        #: the words a desk added (dictionaries, accepted words): known, but not on the lexicon's evidence
        self.desk = desk
        #: ~85k distinct forms in a million words, and candidates; `inflection`: judged, then per text
        self.score = lru_cache(maxsize=1 << 18)(self.score_uncached)
        self.inflection = lru_cache(maxsize=1 << 16)(self._inflection)

    def with_desk(
        self,
        words: frozenset[str] = frozenset(),
        fullnames: frozenset[str] = frozenset(),
        preferred: frozenset[str] = frozenset(),
        accepted: frozenset[str] = frozenset(),
        rejected: Mapping[str, str] | None = None,
    ) -> Lexicon:
        """A copy with a desk's words and accepted words (listed at DESK_ZIPF, as names), its names
        of several words (each of their words a name too), house spellings and rejected spellings."""
        rejected = rejected or {}
        words = words | accepted | {w for name in fullnames for w in name.split()}
        # the desk's corrections are its own words: valid and never reported, but not names
        accepted = accepted | ({key(w) for fix in rejected.values() for w in fix.split()} - set(rejected))
        return Lexicon(
            self._zipf.with_extra(dict.fromkeys(words | preferred, DESK_ZIPF)),
            self.names | words,
            self.fullnames | fullnames,
            self.preferred | preferred,
            self.style,
            self.letters,  # shared: its log-odds, its cache and its set are the same for a desk
            self.misspellings,
            self.accepted | accepted,
            {**self.rejected, **rejected},
            self.desk | words,
            self._inflections_folder,
        )

    @classmethod
    def load(cls, folder: Path | None = None) -> Lexicon:
        """Load the compiled artefact shipped with the package (or the one in `folder`)."""
        art = load_artefact(folder)
        where = folder or DATA
        inflections = where if (where / TRIE).exists() else None
        letters = Letters(art.odds, art.unseen, art.letters)
        extra = {"style": art.style, "letters": letters, "misspellings": art.misspellings, "inflections": inflections}
        return cls(art.zipfs, art.names, art.fullnames, **extra)  # type: ignore[arg-type]

    def status(self, word: str) -> Status:
        """Whether a lookup key is valid: a rejected spelling, proclitics attached or not, is not
        (its correction given, proclitics kept); an accepted or known one is (listed, or clitics
        around a listed stem); the rest is unknown."""
        rejection = self.rejection(word)
        if rejection is not None:
            return Status(False, (rejection.replacement,))
        return VALID if word in self.accepted or self.known(word) else UNKNOWN

    def rejection(self, word: str) -> Rejection | None:
        """The desk's rejected spelling a lookup key is, itself or after proclitics (والى: و + الى;
        للصباح: ل + الصباح), the longest proclitic reading first; suffixes are never taken off
        (اسرائيلية is another word than اسرائيل). None when it is none."""
        return looked_up(self.rejected, word)

    def misspelling(self, word: str) -> Rejection | None:
        """The packaged misspelling (هاذا, لاكن, شيئ) a lookup key is, itself or after proclitics."""
        if not word.endswith(self._misspelt_ends) or word in self.accepted:
            return None  # (a C test first: every proclitic reading of a form ends it)
        return looked_up(self.misspellings, word)

    @property
    def vocabulary(self) -> Container[str]:
        """Every listed form, for fast membership tests."""
        return self._zipf.members

    def __contains__(self, word: str) -> bool:
        return word in self._zipf

    def __len__(self) -> int:
        return len(self._zipf)

    def vocabulary_above(self, zipf: float) -> tuple[str, ...]:
        """The listed forms more frequent than `zipf` (the commonest words)."""
        return self._zipf.above(zipf)

    def score_uncached(self, word: str) -> float:
        """Zipf of a listed form; for an unlisted one, its best clitic reading; 0 if none. A listed
        form's own frequency is the evidence: clitic readings only stand in for the combinations the
        list is too small to hold (وبالهاتفية). `score` is the same, cached: use it for the words of
        a text, this one for candidates."""
        listed = self._zipf.get(word)
        if listed is not None:
            return listed
        return self.reading(word)

    def reading(self, word: str, suffixes: bool = True) -> float:
        """The best clitic reading of a form (proclitics only, unless `suffixes`); 0 if none."""
        best = 0.0
        for pre, stem, suf in splits(word):
            if suffixes or not suf:
                best = max(best, self._read(pre, stem, suf))
        return best

    def _read(self, pre: str, stem: str, suf: str) -> float:
        """The score of one clitic reading: the stem's Zipf less the clitics' costs; 0 for a stem too
        rare, or ال + a word with a pronoun or tanween (البحرني)."""
        value = self._zipf.get(stem, 0.0)
        if value < MIN_STEM_ZIPF or (suf and suf not in NUMBER and self._definite(stem)):
            return 0.0
        return value - CLITIC_COST * morphemes(pre) - SUFFIX_COST * (suf != "")

    def reading_like(self, word: str, form: str) -> float:
        """The best reading of `form`, a respelling of `word` letter for letter (a hamza, ة or ى put
        right), through the clitics of `word`'s own readings: the two are weighed alike (الاقليميتين,
        الاقليمية + تين, against الإقليمية + تين); 0 if none."""
        best = 0.0
        for pre, stem, suf in splits(word):
            end = len(form) - len(suf)
            other = form[len(pre) : end]
            if suf == "ي" or self._zipf.get(stem, 0.0) < MIN_STEM_ZIPF or form[: len(pre)] != pre or form[end:] != suf:
                continue  # (a final ي may be a name's own vowel: استوري is Astori, no استور + ي)
            best = max(best, self._read(pre, other, suf))
        return best

    def _inflection(self, word: str) -> float:
        """The score of an unlisted key as an inflection of a known stem (قاعدتينا: قاعدة), its stem's
        Zipf less INFLECTION_COST, or a participle of a listed verb (متبدد: `participles`); 0 when it
        is neither. The store is opened on the first call: only a form that could be flagged asks."""
        found = participle(word, self.zipf, CLITIC_COST)
        if self._inflections_folder is None:
            return found
        if self._inflections is None:
            self._inflections = Inflections.open(self._inflections_folder)
        stem = self._inflections.stem_zipf(word)
        return max(found, stem - INFLECTION_COST) if stem else found

    def _definite(self, stem: str) -> bool:
        """A stem that is ال + a listed word (البحر), which takes no pronoun or tanween (البحرني)."""
        return stem.startswith("ال") and self._zipf.get(stem[2:], 0.0) >= DEFINITE_MIN

    def foreignness(self, word: str) -> float:
        """How much a word's letters lean towards transliterated names (`Letters.foreignness`)."""
        return self.letters.foreignness(word)

    def odd_letters(self, word: str) -> int:
        """How many of a word's letter trigrams no listed form has (`Letters.odd`)."""
        return self.letters.odd(word)

    def known(self, word: str) -> bool:
        """True when the form is listed or reads as clitics around a listed stem."""
        return self.score(word) > 0.0


@lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    """The packaged lexicon, loaded once per process."""
    return Lexicon.load()
