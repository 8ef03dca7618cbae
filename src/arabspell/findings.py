"""The result type every rule returns: one frozen Finding per problem."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum


class Severity(str, Enum):
    """How serious a finding is; `error` and `warning` fail a run by default."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


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

    @property
    def end(self) -> int:
        """Offset one past the last code point of the span."""
        return self.offset + self.length
