"""The garbage collector during a run: the loaded lexicon and plans are long-lived, and a check
makes millions of short-lived tuples; full collections that walk the former again and again are
wasted (docs/performance.md, "The garbage collector")."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

#: allocations between two young-generation collections during a run (CPython's default: 700)
YOUNG_THRESHOLD = 100_000


@contextmanager
def long_run() -> Iterator[None]:
    """Freeze what is loaded (the lexicon, the plans: also kept shared by forked workers, whose
    collector would otherwise touch and copy its pages) and collect the young generation less
    often; both undone on leaving."""
    thresholds = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(YOUNG_THRESHOLD, *thresholds[1:])
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)
        gc.unfreeze()
