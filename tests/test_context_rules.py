"""The context rules in data (`dictionaries/context-rules.txt`): every pattern's examples, the
packaged copy, and the parser's errors, each naming its line."""

from __future__ import annotations

import pytest

from arabspell import Settings, check_text
from arabspell.document import Document
from arabspell.engine import default_corrector
from arabspell.lexicon import build
from arabspell.rules import ALL_RULES
from arabspell.rules.grammar import CONTEXT_RULES, RULES, load
from arabspell.rules.matching import TESTS
from arabspell.rules.pattern_file import parse
from arabspell.rules.patterns import TEST_NAMES, PatternError

SOURCE = build.DICTIONARIES / "context-rules.txt"
PATTERNS = [p for spec in load() for p in spec.patterns]
QUIET = [p for p in PATTERNS if p.quiets]
BY_ID = {rule.id: rule for rule in ALL_RULES}


def _id(value: object) -> str:
    return f"{value.rule}:{value.line}" if hasattr(value, "line") else str(value)[:30]


@pytest.mark.parametrize(("pattern", "example"), [(p, e) for p in PATTERNS for e in p.flags], ids=lambda v: _id(v))
def test_each_pattern_flags_its_examples(pattern, example) -> None:
    text, span, fix = example
    found = check_text(text, Settings(select=(pattern.rule,)))
    assert [(f.text, f.suggestions[0]) for f in found] == [(span, fix)], (pattern.line, found)
    assert found[0].safe == pattern.safe


@pytest.mark.parametrize(("pattern", "text"), [(p, t) for p in PATTERNS for t in p.passes], ids=lambda v: _id(v))
def test_each_pattern_passes_its_examples(pattern, text: str) -> None:
    assert check_text(text, Settings(select=pattern.quiets or (pattern.rule,))) == []


@pytest.mark.parametrize(("pattern", "text"), [(p, t) for p in QUIET for t in p.passes], ids=lambda v: _id(v))
def test_each_quiet_example_is_one_the_rules_it_silences_flag(pattern, text: str) -> None:
    """A quiet pattern's example is flagged by a rule it names when the engine does not ask the data."""
    doc = Document(text, default_corrector())
    assert any(BY_ID[rule].findings(doc) for rule in pattern.quiets), (pattern.line, text)


def test_quiet_sections_name_registered_rules_and_are_no_rules() -> None:
    assert QUIET and all(rule in BY_ID for p in QUIET for rule in p.quiets)
    assert not any(rule.id.startswith("quiet") for rule in RULES)


def test_every_data_rule_is_registered() -> None:
    assert all(rule in ALL_RULES for rule in RULES)
    assert {r.id for r in RULES} == {spec.id for spec in load() if not spec.quiets}


def test_the_packaged_copy_is_the_source() -> None:
    assert build.context_rules_fresh(SOURCE.read_bytes()), "run: python -m arabspell.lexicon.build"
    assert CONTEXT_RULES.read_bytes() == SOURCE.read_bytes()


def test_every_test_name_has_an_implementation() -> None:
    assert set(TESTS) == TEST_NAMES


GOOD = """\
# a comment
@a = قال وقال
  فقال
rule: grammar.demo
summary: demo
message: «{word}» → «{fix}»
pattern: @a [أن] -> إن
flags: قال أن | أن -> إن
passes: قال إن
quiet: grammar.demo
summary: right here
pattern: بالنسبة [إلي] ^
passes: بالنسبة إلي.
"""


def test_a_good_file_parses() -> None:
    spec, quiet = parse(GOOD)
    (pattern,) = spec.patterns
    assert spec.id == "grammar.demo" and pattern.line == 7
    assert pattern.left[0].parts[0].forms == {"قال", "وقال", "فقال"}  # continued on an indented line
    assert pattern.replacement("أن") == "إن" and pattern.flags == [("قال أن", "أن", "إن")]
    (kept,) = quiet.patterns
    assert quiet.quiets == kept.quiets == ("grammar.demo",) and kept.passes == ["بالنسبة إلي."]


@pytest.mark.parametrize(
    ("change", "line", "says"),
    [
        (("@a = قال وقال\n  فقال", "@a ="), 2, "is empty"),
        (("@a [أن]", "@b [أن]"), 7, "unknown class @b"),
        (("[أن]", "أن"), 7, "one [target]"),
        (("[أن]", "[!~definite]"), 7, "its first one named by forms"),
        (("-> إن", "-> ~tah"), 7, "unknown rewrite «~tah»"),
        (("@a [أن] -> إن", "@a [أن] إن"), 7, "a pattern is"),
        (("@a [أن]", "@a ~defnite [أن]"), 7, "unknown test «~defnite»"),
        (("@a [أن]", "@a *12 [أن]"), 7, "a skip is"),
        (("@a [أن]", "!@a *2 [أن]"), 7, "a *N skip leads"),
        (("@a [أن]", "*2 [أن]"), 7, "a *N skip leads"),
        (("-> إن\n", "-> @a\n"), 7, "a class replacement"),
        (("rule: grammar.demo", "rule: Grammar demo"), 4, "no new dotted rule id"),
        (("flags: قال أن | أن -> إن", "flags: قال أن"), 8, "a flag example is"),
        (("passes: قال إن", "example: قال إن"), 9, "unknown key «example»"),
        (("passes: قال إن\n", ""), 7, "needs a «flags:» and a «passes:»"),
        (("# a comment", "  stray"), 1, "continues nothing"),
        (("summary: demo", "summary"), 5, "expected «@class = …» or «key: value»"),
        (("quiet: grammar.demo", "quiet: demo"), 10, "names the rules it silences"),
        (("[إلي] ^", "[إلي] ^ -> إلى"), 12, "a quiet pattern has no replacement"),
        (("passes: بالنسبة إلي.", "flags: بالنسبة إلي. | إلي -> إلى"), 13, "«passes:» examples only"),
        (("summary: right here\n", ""), 10, "needs a summary"),
    ],
)
def test_a_bad_file_is_refused_naming_its_line(change: tuple[str, str], line: int, says: str) -> None:
    with pytest.raises(PatternError) as error:
        parse(GOOD.replace(*change), "demo.txt")
    assert str(error.value).startswith(f"demo.txt:{line}: ") and says in str(error.value), str(error.value)


def test_the_hamza_rule_takes_its_context_from_the_data() -> None:
    """The hamza rule's choice between إن and أن for a bare ان comes from the context patterns."""
    for text, fix in [("وقال انه سيصل", "إنه"), ("وأكد انه سيصل", "أنه"), ("وصل. انه يوم مهم", "إنه")]:
        (finding,) = check_text(text, Settings(select=("orthography.hamza",)))
        assert finding.suggestions[0] == fix, text


def test_a_test_target_and_a_rewrite() -> None:
    (spec,) = parse(
        "rule: grammar.demo\nsummary: demo\nmessage: {word}\n"
        "pattern: [~taa] ضد -> ~taa\nflags: حمله ضد | حمله -> حملة\npasses: حملة ضد\n"
    )
    (pattern,) = spec.patterns
    assert pattern.candidates == frozenset() and pattern.replacement("حمله") == "حملة"
