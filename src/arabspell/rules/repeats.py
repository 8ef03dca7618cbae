"""repeat.*: a word typed twice in a row («في في»)."""

from __future__ import annotations

from collections.abc import Iterator

from arabspell.document import Document
from arabspell.findings import Flag, Severity
from arabspell.rules.rule import Example, Rule

#: Words that Arabic doubles on purpose (رويدا رويدا, خطوة خطوة, بين بين).
REDUPLICATED = frozenset({"بين", "جدا", "خطوة", "رويدا", "شيئا", "قليلا", "يوما"})
#: Latin letter names, doubled in acronyms (بي بي سي, يو إس إس).
LETTER_NAMES = frozenset(
    {
        "إس",
        "إف",
        "إل",
        "إم",
        "إن",
        "إكس",
        "إي",
        "إتش",
        "آر",
        "آي",
        "أو",
        "بي",
        "تي",
        "جي",
        "دي",
        "سي",
        "في",
        "كيو",
        "كي",
        "واي",
        "يو",
        "زد",
        "أن",  # سي أن أن
        "ان",
        "أس",  # يو أس أس
        "كا",  # بي كا كا
        "إيه",  # إيه إيه 2
        "بى",  # بى بى سى
        "سى",
    }
)
#: The words whose doubling is never meant: the particles, prepositions, pronouns and relatives of
#: the language's closed classes. Only their second copy is dropped unattended; a doubled content
#: word may be meant (a name: أحمد أحمد; a chant: سلمية سلمية; a compound: صواريخ أرض أرض; a brand:
#: كولو كولو; «street by street», شارعا شارعا), so it is reported, not fixed.
_FUNCTION_WORDS = """
في من إلى الى على عن مع أن إن ان أنه أنها إنه إنها ما لا لم لن قد لقد هذا هذه ذلك تلك
هؤلاء التي الذي الذين التى الذى اللذين اللتين هو هي هم هما نحن أنا كان كانت يكون تكون
عندما حيث أو أم ثم حتى لكن بل بعد قبل عند كل منذ إذا إذ لدى لديه لديها لديهم له لها لهم به
بها فيه فيها منه منها عليه عليها إليه إليها عنه عنها كما مثل غير أي أمام خلال نحو ضد دون
وقد وفي ومن وعلى وأن وإن ولا ولم وهو وهي وكان وكانت
"""
FUNCTION_WORDS = frozenset(_FUNCTION_WORDS.split())


def _in_acronym(doc: Document, i: int) -> bool:
    """True when tokens i and i+1 are letter names next to a third one (بي بي سي)."""
    near = doc.tokens[max(0, i - 1) : i + 3]
    return sum(t.key in LETTER_NAMES for t in near) >= 3


def _chanted(doc: Document, i: int) -> bool:
    """True when the word comes three times or more in a row (a chant: «عار عار عار»)."""
    near = doc.tokens[max(0, i - 1) : i + 3]
    return sum(t.key == doc.tokens[i].key for t in near) >= 3


def _doubled(doc: Document) -> Iterator[Flag]:
    for i, left, right in doc.adjacent():
        if left.key != right.key or left.key in REDUPLICATED:  # the cheap test first: a million pairs
            continue
        gap = doc.gap(left, right)
        if gap.strip():
            continue
        if "\n" in gap or "\r" in gap:  # a headline's last word opening the dateline («… في العلا» / «العلا -»)
            continue
        if (left.key in LETTER_NAMES and _in_acronym(doc, i)) or _chanted(doc, i):
            continue
        yield Flag(left.start, right.end, f"«{left.text}» is repeated", (left.text,), left.key in FUNCTION_WORDS)


DOUBLED_WORD = Rule(
    "repeat.doubled-word",
    Severity.ERROR,
    "The same word twice in a row.",
    _doubled,
    100,
    safe_fix=True,
    examples=(
        Example("وصل الوفد في في الصباح", "في في", "في"),
        Example("قال الوزير إن إن الوفد وصل", "إن إن", "إن"),
    ),
)
