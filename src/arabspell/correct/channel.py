"""The error model: how a writer's intended word turns into what was typed.

Each edit has a cost in Zipf units (log10 of a probability ratio), so that a
candidate correction scores `zipf(candidate) - cost(edit)` and competes with the
written form's own Zipf frequency: a noisy-channel decision in log space.
"""

from __future__ import annotations

from collections.abc import Container, Iterator
from dataclasses import dataclass
from enum import Enum

from arabspell.arabic.clitics import PROCLITICS, is_proclitic

# The standard Arabic (101) keyboard, three letter rows left to right; "" is the لا key.
KEY_ROWS = ("ضصثقفغعهخحجد", "شسيبلاتنمكط", "ئءؤر\0ىةوزظ")
ALPHABET = "ابتثجحخدذرزسشصضطظعغفقكلمنهويةىءأإآؤئ"
#: Letters that sound alike or that writers of Arabic confuse, both ways.
SOUND_ALIKE = ("ضظ", "ذز", "سص", "تط", "هح", "ثس", "ذد", "قك")


def _neighbours() -> dict[str, frozenset[str]]:
    """Letters on adjacent keys (same row ±1, and the staggered rows above and below)."""
    where = {ch: (r, c) for r, row in enumerate(KEY_ROWS) for c, ch in enumerate(row) if ch != "\0"}
    out: dict[str, set[str]] = {ch: set() for ch in where}
    for ch, (r, c) in where.items():
        for dr, dc in ((0, -1), (0, 1), (-1, 0), (-1, 1), (1, -1), (1, 0)):
            rr, cc = r + dr, c + dc
            if 0 <= rr < len(KEY_ROWS) and 0 <= cc < len(KEY_ROWS[rr]) and KEY_ROWS[rr][cc] != "\0":
                out[ch].add(KEY_ROWS[rr][cc])
    out.setdefault("ذ", set()).update("ض")
    out["ض"].add("ذ")
    return {ch: frozenset(n) for ch, n in out.items()}


NEIGHBOURS = _neighbours()
_ARTICLES = tuple(p for p in PROCLITICS if p.endswith(("ال", "لل")))
_SOUND = {a: b for pair in SOUND_ALIKE for a, b in (pair, pair[::-1])}


class Edit(str, Enum):
    """Kinds of slip, from the intended word to the typed one."""

    HAMZA = "hamza"
    #: a hamza inside the word left off its seat (بشان, هولاء, الطايرة)
    HAMZA_SEAT = "hamza-seat"
    #: a madda written as a plain hamza (الأن for الآن, القرأن for القرآن)
    MADDA = "madda"
    TAA_MARBUTA = "taa-marbuta"
    ALEF_MAQSURA = "alef-maqsura"
    KEYBOARD = "keyboard"
    SOUND = "sound"
    SUBSTITUTION = "substitution"
    TRANSPOSITION = "transposition"
    DELETION = "deletion"
    INSERTION = "insertion"
    DOUBLING = "doubling"


ORTHOGRAPHIC = frozenset({Edit.HAMZA, Edit.HAMZA_SEAT, Edit.MADDA, Edit.TAA_MARBUTA, Edit.ALEF_MAQSURA})


@dataclass(frozen=True)
class Costs:
    """Cost of each kind of slip, in Zipf units (higher: less likely)."""

    hamza: float = 0.6
    #: a medial hamza written as its bare seat: rarer than a dropped initial one, and the bare form
    #: is more often a word of its own (سال, روية)
    hamza_seat: float = 1.5
    #: a madda written أ (الآن → الأن): the hamza is there, its long vowel is not
    madda: float = 1.0
    taa_marbuta: float = 1.2
    alef_maqsura: float = 1.0
    #: the reverse slips (hypercorrection): hamza on a plain alef, ة for ه, ي for ى
    hamza_added: float = 2.0
    taa_for_haa: float = 3.0
    #: final ه on a word with the article: no pronoun follows ال, so it is ة (العاده) unless the
    #: ه is the word's own (الموجه, المياه): a small cost keeps those, as frequent as their ة twins
    haa_after_article: float = 0.3
    yaa_for_maqsura: float = 1.5
    keyboard: float = 2.0
    sound: float = 2.2
    substitution: float = 3.2
    #: a dropped, doubled or swapped letter is one event at one place; a wrong key, one of several
    transposition: float = 1.5
    deletion: float = 1.5
    insertion: float = 3.0
    doubling: float = 1.5
    #: a negation typed without the space before its verb (لايبالون)
    negated_verb: float = 0.5
    #: more for a slip on the word's first letter: writers seldom get it wrong (Yannakoudakis &
    #: Fawthrop 1983; Pollock & Zamora 1984: 7% of misspellings err in the first letter)
    edge: float = 0.5

    @staticmethod
    def at_edge(intended: str, typed: str, edit: Edit) -> bool:
        """Whether a keyboard slip changed the first letter of the word (an orthographic slip has its
        own costs)."""
        if edit in ORTHOGRAPHIC:
            return False
        return intended[0] != typed[0]

    def typing(self, intended: str, typed: str, edit: Edit) -> float:
        """The cost of a keyboard slip from the intended word to the typed one, its first letter's
        extra included (`edge`)."""
        return self.of(edit) + self.edge * self.at_edge(intended, typed, edit)

    def of(self, edit: Edit) -> float:
        """The cost of one edit of this kind."""
        return float(getattr(self, edit.value.replace("-", "_")))

    def orthographic(self, intended: str, typed: str, edit: Edit) -> float:
        """The cost of an orthographic slip, which depends on its direction."""
        if edit is Edit.HAMZA and removes_hamza(typed, intended):
            return self.hamza_added
        if edit is Edit.TAA_MARBUTA and typed.endswith("ة"):
            return self.taa_for_haa
        if edit is Edit.TAA_MARBUTA and definite(typed):
            return self.haa_after_article
        if edit is Edit.ALEF_MAQSURA and typed.endswith("ي"):
            return self.yaa_for_maqsura
        return self.of(edit)


def removes_hamza(typed: str, intended: str) -> bool:
    """Whether a variant takes a hamza off the typed form's alef (كأن → كان)."""
    return any(a in "أإآ" and b == "ا" for a, b in zip(typed, intended, strict=False))


def orthographic_variants(word: str) -> Iterator[tuple[str, Edit]]:
    """Forms one orthographic slip away: hamza on an initial alef, final ة/ه, final ى/ي.

    Only the alef that starts the stem (after any proclitic) is varied: that is
    where hamzat al-qat' is dropped (اعلن, والاقتصاد); a medial hamza is a seat.
    """
    for i, ch in enumerate(word[:4]):
        if i and not is_proclitic(word[:i]):
            continue
        if ch == "ا":
            for alef in "أإآ":
                yield word[:i] + alef + word[i + 1 :], Edit.HAMZA
        elif ch in "أإآ":
            yield word[:i] + "ا" + word[i + 1 :], Edit.HAMZA
    if len(word) > 1:
        last, stem = word[-1], word[:-1]
        swap = {
            "ه": ("ة", Edit.TAA_MARBUTA),
            "ة": ("ه", Edit.TAA_MARBUTA),
            "ي": ("ى", Edit.ALEF_MAQSURA),
            "ى": ("ي", Edit.ALEF_MAQSURA),
        }.get(last)
        if swap:
            yield stem + swap[0], swap[1]


#: a medial hamza's seat and the hamza written on it
SEATS = {"ا": "أ", "و": "ؤ", "ي": "ئ"}


def seat_variants(word: str) -> Iterator[tuple[str, Edit]]:
    """Forms with a medial hamza put back on its bare seat: ا → أ (بشان → بشأن), و → ؤ (هولاء →
    هؤلاء), ي → ئ (الطايرة → الطائرة). Not the stem's first letter (`orthographic_variants`) nor the
    last, where a bare alef, waw or yaa is a long vowel or an ending far more often."""
    for i in range(1, len(word) - 1):
        seat = SEATS.get(word[i])
        if seat and not (i < 4 and is_proclitic(word[:i])):
            yield word[:i] + seat + word[i + 1 :], Edit.HAMZA_SEAT


def madda_variants(word: str) -> Iterator[tuple[str, Edit]]:
    """Forms with a madda where a plain hamza on alef is written (الأن → الآن, الأخرين → الآخرين,
    القرأن → القرآن): the hamza is kept, only the long vowel after it was left off."""
    for i, ch in enumerate(word):
        if ch == "أ":
            yield word[:i] + "آ" + word[i + 1 :], Edit.MADDA


def definite(word: str) -> bool:
    """True for a word that starts with the article, alone or after a proclitic (الـ, والـ, للـ…)."""
    return any(word.startswith(p) and len(word) > len(p) + 2 for p in _ARTICLES)


def typing_variants(word: str) -> Iterator[tuple[str, Edit]]:
    """Forms one keyboard slip away from the typed word, labelled with the slip that explains it."""
    n = len(word)
    for i in range(n):
        # the typed word has an extra letter at i: the writer doubled it or hit a neighbour
        extra = word[i]
        doubled = (i > 0 and word[i - 1] == extra) or (i + 1 < n and word[i + 1] == extra)
        near = any(extra in NEIGHBOURS.get(word[j], ()) for j in (i - 1, i + 1) if 0 <= j < n)
        kind = Edit.DOUBLING if doubled else (Edit.KEYBOARD if near else Edit.INSERTION)
        yield word[:i] + word[i + 1 :], kind
        if i + 1 < n and word[i] != word[i + 1]:
            yield word[:i] + word[i + 1] + word[i] + word[i + 2 :], Edit.TRANSPOSITION
        for ch in ALPHABET:
            if ch != word[i]:
                yield word[:i] + ch + word[i + 1 :], substitution_kind(ch, word[i])
    for i in range(n + 1):
        for ch in ALPHABET:
            yield word[:i] + ch + word[i:], Edit.DELETION


def extra_or_swapped(word: str, i: int, vocabulary: Container[str]) -> Iterator[tuple[str, Edit]]:
    """The slips at a letter that are looked up whole: the letter typed extra (doubled, a
    neighbouring key or any other), then the letter swapped with the next."""
    n, pre, post = len(word), word[:i], word[i + 1 :]
    if pre + post in vocabulary:
        extra = word[i]
        doubled = (i > 0 and word[i - 1] == extra) or (i + 1 < n and word[i + 1] == extra)
        near = any(extra in NEIGHBOURS.get(word[j], ()) for j in (i - 1, i + 1) if 0 <= j < n)
        yield pre + post, Edit.DOUBLING if doubled else (Edit.KEYBOARD if near else Edit.INSERTION)
    if i + 1 < n and word[i] != word[i + 1]:
        swapped = pre + word[i + 1] + word[i] + word[i + 2 :]
        if swapped in vocabulary:
            yield swapped, Edit.TRANSPOSITION


def typing_variants_in(word: str, vocabulary: Container[str]) -> Iterator[tuple[str, Edit]]:
    """`typing_variants` restricted to forms in `vocabulary`, in the same order: every variant is
    built and looked up, but only the few that are words get labelled (the hot path of judging)."""
    for i in range(len(word)):
        yield from extra_or_swapped(word, i, vocabulary)
        pre, post, typed = word[:i], word[i + 1 :], word[i]
        for ch in [ch for ch in ALPHABET if pre + ch + post in vocabulary]:
            if ch != typed:
                yield pre + ch + post, substitution_kind(ch, typed)
    for i in range(len(word) + 1):
        pre, post = word[:i], word[i:]
        for ch in [ch for ch in ALPHABET if pre + ch + post in vocabulary]:
            yield pre + ch + post, Edit.DELETION


def substitution_kind(intended: str, typed: str) -> Edit:
    """Label a substituted letter: neighbouring key, sound-alike, or any other letter."""
    if typed in NEIGHBOURS.get(intended, ()):
        return Edit.KEYBOARD
    if _SOUND.get(intended) == typed:
        return Edit.SOUND
    if {intended, typed} <= set("اأإآ") or {intended, typed} in ({"ة", "ه"}, {"ى", "ي"}):
        return {"ة": Edit.TAA_MARBUTA, "ه": Edit.TAA_MARBUTA, "ى": Edit.ALEF_MAQSURA, "ي": Edit.ALEF_MAQSURA}.get(
            intended, Edit.HAMZA
        )
    return Edit.SUBSTITUTION
