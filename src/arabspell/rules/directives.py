"""directives.*: an `arabspell:` comment that is not a directive (`ignore-nextline`), which
would otherwise suppress nothing without a word. The grammar is `text.directives`'."""

from __future__ import annotations

from collections.abc import Iterator

from arabspell.document import Document
from arabspell.findings import Flag, Severity
from arabspell.rules.rule import Example, Rule
from arabspell.text.directives import MARKER, NAMES, misspelled

_KNOWN = ", ".join(NAMES)


def closest(name: str) -> str | None:
    """The directive a misspelled name most likely meant (None: none is close)."""
    import difflib  # only a misspelt directive asks

    found = difflib.get_close_matches(name.lower().replace("_", "-"), NAMES, n=1, cutoff=0.6)
    return found[0] if found else None


def _unknown(doc: Document) -> Iterator[Flag]:
    for start, end, name in misspelled(doc.source):
        if not name:
            yield Flag(start, end, f"«{MARKER}» without a directive ({_KNOWN})")
            continue
        meant = closest(name)
        hint = f"did you mean «{meant}»?" if meant else f"the directives are {_KNOWN}"
        yield Flag(start, end, f"«{name}» is not an arabspell directive; {hint}", (meant,) if meant else ())


UNKNOWN = Rule(
    "directives.unknown",
    Severity.WARNING,
    "An `arabspell:` comment that is not a directive (it suppresses nothing).",
    _unknown,
    in_markup=True,
    examples=(
        Example("<!-- arabspell: ignore-nextline -->\nقال الوزير", "ignore-nextline", "ignore-next-line"),
        Example("# arabspell: disabled", "disabled", "disable"),
    ),
)
