"""grammar.*: a word judged by the words around it (أعلن أن, قال إن, علي متن → على متن), as
rules in data: the patterns of `dictionaries/context-rules.txt` (docs/context-rules.md), which
the build copies into the package; each rule of the file is one `Rule` here."""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

from arabspell.arabic.normalize import respell
from arabspell.document import Document
from arabspell.findings import Finding, Flag, Severity
from arabspell.lexicon.artefact import DATA
from arabspell.rules.matching import target_end, word_matches
from arabspell.rules.pattern_file import parse
from arabspell.rules.patterns import Pattern, RuleSpec
from arabspell.rules.rule import Example, Rule

#: the packaged copy of `dictionaries/context-rules.txt` (`python -m arabspell.lexicon.build`)
CONTEXT_RULES = DATA / "context-rules.txt"
#: above the word-level orthography rules (40, 41): a context rule knows more about the same word
PRIORITY = 45
#: `arabspell rules ID` shows one flag example per pattern, up to this many
SHOWN = 3


@lru_cache(maxsize=4)
def load(path: Path = CONTEXT_RULES) -> tuple[RuleSpec, ...]:
    """The rules of a context-rules file, parsed once per process."""
    return tuple(parse(path.read_text(encoding="utf-8"), path.name))


def matches(doc: Document, pattern: Pattern) -> Iterator[Flag]:
    """A flag for each place the pattern matches in a document."""
    for form in _tried(doc, pattern):
        for index in doc.where[form]:
            last = target_end(doc, pattern, index)
            if last is None:
                continue
            start, end = doc.tokens[index].start, doc.tokens[last].end
            written = doc.source[start:end]
            fixes = tuple(f.strip() for f in pattern.replacement(form).split(" | "))
            fixes = tuple(respell(written, f) for f in fixes) if last == index else fixes
            if fixes[0] == written:
                continue
            message = pattern.message.format(word=written, fix=fixes[0])
            yield Flag(start, end, message, fixes, pattern.safe)


def _tried(doc: Document, pattern: Pattern) -> list[str]:
    """The document's forms the pattern's target may start at: its listed forms, or (a target that
    starts with a ~test: [~taa]) every form that passes the target's first element."""
    if pattern.candidates:
        return list(pattern.candidates & doc.where.keys())
    first = pattern.target[0]
    found = doc.memo.get(("tried", first))  # patterns share their first element ([~taa&!~definite])
    if found is None:
        found = doc.memo[("tried", first)] = [form for form in doc.where if word_matches(doc, first, form)]
    return found  # type: ignore[return-value]


def _checker(spec: RuleSpec):
    def check(doc: Document) -> Iterator[Flag]:
        seen: set[tuple[int, int]] = set()
        for pattern in spec.patterns:
            for flag in matches(doc, pattern):
                if (flag.start, flag.end) not in seen:
                    seen.add((flag.start, flag.end))
                    yield flag

    return check


def rule_of(spec: RuleSpec) -> Rule:
    """The `Rule` of a data rule: warning, priority PRIORITY, safe when one of its patterns is."""
    examples = tuple(Example(*p.flags[0]) for p in spec.patterns[:SHOWN])
    safe = any(p.safe for p in spec.patterns)
    return Rule(spec.id, Severity.WARNING, spec.summary, _checker(spec), PRIORITY, safe_fix=safe, examples=examples)


def preferred(doc: Document, index: int, fixes: tuple[str, ...]) -> tuple[str, ...]:
    """A word-level rule's suggestions for the token at `index`, the one its context calls for
    first: when a one-word pattern would rewrite a suggestion into another one (وقال انه: أنه
    after قال is إنه), that one goes first (the hamza rule's context)."""
    for fix in fixes:
        for spec in load():
            for pattern in () if spec.quiets else spec.patterns:
                if len(pattern.target) == 1 and fix in pattern.candidates:
                    wanted = pattern.replacement(fix)
                    if wanted in fixes and wanted != fix and target_end(doc, pattern, index, fix) is not None:
                        return (wanted, *(f for f in fixes if f != wanted))
    return fixes


def quiet(doc: Document, findings: list[Finding]) -> list[Finding]:
    """The findings no `quiet:` pattern of the data keeps quiet: one of a rule the pattern names,
    on a span inside the pattern's target (بالنسبة إلي at a sentence's end is «to me»)."""
    quiets = [p for spec in load() if spec.quiets for p in spec.patterns]
    if not quiets:
        return findings
    index = {token.start: i for i, token in enumerate(doc.tokens)}
    return [f for f in findings if not _quieted(doc, f, index.get(f.offset), quiets)]


def _quieted(doc: Document, finding: Finding, at: int | None, quiets: list[Pattern]) -> bool:
    if at is None:
        return False
    for pattern in quiets:
        if finding.rule in pattern.quiets:
            last = target_end(doc, pattern, at)
            if last is not None and doc.tokens[last].end >= finding.end:
                return True
    return False


RULES: tuple[Rule, ...] = tuple(rule_of(spec) for spec in load() if not spec.quiets)

__all__ = ["CONTEXT_RULES", "RULES", "load", "matches", "preferred", "quiet"]
