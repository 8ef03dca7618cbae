"""orthography.*: hamza, ة/ه and ى/ي slips, when the written form is far rarer than its variant."""

from __future__ import annotations

from collections.abc import Iterable

from arabspell.channel import Edit
from arabspell.document import Document
from arabspell.findings import Finding, Severity
from arabspell.rules import Rule
from arabspell.rules.verdicts import verdict_findings


def _rule(rule_id: str, edit: Edit, what: str) -> Rule:
    def check(doc: Document) -> Iterable[Finding]:
        return verdict_findings(
            doc, rule_id, Severity.WARNING, frozenset({edit}), "«{word}»: " + what + "; write «{fix}»"
        )

    return Rule(rule_id, Severity.WARNING, f"{what[0].upper()}{what[1:]}.", check, 40)


HAMZA = _rule("orthography.hamza", Edit.HAMZA, "hamza dropped or misplaced")
TAA_MARBUTA = _rule("orthography.taa-marbuta", Edit.TAA_MARBUTA, "ة and ه confused at the end of the word")
ALEF_MAQSURA = _rule("orthography.alef-maqsura", Edit.ALEF_MAQSURA, "ى and ي confused at the end of the word")

__all__ = ["ALEF_MAQSURA", "HAMZA", "TAA_MARBUTA"]
