"""The letter classes of Arabic text: one home for the character ranges every module uses."""

from __future__ import annotations

import re

#: the letters of Modern Standard Arabic (hamza to ghain, fa to ya)
LETTERS = "\u0621-\u063a\u0641-\u064a"
#: diacritics, Quranic marks and tatweel: part of a word, no part of its key (a character class:
#: pyarabic's `araby.DIACRITICS` and `araby.TATWEEL`, which tests/test_text.py checks it against;
#: a run does not import pyarabic for two constants)
MARKS = "\u0610-\u061a\u0640\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e4\u06e7\u06e8\u06ea-\u06ed"
#: the same, character by character
MARK_CHARS = "".join(chr(c) for c in range(0x0600, 0x0700) if re.fullmatch(f"[{MARKS}]", chr(c)))
#: letters of the Arabic script beyond Modern Standard Arabic's (Persian, Urdu, Kurdish…) and
#: presentation forms: a word with any of them is not checked, and none of its letters either
OTHER_LETTERS = (
    "\u0620\u063b-\u063f\u066e\u066f\u0671-\u06d3\u06d5\u06ee\u06ef\u06fa-\u06ff"
    "\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufefc"
)
#: invisible format characters (ZWNJ, ZWJ, bidi marks, embeddings and isolates, word joiner, soft
#: hyphen, U+FEFF): inside a word they are part of it (`tokenize`), and no part of its key
INVISIBLE = "\u00ad\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\u2066\u2067\u2068\u2069\ufeff"
#: a bare word of MSA letters only (no marks): what word lists hold
BARE_WORD = re.compile(f"[{LETTERS}]+")

#: the short vowels that announce a final ى (fatha) and a final ي (kasra)
FATHA, KASRA = "\u064e", "\u0650"
_MARK_RUN_BEFORE_LAST = re.compile(f"([{MARKS}]*)[{LETTERS}][{MARKS}{INVISIBLE}]*$")
_NOT_LETTERS = re.compile(f"[{MARKS}{INVISIBLE}]")


def vowelled_ending(written: str, fix: str) -> bool:
    """Whether the writer's own vowel mark before the last letter says a fix's final ى or ي is wrong:
    a fatha before a written ى (أبَى, «refused», not أبي) or a kasra before a written ي (نادِي) is
    the writer's choice of that letter, spelt out."""
    bare, fixed = (_NOT_LETTERS.sub("", w) for w in (written, fix))
    if bare[:-1] != fixed[:-1] or {bare[-1:], fixed[-1:]} != {"ى", "ي"}:
        return False
    found = _MARK_RUN_BEFORE_LAST.search(written)
    marks = found.group(1) if found else ""
    return (FATHA if bare.endswith("ى") else KASRA) in marks
