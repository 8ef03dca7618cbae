"""Shared fixtures: the repository root and the seed article."""

from __future__ import annotations

import tempfile
from functools import lru_cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_69343e0133e2dd8e.txt"


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(autouse=True)
def _plain_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every test sees text output as a pipe does wherever it runs: 80 columns, the colour
    decided by --color and the stream alone (no COLUMNS, NO_COLOR or FORCE_COLOR from the shell)."""
    for name in ("COLUMNS", "NO_COLOR", "FORCE_COLOR"):
        monkeypatch.delenv(name, raising=False)


ARCHIVE = ROOT / "tests" / "data" / "archive"


@lru_cache(maxsize=1)
def desk_model() -> Path:
    """A context model learned from the small archive of `tests/data/archive` (sentences written for
    the tests), built once per test run: what `arabspell learn --model` writes for a desk."""
    from arabspell.desk.model import write_model
    from arabspell.lexicon import ngrams
    from arabspell.lexicon.lexicon import default_lexicon

    path = Path(tempfile.mkdtemp(prefix="arabspell-model-")) / "desk.model"
    tally = ngrams.learn(p.read_text(encoding="utf-8") for p in sorted(ARCHIVE.glob("*.txt")))
    write_model(tally, path, default_lexicon())
    return path
