"""spelling.*: words the lexicon does not know, with a confident correction."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from arabspell.arabic.normalize import respell
from arabspell.correct.channel import ORTHOGRAPHIC, Edit
from arabspell.correct.model import Candidate, Verdict
from arabspell.document import Document
from arabspell.findings import Flag, Severity
from arabspell.rules.rule import Example, Rule
from arabspell.rules.verdicts import verdict_flags

_TYPING = frozenset(set(Edit) - ORTHOGRAPHIC)


def _sure_slip(doc: Document, verdict: Verdict, candidates: tuple[Candidate, ...]) -> bool:
    """A keyboard slip is sure when its correction beats the written form by `safe_margin` and the
    next correction by `safe_lead`: one clear reading, far likelier than the word as written."""
    model = doc.corrector.model
    best, rest = candidates[0], candidates[1:]
    lead = best.score - rest[0].score if rest else model.safe_lead
    return best.score - verdict.own >= model.safe_margin and lead >= model.safe_lead


def _unknown_word(doc: Document) -> Iterable[Flag]:
    message = "«{word}» is not a known word; did you mean «{fix}»?"
    return verdict_flags(doc, _TYPING, message, sure=_sure_slip)


def _unfamiliar_word(doc: Document) -> Iterator[Flag]:
    status = doc.corrector.lexicon.status
    for key, indices in doc.where.items():
        if status(key).unknown:
            for token in (doc.tokens[i] for i in indices):
                yield Flag(token.start, token.end, f"«{token.text}» is not in the lexicon")


def _rejected_word(doc: Document) -> Iterator[Flag]:
    """Each desk's rejected spelling, proclitics attached or not, with its correction: the
    proclitics as written, marks included, and the marks of the word's letters where the
    correction keeps the letter count (`normalize.respell`)."""
    lexicon = doc.corrector.lexicon
    if not lexicon.rejected:
        return
    for key, indices in doc.where.items():
        rejection = lexicon.rejection(key)
        if rejection is None:
            continue
        kept = len(rejection.proclitic)
        for token in (doc.tokens[i] for i in indices):
            fix = respell(token.text, rejection.replacement, kept)
            word = f"«{token.text}»: «{rejection.word}»" if kept else f"«{token.text}»"
            message = f"{word} is on the desk's list of rejected spellings; write «{fix}»"
            yield Flag(token.start, token.end, message, (fix,))


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
