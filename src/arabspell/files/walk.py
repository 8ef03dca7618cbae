"""The files a run checks: the paths named, and the files found in the directories named.

A directory is walked as git, ripgrep and ruff walk one (unless `ignore` is off, `--no-ignore`):

* the `.gitignore` and `.ignore` files in it and in every folder below it are honoured with git's
  semantics (matching by `pathspec.GitIgnoreSpec`): a file's patterns are relative to its folder,
  a deeper file's patterns win over a shallower one's, and within a file the last matching
  pattern wins, so `!keep.md` re-includes; a pattern with a `/` before its end is anchored to its
  folder, one ending in `/` matches only folders; a file inside an ignored folder cannot be
  re-included (the folder is not entered). A `.ignore` match wins over a `.gitignore` one (as in
  ripgrep). The files are honoured in any directory, a git repository or not; those of the
  folders above the directory named are not read;
* hidden files and folders (a name starting with ".": `.git`, `.venv`, `.tox`, ...) are skipped,
  and so are the folders of `SKIPPED_FOLDERS` (installed packages, build output);
* links to folders are not followed (a link loop is harmless); links to files are.

A path named explicitly is always kept, ignored or hidden (only the `excluded` filter, the
configuration's `exclude`, drops it). The same file is listed once, by its resolved path: the
first spelling wins (`./a.txt` then `a.txt`, or a file named and also found in a walk).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from arabspell.files.sources import STDIN, real
from arabspell.text.markup import SUFFIXES

if TYPE_CHECKING:
    from pathspec import GitIgnoreSpec

Filter = Callable[[str], bool]
#: the ignore files read in every folder of a walk, the one whose matches win first
IGNORE_FILES = (".ignore", ".gitignore")
#: folders never entered in a walk besides the hidden ones: installed packages and build output
#: (ruff's `exclude` defaults without the hidden ones, and Jekyll's `_site`); `--no-ignore` enters them
SKIPPED_FOLDERS = frozenset(
    {"__pycache__", "__pypackages__", "_build", "_site", "build", "dist", "node_modules", "site-packages", "venv"}
)
#: the ignore files in force in a folder: (kind, the folder's path relative to the walk's root
#: ending in "/" or "", its patterns), outermost first
Rules = tuple[tuple[int, str, "GitIgnoreSpec"], ...]


def by_suffix(path: str) -> bool:
    """The default of `included`: a file of a kind arabspell reads (`markup.SUFFIXES`)."""
    return Path(path).suffix.lower() in SUFFIXES


def expand(
    paths: list[str], included: Filter | None = None, excluded: Filter | None = None, ignore: bool = True
) -> Iterator[str]:
    """Each path as given, directories replaced by the files in them that `included` accepts
    (default: `by_suffix`) and no ignore file ignores, sorted; any path `excluded` matches is left
    out, even when named; every file once (standard input too). `ignore=False` walks everything."""
    included = included or by_suffix
    excluded = excluded or (lambda p: False)
    seen: set[str] = set()
    for raw in paths:
        if raw == STDIN:
            found = [(raw, raw)]
        elif not Path(raw).is_dir():
            found = [] if excluded(raw) else [(raw, str(real(raw)))]
        else:
            found = [(p, key) for p, key in sorted(walk(Path(raw), ignore)) if included(p) and not excluded(p)]
        for path, key in found:
            if key not in seen:
                seen.add(key)
                yield path


def walk(root: Path, ignore: bool = True) -> Iterator[tuple[str, str]]:
    """(path, resolved path) of every regular file under a directory, in no particular order;
    with `ignore`, what the ignore files, the hidden names and `SKIPPED_FOLDERS` leave out is not."""
    stack: list[tuple[Path, str, Rules]] = [(root, "", ())]
    while stack:
        folder, relative, rules = stack.pop()
        if ignore:
            rules = rules + _rules_in(folder, relative)
        try:
            with os.scandir(folder) as entries:
                listed = list(entries)
        except OSError:  # unreadable or vanished: nothing in it to check
            continue
        resolved = str(real(folder))
        for entry in listed:
            inner = relative + entry.name
            if ignore and (entry.name.startswith(".") or _ignored(rules, inner, entry)):
                continue
            if entry.is_dir(follow_symlinks=False):
                if not (ignore and entry.name in SKIPPED_FOLDERS):
                    stack.append((folder / entry.name, inner + "/", rules))
            elif _is_file(entry):  # a regular file, or a link to one
                key = str(real(entry.path)) if entry.is_symlink() else os.path.join(resolved, entry.name)
                yield str(folder / entry.name), key


def _is_file(entry: os.DirEntry[str]) -> bool:
    """Whether an entry is a regular file or a link to one (not a link loop, not unreadable)."""
    try:
        return entry.is_file()
    except OSError:
        return False


def _rules_in(folder: Path, relative: str) -> Rules:
    """The ignore files of one folder, as patterns (an unreadable one is passed over)."""
    found = []
    for kind, name in enumerate(IGNORE_FILES):
        try:
            lines = (folder / name).read_text(encoding="utf-8", errors="surrogateescape").splitlines()
        except OSError:
            continue
        from pathspec import GitIgnoreSpec  # only a folder with an ignore file needs it: off the hook's start-up

        found.append((kind, relative, GitIgnoreSpec.from_lines(lines)))
    return tuple(found)


def _ignored(rules: Rules, path: str, entry: os.DirEntry[str]) -> bool:
    """Whether the ignore files in force ignore a path relative to the walk's root: of each kind
    (`.ignore` first), the deepest file with a matching pattern decides, by its last match."""
    if not rules:
        return False
    suffix = "/" if entry.is_dir(follow_symlinks=False) else ""
    for kind in range(len(IGNORE_FILES)):
        for own, base, spec in reversed(rules):
            if own == kind:
                decided = spec.check_file(path[len(base) :] + suffix).include
                if decided is not None:
                    return decided
    return False
