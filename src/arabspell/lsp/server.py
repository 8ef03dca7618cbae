"""The language server: pygls over standard input and output. Documents are checked on open and
save at once, on change after `DEBOUNCE` seconds of quiet, one at a time in a worker thread so
the server keeps answering; the diagnostics of an out-of-date text are never published. A save
or a file-watch event of a configuration or a dictionary checks every open document again (the
plans reload what changed on disk). The server writes no file: its code actions are edits the
editor applies."""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from importlib import metadata
from pathlib import Path
from typing import Any

from lsprotocol import types
from pygls.lsp.server import LanguageServer
from pygls.uris import to_fs_path

from arabspell.lsp import documents
from arabspell.lsp.diagnostics import diagnostics
from arabspell.lsp.documents import Checked, Desks, Notice, Stale
from arabspell.lsp.positions import UTF16
from arabspell.lsp.protocol import Protocol
from arabspell.text.markup import Kind

#: seconds a document must rest after a change before it is checked again
DEBOUNCE = 0.15
#: the files whose change may change every document's findings (besides the dictionaries)
WATCHED = ("**/arabspell.toml", "**/.arabspell.toml", "**/pyproject.toml", "**/*.txt")
log = logging.getLogger(__name__)
#: true once a check is out of date
Outdated = Callable[[], bool]
#: a document's check and its diagnostics
Published = tuple[Checked, list[types.Diagnostic]]


def _version() -> str:
    try:
        return metadata.version("arabspell")
    except metadata.PackageNotFoundError:  # pragma: no cover - a source tree without metadata
        return "0"


class Server(LanguageServer):
    """The server and what it keeps: the plans, each document's last check and version count."""

    def __init__(self) -> None:
        sync = types.TextDocumentSyncKind.Full
        super().__init__("arabspell", _version(), text_document_sync_kind=sync, protocol_cls=Protocol)
        self.desks = Desks()
        self.pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="arabspell-check")
        self.generations: dict[str, int] = {}
        self.results: dict[str, Checked] = {}
        self.stopping = False
        self._tasks: set[asyncio.Task[None]] = set()

    def report_server_error(self, error: Exception, source: Any) -> None:
        """A message that is not JSON is answered with ParseError; any other error is logged
        (on stderr), not shown to the user: the server carries on."""
        if isinstance(error, json.JSONDecodeError) and isinstance(self.protocol, Protocol):
            self.protocol.parse_error(error)
        else:
            log.error("arabspell lsp: %s", error)

    @property
    def encoding(self) -> str:
        """The negotiated position encoding ("utf-8", "utf-16" or "utf-32")."""
        chosen = self.workspace.position_encoding or UTF16
        return str(getattr(chosen, "value", chosen))

    def roots(self, path: Path | None) -> tuple[Path, ...]:
        """The workspace's folders (the document's own folder when the client named none)."""
        folders = [to_fs_path(f.uri) for f in self.workspace.folders.values()]
        found = tuple(Path(f) for f in [*folders, self.workspace.root_path] if f)
        return found or ((path.parent,) if path is not None else ())

    def schedule(self, uri: str, delay: float = 0.0) -> None:
        """Check a document (again) after `delay` seconds; a later call supersedes it."""
        generation = self.generations[uri] = self.generations.get(uri, 0) + 1
        task = asyncio.get_running_loop().create_task(self._check(uri, generation, delay))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    def refresh(self) -> None:
        """Check every open document again (a configuration or dictionary changed)."""
        for uri in list(self.workspace.text_documents):
            self.schedule(uri)

    def stale(self, uri: str, generation: int) -> bool:
        return self.stopping or self.generations.get(uri) != generation

    async def checked(self, uri: str, generation: int | None = None) -> Published | None:
        """A document's check and its diagnostics, made in the worker thread (the server answers
        meanwhile); None when out of date or the server stops."""
        doc = self.workspace.text_documents.get(uri)
        if doc is None:
            return None
        path = _path(uri)
        kind = documents.kind_for(doc.language_id, path or uri)
        stale = (lambda: self.stale(uri, generation)) if generation is not None else (lambda: self.stopping)
        work = _guarded(doc.source, kind, self.desks, Path(path) if path else None, stale, self.encoding)
        try:
            return await asyncio.get_running_loop().run_in_executor(self.pool, work)
        except (Stale, RuntimeError):  # RuntimeError: the pool is shut down, the server stops
            return None

    async def _check(self, uri: str, generation: int, delay: float) -> None:
        if delay:
            await asyncio.sleep(delay)
        if self.stale(uri, generation):
            return
        version = self.workspace.text_documents[uri].version if uri in self.workspace.text_documents else None
        published = await self.checked(uri, generation)
        if published is None or self.stale(uri, generation):
            return
        self.results[uri] = published[0]
        params = types.PublishDiagnosticsParams(uri=uri, diagnostics=published[1], version=version)
        self.text_document_publish_diagnostics(params)


def _guarded(
    text: str, kind: Kind, desks: Desks, path: Path | None, stale: Outdated, encoding: str
) -> Callable[[], Published]:
    """The work for the worker thread; an unexpected error is a notice, never the server's end."""

    def work() -> Published:
        try:
            checked = documents.check(text, kind, desks, path, stale)
        except Stale:
            raise
        except Exception as exc:  # a bug must not stop the server: say it on the document
            log.exception("arabspell: check failed")
            checked = Checked(text, notice=Notice(f"arabspell: internal error: {exc!r}", "internal-error"))
        return checked, diagnostics(checked, encoding)

    return work


def _path(uri: str) -> str | None:
    """The file path of a `file:` URI (None: untitled and the like)."""
    return to_fs_path(uri) if uri.startswith("file:") else None
