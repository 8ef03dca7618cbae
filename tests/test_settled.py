"""Verdicts judged at build time (`correct.settled`): exact, fresh, and used only where they hold."""

from __future__ import annotations

import dataclasses

import pytest

from arabspell.correct.corrector import Corrector
from arabspell.correct.model import Model
from arabspell.correct.settled import MIN_ZIPF, SettledVerdicts, decode, encode, fresh
from arabspell.engine import Settings, corrector_for, default_corrector
from arabspell.lexicon.lexicon import default_lexicon


@pytest.fixture(scope="module")
def judge() -> Corrector:
    """A corrector that judges every form itself."""
    return Corrector(default_lexicon(), Model())


@pytest.mark.parametrize(
    "word",
    [
        "قال",  # listed, nothing to say: the packed form
        "احمر",  # listed, with hamza variants, one of them a correction
        "الخارجيه",  # listed, corrected by context (not settled)
        "ههههههه",  # a letter three times running: judged as unlisted
        "الهافية",  # unlisted, with typing candidates
        "واستقرارسعر",  # unlisted, a merge
        "كزخستافيلوس",  # unlisted, nothing
    ],
)
def test_a_verdict_round_trips_exactly(judge: Corrector, word: str) -> None:
    verdict = judge.judge(word)
    assert decode(word, encode(verdict)) == verdict


def test_the_store_is_fresh() -> None:
    """The committed store is what judging today's lexicon with today's model gives."""
    assert fresh(default_lexicon(), Model()), "run: python -m arabspell.correct.settled"


def test_the_store_gives_what_judging_gives(judge: Corrector) -> None:
    store = SettledVerdicts.open(default_lexicon(), Model())
    assert store is not None
    words = [w for w in sorted(default_lexicon().vocabulary_above(MIN_ZIPF))[::97]]
    assert all(store.get(w) == judge.judge(w) for w in words)
    assert store.get("كزخستافيلوس") is None  # unlisted: judged at run time


def test_the_store_serves_only_the_packaged_lexicon_and_model() -> None:
    assert default_corrector()._settled is not None
    tuned = dataclasses.replace(Model(), listed_margin=Model().listed_margin + 0.5)
    assert corrector_for(Settings(model=tuned))._settled is None  # a desk's model judges afresh
    assert corrector_for(Settings(accept=frozenset({"ترامبوي"})))._settled is None  # and a desk's words
    assert SettledVerdicts.open(default_lexicon(), tuned) is None  # a store judged with another model
