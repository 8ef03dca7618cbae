"""Each document's check, as `arabspell check` checks its file: the nearest configuration, the
plan every document of that configuration shares (its desk dictionaries and context model read
once, again when one of them changes on disk), and the findings, or a notice saying why not.

A long plain text is checked a part at a time (`engine.check_stream`, as the CLI streams a large
file), and stops between parts when a newer version of the document has arrived; a Markdown or
HTML document is checked whole (its structure is), up to `WHOLE_MAX` code points.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from arabspell import engine
from arabspell.desk.config import Config, discover, load
from arabspell.findings import Finding, Severity
from arabspell.run.check import Plan, plan
from arabspell.text.markup import Kind, kind_of

#: a plain text this long (code points) or longer is checked in parts that can be stopped
STREAM_FROM = 1_000_000
#: the pieces a long text is handed to the engine in (it cuts them into its own parts)
PIECE = 1 << 16
#: a Markdown or HTML document longer than this is not checked (a notice says so)
WHOLE_MAX = 8_000_000
#: how many configurations and plans are kept (a desk has a few)
KEPT = 32
#: languageId -> kind; any other: by the file name, as the CLI decides
LANGUAGES = {"markdown": Kind.MARKDOWN, "html": Kind.HTML, "plaintext": Kind.TEXT, "text": Kind.TEXT}

#: a file's identity on disk: (path, mtime in ns, size); a missing file: zeros
Stamp = tuple[str, int, int]


class Stale(Exception):
    """A newer version of the document arrived (or the server stops): its check is dropped."""


@dataclass(frozen=True)
class Notice:
    """Why a document was not checked, shown as one diagnostic at its start."""

    message: str
    code: str
    severity: Severity = Severity.INFO


@dataclass(frozen=True)
class Checked:
    """The outcome of one document's text: its findings, or a notice."""

    text: str
    findings: list[Finding] = field(default_factory=list)
    notice: Notice | None = None


def stamp(path: Path) -> Stamp:
    """A file's identity on disk, to know when it changed."""
    try:
        info = os.stat(path)
    except OSError:
        return (str(path), 0, 0)
    return (str(path), info.st_mtime_ns, info.st_size)


def kind_for(language: str | None, path: str) -> Kind:
    """A document's kind: by its language id when it is one of ours, else by its name."""
    return LANGUAGES.get(language or "") or kind_of(path)


class Desks:
    """The configuration and plan of each document, built once a configuration and shared;
    `root` is where a document with no file of its own (untitled) finds its configuration."""

    def __init__(self, root: Path | None = None) -> None:
        self.root = root
        #: the worker thread checks, the server's thread reads configurations for code actions
        self._lock = threading.RLock()
        self._configs: dict[Stamp, Config] = {}
        self._plans: dict[tuple[Config, tuple[Stamp, ...]], Plan] = {}

    def config_file(self, path: Path | None) -> Path | None:
        """The configuration file of a document (None: none, the defaults)."""
        start = path if path is not None else self.root
        return discover(start) if start is not None else None

    def config(self, path: Path | None) -> tuple[Path | None, Config]:
        """A document's configuration file and configuration; raises ConfigError."""
        found = self.config_file(path)
        if found is None:
            return None, Config()
        key = stamp(found)
        with self._lock:
            if key not in self._configs:
                _bounded(self._configs)
                self._configs[key] = load(found)
            return found, self._configs[key]

    def plan(self, path: Path | None) -> Plan:
        """A document's plan; raises ConfigError, DeskError, ModelError or OSError as `run.plan` does."""
        config = self.config(path)[1]
        files = (*config.dictionaries, *((config.model,) if config.model else ()))
        key = (config, tuple(stamp(f) for f in files))
        with self._lock:
            if key not in self._plans:
                _bounded(self._plans)
                self._plans[key] = plan(config)
            return self._plans[key]


def _bounded(cache: dict) -> None:  # type: ignore[type-arg]
    if len(cache) >= KEPT:
        cache.clear()


def check(text: str, kind: Kind, desks: Desks, path: Path | None, stale: Callable[[], bool]) -> Checked:
    """A document's findings with its configuration, or a notice: a binary or too long
    document, a configuration that cannot be used. Raises Stale when `stale()` turns true."""
    if "\x00" in text:
        return Checked(text, notice=Notice("arabspell: not checked: the document has NUL bytes (binary)", "binary"))
    if kind is not Kind.TEXT and len(text) > WHOLE_MAX:
        limit = f"{WHOLE_MAX:,} characters"
        return Checked(text, notice=Notice(f"arabspell: not checked: a {kind.value} document over {limit}", "too-long"))
    try:
        settings = desks.plan(path).settings
    except (OSError, ValueError) as exc:  # ConfigError, DeskError, ModelError, undecodable
        return Checked(text, notice=Notice(f"arabspell: configuration: {exc}", "configuration", Severity.ERROR))
    if kind is Kind.TEXT and len(text) >= STREAM_FROM:
        return Checked(text, engine.check_stream(_pieces(text, stale), settings).findings)
    return Checked(text, engine.check(text, settings, kind).findings)


def _pieces(text: str, stale: Callable[[], bool]) -> Iterator[str]:
    """A text a piece at a time, stopping (Stale) as soon as it is out of date."""
    for start in range(0, len(text), PIECE):
        if stale():
            raise Stale
        yield text[start : start + PIECE]
