"""Code actions as plain workspace edits (no custom commands: every editor applies an edit), in
a fixed order for each finding: replace with each suggestion (the safe one preferred), add the
word to the desk dictionary (the configuration's first dictionary, else its `accept` list, else a
new `arabspell.toml` in the workspace), ignore the word in this file (the directive)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from lsprotocol import types
from pygls.uris import from_fs_path

from arabspell.arabic.normalize import key
from arabspell.arabic.tokenize import WORD
from arabspell.findings import Finding
from arabspell.lsp import edits
from arabspell.lsp.diagnostics import diagnostic, lsp_range
from arabspell.lsp.documents import Desks
from arabspell.lsp.positions import Positions
from arabspell.text.markup import Kind

#: the rules whose word a desk may accept or a file ignore
WORD_RULES = ("spelling.", "names.")
QUICKFIX = types.CodeActionKind.QuickFix


@dataclass(frozen=True)
class Document:
    """What the actions need of the document and of the client."""

    uri: str
    version: int | None
    positions: Positions
    kind: Kind
    path: Path | None
    #: the folders edits to a dictionary or configuration may touch (the workspace's)
    roots: tuple[Path, ...]
    #: the client applies `documentChanges` (versioned edits), and creates files in them
    document_changes: bool = True
    creates: bool = True


def actions(doc: Document, findings: list[Finding], desks: Desks) -> list[types.CodeAction]:
    """The actions for the findings given, in order, none twice."""
    out: dict[str, types.CodeAction] = {}
    for finding in findings:
        shown = [diagnostic(finding, doc.positions)]
        for i, suggestion in enumerate(finding.suggestions):
            title = f"Replace with «{suggestion}»"
            edit = _document_edit(doc, finding.offset, finding.end, suggestion)
            out.setdefault(title, _action(title, edit, shown, preferred=i == 0 and finding.safe))
        if not (finding.rule.startswith(WORD_RULES) and WORD.fullmatch(key(finding.text))):
            continue
        desk = _desk_action(doc, finding.text, desks)
        if desk is not None:
            out.setdefault(desk.title, desk)
        at, text = edits.ignore_edit(doc.positions.text, doc.kind, finding.text)
        title = f"Ignore «{finding.text}» in this file"
        out.setdefault(title, _action(title, _document_edit(doc, at, at, text), shown))
    return list(out.values())


def _action(
    title: str, edit: types.WorkspaceEdit, shown: list[types.Diagnostic], preferred: bool = False
) -> types.CodeAction:
    return types.CodeAction(title=title, kind=QUICKFIX, diagnostics=shown, is_preferred=preferred or None, edit=edit)


def _document_edit(doc: Document, start: int, end: int, text: str) -> types.WorkspaceEdit:
    """Replace [start, end) of the document, for the version the findings are of."""
    edit = types.TextEdit(range=lsp_range(doc.positions, start, end), new_text=text)
    if not doc.document_changes:
        return types.WorkspaceEdit(changes={doc.uri: [edit]})
    identifier = types.OptionalVersionedTextDocumentIdentifier(uri=doc.uri, version=doc.version)
    return types.WorkspaceEdit(document_changes=[types.TextDocumentEdit(text_document=identifier, edits=[edit])])


def _desk_action(doc: Document, word: str, desks: Desks) -> types.CodeAction | None:
    """Add the word to the desk: None when the configuration cannot be read, the file to edit
    is outside the workspace, or the client cannot make the file the edit needs."""
    try:
        found, config = desks.config(doc.path)
    except (OSError, ValueError):
        return None
    if config.dictionaries:
        edit = edits.dictionary_edit(config.dictionaries[0], word)
    else:
        edit = edits.config_edit(found or _home(doc) / edits.NEW_CONFIG, word)
    makes = doc.creates and doc.document_changes
    if edit is None or not _inside(edit.path, doc.roots) or (edit.create and not makes):
        return None
    where = edit.path.name if config.dictionaries else f"`accept` of {edit.path.name}"
    title = f"Add «{word}» to the desk dictionary ({where})"
    return _action(title, _file_edit(edit, doc), [])


def _home(doc: Document) -> Path:
    """Where a new configuration goes: the workspace folder holding the document, else its folder."""
    if doc.path is None:
        return doc.roots[0] if doc.roots else Path.cwd()
    return next((root for root in doc.roots if doc.path.is_relative_to(root)), doc.path.parent)


def _inside(path: Path, roots: tuple[Path, ...]) -> bool:
    resolved = path.resolve()
    return any(resolved.is_relative_to(root.resolve()) for root in roots)


def _file_edit(edit: edits.FileEdit, doc: Document) -> types.WorkspaceEdit:
    """The edit of a dictionary or configuration file, made first when it does not exist."""
    uri = from_fs_path(str(edit.path)) or edit.path.as_uri()
    positions = Positions(edit.content, doc.positions.encoding)
    change = types.TextEdit(range=lsp_range(positions, edit.start, edit.end), new_text=edit.new_text)
    if not doc.document_changes:
        return types.WorkspaceEdit(changes={uri: [change]})
    identifier = types.OptionalVersionedTextDocumentIdentifier(uri=uri, version=None)
    first = types.TextDocumentEdit(text_document=identifier, edits=[change])
    steps: list[types.TextDocumentEdit | types.CreateFile] = [first]
    if edit.create:
        steps.insert(0, types.CreateFile(uri=uri, options=types.CreateFileOptions(ignore_if_exists=True)))
    return types.WorkspaceEdit(document_changes=steps)
