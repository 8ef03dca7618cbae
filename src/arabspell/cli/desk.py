"""The desk's commands: `learn` a desk dictionary, list the `rules`, show the `config`."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Annotated

import typer

from arabspell.cli.common import ConfigOpt, console, fail, find_config
from arabspell.cli.options import EncodingOpt, codec_of
from arabspell.desk import config
from arabspell.desk.learn import Options
from arabspell.desk.learn import learn as learn_desk
from arabspell.files.sources import read
from arabspell.files.walk import expand
from arabspell.lexicon.lexicon import default_lexicon
from arabspell.report.base import EXIT_ERROR
from arabspell.rules import ALL_RULES
from arabspell.text.markup import kind_of, prose


def learn(
    archive: Annotated[list[str], typer.Argument(help="Files or directories of published copy.")],
    output: Annotated[Path, typer.Option("--output", "-o", help="The desk dictionary to write.")],
    min_docs: Annotated[int, typer.Option(help="Learn a name once it occurs in this many articles.")] = 2,
    pin_house_style: Annotated[
        bool, typer.Option("--pin-house-style", help="Pin the house spellings found (default: propose them).")
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


def rules() -> None:
    """List every rule with its id, severity and what it finds."""
    out = console()
    for rule in ALL_RULES:
        out.print(f"{rule.id:28} {rule.severity.value:8} {rule.summary}", markup=False)


def show_config(
    paths: Annotated[list[str] | None, typer.Argument(help="Where to look for configuration (default: here).")] = None,
    config_file: ConfigOpt = None,
) -> None:
    """Print the merged settings and where each came from (a file, or the default)."""
    settings = find_config(paths or ["."], config_file)
    out = console()
    for name, (field_name, _) in config.KEYS.items():
        value = _shown(getattr(settings, field_name))
        out.print(f"{name:13} = {value}  # {settings.source_of(field_name)}", markup=False)


def _shown(value: object) -> str:
    """A setting as TOML would write it."""
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, frozenset):
        value = sorted(value)
    if isinstance(value, tuple) and value and isinstance(value[0], tuple):
        return "{" + ", ".join(f'"{a}" = "{b}"' for a, b in value) + "}"
    if isinstance(value, (tuple, list)):
        return "[" + ", ".join(f'"{v}"' for v in value) + "]"
    return f'"{value}"'
