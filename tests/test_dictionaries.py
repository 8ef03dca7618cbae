"""The data is tested like code: clean sources, and an artefact that matches them."""

from __future__ import annotations

from pathlib import Path

import pytest

from arabspell import build
from arabspell.lexicon import parse_artefact, read_artefact
from arabspell.tokenize import WORD

SOURCES = sorted(build.DICTIONARIES.glob("*.txt"))


def entries(path: Path) -> list[str]:
    return [line for line in path.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]


def test_there_are_sources() -> None:
    assert SOURCES


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: p.name)
def test_source_has_a_licence_header(path: Path) -> None:
    header = [line for line in path.read_text(encoding="utf-8").splitlines() if line.startswith("#")]
    text = "\n".join(header)
    assert "Source:" in text and "Licence:" in text, path.name


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: p.name)
def test_source_is_sorted_unique_and_clean(path: Path) -> None:
    lines = entries(path)
    words = [line.split("\t")[0] for line in lines]
    assert words == sorted(words), "not sorted"
    assert len(words) == len(set(words)), "duplicates"
    assert all(line == line.strip() for line in lines), "stray whitespace"
    assert all(WORD.fullmatch(w) for w in words), "not one Arabic word per line"
    for line in lines:
        if "\t" in line:
            assert 0 < float(line.split("\t")[1]) < 8


def test_artefact_is_fresh() -> None:
    """The committed artefact is exactly what the build makes from today's sources."""
    assert build.OUTPUT.read_bytes() == build.render(build.compile_words()), "run: python -m arabspell.build"


def test_artefact_round_trips() -> None:
    zipfs = parse_artefact(read_artefact())
    assert len(zipfs) > 500_000
    assert zipfs["في"] > 7 and zipfs["الهاتفية"] > 3
    for path in SOURCES:
        for word in entries(path):
            assert word.split("\t")[0] in zipfs
