"""orthography.in-context: a word whose hamza, final ة/ه or ى/ي spelling is another listed word
(انا/أنا, كتابه/كتابة, علي/على), where the desk's context model calls for that spelling."""

from __future__ import annotations

from collections.abc import Iterator

from arabspell.document import Document
from arabspell.findings import Flag, Severity
from arabspell.rules.context import judged
from arabspell.rules.rule import Example, Rule


def _orthography(doc: Document) -> Iterator[Flag]:
    judge = doc.corrector.realword
    if judge is None:
        return
    message = "«{word}» is a word, but its neighbours call for its spelling «{fix}» (the desk's context model)"
    yield from judged(doc, lambda word: bool(judge.spellings(word)), judge.spelling, message)


IN_CONTEXT = Rule(
    "orthography.in-context",
    Severity.WARNING,
    "A word whose hamza, final ة/ه or ى/ي spelling is another word, which its neighbours call for.",
    _orthography,
    4,
    examples=(Example("وأوضح البنك أن التضخم بلغ أدني مستوى له", "أدني", "أدنى", 'model = "desk.model"'),),
)
