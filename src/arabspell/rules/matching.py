"""Matching context patterns (`rules.patterns`) against a document's words.

A pattern is tried where its target's first word has one of its forms (`Document.where`); the
target's words must follow each other one space apart, as must any two words of the context
unless a gap element (`^`, `،`) or a skip (`*N`) stands between them.
"""

from __future__ import annotations

from collections.abc import Callable

from arabspell.correct.orthographic import form_nine
from arabspell.document import Document
from arabspell.lexicon.names import usual_name
from arabspell.rules.patterns import Element, Gap, Part, Pattern, Skip, Word

#: what ends a sentence (`^`, and no `*N` skips across it); a quotation mark is no boundary: news
#: quotes a clause in the middle of a sentence (مضيفا أن السبب «أنها وقفة…»)
BOUNDARY = ".!?:؟؛\n"
COMMA = "،,"
#: a skip crosses no quotation mark (وقال ترامب "آمل في أن) and no comma (يقول فلان، مبينا أن)
NO_SKIP = BOUNDARY + '«»"“”' + COMMA

#: ~frequent: a word at least this frequent in the lexicon (Zipf)
FREQUENT = 4.0
#: ~taa: the ة form of a word ending in ه at least this frequent (Zipf), and more than the ه form
TAA_ZIPF = 3.0


def _definite(doc: Document, word: str) -> bool:
    return word.startswith("ال") and len(word) > 3


def _name(doc: Document, word: str) -> bool:
    return usual_name(word, doc.corrector.lexicon)


def _frequent(doc: Document, word: str) -> bool:
    return doc.corrector.lexicon.score(word) >= FREQUENT


def _known(doc: Document, word: str) -> bool:
    return doc.corrector.lexicon.known(word)


def _pronoun(doc: Document, word: str) -> bool:
    return word.endswith("ه") and len(word) > 2


def _wa(doc: Document, word: str) -> bool:
    return word.startswith("و") and len(word) > 3


def _taa(doc: Document, word: str) -> bool:
    if len(word) <= 3 or not word.endswith("ه"):
        return False
    score = doc.corrector.lexicon.score
    return score(word[:-1] + "ة") >= TAA_ZIPF and score(word[:-1] + "ة") > score(word)


def _feminine(doc: Document, word: str) -> bool:
    return len(word) > 3 and (word.endswith("ة") or word.endswith("ات"))


#: the pronoun suffixes a ~masdar ends in (اعتقالهما, انتخابه)
SUFFIXES = ("ه", "ها", "هم", "هما", "هن")


def _masdar(doc: Document, word: str) -> bool:
    return len(word) >= 6 and word[0] in "اإ" and not word.startswith("ال") and word.endswith(SUFFIXES)


def _form_nine(doc: Document, word: str) -> bool:
    return form_nine(word, doc.corrector.lexicon)


#: the ~tests (`patterns.TEST_NAMES`): ~definite ال + a word; ~name a name-like word that is not one
#: of the commonest words (`names.usual_name`: خامنئي, الحوثي; not روسيا, محمد); ~frequent Zipf >=
#: FREQUENT; ~known a word the lexicon knows; ~pronoun a word ending in ه (the pronoun «his», or a
#: ة written ه); ~wa a word with the conjunction و before it (more than three letters); ~taa a word
#: ending in ه whose ة form is a word (Zipf >= TAA_ZIPF) commoner than it (لحظه: لحظة); ~feminine
#: a word ending in ة or ات; ~masdar a masdar of the derived forms with a pronoun (اعتقالهما: six
#: letters or more, ا or إ, no ال); ~form-nine a bare form IX past verb whose masdar the lexicon
#: lists (احمر: احمرار, `orthographic.form_nine`)
TESTS: dict[str, Callable[[Document, str], bool]] = {
    "definite": _definite,
    "name": _name,
    "frequent": _frequent,
    "known": _known,
    "pronoun": _pronoun,
    "wa": _wa,
    "taa": _taa,
    "feminine": _feminine,
    "masdar": _masdar,
    "form-nine": _form_nine,
}


def _holds(doc: Document, part: Part, word: str) -> bool:
    found = word in part.forms or any(TESTS[t](doc, word) for t in part.tests)
    return found != part.negated


def word_matches(doc: Document, element: Word, word: str) -> bool:
    """Whether a word (a lookup key) satisfies every part of an element."""
    return all(_holds(doc, part, word) for part in element.parts)


def gap_between(doc: Document, left: int, right: int) -> str:
    """The text between two token indices; -1 and len(tokens) are the text's edges."""
    tokens = doc.tokens
    start = tokens[left].end if left >= 0 else 0
    end = tokens[right].start if right < len(tokens) else len(doc.text)
    return doc.text[start:end]


def _plain(gap: str) -> bool:
    return gap.isspace()


def _side(doc: Document, elements: tuple[Element, ...], last: int, step: int, checked: bool = False) -> bool:
    """Whether the context elements, walking away from the target (`step` -1: leftwards), match
    from the token beside `last`; `checked`: a gap element has judged the gap already."""
    if not elements:
        return True
    element, rest = elements[0], elements[1:]
    here = last + step
    gap = gap_between(doc, min(last, here), max(last, here))
    if isinstance(element, Gap):
        edge = not 0 <= here < len(doc.tokens)
        if element.kind == "^":
            found = edge or any(ch in BOUNDARY for ch in gap)
        else:
            found = any(ch in COMMA for ch in gap) and not any(ch in BOUNDARY for ch in gap)
        return found and _side(doc, rest, last, step, True)
    if isinstance(element, Skip):
        return _skipped(doc, element, rest, last, step)
    present = 0 <= here < len(doc.tokens) and (checked or _plain(gap))
    if not present:
        return all(isinstance(e, Word) and e.negative for e in elements)
    return word_matches(doc, element, doc.tokens[here].key) and _side(doc, rest, here, step)


def _skipped(doc: Document, skip: Skip, rest: tuple[Element, ...], last: int, step: int) -> bool:
    """A skip: the next element matches up to `skip.most` words further, in the same sentence."""
    position = last
    for _ in range(skip.most + 1):
        if _side(doc, rest, position, step):
            return True
        nxt = position + step
        if not 0 <= nxt < len(doc.tokens):
            return False
        if any(ch in NO_SKIP for ch in gap_between(doc, min(position, nxt), max(position, nxt))):
            return False
        if skip.exclude is not None and _holds(doc, skip.exclude, doc.tokens[nxt].key):
            return False
        position = nxt
    return False


def target_end(doc: Document, pattern: Pattern, index: int, form: str | None = None) -> int | None:
    """The index of the target's last token when the pattern matches with its target at `index`
    (the first target word read as `form` when given: how the hamza rule asks «what would the
    context want if this word were written so»); None when it does not match."""
    tokens = doc.tokens
    last = index + len(pattern.target) - 1
    if last >= len(tokens):
        return None
    for i, element in enumerate(pattern.target):
        word = form if form is not None and i == 0 else tokens[index + i].key
        if not word_matches(doc, element, word):
            return None
        if i and not _plain(gap_between(doc, index + i - 1, index + i)):
            return None
    left = tuple(reversed(pattern.left))
    if not (_side(doc, left, index, -1) and _side(doc, pattern.right, last, 1)):
        return None
    return last


__all__ = ["TESTS", "gap_between", "target_end", "word_matches"]
