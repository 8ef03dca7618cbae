"""The rule register: every rule is a declaration listed in ALL_RULES."""

from __future__ import annotations

from dataclasses import replace

from arabspell.rules import (
    context,
    directives,
    grammar,
    names,
    orthography,
    orthography_context,
    orthography_tanween,
    repeats,
    spacing,
    spelling,
    spelling_list,
    style,
)
from arabspell.rules.rule import Example, Rule

#: names.inconsistent with its examples: rules/names.py is being changed on another branch, so they are
#: attached here until its declaration takes them (`examples=`)
_NAMES_INCONSISTENT = replace(
    names.INCONSISTENT,
    examples=(
        Example("قال أوستن إن أوستن وأوستن وأوستين اتفقوا", "وأوستين", "وأوستن"),
        Example("قال لويد أوستن اليوم. ثم قال لويس أوستن إن", "لويس", "لويد"),
        Example("قال المشير حفطر إن قواته تقدمت", "حفطر", "حفتر"),
    ),
)

ALL_RULES: tuple[Rule, ...] = (
    repeats.DOUBLED_WORD,
    spacing.SPLIT,
    _NAMES_INCONSISTENT,
    style.INCONSISTENT,
    *grammar.RULES,
    orthography.HAMZA,
    orthography.HAMZA_WASL,
    orthography.TAA_MARBUTA,
    orthography.ALEF_MAQSURA,
    orthography_tanween.TANWEEN_ALEF,
    spacing.MERGED,
    spelling.UNKNOWN_WORD,
    spelling.REJECTED_WORD,
    spelling_list.MISSPELLING,
    spelling.UNFAMILIAR_WORD,
    context.REAL_WORD,
    orthography_context.IN_CONTEXT,
    directives.UNKNOWN,
)
#: the ids of the rules that report each form once per text, with its count (`Rule.per_form`)
PER_FORM: frozenset[str] = frozenset(rule.id for rule in ALL_RULES if rule.per_form)

__all__ = ["ALL_RULES", "PER_FORM", "Example", "Rule"]
