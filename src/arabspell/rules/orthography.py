"""orthography.*: hamza, ة/ه and ى/ي slips, when the written form is far rarer than its variant."""

from __future__ import annotations

from collections.abc import Iterable

from arabspell.correct.channel import Edit
from arabspell.document import Document
from arabspell.findings import Flag, Severity
from arabspell.rules.rule import Example, Rule
from arabspell.rules.verdicts import Context, verdict_flags

#: Words after which أن is written إن (قال إن), as at the start of a sentence.
SAYING = frozenset(
    {
        "قال",
        "قالت",
        "وقال",
        "وقالت",
        "فقال",
        "فقالت",
        "يقول",
        "تقول",
        "يقولون",
        "أقول",
        "نقول",
        "قالوا",
        "وقالوا",
        "قائلا",
        "قائلة",
        "حيث",
        "وحيث",
        "ألا",
    }
)
SENTENCE_END = ".!?:؟؛\n"
OPENING = '«"(“'


def _inna_or_anna(doc: Document, index: int, fixes: tuple[str, ...]) -> tuple[str, ...]:
    """Put إن (إنه, إنها…) before أن when the context calls for it: after قال, at a sentence start."""
    token = doc.tokens[index]
    gap = doc.gap(doc.tokens[index - 1], token) if index else doc.text[: token.start]
    starts = index == 0 or any(ch in SENTENCE_END or ch in OPENING for ch in gap)
    after_saying = index > 0 and doc.tokens[index - 1].key in SAYING
    if not (starts or after_saying):
        return fixes
    inna = tuple(f for f in fixes if f.startswith(("إن", "وإن", "فإن")))
    return inna + tuple(f for f in fixes if f not in inna)


def _rule(rule_id: str, edit: Edit, what: str, examples: tuple[Example, ...], context: Context | None = None) -> Rule:
    def check(doc: Document) -> Iterable[Flag]:
        return verdict_flags(doc, frozenset({edit}), "«{word}»: " + what + "; write «{fix}»", context)

    return Rule(rule_id, Severity.WARNING, f"{what[0].upper()}{what[1:]}.", check, 40, safe_fix=True, examples=examples)


HAMZA = _rule(
    "orthography.hamza",
    Edit.HAMZA,
    "hamza dropped or misplaced",
    (
        Example("اعلن الوزير عن خطة جديدة", "اعلن", "أعلن"),
        Example("ذهب الوفد الى العاصمة", "الى", "إلى"),
        Example("وقال انه سيصل غدا", "انه", "إنه"),
    ),
    _inna_or_anna,
)
TAA_MARBUTA = _rule(
    "orthography.taa-marbuta",
    Edit.TAA_MARBUTA,
    "ة and ه confused at the end of the word",
    (
        Example("قالت وزارة الخارجيه إن الوفد وصل", "الخارجيه", "الخارجية"),
        Example("جرت العاده أن يصل الوفد", "العاده", "العادة"),
    ),
)
ALEF_MAQSURA = _rule(
    "orthography.alef-maqsura",
    Edit.ALEF_MAQSURA,
    "ى and ي confused at the end of the word",
    (Example("هذه المدينة التى زارها", "التى", "التي"),),
)

__all__ = ["ALEF_MAQSURA", "HAMZA", "TAA_MARBUTA"]
