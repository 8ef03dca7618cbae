"""The rule register: every rule is a declaration listed in ALL_RULES."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from arabspell.document import Document
from arabspell.findings import Finding, Severity


@dataclass(frozen=True)
class Rule:
    """A check with a stable dotted id; `priority` settles overlapping findings (higher wins);
    an `opt_in` rule runs only when named (`--select` with its whole id, or its own option);
    a `safe_fix` rule's first suggestion may be applied by `--fix` without review."""

    id: str
    severity: Severity
    summary: str
    check: Callable[[Document], Iterable[Finding]]
    priority: int = 0
    opt_in: bool = False
    safe_fix: bool = False


from arabspell.rules import names, orthography, repeats, spacing, spelling, style  # noqa: E402

ALL_RULES: tuple[Rule, ...] = (
    repeats.DOUBLED_WORD,
    spacing.SPLIT,
    names.INCONSISTENT,
    style.INCONSISTENT,
    orthography.HAMZA,
    orthography.TAA_MARBUTA,
    orthography.ALEF_MAQSURA,
    spacing.MERGED,
    spelling.UNKNOWN_WORD,
    spelling.REJECTED_WORD,
    spelling.UNFAMILIAR_WORD,
)

RULES_BY_ID = {rule.id: rule for rule in ALL_RULES}
