"""Reading a context-rules file (docs/context-rules.md): classes, rules, patterns and their examples.

@saying = قال قالت وقال          a class: forms and other classes, continued on indented lines
rule: grammar.inna-after-saying   a rule; then its summary, message and patterns
pattern: @saying [@anna] -> @inna
flags: وقال الوزير أن الوفد وصل | أن -> إن     an example the pattern flags: text | span -> fix
passes: أكد الوزير أن الوفد وصل                 an example it leaves alone
quiet: orthography.alef-maqsura   spans that are right: the rules named stay quiet on them
pattern: بالنسبة [إلي] ^          a quiet pattern has no replacement, and «passes:» examples only
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from arabspell.arabic.normalize import key
from arabspell.rules.patterns import (
    GAPS,
    MAX_SKIP,
    REWRITES,
    TEST_NAMES,
    Element,
    Gap,
    Part,
    Pattern,
    PatternError,
    RuleSpec,
    Skip,
    Word,
)

RULE_ID = re.compile(r"[a-z]+\.[a-z]+(-[a-z]+)*")
CLASS_NAME = re.compile(r"@[a-z]+(-[a-z]+)*")
SAFE = "(safe)"


def logical_lines(text: str, name: str) -> Iterator[tuple[int, str]]:
    """(line number, line) of a file's entries: comments and blank lines dropped, an indented
    line joined to the entry above it."""
    current: tuple[int, str] | None = None
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.rstrip()
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if line[0].isspace():
            if current is None:
                raise PatternError(f"{name}:{number}: an indented line continues nothing")
            current = (current[0], f"{current[1]} {line.strip()}")
            continue
        if current is not None:
            yield current
        current = (number, line)
    if current is not None:
        yield current


class Reader:
    """Parses a file's logical lines into rules, keeping the classes defined so far."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.classes: dict[str, tuple[str, ...]] = {}
        self.rules: list[RuleSpec] = []
        self.line = 0

    def fail(self, problem: str) -> PatternError:
        return PatternError(f"{self.name}:{self.line}: {problem}")

    def read(self, text: str) -> list[RuleSpec]:
        for number, line in logical_lines(text, self.name):
            self.line = number
            if line.startswith("@"):
                self.define(line)
                continue
            label, sep, value = line.partition(":")
            if not sep or not value.strip():
                raise self.fail(f"expected «@class = …» or «key: value», got «{line}»")
            self.entry(label.strip(), value.strip())
        for rule in self.rules:
            if not rule.patterns:
                raise PatternError(f"{self.name}:{rule.line}: rule {rule.id} has no pattern")
        self.check_examples()
        return self.rules

    def define(self, line: str) -> None:
        name, sep, body = line.partition("=")
        name = name.strip()
        if not sep or not CLASS_NAME.fullmatch(name):
            raise self.fail(f"a class is «@name = forms…», got «{line}»")
        if name in self.classes:
            raise self.fail(f"class {name} is defined twice")
        forms: list[str] = []
        for item in body.split():
            forms += self.expand(item) if item.startswith("@") else [key(item)]
        if not forms:
            raise self.fail(f"class {name} is empty")
        self.classes[name] = tuple(forms)

    def expand(self, name: str) -> tuple[str, ...]:
        if name not in self.classes:
            raise self.fail(f"unknown class {name} (classes are defined before they are used)")
        return self.classes[name]

    def entry(self, label: str, value: str) -> None:
        if label == "rule":
            if not RULE_ID.fullmatch(value) or any(r.id == value for r in self.rules):
                raise self.fail(f"«{value}» is no new dotted rule id (family.name-in-words)")
            self.rules.append(RuleSpec(value, self.line))
            return
        if label == "quiet":
            ids = tuple(value.split())
            if not all(RULE_ID.fullmatch(i) for i in ids):
                raise self.fail(f"«{value}»: a quiet section names the rules it silences by their dotted ids")
            self.rules.append(RuleSpec(f"quiet: {value}", self.line, quiets=ids))
            return
        if not self.rules:
            raise self.fail(f"«{label}:» before the first «rule:»")
        rule = self.rules[-1]
        if label in ("summary", "message"):
            setattr(rule, label, value)
        elif label == "pattern":
            rule.patterns.append(self.pattern(rule, value))
        elif label in ("flags", "passes"):
            if not rule.patterns:
                raise self.fail(f"an example («{label}:») before the rule's first pattern")
            self.example(rule.patterns[-1], label, value)
        else:
            raise self.fail(f"unknown key «{label}» (rule, quiet, summary, message, pattern, flags, passes)")

    def example(self, pattern: Pattern, label: str, value: str) -> None:
        if label == "passes":
            pattern.passes.append(value)
            return
        if pattern.quiets:
            raise self.fail("a quiet pattern has «passes:» examples only (texts the rules it silences would flag)")
        text, sep, rest = value.partition(" | ")
        span, arrow, fix = rest.partition(" -> ")
        if not sep or not arrow or span not in text:
            raise self.fail("a flag example is «text | span -> first suggestion», the span inside the text")
        pattern.flags.append((text.strip(), span.strip(), fix.strip()))

    def check_examples(self) -> None:
        for rule in self.rules:
            if not rule.summary or not (rule.message or rule.quiets):
                raise PatternError(f"{self.name}:{rule.line}: rule {rule.id} needs a summary and a message")
            for p in rule.patterns:
                if not p.passes or not (p.flags or p.quiets):
                    raise PatternError(f"{self.name}:{p.line}: a pattern needs a «flags:» and a «passes:» example")

    def pattern(self, rule: RuleSpec, value: str) -> Pattern:
        if rule.quiets:
            if " -> " in value:
                raise self.fail("a quiet pattern has no replacement: its target is right as written")
            left, target, right = self.split_target(value.split(), quiet=True)
            return Pattern(rule.id, self.line, left, target, right, {}, "", False, "", quiets=rule.quiets)
        body, arrow, replacement = value.partition(" -> ")
        replacement = replacement.strip()
        safe = replacement.endswith(SAFE)
        replacement = replacement.removesuffix(SAFE).strip()
        if not arrow or not replacement:
            raise self.fail("a pattern is «elements with a [target] -> replacement»")
        left, target, right = self.split_target(body.split())
        mapping, literal = self.replacement(target, body, replacement)
        return Pattern(rule.id, self.line, left, target, right, mapping, literal, safe, rule.message)

    def split_target(
        self, items: list[str], quiet: bool = False
    ) -> tuple[tuple[Element, ...], tuple[Word, ...], tuple[Element, ...]]:
        opens = [i for i, item in enumerate(items) if item.startswith("[")]
        closes = [i for i, item in enumerate(items) if item.endswith("]")]
        if len(opens) != 1 or len(closes) != 1 or closes[0] < opens[0]:
            raise self.fail("a pattern has one [target], its words in one pair of brackets")
        start, end = opens[0], closes[0] + 1
        items = [*items[:start], items[start][1:], *items[start + 1 :]]
        items[end - 1] = items[end - 1][:-1]
        elements = [self.element(item) for item in items]
        target = elements[start:end]
        words = all(isinstance(e, Word) for e in target)
        first = target[0].parts if words else ()  # type: ignore[union-attr]
        tried = words and (target[0].forms is not None or any(p.tests and not p.negated for p in first))  # type: ignore
        if not words or not (quiet or tried):  # quiet: tried on findings
            raise self.fail("a target is words, its first one named by forms, a @class or a ~test (where it is tried)")
        walks = (elements[:start][::-1], elements[end:])  # away from the target, on each side
        for side in walks:
            for skip, after in zip(side, [*side[1:], None], strict=False):
                if isinstance(skip, Skip) and not (isinstance(after, Word) and not after.negative):
                    raise self.fail("a *N skip leads, away from the target, to a word that must be there")
        return tuple(elements[:start]), tuple(target), tuple(elements[end:])  # type: ignore[arg-type]

    def element(self, item: str) -> Element:
        if item in GAPS:
            return Gap(item)
        if item.startswith("*"):
            most, bang, exclude = item[1:].partition("!")
            if not most.isdigit() or not 1 <= int(most) <= MAX_SKIP or (bang and not exclude):
                raise self.fail(f"«{item}»: a skip is *N or *N!words-it-may-not-skip, N from 1 to {MAX_SKIP}")
            return Skip(int(most), self.part(exclude) if exclude else None)
        if not item:
            raise self.fail("an empty element (a stray bracket?)")
        return Word(tuple(self.part(p) for p in item.split("&")))

    def part(self, text: str) -> Part:
        negated = text.startswith("!")
        forms: list[str] = []
        tests: list[str] = []
        for atom in text.removeprefix("!").split("|"):
            if atom.startswith("~"):
                if atom[1:] not in TEST_NAMES:
                    raise self.fail(f"unknown test «{atom}» (tests: {', '.join(sorted(TEST_NAMES))})")
                tests.append(atom[1:])
            elif atom.startswith("@"):
                forms += self.expand(atom)
            elif atom and not any(ch in atom for ch in "[]!&*~^"):
                forms.append(key(atom))
            else:
                raise self.fail(f"«{text}» is not a word element")
        return Part(frozenset(forms), tuple(tests), negated)

    def replacement(self, target: tuple[Word, ...], body: str, replacement: str) -> tuple[dict[str, str], str]:
        if replacement.startswith("~") and replacement not in REWRITES:
            raise self.fail(f"unknown rewrite «{replacement}» (rewrites: {', '.join(sorted(REWRITES))})")
        if not replacement.startswith("@"):
            return {}, replacement
        fixes = self.expand(replacement)
        named = re.search(r"\[(@[a-z-]+)\]", body)
        if len(target) != 1 or named is None or len(self.classes[named.group(1)]) != len(fixes):
            raise self.fail(f"a class replacement ({replacement}) needs a one-word target that is a class as long")
        return dict(zip(self.classes[named.group(1)], fixes, strict=True)), ""


def parse(text: str, name: str = "context-rules.txt") -> list[RuleSpec]:
    """The rules of a context-rules file; raises `PatternError` naming the line of a mistake."""
    return Reader(name).read(text)


__all__ = ["parse"]
