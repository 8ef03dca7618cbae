"""The rule register: every rule is a declaration listed in ALL_RULES."""

from __future__ import annotations

from arabspell.rules import names, orthography, repeats, spacing, spelling, style
from arabspell.rules.rule import Rule

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
#: the ids of the rules that report each form once per text, with its count (`Rule.per_form`)
PER_FORM: frozenset[str] = frozenset(rule.id for rule in ALL_RULES if rule.per_form)

__all__ = ["ALL_RULES", "PER_FORM", "Rule"]
