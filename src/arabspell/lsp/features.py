"""What the server answers: each LSP method it handles, registered on a new `Server`, and
`serve`, which runs one over standard input and output until the client exits or goes away."""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from lsprotocol import types
from pygls.workspace import TextDocument

from arabspell.desk.config import NAMES
from arabspell.lsp import actions
from arabspell.lsp.documents import kind_for
from arabspell.lsp.positions import Positions
from arabspell.lsp.server import DEBOUNCE, WATCHED, Server, _path
from arabspell.text.markup import Kind


def build() -> Server:
    """A server with its features registered."""
    server = Server()
    _documents(server)
    _workspace(server)

    @server.feature(types.TEXT_DOCUMENT_CODE_ACTION, types.CodeActionOptions(code_action_kinds=[actions.QUICKFIX]))
    async def code_action(ls: Server, params: types.CodeActionParams) -> list[types.CodeAction]:
        return await _code_actions(ls, params)

    @server.feature(types.SHUTDOWN)
    def shutdown(ls: Server, *_: object) -> None:
        ls.stopping = True

    return server


def _documents(server: Server) -> None:
    @server.feature(types.TEXT_DOCUMENT_DID_OPEN)
    async def did_open(ls: Server, params: types.DidOpenTextDocumentParams) -> None:
        ls.schedule(params.text_document.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
    async def did_change(ls: Server, params: types.DidChangeTextDocumentParams) -> None:
        ls.schedule(params.text_document.uri, DEBOUNCE)

    @server.feature(types.TEXT_DOCUMENT_DID_SAVE)
    async def did_save(ls: Server, params: types.DidSaveTextDocumentParams) -> None:
        path = _path(params.text_document.uri)
        if path is not None and _desk_file(ls, Path(path)):
            ls.refresh()
        else:
            ls.schedule(params.text_document.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
    async def did_close(ls: Server, params: types.DidCloseTextDocumentParams) -> None:
        uri = params.text_document.uri
        ls.generations[uri] = ls.generations.get(uri, 0) + 1  # a check under way is dropped
        ls.results.pop(uri, None)
        ls.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=uri, diagnostics=[]))


def _workspace(server: Server) -> None:
    @server.feature(types.INITIALIZED)
    async def initialized(ls: Server, params: types.InitializedParams) -> None:
        ls.desks.root = ls.roots(None)[0] if ls.roots(None) else None
        workspace = ls.client_capabilities.workspace
        watching = workspace and workspace.did_change_watched_files
        if watching and watching.dynamic_registration:
            watchers = [types.FileSystemWatcher(glob_pattern=glob) for glob in WATCHED]
            options = types.DidChangeWatchedFilesRegistrationOptions(watchers=watchers)
            method = types.WORKSPACE_DID_CHANGE_WATCHED_FILES
            registration = types.Registration(id="arabspell-desk-files", method=method, register_options=options)
            ls.client_register_capability(types.RegistrationParams(registrations=[registration]))

    @server.feature(types.WORKSPACE_DID_CHANGE_CONFIGURATION)
    async def settings(ls: Server, params: types.DidChangeConfigurationParams) -> None:
        """The editor's settings (eglot and VS Code send them): taken and unused, the configuration
        is the files' (`arabspell.toml`), as the CLI reads it."""

    @server.feature(types.WORKSPACE_DID_CHANGE_WATCHED_FILES)
    async def watched(ls: Server, params: types.DidChangeWatchedFilesParams) -> None:
        ls.refresh()


def _desk_file(ls: Server, path: Path) -> bool:
    """True for a configuration file, or a dictionary or model of an open document's configuration."""
    if path.name in NAMES:
        return True
    for uri in list(ls.workspace.text_documents):
        try:
            config = ls.desks.config(Path(p) if (p := _path(uri)) else None)[1]
        except (OSError, ValueError):
            continue
        if path in config.dictionaries or path == config.model:
            return True
    return False


async def _code_actions(ls: Server, params: types.CodeActionParams) -> list[types.CodeAction]:
    """The actions for the findings the range touches, of the text as it is now."""
    uri = params.text_document.uri
    doc = ls.workspace.text_documents.get(uri)
    if doc is None:
        return []
    text = doc.source
    checked = ls.results.get(uri)
    if checked is None or checked.text != text:
        published = await ls.checked(uri)
        checked = published[0] if published is not None else None
    if checked is None or checked.text != text:
        return []
    positions = Positions(text, ls.encoding)
    start = positions.offset(params.range.start.line, params.range.start.character)
    end = positions.offset(params.range.end.line, params.range.end.character)
    found = [f for f in checked.findings if f.offset <= end and f.end >= start]
    path = Path(p) if (p := _path(uri)) else None
    edit = ls.client_capabilities.workspace.workspace_edit if ls.client_capabilities.workspace else None
    creates = bool(edit and edit.resource_operations and types.ResourceOperationKind.Create in edit.resource_operations)
    changes = bool(edit and edit.document_changes)
    context = actions.Document(uri, doc.version, positions, _kind(doc, uri), path, ls.roots(path), changes, creates)
    return actions.actions(context, found, ls.desks)


def _kind(doc: TextDocument, uri: str) -> Kind:
    return kind_for(doc.language_id, _path(uri) or uri)


def serve(stdin: BinaryIO | None = None, stdout: BinaryIO | None = None) -> None:
    """Serve over standard input and output (or the streams given) until exit or end of input."""
    server = build()
    try:
        server.start_io(stdin, stdout)
    finally:
        server.stopping = True
        server.pool.shutdown(wait=False, cancel_futures=True)
