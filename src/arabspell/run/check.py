"""One file through the pipeline, as a run checks it: read (or streamed), checked by the engine
for its kind with the desk's settings, the baseline applied, safe fixes computed. No printing."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace

from arabspell import engine
from arabspell.desk.baseline import Baseline
from arabspell.desk.config import Config
from arabspell.desk.dictionaries import load as load_desks
from arabspell.engine import Settings
from arabspell.files import fixes
from arabspell.files.sources import STDIN, Source, Unreadable, read, stream, streamable
from arabspell.findings import FAIL_ON, Finding, Severity
from arabspell.lexicon.lexicon import Lexicon, default_lexicon
from arabspell.lexicon.ngrams import ContextModel
from arabspell.rules.spelling import UNFAMILIAR
from arabspell.text.lines import Lines
from arabspell.text.markup import Kind, kind_of


@dataclass(frozen=True)
class Plan:
    """Everything a run needs to check one file, built once from the configuration."""

    settings: Settings
    failing: frozenset[Severity]
    baseline: Baseline | None = None
    #: the codec of a file that is neither UTF-8 nor marked by a BOM (`--encoding`; None: an error)
    encoding: str | None = None


def plan(config: Config, baseline: Baseline | None = None, encoding: str | None = None) -> Plan:
    """The run's plan from merged settings (desk dictionaries and the context model are read here).
    Raises OSError, UnicodeDecodeError or DeskError for a dictionary that cannot be used, and
    OSError or ModelError for a context model."""
    settings = Settings(
        select=config.select,
        ignore=config.ignore,
        opt_in=(UNFAMILIAR,) if config.show_unknown else (),
        rejected=config.reject,
        accept=config.accept,
        lexicon=_desk_lexicon(config),
        context=ContextModel.open(config.model) if config.model else None,
    )
    return Plan(settings, FAIL_ON[config.fail_on], baseline, encoding)


@dataclass
class Plans:
    """The plan of each file of a run from its configuration (`config_of`, e.g. the nearest
    file's): one plan a configuration, built the first time a file asks for it (its desk
    dictionaries read once), all before the check when `of` is asked for every file first."""

    config_of: Callable[[str], Config]
    baseline: Baseline | None = None
    encoding: str | None = None
    built: dict[Config, Plan] = field(default_factory=dict)

    def of(self, path: str) -> Plan:
        """A file's plan; raises as `plan` does, and ConfigError for its configuration."""
        config = self.config_of(path)
        found = self.built.get(config)
        if found is None:
            found = self.built[config] = plan(config, self.baseline, self.encoding)
        return found


def _desk_lexicon(config: Config) -> Lexicon | None:
    """The packaged lexicon with the desk dictionaries' words (None: none named)."""
    if not config.dictionaries:
        return None
    return load_desks(list(config.dictionaries)).apply(default_lexicon())


@dataclass(frozen=True)
class Checked:
    """The outcome for one file: what to report, and the fixed text when fixes apply."""

    findings: list[Finding]
    words: int
    #: the text with the safe fixes applied (then `findings` are the fixed text's), or None
    fixed: str | None = None
    #: how many fixes the fixed text has
    applied: int = 0
    #: the findings' positions, for a file streamed and not kept
    lines: Lines | None = None
    #: the findings of the text as it was read, when it was fixed (reported if the fix is not written)
    unfixed: list[Finding] | None = None

    def fails(self, failing: frozenset[Severity]) -> bool:
        return any(f.severity in failing for f in self.findings)


def check_path(path: str, plan: Plan, fix: bool = False, name: str | None = None) -> tuple[Source, Checked | None]:
    """Read and check one file (None for a file that could not be read); a large plain-text file
    is streamed when it is only checked, never fixed (its text is then not kept: ""). Standard input
    can go by a `name` (`--stdin-filename`), which gives its kind and the path it is reported as;
    its bytes are kept (`--fix -` writes them back as they are when it cannot fix them)."""
    shown = name if path == STDIN and name else path
    if not fix and streamable(path) and kind_of(path) is Kind.TEXT:
        try:
            result = engine.check_stream(stream(path, fallback=plan.encoding), plan.settings)
        except Unreadable as exc:
            return exc.source, None
        return Source(path, text=""), _outcome(path, result, plan)
    source = read(path, plan.encoding)
    if source.stdin:
        source = replace(source, path=shown)
    elif source.text is None or not fix:  # the bytes are only needed to write a fixed file safely
        source = replace(source, data=b"")
    if source.text is None:
        return source, None
    return source, check_source(shown, source.text, plan, fix)


#: `--fix` checks a fixed text again and applies what is then safe, at most this many times
FIX_ROUNDS = 10


def check_source(path: str, text: str, plan: Plan, fix: bool = False) -> Checked:
    """Check one decoded file; with `fix`, its safe findings are applied, and the fixed text checked
    again until no safe finding is left (as linters fix: a fix may make another one sure): the
    findings are then the fixed text's, and a second check finds nothing safe to fix."""
    kind = kind_of(path)
    checked = _outcome(path, engine.check(text, plan.settings, kind), plan)
    current, fixed, applied = checked, text, 0
    for _ in range(FIX_ROUNDS if fix else 0):
        chosen = fixes.fixable(current.findings)
        if not chosen:
            break
        fixed, applied = fixes.apply(fixed, chosen), applied + len(chosen)
        current = _outcome(path, engine.check(fixed, plan.settings, kind), plan)
    if not applied:
        return checked
    return Checked(current.findings, current.words, fixed, applied, unfixed=checked.findings)


def _outcome(path: str, result: engine.Result, plan: Plan) -> Checked:
    """A file's findings that the baseline does not already list."""
    found = result.findings if plan.baseline is None else plan.baseline.new(path, result.findings)
    return Checked(found, result.words, lines=result.lines)
