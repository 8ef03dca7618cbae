"""The result types, the lowest layer: what a rule flags, and the Finding a check reports."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import NamedTuple


class Severity(str, Enum):
    """How serious a finding is; `error` and `warning` fail a run by default."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


#: `fail-on` level -> the severities that fail a run
FAIL_ON: dict[str, frozenset[Severity]] = {
    "error": frozenset({Severity.ERROR}),
    "warning": frozenset({Severity.ERROR, Severity.WARNING}),
    "info": frozenset(Severity),
    "none": frozenset(),
}


class Flag(NamedTuple):
    """What a rule's check says of one span of the text: [start, end) in code points, a message
    and suggestions, best first, and whether the rule is sure of its first suggestion (`sure`:
    the rule's own criterion for a fix that may be applied unattended, docs/model.md). The
    engine makes it a Finding with the rule's id, severity and safety."""

    start: int
    end: int
    message: str
    suggestions: tuple[str, ...] = ()
    sure: bool = True


@dataclass(frozen=True, order=True)
class Finding:
    """One problem: a span of the original text (code points) and its fixes."""

    offset: int
    length: int
    rule: str
    severity: Severity = field(compare=False)
    message: str = field(compare=False)
    text: str = field(compare=False)
    suggestions: tuple[str, ...] = field(default=(), compare=False)
    #: True when `--fix` may apply the first suggestion unattended (the rule declares its fixes safe)
    safe: bool = field(default=False, compare=False)
    #: how many times the text has the span's form: a rule that reports each form once per text
    #: (`Rule.per_form`, `spelling.unfamiliar-word`) reports its first occurrence with the count
    occurrences: int = field(default=1, compare=False)

    @property
    def end(self) -> int:
        """Offset one past the last code point of the span."""
        return self.offset + self.length
