"""Arabic clitics: the prefixes and suffixes that attach to a word without a space.

`splits()` lists the ways a written form can be read as proclitics + stem +
enclitic, so that وبالهاتفية or حكومتها are known when their stems are.
"""

from __future__ import annotations

from functools import lru_cache

_CONJ = ("", "و", "ف")
_PREP = ("", "ب", "ك", "ل")


def morphemes(proclitic: str) -> int:
    """How many clitics a proclitic chain holds (وبال: و + ب + ال = 3)."""
    return len(proclitic) - proclitic.count("ال")


#: The future prefix س only comes before an imperfect verb (سيقول, ستعلن, سنرى, سأكتب).
IMPERFECT = "يتنأ"


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
#: Pronoun suffixes: never after the article; ة is written ت and verbal وا is written و before them.
ENCLITICS = ("هما", "كما", "هم", "هن", "ها", "كم", "كن", "نا", "ني", "ه", "ك", "ي")
#: The alef of the indefinite accusative (ملحقا, قنصليا): never after the article.
ACCUSATIVE = "ا"
#: Dual and plural endings (صرحان, الفريقين, حكومات, حكومتين): allowed after the article.
NUMBER = ("تان", "تين", "ان", "ين", "ون", "ات")
#: Verb endings (كتبوا, يكتبوا, كتبتا, كتبتم, يكتبن): never after the article.
VERBAL = ("وا", "تا", "تم", "تن", "ن")
MIN_STEM = 2


def _stems(core: str, suffix: str) -> tuple[str, ...]:
    """The dictionary forms a stem can stand for before a suffix."""
    if suffix in ENCLITICS:
        if core.endswith("ت"):
            return core, core[:-1] + "ة"
        if core.endswith("و"):
            return core, core + "ا"
    if suffix in ("تان", "تين", "ات"):
        return core, core + "ة"
    return (core,)


def _allowed(pre: str, core: str, suf: str) -> bool:
    """Grammar the readings must respect: no pronoun or tanween after ال; س before an imperfect;
    no suffix after a written ة or ى (they turn into ت, ا or ي first: حكومتها, مستواه)."""
    if len(core) < MIN_STEM:
        return False
    if suf and core[-1] in "ةى":
        return False
    if suf == "ن" and core[0] not in IMPERFECT:
        return False  # the feminine plural ن ends an imperfect verb (يترشحن)
    if suf and suf not in NUMBER and pre.endswith(("ال", "لل")):
        return False
    return not pre.endswith("س") or core[0] in IMPERFECT


def splits(word: str) -> tuple[tuple[str, str, str], ...]:
    """Return every (proclitic, stem, suffix) reading other than the bare word."""
    prefixes = [""] + [p for p in PROCLITICS if word.startswith(p)]
    suffixes = [""] + [s for s in (*ENCLITICS, ACCUSATIVE, *NUMBER, *VERBAL) if word.endswith(s)]
    out = []
    for pre in prefixes:
        for suf in suffixes:
            core = word[len(pre) : len(word) - len(suf)]
            if (pre or suf) and _allowed(pre, core, suf):
                out.extend((pre, stem, suf) for stem in _stems(core, suf))
    return tuple(out)


@lru_cache(maxsize=1 << 17)
def strip_proclitics(word: str) -> tuple[str, str]:
    """(proclitics, rest) of a word, the longest chain that leaves three letters (والمسئول: وال, مسئول).

    The future س is left alone: it is the first letter of too many words (سورية, سانت).
    """
    for pre in PROCLITICS:
        if word.startswith(pre) and len(word) - len(pre) >= 3 and not pre.endswith("س"):
            return pre, word[len(pre) :]
    return "", word


@lru_cache(maxsize=1 << 15)
def bare_forms(word: str, future: bool = False) -> frozenset[str]:
    """The word and what is left of it after each proclitic chain it may start with (لكوشنر:
    لكوشنر, كوشنر), keeping three letters; the future س only when asked (سيرأسه: يرأسه)."""
    forms = {word}
    for pre in PROCLITICS:
        if word.startswith(pre) and len(word) - len(pre) >= 3 and (future or not pre.endswith("س")):
            forms.add(word[len(pre) :])
    return frozenset(forms)
