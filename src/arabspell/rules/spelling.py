"""spelling.*: words the lexicon does not know, with a confident correction."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterator

from arabspell.arabic.normalize import respell
from arabspell.correct.channel import ORTHOGRAPHIC, Edit
from arabspell.correct.model import Candidate, Verdict
from arabspell.document import Document
from arabspell.findings import Flag, Severity
from arabspell.lexicon.lexicon import Rejection
from arabspell.lexicon.names import FOREIGN, KNOWN_NAME_MAX, name_like, usual_name
from arabspell.rules.neighbours import beside, beside_name, foreign_word
from arabspell.rules.rule import Example, Rule
from arabspell.rules.verdicts import verdict_flags

_TYPING = frozenset(set(Edit) - ORTHOGRAPHIC)


def _sure_slip(doc: Document, verdict: Verdict, candidates: tuple[Candidate, ...]) -> bool:
    """A keyboard slip is sure when its correction beats the written form by `safe_margin` and the
    next correction by `safe_lead`: one clear reading, far likelier than the word as written."""
    model = doc.corrector.model
    best, rest = candidates[0], candidates[1:]
    lead = best.score - rest[0].score if rest else model.safe_lead
    # the lexicon alone reads it so too: the article's own words may rank a reading first, but a
    # reading they alone choose (الأرجنتيين → الأرجنتيني beside the article's الأرجنتيني) is no sure fix
    alone = bool(verdict.candidates) and verdict.candidates[0].text == best.text
    return alone and best.score - verdict.own >= model.safe_margin and lead >= model.safe_lead


def _part_of_name(doc: Document, index: int, candidates: tuple[Candidate, ...]) -> bool:
    """Whether an unknown word beside a name is more likely another word of that name (a surname, a
    first name) than a slip of the common word its best correction is (docs/model.md, "Names"): it
    reads as a rare name, Zipf `name_position_zipf`, and when its letters lean towards names the
    correction must beat it by `name_position_margin`. A correction that is itself a name (حمايد →
    حمادي, غووتيريس → غوتيريس) is left to the decision rule."""
    lexicon, model = doc.corrector.lexicon, doc.corrector.model
    best, word = candidates[0], doc.tokens[index].key
    named = best.text in lexicon.names and lexicon.zipf(best.text) < KNOWN_NAME_MAX
    if named or (lexicon.foreignness(best.text) >= 1.0 and name_like(best.text, lexicon)):
        return False
    if not beside_name(doc, index):
        return False
    own = doc.corrector.judge(word).own
    leans = lexicon.foreignness(word) >= FOREIGN
    return best.score < max(own, model.name_position_zipf) or (leans and best.score - own < model.name_position_margin)


def _unknown_word(doc: Document) -> Iterator[Flag]:
    message = "«{word}» is not a known word; did you mean «{fix}»?"
    for flag in verdict_flags(doc, _TYPING, message, sure=_sure_slip, skip=_part_of_name):
        if flag.sure:
            index = bisect_left(doc.tokens, flag.start, key=lambda token: token.start)
            if _foreign_beside_name(doc, index, flag) or _after_a_first_name(doc, index, flag):
                flag = flag._replace(sure=False)
        yield flag


def _after_a_first_name(doc: Document, index: int, flag: Flag) -> bool:
    """An unknown word right after a known first name (one of a known full name, no article, and
    `usual_name`: no inflected forms, not one of the commonest words) may be its surname (قاسم
    يعقوم, فرانسوا دولاتر): no sure fix to a word that is no name (يقوم, دولار), whatever its lead."""
    lexicon = doc.corrector.lexicon
    if index == 0 or flag.suggestions[0] in lexicon.names or doc.gap(doc.tokens[index - 1], doc.tokens[index]) != " ":
        return False
    first = doc.tokens[index - 1].key
    return bool(lexicon.fullnames.surnames(first)) and not first.startswith("ال") and usual_name(first, lexicon)


def _foreign_beside_name(doc: Document, index: int, flag: Flag) -> bool:
    """A foreign-looking word beside a name (one whose letters lean towards names too) may be
    another word of that name, spelled as its owner spells it (جيسون ناوف is no نواف, تيموثي كلاميت
    no كالميت): no sure fix, unless the text itself writes the correction."""
    lexicon = doc.corrector.lexicon
    if lexicon.foreignness(doc.tokens[index].key) < FOREIGN or doc.forms.get(flag.suggestions[0], 0):
        return False
    return beside(doc, index, foreign_word)


def _unfamiliar_word(doc: Document) -> Iterator[Flag]:
    status = doc.corrector.lexicon.status
    for key, indices in doc.where.items():
        if status(key).unknown:
            for token in (doc.tokens[i] for i in indices):
                yield Flag(token.start, token.end, f"«{token.text}» is not in the lexicon")


def replaced_words(doc: Document, lookup: Callable[[str], Rejection | None], why: str) -> Iterator[Flag]:
    """Each token whose lookup key `lookup` finds on a list of wrong spellings, proclitics attached or
    not, with its correction: the proclitics as written, marks included, and the marks of the word's
    letters where the correction keeps the letter count (`normalize.respell`); `why` ends the message."""
    for key, indices in doc.where.items():
        found = lookup(key)
        if found is None:
            continue
        kept = len(found.proclitic)
        for token in (doc.tokens[i] for i in indices):
            fix = respell(token.text, found.replacement, kept)
            word = f"«{token.text}»: «{found.word}»" if kept else f"«{token.text}»"
            yield Flag(token.start, token.end, f"{word} {why}; write «{fix}»", (fix,))


def _rejected_word(doc: Document) -> Iterator[Flag]:
    """Each desk's rejected spelling (`replaced_words`)."""
    lexicon = doc.corrector.lexicon
    if lexicon.rejected:
        yield from replaced_words(doc, lexicon.rejection, "is on the desk's list of rejected spellings")


REJECTED = "spelling.rejected-word"
REJECTED_WORD = Rule(
    REJECTED,
    Severity.ERROR,
    "A word the desk's configuration rejects (`reject` table), with its correction.",
    _rejected_word,
    200,
    safe_fix=True,
    examples=(
        Example("قال المسؤول الأمريكي إن الوفد وصل", "الأمريكي", "الأميركي", 'reject = {"الأمريكي" = "الأميركي"}'),
        Example("قال المسؤول الأمريكيّ إن الوفد وصل", "الأمريكيّ", "الأميركيّ", 'reject = {"الأمريكي" = "الأميركي"}'),
    ),
)
UNFAMILIAR = "spelling.unfamiliar-word"
UNFAMILIAR_WORD = Rule(
    UNFAMILIAR,
    Severity.INFO,
    "A word the lexicon does not know and cannot correct with confidence (--show-unknown).",
    _unfamiliar_word,
    0,
    opt_in=True,
    per_form=True,
    examples=(Example("وصل الوزير كزخستافيلوس إلى العاصمة", "كزخستافيلوس", None, "show-unknown = true"),),
)
UNKNOWN_WORD = Rule(
    "spelling.unknown-word",
    Severity.ERROR,
    "A word not in the lexicon that is one slip away from a frequent word.",
    _unknown_word,
    10,
    safe_fix=True,
    examples=(
        Example("أجرى الوزير اتصالات الهافية مع نظرائه", "الهافية", "الهاتفية"),
        Example("وتجنب تصيعد الصراع في المنطقة", "تصيعد", "تصعيد"),
    ),
)
