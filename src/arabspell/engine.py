"""The one pipeline: prose, parts, rules, filters. Pure: no I/O, no printing.

The CLI, `--jobs`, the Dask recipe and the library (`check_text`) all call `check` (a text in
memory) or `check_stream` (a large plain-text file read in pieces), so they find the same things:

1. prose: what is not prose (markup of the file's kind, URLs, mentions) is blanked, same length;
2. parts: a text longer than `text.parts.PART` is cut into parts, each judged on its own;
3. rules: each enabled rule flags spans; the engine stamps them with the rule's id, severity and
   safety, keeps the higher priority of two overlapping findings, and drops those that run
   across blanked markup;
4. filters: inline `arabspell:` directives and the desk's accepted words;
5. tally: a `per_form` rule's findings (`spelling.unfamiliar-word`) become one per form in the
   whole text, on its first occurrence, with the count of those the filters left.
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache

from arabspell.arabic.letters import vowelled_ending
from arabspell.arabic.normalize import key
from arabspell.correct.corrector import Corrector
from arabspell.correct.model import Model
from arabspell.correct.settled import SettledVerdicts
from arabspell.document import Document
from arabspell.findings import Finding
from arabspell.lexicon.lexicon import Lexicon, default_lexicon
from arabspell.lexicon.ngrams import ContextModel
from arabspell.rules import ALL_RULES, PER_FORM, Rule
from arabspell.rules.grammar import quiet
from arabspell.text import directives
from arabspell.text.lines import KnownLines, Lines
from arabspell.text.markup import Kind, hashtag_spans, prose
from arabspell.text.parts import cut, parts


@dataclass(frozen=True)
class Settings:
    """What to check and with what: rules selected and ignored by dotted-id prefix (no `select`:
    every rule), opt-in rules turned on by id, the desk's accepted and rejected words (lookup key
    -> correction), and the lexicon (default: the packaged one; a desk's, see `run.plan`) and
    error model to judge with, and the desk's context model."""

    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    opt_in: tuple[str, ...] = ()
    rejected: tuple[tuple[str, str], ...] = ()
    accept: frozenset[str] = frozenset()
    lexicon: Lexicon | None = None
    model: Model | None = None
    #: the desk's context model (`arabspell learn --model`): `context.*` rules judge with it
    context: ContextModel | None = None

    def enabled(self, rule: Rule) -> bool:
        """True when a rule id matches a selected prefix and no ignored one (an opt-in rule: named)."""
        if rule.opt_in and rule.id not in self.opt_in and rule.id not in self.select:
            return False
        selected = not self.select or rule.id.startswith(self.select)
        return selected and not (self.ignore and rule.id.startswith(self.ignore))


@lru_cache(maxsize=64)
def corrector_for(settings: Settings) -> Corrector:
    """The corrector a check with these settings judges with, built once per process (a run has one
    settings per configuration it meets: an archive's folders may have several)."""
    lexicon = settings.lexicon or default_lexicon()
    if settings.accept or settings.rejected:
        lexicon = lexicon.with_desk(accepted=settings.accept, rejected=dict(settings.rejected))
    model = settings.model or Model()
    # the packaged lexicon as shipped: its commoner forms were judged at build time
    packaged = lexicon is default_lexicon()
    return Corrector(lexicon, model, settings.context, SettledVerdicts.open(lexicon, model) if packaged else None)


def default_corrector() -> Corrector:
    """The corrector over the packaged lexicon, shared by every call in a process."""
    return corrector_for(Settings())


@dataclass(frozen=True)
class Result:
    """The findings of one text and how many words it has; `lines` places the findings of a text
    that was streamed and not kept (`check_stream`)."""

    findings: list[Finding]
    words: int
    lines: Lines | None = None


def check(text: str, settings: Settings | None = None, kind: Kind | str = Kind.TEXT) -> Result:
    """Check a text of a kind (plain, Markdown, HTML): findings sorted by offset, no two
    overlapping, and its word count. Plain text is blanked part by part (its patterns are local:
    a huge text is never copied whole); Markdown and HTML whole (their structure is not)."""
    settings = settings or Settings()
    corrector = corrector_for(settings)
    kind = Kind(kind)
    blanked = text if kind is Kind.TEXT else prose(text, kind)
    findings: list[Finding] = []
    words = 0
    for start, end in parts(blanked):
        whole = end - start == len(text)
        part = blanked if whole else blanked[start:end]
        found, n = _check_part(text if whole else text[start:end], _prose(part, kind), settings, corrector)
        findings += _shifted(found, start)
        words += n
    return Result(_tallied(_filtered(text, findings, corrector.lexicon)), words)


def check_stream(pieces: Iterable[str], settings: Settings | None = None) -> Result:
    """Check a large plain text read a piece at a time: cut into the parts `check` would cut the
    whole text into, each checked and filtered as the text it is (directives then hold within
    their part), so memory is bounded by a part. Raises what `pieces` raises."""
    settings = settings or Settings()
    corrector = corrector_for(settings)
    lines = KnownLines()
    findings: list[Finding] = []
    words = start = 0
    for part in cut(pieces):
        found, n = _check_part(part, prose(part, Kind.TEXT), settings, corrector)
        shifted = _shifted(_filtered(part, found, corrector.lexicon), start)
        lines.add(part, [o for f in shifted for o in (f.offset, f.end)])
        findings += shifted
        words += n
        start += len(part)
    return Result(_tallied(findings), words, lines)


def check_text(text: str, settings: Settings | None = None, kind: Kind | str = Kind.TEXT) -> list[Finding]:
    """Return the findings of a text, sorted by offset, with no two overlapping: exactly what
    `arabspell check` reports for a file of this kind with these settings."""
    return check(text, settings, kind).findings


def _shifted(findings: list[Finding], by: int) -> list[Finding]:
    """A part's findings with offsets into the whole text (the part begins at `by`)."""
    return [replace(f, offset=f.offset + by) for f in findings] if by else findings


def _prose(part: str, kind: Kind) -> str:
    """A part's prose: plain text is blanked here, part by part; other kinds were blanked whole."""
    return prose(part, kind) if kind is Kind.TEXT else part


def _check_part(source: str, blanked: str, settings: Settings, corrector: Corrector) -> tuple[list[Finding], int]:
    """The findings of one part (its source and its prose) and its word count."""
    doc = Document(blanked, corrector, source)
    rules = [rule for rule in ALL_RULES if settings.enabled(rule)]
    ranked = sorted(
        ((rule, finding) for rule in rules for finding in rule.findings(doc)),
        key=lambda pair: (-pair[0].priority, pair[1].offset),
    )
    # the spans the context rules' data calls right (`quiet:`): the rules it names stay quiet there;
    # and no fix of a final ى or ي against the writer's own vowel mark before it (أبَى is «refused»)
    marked = [f for _, f in ranked if not (f.suggestions and vowelled_ending(f.text, f.suggestions[0]))]
    kept = _without_overlaps(quiet(doc, marked))
    # a finding across blanked markup (a hashtag's "_", a link's "[") is not about the prose,
    # unless its rule reads the text as written (a misspelled directive in a comment)
    in_markup = {rule.id for rule in rules if rule.in_markup}
    kept = [f for f in kept if f.rule in in_markup or blanked[f.offset : f.end] == f.text]
    if "#" in source:
        kept = _unsafe_in_hashtags(kept, source)
    return _safe_only_when_sound(kept, corrector), len(doc.tokens)


def _unsafe_in_hashtags(findings: list[Finding], source: str) -> list[Finding]:
    """A hashtag's words are reported but never fixed unattended: a tag is an identifier that
    readers search by (#للسعوديه_الحق is that tag, however it is spelt)."""
    spans = hashtag_spans(source)

    def tagged(finding: Finding) -> bool:
        return any(start < finding.end and finding.offset < end for start, end in spans)

    return [replace(f, safe=False) if f.safe and tagged(f) else f for f in findings]


def _safe_only_when_sound(findings: list[Finding], corrector: Corrector) -> list[Finding]:
    """A fix stays safe only when it cannot make copy worse: every word it writes is valid, is no
    word the checker would correct itself (nor one it flags in this text), and no word is replaced
    by a rarer one; so what `--fix` writes is nothing a second check would fix."""
    flagged = {key(f.text) for f in findings if " " not in f.text}
    return [f if not f.safe or _sound(f, flagged, corrector) else replace(f, safe=False) for f in findings]


def _sound(finding: Finding, flagged: set[str], corrector: Corrector) -> bool:
    lexicon = corrector.lexicon
    if lexicon.rejection(key(finding.text)) is not None:
        return True  # a spelling the desk rejects: its correction is the desk's own decision
    written = [key(w) for w in finding.suggestions[0].split()]
    for word in written:
        if word in flagged or not lexicon.status(word).valid or corrector.judge(word).flagged:
            return False
    own = key(finding.text)
    return " " in finding.text or len(written) != 1 or lexicon.score(written[0]) >= lexicon.score(own)


def _filtered(text: str, findings: list[Finding], lexicon: Lexicon) -> list[Finding]:
    """The findings no inline directive of the text suppresses, but on the desk's accepted words."""
    found = directives.apply(text, findings)
    return [f for f in found if key(f.text) not in lexicon.accepted] if lexicon.accepted else found


def _tallied(findings: list[Finding]) -> list[Finding]:
    """The findings with those of each `per_form` rule made one per form (lookup key) of the text:
    the first occurrence, its message saying how many there are, `occurrences` their count."""
    counts = Counter((f.rule, key(f.text)) for f in findings if f.rule in PER_FORM)
    if not counts:
        return findings
    out = []
    for f in findings:
        if f.rule not in PER_FORM:
            out.append(f)
            continue
        n = counts.pop((f.rule, key(f.text)), 0)
        if n:  # the first occurrence of its form; the later ones are counted in it
            out.append(replace(f, occurrences=n, message=f"{f.message} ({n} occurrence{'s' if n > 1 else ''})"))
    return out


def _without_overlaps(findings: Iterable[Finding]) -> list[Finding]:
    """Keep each finding unless one kept before it (higher priority) overlaps it; sorted."""
    kept: list[Finding] = []
    starts: list[int] = []  # offsets of the kept findings, sorted (they never overlap)
    for finding in findings:
        i = bisect.bisect_left(starts, finding.end)
        if i and kept[i - 1].end > finding.offset:  # the last kept one starting before this ends
            continue
        starts.insert(i, finding.offset)
        kept.insert(i, finding)
    return kept
