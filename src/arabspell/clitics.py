"""Arabic clitics: the prefixes and suffixes that attach to a word without a space.

`splits()` lists the ways a written form can be read as proclitics + stem +
enclitic, so that وبالهاتفية or حكومتها are known when their stems are.
"""

from __future__ import annotations

from collections.abc import Iterator

_CONJ = ("", "و", "ف")
_PREP = ("", "ب", "ك", "ل")


def _proclitics() -> tuple[str, ...]:
    """Every proclitic chain: conjunction, preposition, article (ل + ال = لل), or future س."""
    out = set()
    for conj in _CONJ:
        out.add(conj + "س")
        for prep in _PREP:
            out.add(conj + prep)
            out.add(conj + ("لل" if prep == "ل" else prep + "ال"))
    out.discard("")
    return tuple(sorted(out, key=lambda p: (-len(p), p)))


PROCLITICS = _proclitics()
ENCLITICS = ("هما", "كما", "هم", "هن", "ها", "كم", "كن", "نا", "ني", "ه", "ك", "ي")
#: The alef of the indefinite accusative (ملحقا, قنصليا), read like a suffix.
ACCUSATIVE = "ا"
MIN_STEM = 2


def _stems_before_enclitic(stem: str) -> Iterator[str]:
    """Forms a stem takes before an enclitic: ة written ت, verbal وا written و."""
    yield stem
    if stem.endswith("ت"):
        yield stem[:-1] + "ة"
    if stem.endswith("و"):
        yield stem + "ا"


def splits(word: str) -> tuple[tuple[str, str, str], ...]:
    """Return every (proclitic, stem, enclitic) reading other than the bare word."""
    prefixes = [""] + [p for p in PROCLITICS if word.startswith(p)]
    suffixes = [""] + [s for s in (*ENCLITICS, ACCUSATIVE) if word.endswith(s)]
    out = []
    for pre in prefixes:
        for suf in suffixes:
            if not pre and not suf:
                continue
            core = word[len(pre) : len(word) - len(suf)]
            if len(core) < MIN_STEM:
                continue
            stems = _stems_before_enclitic(core) if suf in ENCLITICS else (core,)
            out.extend((pre, stem, suf) for stem in stems)
    return tuple(out)
