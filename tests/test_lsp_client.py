"""The language server's round trip with pygls' own LanguageClient driving `arabspell lsp` as a
subprocess over stdio: initialize (each position encoding), didOpen the seed article with Arabic
diacritics and characters outside the BMP in front of its findings, the diagnostics at exact
ranges, a code action's replacement applied and didChange, the word added to the desk dictionary
(an edit of the dictionary file, applied here) and the diagnostics refreshed by a file-watch
event, the ignore directive, shutdown and exit."""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path
from typing import Any

import pytest
from lsprotocol import types
from pygls.lsp.client import LanguageClient
from pygls.protocol import default_converter

from lspkit.editing import apply_workspace_edit, span
from lspkit.pipe import COMMAND

CONVERTER = default_converter()
#: emoji, a CJK character outside the BMP and a word with diacritics before the findings of line 8
PREFIX = "🗞️ 𠀋 مَرْحَبًا "
WAIT = 60


def article(seed: str) -> str:
    lines = seed.split("\n")
    lines[8] = PREFIX + lines[8]
    return "\n".join(lines)


def plain(obj: Any) -> Any:
    return CONVERTER.unstructure(obj)


class Session:
    """A LanguageClient on an `arabspell lsp` process, with the diagnostics it receives queued."""

    def __init__(self) -> None:
        self.client = LanguageClient("arabspell-tests", "1")
        self.published: asyncio.Queue[types.PublishDiagnosticsParams] = asyncio.Queue()

        @self.client.feature(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
        def diagnostics(params: types.PublishDiagnosticsParams) -> None:
            self.published.put_nowait(params)

        @self.client.feature(types.CLIENT_REGISTER_CAPABILITY)
        def register(params: types.RegistrationParams) -> None:
            return None

    async def start(self, root: Path, encoding: str) -> types.InitializeResult:
        await self.client.start_io(COMMAND[0], *COMMAND[1:], cwd=str(root))
        capabilities = types.ClientCapabilities(
            general=types.GeneralClientCapabilities(position_encodings=[encoding]),
            workspace=types.WorkspaceClientCapabilities(
                workspace_edit=types.WorkspaceEditClientCapabilities(
                    document_changes=True, resource_operations=[types.ResourceOperationKind.Create]
                ),
                did_change_watched_files=types.DidChangeWatchedFilesClientCapabilities(dynamic_registration=True),
            ),
        )
        folder = types.WorkspaceFolder(uri=root.as_uri(), name=root.name)
        params = types.InitializeParams(capabilities=capabilities, root_uri=root.as_uri(), workspace_folders=[folder])
        result = await self.client.initialize_async(params)
        self.client.initialized(types.InitializedParams())
        return result

    async def diagnostics(self, uri: str, version: int | None = None) -> list[dict[str, Any]]:
        """The next diagnostics of a document (of a version when given)."""
        while True:
            params = await asyncio.wait_for(self.published.get(), WAIT)
            if params.uri == uri and (version is None or params.version == version):
                return plain(params.diagnostics)

    async def actions(self, uri: str, diagnostic: dict[str, Any]) -> list[dict[str, Any]]:
        params = types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            range=CONVERTER.structure(diagnostic["range"], types.Range),
            context=types.CodeActionContext(diagnostics=[]),
        )
        return plain(await self.client.text_document_code_action_async(params))

    def change(self, uri: str, text: str, version: int) -> None:
        self.client.text_document_did_change(
            types.DidChangeTextDocumentParams(
                text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=version),
                content_changes=[types.TextDocumentContentChangeWholeDocument(text=text)],
            )
        )

    async def stop(self) -> int | None:
        await self.client.shutdown_async(None)
        self.client.exit(None)
        server = self.client._server
        code = await asyncio.wait_for(server.wait(), WAIT) if server is not None else None
        await self.client.stop()
        return code


def expected(text: str, words: list[str], encoding: str) -> list[dict[str, Any]]:
    out, at = [], 0
    for word in words:
        at = text.index(word, at)
        out.append(span(text, at, at + len(word), encoding))
    return out


def by_word(text: str, diagnostics: list[dict[str, Any]], word: str, encoding: str) -> dict[str, Any]:
    return next(d for d in diagnostics if d["range"] == expected(text, [word], encoding)[0])


SEED_WORDS = ["لويس", "الهافية", "تصيعد", "أوستين"]
SEED_RULES = ["names.inconsistent", "spelling.unknown-word", "spelling.unknown-word", "names.inconsistent"]


@pytest.mark.parametrize("encoding", ["utf-16", "utf-8", "utf-32"])
def test_round_trip(tmp_path: Path, seed_text: str, encoding: str) -> None:
    (tmp_path / "arabspell.toml").write_text('dictionaries = ["desk.txt"]\n', encoding="utf-8")
    (tmp_path / "desk.txt").write_text("# the desk's names\nغالانت\n", encoding="utf-8")
    asyncio.run(_round_trip(tmp_path, article(seed_text), encoding))


async def _round_trip(root: Path, text: str, encoding: str) -> None:
    session = Session()
    result = await session.start(root, encoding)
    assert result.capabilities.position_encoding == encoding
    uri = (root / "article.txt").as_uri()
    item = types.TextDocumentItem(uri=uri, language_id="plaintext", version=1, text=text)
    session.client.text_document_did_open(types.DidOpenTextDocumentParams(text_document=item))
    found = await session.diagnostics(uri, 1)
    assert [d["range"] for d in found] == expected(text, SEED_WORDS, encoding)
    assert [d["code"] for d in found] == SEED_RULES
    assert {(d["severity"], d["source"], d["codeDescription"]["href"]) for d in found} == {
        (1, "arabspell", "https://github.com/arabspell/arabspell#rules")
    }
    documents = {uri: text}

    actions = await session.actions(uri, by_word(text, found, "تصيعد", encoding))
    replace = actions[0]
    assert (replace["title"], replace.get("isPreferred"), replace["kind"]) == ("Replace with «تصعيد»", True, "quickfix")
    documents = apply_workspace_edit(replace["edit"], documents, encoding)
    assert "تصعيد الصراع" in documents[uri] and "تصيعد" not in documents[uri]
    session.change(uri, documents[uri], 2)
    found = await session.diagnostics(uri, 2)
    assert [d["code"] for d in found] == [SEED_RULES[i] for i in (0, 1, 3)]

    actions = await session.actions(uri, by_word(documents[uri], found, "الهافية", encoding))
    titles = [a["title"] for a in actions]
    assert titles[-2:] == ["Add «الهافية» to the desk dictionary (desk.txt)", "Ignore «الهافية» in this file"]
    assert not any(a.get("isPreferred") for a in actions)  # the rule is not sure of «الهاتفية»
    documents = apply_workspace_edit(actions[-2]["edit"], documents, encoding)
    assert (root / "desk.txt").read_text(encoding="utf-8") == "# the desk's names\nغالانت\nالهافية\n"
    change = types.FileEvent(uri=(root / "desk.txt").as_uri(), type=types.FileChangeType.Changed)
    session.client.workspace_did_change_watched_files(types.DidChangeWatchedFilesParams(changes=[change]))
    found = await session.diagnostics(uri, 2)
    assert [d["code"] for d in found] == [SEED_RULES[i] for i in (0, 3)]

    actions = await session.actions(uri, by_word(documents[uri], found, "لويس", encoding))
    ignore = next(a for a in actions if a["title"] == "Ignore «لويس» in this file")
    documents = apply_workspace_edit(ignore["edit"], documents, encoding)
    assert documents[uri].startswith("arabspell: ignore لويس\n")
    session.change(uri, documents[uri], 3)
    found = await session.diagnostics(uri, 3)
    assert [d["code"] for d in found] == ["names.inconsistent"]
    assert found[0]["range"] == expected(documents[uri], ["أوستين"], encoding)[0]
    assert await session.stop() == 0


def test_add_to_accept_makes_the_configuration(tmp_path: Path, seed_text: str) -> None:
    """No configuration in the workspace: the action makes arabspell.toml with the word accepted;
    saving it (didSave) refreshes the article's diagnostics."""
    asyncio.run(_accept(tmp_path, seed_text))


async def _accept(root: Path, text: str) -> None:
    session = Session()
    await session.start(root, "utf-16")
    uri = (root / "copy" / "article.md").as_uri()
    item = types.TextDocumentItem(uri=uri, language_id="markdown", version=1, text=text)
    session.client.text_document_did_open(types.DidOpenTextDocumentParams(text_document=item))
    found = await session.diagnostics(uri, 1)
    assert len(found) == 4
    actions = await session.actions(uri, by_word(text, found, "الهافية", "utf-16"))
    add = next(a for a in actions if a["title"].startswith("Add"))
    assert add["title"] == "Add «الهافية» to the desk dictionary (`accept` of arabspell.toml)"
    assert add["edit"]["documentChanges"][0] == {
        "kind": "create",
        "uri": (root / "arabspell.toml").as_uri(),
        "options": {"ignoreIfExists": True},
    }
    assert not (root / "arabspell.toml").exists()  # the server writes nothing: the editor does
    apply_workspace_edit(add["edit"], {}, "utf-16")
    assert (root / "arabspell.toml").read_text(encoding="utf-8") == 'accept = ["الهافية"]\n'
    saved = types.TextDocumentIdentifier(uri=(root / "arabspell.toml").as_uri())
    session.client.text_document_did_save(types.DidSaveTextDocumentParams(text_document=saved))
    found = await session.diagnostics(uri, 1)
    assert [d["code"] for d in found] == [SEED_RULES[i] for i in (0, 2, 3)]
    assert await session.stop() == 0


def test_the_core_never_imports_pygls() -> None:
    import subprocess

    code = "import sys, arabspell, arabspell.cli, arabspell.run.check; assert 'pygls' not in sys.modules; "
    code += "assert 'lsprotocol' not in sys.modules"
    subprocess.run([sys.executable, "-c", code], check=True)
