"""The data is tested like code: clean sources, and an artefact that matches them."""

from __future__ import annotations

import re
from pathlib import Path

import marisa_trie
import pytest

from arabspell.arabic.letters import LETTERS
from arabspell.lexicon import build, deletes
from arabspell.lexicon.artefact import DATA, parse_artefact, read_artefact
from arabspell.lexicon.words import Words

#: the word, name and style lists (the context rules, `context-rules.txt`, are tested in test_context_rules.py)
SOURCES = sorted(p for p in build.DICTIONARIES.glob("*.txt") if p.name != build.CONTEXT_RULES)
WORD = f"[{LETTERS}]+"
WORD_LINE = re.compile(rf"{WORD}(\t\d+(\.\d+)?)?")
NAME_LINE = re.compile(f"{WORD}( {WORD})*")
STYLE_LINE = re.compile(f"{WORD}\t{WORD}")
MISSPELLING_LINE = re.compile(f"{WORD}\t{WORD}( {WORD})*")
FLAGS = r"[A-Za-z0-9]{2}(,[A-Za-z0-9]{2})*"
AFFIX_LINE = re.compile(rf"(PFX|SFX)\t[A-Za-z0-9]{{2}}\t({WORD}|0)\t({WORD}|0)\t\S+\t({FLAGS}|-)")
STEM_LINE = re.compile(rf"{WORD}\t{FLAGS}")
PATTERNS = {"words-": WORD_LINE, "names-": NAME_LINE, "style-": STYLE_LINE, "morph-affixes": AFFIX_LINE}
PATTERNS["misspellings-"] = MISSPELLING_LINE
PATTERNS["morph-stems"] = STEM_LINE


def entries(path: Path) -> list[str]:
    return [line for line in path.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]


@pytest.fixture(scope="module")
def artefact():
    return parse_artefact(read_artefact(), Words.open(DATA))


def test_every_source_is_a_word_or_name_list() -> None:
    assert SOURCES
    kinds = ("words-", "names-", "style-", "morph-", "misspellings-")
    assert all(p.name.startswith(kinds) for p in SOURCES), "unknown kind of source"


@pytest.mark.parametrize("path", [*SOURCES, build.DICTIONARIES / build.CONTEXT_RULES], ids=lambda p: p.name)
def test_source_has_a_licence_header(path: Path) -> None:
    text = "\n".join(line for line in path.read_text(encoding="utf-8").splitlines() if line.startswith("#"))
    assert "Source:" in text and "Licence:" in text, path.name


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: p.name)
def test_source_is_sorted_unique_and_clean(path: Path) -> None:
    lines = entries(path)
    # an affix rule is its whole line (one flag has many entries); every other source is keyed by its word
    keys = lines if path.name.startswith("morph-affixes") else [line.split("\t")[0] for line in lines]
    assert keys == sorted(keys), "not sorted"
    assert len(keys) == len(set(keys)), "duplicates"
    pattern = next(p for prefix, p in PATTERNS.items() if path.name.startswith(prefix))
    bad = [line for line in lines if not pattern.fullmatch(line)]
    assert not bad, bad[:5]


def test_artefact_is_fresh() -> None:
    """The committed artefact is exactly what the build makes from today's sources."""
    compiled = build.compile_sources()
    assert build.OUTPUT.read_bytes() == build.render(compiled), "run: python -m arabspell.lexicon.build"
    assert build.words_fresh(compiled.words), "run: python -m arabspell.lexicon.build"
    assert build.inflections_fresh(compiled.words), "run: python -m arabspell.lexicon.build"
    assert deletes.fresh(build.DATA), "run: python -m arabspell.lexicon.build"


def test_the_deletion_index_is_made_alike_and_fits_only_its_own_store(tmp_path) -> None:
    trie = marisa_trie.Trie(["كتب", "كتاب", "مكتب", "و"])
    blob = deletes.render(trie)
    assert blob == deletes.render(marisa_trie.Trie(["و", "مكتب", "كتاب", "كتب"]))  # the same bytes
    (tmp_path / deletes.DELETES).write_bytes(blob)
    index = deletes.Deletes.open(tmp_path, trie)
    assert index is not None
    assert index.letters("كب", 1) == ["ت"]  # كتب less its ت
    assert sorted(index.letters("كتب", 2)) == ["ا"]  # كتاب less its ا; مكتب gives كتب at 0
    assert index.letters("كتب", 0) == ["م"]
    assert index.letters("", 0) == ["و"]  # a one-letter form
    assert deletes.Deletes.open(tmp_path, marisa_trie.Trie(["كتب"])) is None  # another store


def test_artefact_round_trips(artefact) -> None:
    assert len(artefact.zipfs) > 500_000
    assert artefact.zipfs["في"] > 7 and artefact.zipfs["الهاتفية"] > 3
    for path in SOURCES:
        if path.name.startswith("morph-"):
            continue  # compiled into the inflection store (test_inflections.py)
        for line in entries(path):
            if path.name.startswith("words-"):
                assert line.split("\t")[0] in artefact.zipfs
            elif path.name.startswith("style-"):
                assert tuple(line.split("\t")) in artefact.style
            elif path.name.startswith("misspellings-"):
                wrong, right = line.split("\t")
                assert artefact.misspellings[wrong] == right
            else:
                assert all(w in artefact.zipfs for w in line.split() if len(w) > 1)
                assert len(line.split()) == 1 or line in artefact.fullnames


def test_gazetteer_names_are_known(artefact) -> None:
    for name in ("السعودية", "محمد", "كولون", "غالانت", "بيستوريوس"):
        assert name in artefact.names and artefact.zipfs[name] >= build.NAME_ZIPF
