"""A rule: a declaration with a stable dotted id; its check returns flags, the engine stamps them."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from arabspell.document import Document
from arabspell.findings import Finding, Flag, Severity


@dataclass(frozen=True)
class Example:
    """A text the rule flags, what it flags (the span as written) and its first suggestion (None:
    it has none), with the `arabspell.toml` line the example needs (`config`, TOML: "" for none).
    `arabspell rules ID` shows them; a test checks each one through `check_text`."""

    text: str
    flagged: str
    suggestion: str | None
    config: str = ""


@dataclass(frozen=True)
class Rule:
    """A check with a stable dotted id; `priority` settles overlapping findings (higher wins);
    an `opt_in` rule runs only when named (`--select` with its whole id, or its own option);
    a `safe_fix` rule's first suggestion may be applied by `--fix` without review (when a flag is
    sure); a `per_form` rule's findings are reported once per form (lookup key) and text, on the
    first occurrence, with their count (the engine tallies them, after the directives); an
    `in_markup` rule reads the text as written (`Document.source`), so its findings may lie in
    markup the prose blanks (a comment); `examples` show what it flags."""

    id: str
    severity: Severity
    summary: str
    check: Callable[[Document], Iterable[Flag]]
    priority: int = 0
    opt_in: bool = False
    safe_fix: bool = False
    per_form: bool = False
    in_markup: bool = False
    examples: tuple[Example, ...] = ()

    def findings(self, doc: Document) -> list[Finding]:
        """The rule's flags on a document as findings: its id and severity, the text as written
        (`Document.source`), and marked safe when the rule's fixes are, the flag is sure and has
        a suggestion (the engine may still withdraw it: `engine._safe_only_when_sound`)."""
        source = doc.source
        return [
            Finding(
                start,
                end - start,
                self.id,
                self.severity,
                message,
                source[start:end],
                suggestions,
                self.safe_fix and sure and bool(suggestions),
            )
            for start, end, message, suggestions, sure in self.check(doc)
        ]
