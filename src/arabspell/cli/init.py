"""`arabspell init`: a commented configuration file here, and the pre-commit hook to add."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from arabspell.cli.common import console, fail
from arabspell.cli.usage import FLAG
from arabspell.desk import config, template

#: the `.pre-commit-hooks.yaml` hook, as README's "pre-commit" section shows it (no release is
#: tagged yet: `rev` pins a commit, which `pre-commit autoupdate --freeze` fills in)
PRE_COMMIT = """\
# .pre-commit-config.yaml of a desk's copy repository
repos:
  - repo: https://github.com/arabspell/arabspell
    rev: <commit-sha>          # the full id of an arabspell commit: see below
    hooks:
      - id: arabspell          # checks staged text, Markdown and HTML files
        # args: [--fail-on, error]
"""


def init(
    force: Annotated[bool, typer.Option("--force", metavar=FLAG, help="Overwrite an existing arabspell.toml.")] = False,
) -> None:
    """Write a commented arabspell.toml here (every key at its default) and print the pre-commit hook."""
    path = Path(config.NAMES[0])
    if not force:
        _refuse_to_replace(path)
    try:
        path.write_text(template.render(), encoding="utf-8")
    except OSError as exc:
        fail(f"{path}: {exc.strerror or exc}")
    console(stderr=True).print(
        f"{path}: written, every key commented at its default; `arabspell config` shows the settings", markup=False
    )
    console().print(PRE_COMMIT, markup=False, end="")
    console(stderr=True).print(
        "Replace <commit-sha> with an arabspell commit id, or run `pre-commit autoupdate --freeze`.", markup=False
    )


def _refuse_to_replace(path: Path) -> None:
    """A usage error when this directory already has a configuration (of any of the three names)."""
    try:
        found = config.discover(Path.cwd())
    except config.ConfigError as exc:  # a pyproject.toml that cannot be read
        fail(f"{exc}; not writing {path}")
    if found is None or found.parent != Path.cwd().resolve():
        return
    if found.name == path.name:
        fail(f"{path} already exists; --force overwrites it")
    fail(f"{found.name} already configures this directory; --force writes {path}, which is read before it")
