"""The `arabspell` command: typer options in, reporters out; no checking logic here."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from arabspell import desk, engine
from arabspell.engine import Settings
from arabspell.findings import Severity
from arabspell.learn import Options
from arabspell.learn import learn as learn_desk
from arabspell.lexicon import default_lexicon
from arabspell.reporters import FileReport, Format, make_reporter
from arabspell.rules import ALL_RULES
from arabspell.rules.spelling import UNFAMILIAR
from arabspell.sources import expand, read
from arabspell.suggest import Corrector

app = typer.Typer(add_completion=False, no_args_is_help=True, help="Spelling and typo checker for Arabic news copy.")
EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
FAILING = {Severity.ERROR, Severity.WARNING}


def _prefixes(values: list[str] | None) -> tuple[str, ...]:
    """Rule-id prefixes from repeated or comma-separated options."""
    return tuple(p.strip() for v in values or [] for p in v.split(",") if p.strip())


@app.command()
def check(
    paths: Annotated[list[str], typer.Argument(help="Files, directories (*.txt, *.md) or - for stdin.")],
    fmt: Annotated[Format, typer.Option("--format", "-f", help="Output format.")] = Format.TEXT,
    select: Annotated[list[str] | None, typer.Option(help="Only rules whose id starts with this.")] = None,
    ignore: Annotated[list[str] | None, typer.Option(help="Skip rules whose id starts with this.")] = None,
    exit_zero: Annotated[bool, typer.Option("--exit-zero", help="Exit 0 even when there are findings.")] = False,
    show_unknown: Annotated[
        bool, typer.Option("--show-unknown", help="Also list words the lexicon does not know (info; never fails).")
    ] = False,
    dicts: Annotated[
        list[Path] | None, typer.Option("--dict", help="A desk dictionary (see `arabspell learn`); repeatable.")
    ] = None,
) -> None:
    """Check Arabic text for typos, inconsistent names, orthographic slips and spacing."""
    opt_in = (UNFAMILIAR,) if show_unknown else ()
    settings = Settings(select=_prefixes(select) or ("",), ignore=_prefixes(ignore), opt_in=opt_in)
    errors = Console(stderr=True, highlight=False)
    corrector = _corrector(dicts or [], errors)
    reporter = make_reporter(fmt, sys.stdout)
    failed = input_error = False
    for path in expand(paths):
        source = read(path)
        if source.text is None:
            errors.print(f"arabspell: {path}: {source.error}", markup=False)
            input_error = True
            continue
        result = engine.check(source.text, settings, corrector)
        failed |= any(f.severity in FAILING for f in result.findings)
        reporter.add(FileReport(path, source.text, result.findings, result.words))
    reporter.finish()
    if input_error:
        raise typer.Exit(EXIT_ERROR)
    raise typer.Exit(EXIT_FINDINGS if failed and not exit_zero else EXIT_CLEAN)


def _corrector(paths: list[Path], errors: Console) -> Corrector | None:
    """The corrector over the packaged lexicon with the desk dictionaries added (None: the default)."""
    if not paths:
        return None
    try:
        return Corrector(desk.load(paths).apply(default_lexicon()))
    except (OSError, UnicodeDecodeError, desk.DeskError) as exc:
        errors.print(f"arabspell: dictionary: {exc}", markup=False)
        raise typer.Exit(EXIT_ERROR) from None


@app.command()
def learn(
    archive: Annotated[list[str], typer.Argument(help="Files or directories (*.txt, *.md) of published copy.")],
    output: Annotated[Path, typer.Option("--output", "-o", help="The desk dictionary to write.")],
    min_docs: Annotated[int, typer.Option(help="Learn a name once it occurs in this many articles.")] = 2,
) -> None:
    """Learn a desk dictionary (names, house spellings) from an archive, for `check --dict`."""
    errors = Console(stderr=True, highlight=False)
    files = 0

    def texts() -> Iterator[str]:
        """The archive's texts, one at a time (an archive need not fit in memory)."""
        nonlocal files
        for path in expand(archive):
            source = read(path)
            if source.text is None:
                errors.print(f"arabspell: {path}: {source.error}", markup=False)
                raise typer.Exit(EXIT_ERROR)
            files += 1
            yield source.text

    learned = learn_desk(texts(), default_lexicon(), Options(min_docs=min_docs))
    header = (
        f"arabspell desk dictionary, learned from {files} file(s) on {date.today().isoformat()}.\n"
        "Review it, then use it with: arabspell check --dict FILE"
    )
    output.write_text(learned.render(header), encoding="utf-8")
    errors.print(
        f"{output}: {len(learned.words)} name(s), {len(learned.fullnames)} full name(s), "
        f"{len(learned.preferred)} house spelling(s) from {files} file(s)",
        markup=False,
    )


@app.command()
def rules() -> None:
    """List every rule with its id, severity and what it finds."""
    console = Console(highlight=False, soft_wrap=True)
    for rule in ALL_RULES:
        console.print(f"{rule.id:28} {rule.severity.value:8} {rule.summary}", markup=False)


def main() -> None:
    """Console-script entry point."""
    app()
