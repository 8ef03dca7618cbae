"""The context-rule language: rules as data (`dictionaries/context-rules.txt`), parsed here.

A pattern is a row of elements around a bracketed target, then `->` and the replacement:

    pattern: @stating [@inna] -> @anna
    pattern: !@before-ali [علي] @ala-phrase -> على (safe)

An element is a word test: a form (قال), a @class, a ~test against the lexicon (~definite),
alternatives joined by `|`, negated by `!`, conditions joined by `&`; or a gap: `^` a sentence
boundary, `،` a comma, `*N` up to N words of the same sentence. The format is in
docs/context-rules.md; a bad file raises `PatternError`, naming its line.
"""

from __future__ import annotations

from dataclasses import dataclass, field

#: the ~tests a word element may ask of the lexicon (`rules.matching.TESTS` implements them)
TEST_NAMES = frozenset(
    {"definite", "name", "frequent", "known", "pronoun", "wa", "taa", "feminine", "masdar", "form-nine"}
)
#: the replacements that rewrite the target word: `~taa` its final ه written ة (لحظه → لحظة)
REWRITES = {"~taa": lambda word: word[:-1] + "ة"}
#: the gap elements: a sentence boundary (or the text's edge), a comma
GAPS = frozenset({"^", "،"})
#: the most words a `*N` may skip
MAX_SKIP = 9


class PatternError(ValueError):
    """A context-rules file that does not parse: the message names the file and line."""


@dataclass(frozen=True)
class Part:
    """One condition on a word: its key is one of `forms` or passes one of `tests`, or (negated) neither."""

    forms: frozenset[str]
    tests: tuple[str, ...] = ()
    negated: bool = False


@dataclass(frozen=True)
class Word:
    """A word element: every part holds."""

    parts: tuple[Part, ...]

    @property
    def negative(self) -> bool:
        """Only negated parts: the element also holds where there is no word (the text's edge, punctuation)."""
        return all(p.negated for p in self.parts)

    @property
    def forms(self) -> frozenset[str] | None:
        """The forms this element can match, when a positive part lists forms only (a target's first word)."""
        for part in self.parts:
            if not part.negated and not part.tests:
                return part.forms
        return None


@dataclass(frozen=True)
class Gap:
    """What lies between two words: `^` a sentence boundary or the text's edge, `،` a comma."""

    kind: str


@dataclass(frozen=True)
class Skip:
    """Up to `most` words of the same sentence, none of them one `exclude` names (`*3!@saying`),
    before the next element matches."""

    most: int
    exclude: Part | None = None


Element = Word | Gap | Skip


@dataclass(frozen=True)
class Pattern:
    """A target (one or more words in a row) in its context, what to write instead, and its examples:
    `flags` (text, span as written, first suggestion), `passes` (texts it leaves alone)."""

    rule: str
    line: int
    left: tuple[Element, ...]
    target: tuple[Word, ...]
    right: tuple[Element, ...]
    #: the replacement of each form of a one-word target (a class aligned with the target's), else `literal`
    mapping: dict[str, str]
    literal: str
    safe: bool
    message: str
    flags: list[tuple[str, str, str]] = field(default_factory=list)
    passes: list[str] = field(default_factory=list)
    #: a `quiet:` section's pattern: the ids of the rules it keeps quiet on its target
    quiets: tuple[str, ...] = ()

    @property
    def candidates(self) -> frozenset[str]:
        """The forms the target's first word may have: where the pattern is tried."""
        return self.target[0].forms or frozenset()

    def replacement(self, form: str) -> str:
        """What to write for a target whose first word is `form`."""
        if self.literal in REWRITES:
            return REWRITES[self.literal](form)
        return self.mapping.get(form, self.literal)


@dataclass
class RuleSpec:
    """A rule of the data file: its id, summary, default message and patterns; or a `quiet:`
    section (`quiets`: the rules it silences), whose patterns mark spans that are right."""

    id: str
    line: int
    summary: str = ""
    message: str = ""
    patterns: list[Pattern] = field(default_factory=list)
    quiets: tuple[str, ...] = ()


__all__ = [
    "GAPS",
    "MAX_SKIP",
    "REWRITES",
    "TEST_NAMES",
    "Element",
    "Gap",
    "Part",
    "Pattern",
    "PatternError",
    "RuleSpec",
    "Skip",
    "Word",
]
