"""The desk's commands: `learn` a desk dictionary, list or explain the `rules`, show the `config`."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Annotated

import typer

from arabspell.cli.common import ConfigOpt, console, fail, find_config
from arabspell.cli.options import EncodingOpt, codec_of
from arabspell.cli.usage import FLAG
from arabspell.desk import config
from arabspell.desk.learn import Options
from arabspell.desk.learn import learn as learn_desk
from arabspell.desk.template import toml_value
from arabspell.files.sources import read
from arabspell.files.walk import expand
from arabspell.lexicon.lexicon import default_lexicon
from arabspell.report.base import EXIT_ERROR
from arabspell.rules import ALL_RULES, Rule
from arabspell.text.markup import kind_of, prose


def learn(
    archive: Annotated[list[str], typer.Argument(metavar="PATH...", help="Files or directories of published copy.")],
    output: Annotated[Path, typer.Option("--output", "-o", metavar="FILE", help="The desk dictionary to write.")],
    min_docs: Annotated[int, typer.Option(metavar="N", help="Learn a name once it occurs in N articles or more.")] = 2,
    pin_house_style: Annotated[
        bool,
        typer.Option("--pin-house-style", metavar=FLAG, help="Pin the house spellings found (default: propose them)."),
    ] = False,
    encoding: EncodingOpt = None,
) -> None:
    """Learn a desk dictionary (names, house spellings) from an archive, for `check --dict`."""
    errors = console(stderr=True)
    files = 0
    codec = codec_of(encoding)

    def texts() -> Iterator[str]:
        """The archive's prose, a file at a time (an archive need not fit in memory)."""
        nonlocal files
        for path in expand(archive):
            source = read(path, codec)
            if source.text is None:
                errors.print(f"arabspell: {path}: {source.error}", markup=False)
                raise typer.Exit(EXIT_ERROR)
            files += 1
            yield prose(source.text, kind_of(path))

    learned = learn_desk(texts(), default_lexicon(), Options(min_docs=min_docs, pin_house_style=pin_house_style))
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


#: what a rule's fixes being safe or not means for `--fix`, and why
FIXES = {
    True: "safe when sure: --fix applies the first suggestion when the rule is sure of it (docs/model.md, Safe fixes)",
    False: "never safe: reported, never applied by --fix (a correct text can look the same: an editor decides)",
}


def rules(
    rule_id: Annotated[
        str | None, typer.Argument(metavar="ID", help="Explain this rule (default: list them all).")
    ] = None,
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
    paths: Annotated[
        list[str] | None, typer.Argument(metavar="PATH...", help="Where to look for configuration (default: here).")
    ] = None,
    config_file: ConfigOpt = None,
) -> None:
    """Print the merged settings and where each came from (a file, or the default)."""
    settings = find_config(paths or ["."], config_file)
    out = console()
    for name, (field_name, _) in config.KEYS.items():
        value = toml_value(getattr(settings, field_name))
        out.print(f"{name:13} = {value}  # {settings.source_of(field_name)}", markup=False)
