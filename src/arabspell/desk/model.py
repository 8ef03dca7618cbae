"""Learning a desk's context model: the archive's counts (`lexicon.ngrams`) with the slips of each
word a check may judge (`correct.realword`), found once here so that a check need not search."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from arabspell.correct.slips import stored_slips
from arabspell.lexicon import ngrams
from arabspell.lexicon.lexicon import Lexicon


def write_model(
    tally: ngrams.Tally, path: Path, lexicon: Lexicon, track: Callable[[list[str]], Iterable[str]] = iter
) -> None:
    """Write the model of an archive's tally (`track` may show progress over its words)."""
    words = sorted(w for w in tally.words if w != ngrams.BOUNDARY)
    ngrams.write(tally, path, stored_slips(track(words), lexicon))
