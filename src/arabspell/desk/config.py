"""Project configuration: `arabspell.toml`, `.arabspell.toml` or `[tool.arabspell]` in `pyproject.toml`.

Each checked file uses the file found by walking up from it to the first directory that
has one (in that order of names; `desk.nearest`); `find` gives the one of a first path.
Command-line options override it. Paths in the file (dictionaries, include/exclude globs)
are relative to the file's directory.

    select = ["spelling", "names"]        # rule-id prefixes to run (default: all)
    ignore = ["orthography.taa-marbuta"]  # rule-id prefixes to skip
    dictionaries = ["desk-names.txt"]     # desk dictionaries (see `arabspell learn`)
    model = "desk.model"                  # the desk's context model (`arabspell learn --model`)
    accept = ["غالانت"]                  # words never reported
    fail-on = "warning"                  # lowest severity that fails the run: error, warning, info, none
    include = ["*.txt", "*.md"]          # files a directory is searched for
    exclude = ["archive/*"]              # never checked, even when named
    show-unknown = false                 # also list unfamiliar words

    [reject]                              # words always reported, with their correction
    "الى" = "إلى"
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from arabspell.arabic.normalize import key
from arabspell.arabic.tokenize import WORD
from arabspell.desk.globs import matches
from arabspell.files.sources import STDIN, read_text, real
from arabspell.findings import FAIL_ON
from arabspell.rules import ALL_RULES
from arabspell.text.markup import SUFFIXES

NAMES = ("arabspell.toml", ".arabspell.toml", "pyproject.toml")
DEFAULT, COMMAND_LINE = "default", "command line"
FAIL_LEVELS = tuple(FAIL_ON)
DEFAULT_INCLUDE = tuple(f"*{suffix}" for suffix in SUFFIXES)


class ConfigError(ValueError):
    """A configuration file that cannot be used; the message names the file and the key."""


@dataclass(frozen=True)
class Config:
    """The merged settings of a run, and where each came from (`origin`: key -> file or source)."""

    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    dictionaries: tuple[Path, ...] = ()
    #: the desk's context model (`arabspell learn --model`), which turns on the `context.*` rules
    model: Path | None = None
    accept: frozenset[str] = frozenset()
    reject: tuple[tuple[str, str], ...] = ()
    include: tuple[str, ...] = DEFAULT_INCLUDE
    exclude: tuple[str, ...] = ()
    fail_on: str = "warning"
    show_unknown: bool = False
    #: the directory relative paths and globs are resolved against
    root: Path = field(default_factory=Path.cwd)
    origin: dict[str, str] = field(default_factory=dict, compare=False)

    def source_of(self, name: str) -> str:
        """Where a setting came from: a file, the command line, or the default."""
        return self.origin.get(name, DEFAULT)

    def excluded(self, path: str) -> bool:
        """True when a path, or a folder it is in, matches an `exclude` glob (relative to the
        root, or by its name)."""
        return matches(path, self.exclude, self.root, folders=True)

    def included(self, path: str) -> bool:
        """True when a file found in a directory matches an `include` glob."""
        return matches(path, self.include, self.root)

    def override(self, source: str = COMMAND_LINE, **values: Any) -> Config:
        """A copy with the given settings (None: not given) taken from `source`."""
        given = {k: v for k, v in values.items() if v is not None}
        return replace(self, **given, origin={**self.origin, **dict.fromkeys(given, source)})


def _strings(name: str, value: object) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"`{name}` must be a string or a list of strings")
    return tuple(value)


def unknown_prefixes(prefixes: tuple[str, ...]) -> str | None:
    """Why some rule-id prefixes match no rule (None: each matches one), listing the rule ids."""
    unknown = [p for p in prefixes if not any(rule.id.startswith(p) for rule in ALL_RULES)]
    if not unknown:
        return None
    quoted = ", ".join(f'"{p}"' for p in unknown)
    return f"no rule id starts with {quoted}; rule ids: {', '.join(rule.id for rule in ALL_RULES)}"


def _prefixes(name: str, value: object) -> tuple[str, ...]:
    prefixes = _strings(name, value)
    unknown = unknown_prefixes(prefixes)
    if unknown:
        raise ConfigError(f"`{name}`: {unknown}")
    return prefixes


def _string(name: str, value: object) -> str:
    if not isinstance(value, str) or not value:
        raise ConfigError(f"`{name}` must be a string")
    return value


def _words(name: str, value: object) -> frozenset[str]:
    words = _strings(name, value)
    bad = [w for w in words if not WORD.fullmatch(key(w))]
    if bad:
        raise ConfigError(f"`{name}`: not an Arabic word: {bad[0]!r}")
    return frozenset(key(w) for w in words)


def _reject(name: str, value: object) -> tuple[tuple[str, str], ...]:
    if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
        raise ConfigError(f'`{name}` must be a table of "wrong" = "right"')
    bad = [w for w in value if not WORD.fullmatch(key(w))]
    if bad:
        raise ConfigError(f"`{name}`: not an Arabic word: {bad[0]!r}")
    return tuple(sorted((key(wrong), right) for wrong, right in value.items()))


def _fail_on(name: str, value: object) -> str:
    if value not in FAIL_LEVELS:
        raise ConfigError(f"`{name}` must be one of {', '.join(FAIL_LEVELS)}")
    return str(value)


def _bool(name: str, value: object) -> bool:
    if not isinstance(value, bool):
        raise ConfigError(f"`{name}` must be true or false")
    return value


#: TOML key -> (Config field, reader that validates the value)
KEYS = {
    "select": ("select", _prefixes),
    "ignore": ("ignore", _prefixes),
    "dictionaries": ("dictionaries", _strings),
    "model": ("model", _string),
    "accept": ("accept", _words),
    "reject": ("reject", _reject),
    "include": ("include", _strings),
    "exclude": ("exclude", _strings),
    "fail-on": ("fail_on", _fail_on),
    "show-unknown": ("show_unknown", _bool),
}


def discover(start: Path) -> Path | None:
    """The configuration file for a path: the nearest one walking up from it, or None
    (`desk.nearest.Configs` finds it for many files, once per folder)."""
    start = real(start)
    for folder in [start, *start.parents] if start.is_dir() else start.parents:
        found = here(folder)
        if found is not None:
            return found
    return None


def here(folder: Path) -> Path | None:
    """The configuration file of one folder, its parents not looked at (a stat a name), or None."""
    for name in NAMES:
        candidate = folder / name
        if candidate.is_file() and (name != "pyproject.toml" or _table(candidate) is not None):
            return candidate
    return None


def load(path: Path) -> Config:
    """Read one configuration file; unknown keys and bad values raise ConfigError naming them."""
    table = _table(path)
    if table is None:
        raise ConfigError(f"{path}: no [tool.arabspell] table")
    values: dict[str, Any] = {}
    for name, value in table.items():
        if name not in KEYS:
            raise ConfigError(f"{path}: unknown key `{name}` (known: {', '.join(KEYS)})")
        field_name, reader = KEYS[name]
        try:
            values[field_name] = reader(name, value)
        except ConfigError as exc:
            raise ConfigError(f"{path}: {exc}") from None
    if "dictionaries" in values:
        values["dictionaries"] = tuple(path.parent / d for d in values["dictionaries"])
    if "model" in values:
        values["model"] = path.parent / values["model"]
    return Config(root=path.parent).override(str(path), **values)


def _table(path: Path) -> dict[str, Any] | None:
    """The arabspell table of a file (the whole file, or `[tool.arabspell]` of pyproject.toml)."""
    text, error = read_text(path)
    if text is None:  # missing, unreadable, not UTF-8 (with the byte offset): as an input's message
        raise ConfigError(f"{path}: {error}")
    if sys.version_info >= (3, 11):  # imported here: a run with no configuration file never parses TOML
        import tomllib
    else:  # pragma: no cover - Python 3.10
        import tomli as tomllib
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from None
    if path.name == "pyproject.toml":
        table = data.get("tool", {}).get("arabspell")
        return table if isinstance(table, dict) else None
    return data


def find(paths: list[str], explicit: Path | None = None) -> Config:
    """The configuration of a run: an explicit file, else the one found from the first path, else defaults."""
    if explicit is not None:
        return load(explicit)
    first = next((Path(p) for p in paths if p != STDIN), Path.cwd())
    found = discover(first)
    return load(found) if found else Config()
