"""The desk's commands: `learn` a desk dictionary, list or explain the `rules`, show the `config`."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from arabspell.cli.checking import codec_of
from arabspell.cli.common import ConfigOpt, argument, console, fail, find_config
from arabspell.cli.options import EncodingOpt, ProgressOpt
from arabspell.cli.usage import FLAG
from arabspell.desk import config
from arabspell.desk.dictionaries import Desk
from arabspell.desk.learn import Options
from arabspell.desk.learn import learn as learn_desk
from arabspell.desk.model import write_model
from arabspell.desk.template import toml_value
from arabspell.files.sources import read
from arabspell.files.walk import expand
from arabspell.lexicon import ngrams
from arabspell.lexicon.lexicon import default_lexicon
from arabspell.report.base import EXIT_ERROR
from arabspell.rules import ALL_RULES, Rule
from arabspell.text.markup import kind_of, prose


def learn(
    archive: Annotated[list[str], argument("PATH...", "Files or directories of published copy.")],
    output: Annotated[
        Path | None, typer.Option("--output", "-o", metavar="FILE", help="The desk dictionary to write.")
    ] = None,
    model: Annotated[
        Path | None,
        typer.Option("--model", metavar="FILE", help="The context model to write (word pairs), for `check --model`."),
    ] = None,
    min_docs: Annotated[int, typer.Option(metavar="N", help="Learn a name once it occurs in N articles or more.")] = 2,
    pin_house_style: Annotated[
        bool,
        typer.Option("--pin-house-style", metavar=FLAG, help="Pin the house spellings found (default: propose them)."),
    ] = False,
    encoding: EncodingOpt = None,
    progress: ProgressOpt = True,
) -> None:
    """Learn a desk dictionary (names, house spellings) and a context model from an archive."""
    if output is None and model is None:
        fail("nothing to write: give --output FILE (a desk dictionary), --model FILE (a context model), or both")
    errors = console(stderr=True)
    paths = list(expand(archive))
    files = 0
    codec = codec_of(encoding)
    tally = ngrams.Tally() if model is not None else None

    def texts() -> Iterator[str]:
        """The archive's prose, a file at a time (an archive need not fit in memory)."""
        nonlocal files
        for path in _tracked(paths, progress and errors.is_terminal):
            source = read(path, codec)
            if source.text is None:
                errors.print(f"arabspell: {path}: {source.error}", markup=False)
                raise typer.Exit(EXIT_ERROR)
            files += 1
            text = prose(source.text, kind_of(path))
            if tally is not None:
                tally.add(text)
            yield text

    if output is not None:
        learned = learn_desk(texts(), default_lexicon(), Options(min_docs=min_docs, pin_house_style=pin_house_style))
        _write_desk(output, learned, files, errors)
    else:
        for _ in texts():
            pass
    if model is not None and tally is not None:
        _write_model(model, tally, files, progress and errors.is_terminal, errors)


def _tracked(items: list[str], show: bool, what: str = "learning") -> Iterator[str]:
    """The items, with a progress bar on the terminal's error stream when `show`."""
    if not show:
        yield from items
        return
    from rich.progress import Progress

    with Progress(console=console(stderr=True), transient=True) as bar:
        yield from bar.track(items, description=what)


def _write_desk(output: Path, learned: Desk, files: int, errors: Console) -> None:
    header = (
        f"arabspell desk dictionary, learned from {files} file(s) on {date.today().isoformat()}.\n"
        "Review it, then use it with: arabspell check --dict FILE"
    )
    try:
        output.write_text(learned.render(header), encoding="utf-8")
    except OSError as exc:
        fail(f"{output}: {exc.strerror or exc}")
    errors.print(
        f"{output}: {len(learned.words)} name(s), {len(learned.fullnames)} full name(s), "
        f"{len(learned.preferred)} house spelling(s) pinned, {len(learned.proposed)} proposed, from {files} file(s)",
        markup=False,
    )


def _write_model(path: Path, tally: ngrams.Tally, files: int, show: bool, errors: Console) -> None:
    """Write the model, with the slips of each word it may judge (found once, here)."""
    if not tally.tokens():
        fail(f"{path}: not written: the archive has no Arabic words to learn from ({files} file(s) read)")
    try:
        write_model(tally, path, default_lexicon(), lambda words: _tracked(words, show, "finding slips"))
        size = path.stat().st_size
    except OSError as exc:
        fail(f"{path}: {exc.strerror or exc}")
    errors.print(
        f"{path}: context model of {tally.tokens():,} words, {tally.distinct():,} distinct, "
        f"{len(tally.pairs):,} word pairs ({_size(size)}), from {files} file(s); "
        f"use it with: arabspell check --model {path}",
        markup=False,
    )


def _size(n: int) -> str:
    return f"{n / 2**20:.1f} MiB" if n >= 2**20 else f"{max(1, round(n / 1024))} KiB"


#: what a rule's fixes being safe or not means for `--fix`, and why
FIXES = {
    True: "safe when sure: --fix applies the first suggestion when the rule is sure of it (docs/model.md, Safe fixes)",
    False: "never safe: reported, never applied by --fix (a correct text can look the same: an editor decides)",
}


def rules(
    rule_id: Annotated[str | None, argument("ID", "Explain this rule (default: list them all).")] = None,
) -> None:
    """List every rule with its id, severity and what it finds; or explain one, with examples."""
    out = console()
    if rule_id is None:
        for rule in ALL_RULES:
            out.print(f"{rule.id:28} {rule.severity.value:8} {rule.summary}", markup=False)
        return
    rule = next((r for r in ALL_RULES if r.id == rule_id), None)
    if rule is None:
        ids = ", ".join(r.id for r in ALL_RULES)
        fail(f'no rule "{rule_id}"; rule ids: {ids}')
    for line in _explained(rule):
        out.print(line, markup=False)


def _explained(rule: Rule) -> Iterator[str]:
    """The lines of `arabspell rules ID`."""
    yield rule.id
    yield f"  severity  {rule.severity.value}" + (
        "  (opt-in: runs only when selected by its id)" if rule.opt_in else ""
    )
    yield f"  fixes     {FIXES[rule.safe_fix]}"
    yield f"  finds     {rule.summary}"
    yield "  examples"
    for example in rule.examples:
        fix = f" → {example.suggestion}" if example.suggestion else " (no suggestion)"
        yield f"    {example.text}"
        yield f"      {example.flagged}{fix}" + (f"  with {example.config}" if example.config else "")


def show_config(
    paths: Annotated[list[str] | None, argument("PATH...", "Where to look for configuration (default: here).")] = None,
    config_file: ConfigOpt = None,
) -> None:
    """Print the merged settings and where each came from (a file, or the default)."""
    settings = find_config(paths or ["."], config_file)
    out = console()
    for name, (field_name, _) in config.KEYS.items():
        value = toml_value(getattr(settings, field_name))
        out.print(f"{name:13} = {value}  # {settings.source_of(field_name)}", markup=False)
