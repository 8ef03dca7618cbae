"""repeat.*: a word typed twice in a row («في في»)."""

from __future__ import annotations

from collections.abc import Iterator

from arabspell.document import Document
from arabspell.findings import Flag, Severity
from arabspell.rules.rule import Example, Rule

#: Words that Arabic doubles on purpose (رويدا رويدا, خطوة خطوة, بين بين), and the classes of
#: missiles (صواريخ أرض أرض, جو جو) and the scores (صفر صفر, واحد واحد) it writes so.
REDUPLICATED = frozenset({"بين", "جدا", "خطوة", "رويدا", "شيئا", "قليلا", "يوما", "أرض", "جو", "صفر", "واحد"})
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


def _acronym(doc: Document, i: int) -> bool:
    """A letter name doubled is an acronym's (بي بي: BP; إيه إيه 2), unless the letter is also a
    particle (في, أن, إن, أو), which only a third letter name beside it makes one (سي أن أن)."""
    word = doc.tokens[i].key
    return word in LETTER_NAMES and (word not in FUNCTION_WORDS or _in_acronym(doc, i))


#: quotation marks that open a quoted slogan, title or chant
OPENING_QUOTES = '"«“'


def _quoted(doc: Document, i: int) -> bool:
    """A content word doubled right after an opening quotation mark is a quoted slogan or chant
    («سلمية سلمية», "هيب هيب هوري"); a particle doubled is a slip even there."""
    text, start = doc.text, doc.tokens[i].start
    at = start - 1 if start and text[start - 1] in OPENING_QUOTES else start - 2
    if at < 0 or text[at] not in OPENING_QUOTES or (at + 1 < start and not text[at + 1].isspace()):
        return False
    # an opening mark, not a closing one: nothing of a word right before it (الـ"سي آي إيه" مايكل)
    opening = at == 0 or not text[at - 1].isalnum()
    return opening and doc.tokens[i].key not in FUNCTION_WORDS


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
        if _acronym(doc, i) or _chanted(doc, i) or _quoted(doc, i):
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
