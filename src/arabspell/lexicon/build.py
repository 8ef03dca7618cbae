"""Compile the lexicon artefact from wordfreq and the sources in `dictionaries/`.

    python -m arabspell.lexicon.build            # rewrite src/arabspell/data/
    python -m arabspell.lexicon.build --check    # exit 1 if the artefact is stale
    python -m arabspell.lexicon.build --dictionaries DIR   # sources elsewhere than the checkout's

A development step, never run by a check: it needs the `build` extra (wordfreq) and the
checkout's `dictionaries/` folder, which the wheel does not ship.

The artefact is these files: `lexicon.txt.gz` (names, full names, house-style pairs,
the letter model of names; sorted, gzip without a timestamp), the word store,
`words.marisa` + `words.zipf` + `words.top` (see `arabspell.lexicon.words`) with its deletion
index `deletes.marisa` (`arabspell.lexicon.deletes`), and the inflections of known
stems, `inflections.marisa` + `inflections.txt` (Ayaspell's suffixes, `arabspell.lexicon.affixes`).
Its last step judges the commoner listed forms into `verdicts.marisa` (`arabspell.correct.settled`).
The output is deterministic, so a test can prove that the committed artefact matches its sources.
"""

from __future__ import annotations

import argparse
import gzip
import math
import subprocess
import sys
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

from arabspell.arabic.letters import BARE_WORD
from arabspell.lexicon import affixes, deletes, inflections
from arabspell.lexicon.artefact import DATA, trigrams
from arabspell.lexicon.fullnames import by_surname
from arabspell.lexicon.inflections import Inflections
from arabspell.lexicon.letters import log_odds
from arabspell.lexicon.words import TOP, TRIE, ZIPF, Words

#: the checkout this module was installed from (editable), whose `dictionaries/` are the sources
ROOT = Path(__file__).resolve().parents[3]
DICTIONARIES = ROOT / "dictionaries"
OUTPUT = DATA / "lexicon.txt.gz"
#: the context rules (docs/context-rules.md): copied as they are, the rules parse them at start-up
CONTEXT_RULES = "context-rules.txt"
#: Zipf given to a curated word listed without a frequency.
DEFAULT_ZIPF = 3.0
#: The least Zipf a word of a gazetteer name gets: listed, and a stem for clitics (بغالانت).
NAME_ZIPF = 1.5
#: A word of a name of several words counts as a name only below this Zipf (not حزب in حزب الله).
NAME_PART_MAX = 4.0
#: The name lists whose words teach the letter model what a transliterated name looks like.
FOREIGN_NAME_SOURCES = ("names-arabnamer.txt", "names-cldr.txt", "names-news.txt")
#: The words it learns ordinary words from: the lexicon's common words.
TRIGRAM_WORD_ZIPF = 3.0
WORDFREQ_VERSION = "3.1.1"


def read_source(path: Path) -> list[tuple[str, float]]:
    """Entries of a dictionary source: `word` or `word<TAB>zipf` lines, `#` comments."""
    entries = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        word, _, value = line.partition("\t")
        entries.append((word, float(value) if value else DEFAULT_ZIPF))
    return entries


def wordfreq_zipfs() -> dict[str, int]:
    """Arabic-letter forms of wordfreq's large Arabic list, as centi-Zipf."""
    import wordfreq

    found = metadata.version("wordfreq")
    if found != WORDFREQ_VERSION:
        sys.exit(f"the build needs wordfreq=={WORDFREQ_VERSION}, found {found}")
    return {
        word: round((math.log10(freq) + 9) * 100)
        for word, freq in wordfreq.get_frequency_dict("ar", "large").items()
        if BARE_WORD.fullmatch(word)
    }


@dataclass
class Compiled:
    """What the artefact holds: word frequencies (centi-Zipf), name words and multi-word names."""

    words: dict[str, int]
    names: set[str] = field(default_factory=set)
    fullnames: set[str] = field(default_factory=set)
    style: set[tuple[str, str]] = field(default_factory=set)
    trigrams: dict[str, tuple[int, int]] = field(default_factory=dict)
    letters: set[str] = field(default_factory=set)
    misspellings: dict[str, str] = field(default_factory=dict)


def read_names(path: Path) -> list[str]:
    """Entries of a names or style source: one entry a line, `#` comments."""
    lines = (line.strip() for line in path.read_text(encoding="utf-8").splitlines())
    return [line for line in lines if line and not line.startswith("#")]


def compile_sources(dictionaries: Path = DICTIONARIES) -> Compiled:
    """Merge wordfreq with the curated word and name sources (the larger frequency wins)."""
    out = Compiled(wordfreq_zipfs())
    for path in sorted(dictionaries.glob("words-*.txt")):
        for word, value in read_source(path):
            out.words[word] = max(out.words.get(word, 0), round(value * 100))
    floor, common = round(NAME_ZIPF * 100), round(NAME_PART_MAX * 100)
    for path in sorted(dictionaries.glob("names-*.txt")):
        for name in read_names(path):
            parts = name.split()
            if len(parts) > 1:
                out.fullnames.add(name)
            for part in parts:
                if len(part) < 2:
                    continue
                if len(parts) == 1 or out.words.get(part, 0) < common:
                    out.names.add(part)
                out.words[part] = max(out.words.get(part, 0), floor)
    for path in sorted(dictionaries.glob("style-*.txt")):
        for line in read_names(path):
            first, second = line.split("\t")
            out.style.add((first, second))
    for path in sorted(dictionaries.glob("misspellings-*.txt")):
        for line in read_names(path):
            wrong, right = line.split("\t")
            out.misspellings[wrong] = right
    out.trigrams = name_trigrams(out, dictionaries)
    out.letters = {gram for word in out.words for gram in trigrams(word)}
    return out


def name_trigrams(compiled: Compiled, dictionaries: Path) -> dict[str, tuple[int, int]]:
    """Letter-trigram counts of transliterated names against common words, for `Lexicon.foreignness`.

    Names: the words of the foreign-name lists (arabnamer, today's news, CLDR); words: the
    common words of the lexicon (Zipf >= 3) that are not names. Only trigrams seen twice are kept.
    """
    names = {
        w
        for path in dictionaries.glob("names-*.txt")
        if path.name in FOREIGN_NAME_SOURCES
        for name in read_names(path)
        for w in name.split()
        if len(w) > 2
    }
    common = round(TRIGRAM_WORD_ZIPF * 100)
    words = {w for w, z in compiled.words.items() if z >= common and len(w) > 2 and w not in compiled.names}
    counts: dict[str, list[int]] = {}
    for column, corpus in enumerate((names, words)):
        for word in corpus:
            for gram in trigrams(word):
                counts.setdefault(gram, [0, 0])[column] += 1
    return {g: (n, w) for g, (n, w) in counts.items() if n + w >= 2}


def render(compiled: Compiled) -> bytes:
    """The text part of the artefact: `%names`, `%fullnames` (and the two-word ones by surname,
    `%bysurname`), `%style`, `%odds` (exact: `repr`), `%letters`, every letter trigram of a listed
    form (`Lexicon.odd_letters`), and `%misspellings`."""
    lines = ["# arabspell lexicon: generated by `python -m arabspell.lexicon.build`; do not edit"]
    lines.extend(["%names", *sorted(compiled.names)])
    lines.extend(["%fullnames", *sorted(compiled.fullnames), "%bysurname", *by_surname(compiled.fullnames)])
    lines.extend(["%style", *(f"{a}\t{b}" for a, b in sorted(compiled.style))])
    odds, unseen = log_odds(dict(sorted(compiled.trigrams.items())))
    lines.extend(["%odds", f"\t{unseen!r}", *(f"{g}\t{v!r}" for g, v in odds.items())])
    lines.append("%letters")
    lines.extend(sorted(compiled.letters))
    lines.append("%misspellings")
    lines.extend(f"{a}\t{b}" for a, b in sorted(compiled.misspellings.items()))
    return gzip.compress(("\n".join(lines) + "\n").encode("utf-8"), mtime=0)


def main(argv: list[str] | None = None) -> int:
    """Build the artefact, or with --check report whether it is stale."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if the artefact is stale")
    parser.add_argument("--dictionaries", type=Path, default=DICTIONARIES, help="the sources (default: %(default)s)")
    args = parser.parse_args(argv)
    if not args.dictionaries.is_dir():
        parser.error(f"{args.dictionaries}: no such folder; the build reads a checkout's dictionaries/")
    compiled = compile_sources(args.dictionaries)
    blob = render(compiled)
    rules = (args.dictionaries / CONTEXT_RULES).read_bytes()
    if args.check:
        fresh = OUTPUT.exists() and OUTPUT.read_bytes() == blob and words_fresh(compiled.words)
        fresh = fresh and context_rules_fresh(rules)
        fresh = fresh and inflections_fresh(compiled.words, args.dictionaries) and deletes.fresh(DATA)
        print("lexicon artefact is fresh" if fresh else f"lexicon artefact is stale: run python -m {__spec__.name}")
        return 0 if fresh and _verdicts(check=True) == 0 else 1
    OUTPUT.write_bytes(blob)
    trie, zipf = Words.render(compiled.words)
    (DATA / TRIE).write_bytes(trie)
    (DATA / deletes.DELETES).write_bytes(deletes.render_bytes(trie))
    (DATA / ZIPF).write_bytes(zipf)
    (DATA / TOP).write_bytes(Words.render_top(compiled.words))
    (DATA / CONTEXT_RULES).write_bytes(rules)
    forms, groups = render_inflections(compiled.words, args.dictionaries)
    (DATA / inflections.TRIE).write_bytes(forms)
    (DATA / inflections.GROUPS).write_bytes(groups)
    sizes = f"{TRIE} ({len(trie)}), {ZIPF} ({len(zipf)}), {inflections.TRIE} ({len(forms)})"
    print(f"wrote {OUTPUT} ({len(blob)} bytes), {sizes}")
    return _verdicts(check=False)


def _verdicts(check: bool) -> int:
    """The last step: the verdicts judged from the new artefact (`arabspell.correct.settled`), in a
    process of its own, as the judging is the corrector's, a layer above this one."""
    argv = [sys.executable, "-m", "arabspell.correct.settled", *(["--check"] if check else [])]
    return subprocess.run(argv, check=False).returncode


def context_rules_fresh(source: bytes) -> bool:
    """Whether the packaged context rules are the source's copy."""
    copy = DATA / CONTEXT_RULES
    return copy.exists() and copy.read_bytes() == source


def words_fresh(words: dict[str, int]) -> bool:
    """Whether the committed word store holds exactly these forms and frequencies (compared by
    content: another version of marisa-trie may lay out the same trie differently)."""
    try:
        store = Words.open(DATA)
    except (OSError, ValueError):
        return False
    top = DATA / TOP
    if not top.exists() or top.read_bytes() != Words.render_top(words):
        return False
    return len(store) == len(words) and all(round(store.get(w, -1.0) * 100) == c for w, c in words.items())


def render_inflections(words: dict[str, int], dictionaries: Path = DICTIONARIES) -> tuple[bytes, bytes]:
    """The inflection store's two files, from Ayaspell's sources and the compiled words."""
    expansion = affixes.expand(dictionaries, words)
    return Inflections.render(expansion.forms, expansion.groups)


def inflections_fresh(words: dict[str, int], dictionaries: Path = DICTIONARIES) -> bool:
    """Whether the committed inflection store holds exactly what the sources make (by content)."""
    forms, groups = render_inflections(words, dictionaries)
    try:
        store = Inflections.open(DATA)
    except (OSError, ValueError):
        return False
    fresh = (DATA / inflections.GROUPS).read_bytes() == groups
    return fresh and store.items() == Inflections.from_bytes(forms).items()


if __name__ == "__main__":
    raise SystemExit(main())
