"""`--statistics`: the findings counted by rule and, under each rule, by word, as written (ruff's
`--statistics`), for a desk that wants to see which slips recur rather than each one."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from rich.text import Text

from arabspell.findings import Finding

#: how many of a rule's words are listed, most frequent first
TOP_WORDS = 10


@dataclass
class Statistics:
    """Counts of findings by rule and by word, as they go by."""

    by_rule: dict[str, Counter[str]] = field(default_factory=dict)

    def add(self, findings: Iterable[Finding]) -> None:
        for finding in findings:
            self.by_rule.setdefault(finding.rule, Counter())[finding.text] += 1

    def lines(self) -> list[Text]:
        """A line per rule, most findings first (`  3  spelling.unknown-word`), and under it its
        words, most frequent first (ties in the order met), then how many more words it has."""
        if not self.by_rule:
            return []
        rules = sorted(self.by_rule.items(), key=lambda item: (-sum(item[1].values()), item[0]))
        digits = len(str(sum(rules[0][1].values())))
        under = " " * (digits + 2)
        out: list[Text] = []
        for rule, words in rules:
            out.append(Text.assemble((f"{sum(words.values()):>{digits}}", "cyan"), "  ", (rule, "bold")))
            for word, count in words.most_common(TOP_WORDS):
                out.append(Text.assemble(under, (f"{count:>{digits}}", "cyan"), "  ", (word, "red")))
            if len(words) > TOP_WORDS:
                out.append(Text(f"{under}{'':>{digits}}  and {len(words) - TOP_WORDS} more words", "dim"))
        return out
