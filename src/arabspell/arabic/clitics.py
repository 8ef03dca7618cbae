"""Arabic clitics, the one home of the prefixes and suffixes that attach to a word without a space.

`splits()` lists the ways a written form can be read as proclitics + stem + enclitic, so that
وبالهاتفية or حكومتها are known when their stems are; `proclitic_heads()` the proclitic chains a
form may start with, and `proclitic_readings()` them as a word list would (للصباح: ل + الصباح);
`name_readings()` the proclitics a name may carry (وأوستن); the suffix
lists and the ة a suffix hides (`taa_stem`) serve the name model and the merges too.
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
#: what may stand before an imperfect verb's prefix: و or ف, then the future س (وسيجري, فسيعطى)
_BEFORE_IMPERFECT = ("وس", "فس", "و", "ف", "س", "")


def imperfect_shaped(word: str) -> bool:
    """Whether a word has the shape of an imperfect verb of four letters or more after و, ف and the
    future س (يعطى, سيجرى, وسيعطي): a final ى or ي is then a voice or a person, not a slip."""
    for head in _BEFORE_IMPERFECT:
        rest = word[len(head) :]
        if word.startswith(head) and len(rest) > 3 and rest[0] in IMPERFECT:
            return True
    return False


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
_PROCLITIC_SET = frozenset(PROCLITICS)
_LONGEST_PROCLITIC = max(map(len, PROCLITICS))
_PROCLITIC_STARTS = frozenset(p[0] for p in PROCLITICS)


def leading_proclitics(word: str) -> list[str]:
    """The proclitic chains a word starts with, longest first (as in `PROCLITICS`: a word has one
    prefix of each length), found by slicing, not by testing every chain."""
    if word[:1] not in _PROCLITIC_STARTS:
        return []  # (one test first: a word that starts with no proclitic's letter)
    top = min(_LONGEST_PROCLITIC, len(word))
    return [word[:n] for n in range(top, 0, -1) if word[:n] in _PROCLITIC_SET]


#: Pronoun suffixes: never after the article; ة is written ت and verbal وا is written و before them.
ENCLITICS = ("هما", "كما", "هم", "هن", "ها", "كم", "كن", "نا", "ني", "ه", "ك", "ي")
#: The alef of the indefinite accusative (ملحقا, قنصليا): never after the article.
ACCUSATIVE = "ا"
#: Dual and plural endings (صرحان, الفريقين, حكومات, حكومتين): allowed after the article.
NUMBER = ("تان", "تين", "ان", "ين", "ون", "ات")
#: Verb endings (كتبوا, يكتبوا, كتبتا, كتبتم, يكتبن): never after the article.
VERBAL = ("وا", "تا", "تم", "تن", "ن")
#: Feminine dual and plural endings, whose ت is the ة of the stem (حكومتين, حكومات: حكومة).
FEMININE_NUMBER = ("تان", "تين", "ات")
#: Endings of inflection and pronouns that show a word inflects, so is no name (the name model).
INFLECTIONS = ("ين", "ون", "ان", "ات", "وا", "ها", "هم", "ة", "ه", "ي", "ا")
#: Right-hand parts of a form that are also word endings (قنصليا is not قنصل يا): never split off
#: as a word of their own (the merges).
SUFFIX_LIKE = frozenset((*ENCLITICS, *NUMBER, "ية", "يا", "ما", "تي", "تا", "وا"))
#: Proclitics, which never stand alone: «و من» is ومن, «و الحكومة» is والحكومة.
DETACHED = frozenset({"و", "ف", "ب", "ل", "ك", "ال", "وال", "لل"})
#: Proclitics that attach to names (بغالانت, وأوستن); ال is part of a name (الحوثي).
NAME_PROCLITICS = ("وب", "ول", "فب", "فل", "وك", "و", "ف", "ب", "ل", "ك")
MIN_STEM = 2
#: what proclitic analysis leaves of a word at least (والمسئول: مسئول; a name: أوستن)
MIN_REST = 3


def taa_stem(stem: str, suffix: str) -> str | None:
    """The stem with the ة a suffix hid, when it may have hidden one: ة is written ت before a
    suffix (حكومتها, حكومتين: حكومة) and dropped before the plural ات (حكومات: حكومة)."""
    if stem.endswith("ت"):
        return stem[:-1] + "ة"
    return stem + "ة" if suffix == "ات" else None


def _stems(core: str, suffix: str) -> tuple[str, ...]:
    """The dictionary forms a stem can stand for before a suffix (the ت of a feminine dual or
    plural ending is the stem's ة; verbal وا is written و before a pronoun)."""
    if suffix in ENCLITICS:
        if core.endswith("ت"):
            return core, str(taa_stem(core, suffix))
        if core.endswith("و"):
            return core, core + "ا"
    if suffix in FEMININE_NUMBER:
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


def by_last_letter(endings: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """Endings grouped by their last letter, in their order: a word can only end in those of its
    own last letter, so a lookup replaces a test of every ending."""
    out: dict[str, tuple[str, ...]] = {}
    for ending in endings:
        out[ending[-1]] = (*out.get(ending[-1], ()), ending)
    return out


#: the suffixes of `splits` by their last letter
_SUFFIXES_BY_LAST = by_last_letter((*ENCLITICS, ACCUSATIVE, *NUMBER, *VERBAL))


def splits(word: str) -> tuple[tuple[str, str, str], ...]:
    """Return every (proclitic, stem, suffix) reading other than the bare word."""
    prefixes = ["", *leading_proclitics(word)]
    suffixes = [""] + [s for s in _SUFFIXES_BY_LAST.get(word[-1:], ()) if word.endswith(s)]
    out = []
    for pre in prefixes:
        for suf in suffixes:
            core = word[len(pre) : len(word) - len(suf)]
            if (pre or suf) and _allowed(pre, core, suf):
                out.extend((pre, stem, suf) for stem in _stems(core, suf))
    return tuple(out)


def proclitic_heads(word: str, future: bool = False) -> list[str]:
    """The proclitic chains a word may start with, longest first, each leaving MIN_REST letters;
    the future س only when asked: it is the first letter of too many words (سورية, سانت)."""
    return [
        pre
        for pre in leading_proclitics(word)
        if len(word) - len(pre) >= MIN_REST and (future or not pre.endswith("س"))
    ]


def is_proclitic(head: str) -> bool:
    """True for a proclitic chain other than the future س (و, ف, ب, ل, ك, وب, وال, لل…)."""
    return head in _PROCLITIC_SET and not head.endswith("س")


@lru_cache(maxsize=1 << 17)
def strip_proclitics(word: str) -> tuple[str, str]:
    """(proclitics, rest) of a word, the longest chain that leaves three letters (والمسئول: وال, مسئول)."""
    heads = proclitic_heads(word)
    return (heads[0], word[len(heads[0]) :]) if heads else ("", word)


def proclitic_readings(word: str) -> list[tuple[str, str]]:
    """(proclitics, word) readings of a form, the word as a word list holds it (a desk's rejected
    spellings): each chain of `proclitic_heads`, longest first, leaving MIN_REST letters; a chain
    ending in لل also as ل + a word with the article (للصباح: لل + صباح, ل + الصباح); no article
    taken off before a word that has one (والالصباح); the future س only before an imperfect verb."""
    out = []
    for head in proclitic_heads(word, future=True):
        rest = word[len(head) :]
        not_imperfect = head.endswith("س") and rest[0] not in IMPERFECT
        if not_imperfect or (head.endswith(("ال", "لل")) and rest.startswith("ال")):
            continue
        out.append((head, rest))
        if head.endswith("لل"):
            out.append((head[:-1], "ال" + rest))
    return out


def attach(pre: str, word: str) -> str:
    """Put proclitics back on a word, the inverse of `proclitic_readings`: the preposition ل
    before the article is written لل (ل + الصبح = للصبح, ول + الصبح = وللصبح)."""
    if pre.endswith("ل") and not pre.endswith("ال") and word.startswith("ال"):
        return pre + word[1:]
    return pre + word


@lru_cache(maxsize=1 << 15)
def bare_forms(word: str, future: bool = False) -> frozenset[str]:
    """The word and what is left of it after each proclitic chain it may start with (لكوشنر:
    لكوشنر, كوشنر), keeping three letters; the future س only when asked (سيرأسه: يرأسه)."""
    return frozenset([word, *(word[len(pre) :] for pre in proclitic_heads(word, future))])


def name_readings(word: str) -> list[tuple[str, str]]:
    """(proclitic, name) readings of a word that may be a name after a proclitic (وأوستن: و,
    أوستن), longest proclitic first, each leaving MIN_REST letters; which one holds is the name
    model's to decide (`lexicon.names.split_name`)."""
    if word[:1] not in _NAME_PROCLITIC_STARTS:
        return []  # (most words start with none of them)
    return [
        (pre, word[len(pre) :]) for pre in NAME_PROCLITICS if word.startswith(pre) and len(word) - len(pre) >= MIN_REST
    ]


_NAME_PROCLITIC_STARTS = frozenset(pre[0] for pre in NAME_PROCLITICS)


def join_name(pre: str, name: str) -> str:
    """Put a proclitic back on a name (ل + الحوثي = للحوثي)."""
    return "لل" + name[2:] if pre == "ل" and name.startswith("ال") else pre + name
