"""Matching the `include` and `exclude` globs of a configuration, fast enough for every file of
a walk: each list of globs is compiled once into one regular expression, and a path is resolved
by its folder, whose links are resolved once per folder (a file's own only when it is a link).

A glob matches the path relative to the configuration's root, or the file name alone (`*` also
crosses `/`, as in `fnmatch`); an absolute glob (the command line's, anchored at the current
directory) matches the whole resolved path; with `folders`, so does each folder the path is in.
"""

from __future__ import annotations

import os
import re
from fnmatch import translate
from functools import lru_cache
from pathlib import Path

from arabspell.files.sources import real


@lru_cache(maxsize=1024)
def _real_folder(folder: str) -> str:
    return real(folder).as_posix()


def resolved(path: str) -> str:
    """The absolute path with symbolic links resolved, as `files.sources.real` gives it."""
    absolute = os.path.abspath(path)
    if os.path.islink(absolute):
        return real(absolute).as_posix()
    folder, name = os.path.split(absolute)
    return f"{_real_folder(folder).rstrip('/')}/{name}"


@lru_cache(maxsize=256)
def _compiled(globs: tuple[str, ...]) -> tuple[re.Pattern[str], re.Pattern[str] | None]:
    """One expression for all the globs, and one for the absolute ones (None: there are none)."""
    anchored = [g for g in globs if g.startswith("/")]
    every = re.compile("|".join(translate(g) for g in globs))
    return every, re.compile("|".join(translate(g) for g in anchored)) if anchored else None


def matches(path: str, globs: tuple[str, ...], root: Path, folders: bool = False) -> bool:
    """True when a path (or with `folders` a folder it is in) matches one of the globs."""
    if not globs:
        return False
    every, anchored = _compiled(globs)
    whole = resolved(path)
    prefix = _real_folder(str(root)).rstrip("/") + "/"
    relative = whole[len(prefix) :] if whole.startswith(prefix) else whole
    while True:
        name = relative.rsplit("/", 1)[-1]
        if every.match(relative) or every.match(name) or (anchored is not None and anchored.match(whole)):
            return True
        if not folders or "/" not in relative.strip("/"):
            return False
        relative, whole = relative.rsplit("/", 1)[0], whole.rsplit("/", 1)[0]
