"""orthography.tanween-alef: the alef of tanween written after a hamza that follows an alef (بناءا,
مساءا): after اء the accusative takes no alef (بناءً, مساءً)."""

from __future__ import annotations

from collections.abc import Iterator

from arabspell.document import Document
from arabspell.findings import Flag, Severity
from arabspell.rules.rule import Example, Rule

#: the noun under the written form must be at least this frequent
NOUN_ZIPF = 2.5
#: a stem whose feminine past (جاءت, شاءت) is this frequent is a verb: جاءا is its dual, no slip
VERB_ZIPF = 2.5
TANWEEN = "\u064b"


def _tanween_alef(doc: Document) -> Iterator[Flag]:
    zipf = doc.corrector.lexicon.zipf
    for key, indices in doc.where.items():
        if not key.endswith("اءا") or len(key) < 4:
            continue
        noun = key[:-1]
        if zipf(noun) < NOUN_ZIPF or zipf(noun + "ت") >= VERB_ZIPF:
            continue
        for token in (doc.tokens[i] for i in indices):
            if token.text.endswith("ا"):
                fix = token.text[:-1] + TANWEEN
                yield Flag(token.start, token.end, f"«{token.text}»: no alef after اء; write «{fix}»", (fix,))


TANWEEN_ALEF = Rule(
    "orthography.tanween-alef",
    Severity.WARNING,
    "The alef of tanween written after اء (بناءا for بناءً).",
    _tanween_alef,
    40,
    safe_fix=True,
    examples=(
        Example("وصل الوفد مساءا إلى العاصمة", "مساءا", "مساءً"),
        Example("قرر الوزير بناءا على التقرير", "بناءا", "بناءً"),
    ),
)
