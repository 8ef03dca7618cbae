"""One file through the whole pipeline, as the CLI runs it: markup skipped, rules checked,
suppressions, accepted words and the baseline applied, safe fixes computed. No printing.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import partial

from arabspell import engine
from arabspell.arabic.normalize import key
from arabspell.correct.corrector import Corrector
from arabspell.desk.baseline import Baseline
from arabspell.desk.config import Config
from arabspell.desk.dictionaries import Desk
from arabspell.desk.dictionaries import load as load_desks
from arabspell.engine import Settings
from arabspell.files import fixes
from arabspell.findings import Finding, Severity
from arabspell.lexicon.lexicon import default_lexicon
from arabspell.rules.spacing import MERGED
from arabspell.rules.spelling import UNFAMILIAR
from arabspell.text import directives as suppressions
from arabspell.text import markup
from arabspell.text.lines import KnownLines

#: fail-on level -> the severities that fail a run
FAILING = {
    "error": frozenset({Severity.ERROR}),
    "warning": frozenset({Severity.ERROR, Severity.WARNING}),
    "info": frozenset(Severity),
    "none": frozenset(),
}


@dataclass(frozen=True)
class Plan:
    """Everything a run needs to check one file, built once from the configuration."""

    settings: Settings
    corrector: Corrector | None
    accept: frozenset[str]
    failing: frozenset[Severity]
    baseline: Baseline | None = None


def plan(config: Config, baseline: Baseline | None = None) -> Plan:
    """The run's plan from merged settings (desk dictionaries and accepted words are read here)."""
    settings = Settings(
        select=config.select or ("",),
        ignore=config.ignore,
        opt_in=(UNFAMILIAR,) if config.show_unknown else (),
        rejected=config.reject,
    )
    return Plan(settings, _corrector(config), config.accept, FAILING[config.fail_on], baseline)


def _corrector(config: Config) -> Corrector | None:
    """The corrector with the desk's words (None: the shared default). Raises OSError, DeskError."""
    if not config.dictionaries and not config.accept:
        return None
    desk = load_desks(list(config.dictionaries)) if config.dictionaries else Desk()
    desk.words |= config.accept
    return Corrector(desk.apply(default_lexicon()))


@dataclass(frozen=True)
class Checked:
    """The outcome for one file: what to report, and the fixed text when fixes apply."""

    findings: list[Finding]
    words: int
    fixed: str | None = None
    #: how many findings the fixed text corrects
    applied: int = 0
    #: the findings' positions, for a file streamed and not kept (`check_stream`)
    lines: KnownLines | None = None

    def fails(self, failing: frozenset[Severity]) -> bool:
        return any(f.severity in failing for f in self.findings)


def check_file(path: str, text: str, plan: Plan, fix: bool = False) -> Checked:
    """Check one decoded file; with `fix`, the safe findings are applied and not reported."""
    found, words = _findings(path, text, plan)
    if plan.baseline is not None:
        found = plan.baseline.new(path, found)
    if not fix:
        return Checked(found, words)
    applied = fixes.fixable(found)
    rest = [f for f in found if f not in applied]
    return Checked(rest, words, fixes.apply(text, applied) if applied else None, len(applied))


def _findings(path: str, text: str, plan: Plan) -> tuple[list[Finding], int]:
    """A text's findings after markup, hashtags, suppressions and accepted words; its word count."""
    kind = markup.kind_of(path)
    if kind is markup.Kind.TEXT:  # local patterns only: blanked part by part, never copied whole
        result = engine.check(text, plan.settings, plan.corrector, partial(markup.prose, kind=kind))
    else:
        result = engine.check(markup.prose(text, kind), plan.settings, plan.corrector)
    # a finding across blanked markup (a hashtag's "_", a link's "[") is not about the prose
    found = [f for f in result.findings if text[f.offset : f.end] == f.text]
    found = _in_hashtags_allowed(text, found)
    found = suppressions.apply(text, found)
    return [f for f in found if key(f.text) not in plan.accept], result.words


def check_stream(path: str, pieces: Iterable[str], plan: Plan) -> Checked:
    """Check a large plain-text file read a piece at a time: each part (`engine.parts`) is checked
    as the text it is, so memory stays bounded by a part, not the file (suppression directives
    then hold within their part). Raises what `pieces` raises (`sources.Unreadable`)."""
    lines = KnownLines()
    found: list[Finding] = []
    words, start, buffer = 0, 0, ""
    window = engine.CUT_WINDOW * engine.PART
    for piece in _with_end(pieces):
        buffer += piece or ""
        # cut where `engine.parts` cuts the whole text: only once the part's window has arrived
        while len(buffer) > window or (piece is None and buffer):
            cut = engine.next_cut(buffer, 0) if len(buffer) > engine.PART else None
            cut = cut or (window if piece is not None else len(buffer))  # no space in a window: cut
            part, buffer = buffer[:cut], buffer[cut:]
            part_found, part_words = _findings(path, part, plan)
            shifted = [replace(f, offset=f.offset + start) for f in part_found]
            lines.add(part, [o for f in shifted for o in (f.offset, f.end)])
            found += shifted
            words += part_words
            start += len(part)
    if plan.baseline is not None:
        found = plan.baseline.new(path, found)
    return Checked(found, words, lines=lines)


def _with_end(pieces: Iterable[str]) -> Iterable[str | None]:
    """The pieces, then None for the end."""
    yield from pieces
    yield None


def _in_hashtags_allowed(text: str, findings: Iterable[Finding]) -> list[Finding]:
    """A hashtag may run its words together on purpose: no merged-word findings inside one,
    unless it separates its words with underscores (#بناء_دار_أوبرابحسب has no excuse)."""
    spans = [(s, e) for s, e in markup.hashtag_spans(text) if "_" not in text[s:e]]
    starts = [s for s, _ in spans]  # sorted: spans come in text order and do not overlap

    def inside(offset: int) -> bool:
        i = bisect.bisect_right(starts, offset) - 1
        return i >= 0 and offset < spans[i][1]

    return [f for f in findings if not (f.rule == MERGED.id and inside(f.offset))]
