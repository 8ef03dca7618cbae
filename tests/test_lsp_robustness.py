"""The language server stays up and contained, driven over a raw pipe: a malformed message, an
unknown method, a binary document, a 20 MB document (checked in parts while requests are
answered, dropped when a newer version arrives), a broken configuration (a diagnostic, then
the real findings once it is fixed), a client that vanishes mid-request (the server exits
cleanly), and a whole session that writes no file."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from lspkit.pipe import WAIT, Pipe, frame

SMALL = "أجرى الوزير اتصالات الهافية مع نظرائه.\n"


def started(root: Path, **env: str) -> Pipe:
    pipe = Pipe(root, env or None)
    pipe.initialize(root)
    return pipe


def test_a_malformed_message_and_an_unknown_method(tmp_path: Path) -> None:
    pipe = started(tmp_path)
    pipe.write(frame(b'{"jsonrpc": "2.0", "id": 99, "method": '))  # cut short: not JSON
    parse_error = pipe.next()
    assert parse_error["id"] is None and parse_error["error"]["code"] == -32700
    pipe.write(frame(b"[1, 2, 3]"))  # JSON, not a message
    pipe.notify("arabspell/no-such-notification", {})
    unknown = pipe.answer(pipe.request("arabspell/no-such-method", {}))
    assert unknown["error"]["code"] == -32601  # MethodNotFound
    uri = pipe.open(tmp_path / "a.txt", SMALL)
    assert [d["code"] for d in pipe.diagnostics(uri)["diagnostics"]] == ["spelling.unknown-word"]
    assert pipe.close() == 0


def test_a_binary_document_is_a_notice(tmp_path: Path) -> None:
    pipe = started(tmp_path)
    uri = pipe.open(tmp_path / "a.bin", "PK\x03\x04\x00\x00\x00" + SMALL)
    [notice] = pipe.diagnostics(uri)["diagnostics"]
    assert (notice["code"], notice["severity"]) == ("arabspell.binary", 3)
    assert "NUL" in notice["message"]
    assert pipe.close() == 0


def test_a_huge_document_does_not_block_the_server(tmp_path: Path, seed_text: str) -> None:
    """20 MB of copy: while it is checked, a request is answered at once; a new version of it
    stops the check within a part, and the new text's diagnostics follow."""
    pipe = started(tmp_path)
    small = pipe.open(tmp_path / "small.txt", SMALL)
    found = pipe.diagnostics(small)["diagnostics"]
    huge = seed_text * (20_000_000 // len(seed_text.encode("utf-8")) + 1)
    assert len(huge.encode("utf-8")) > 20_000_000
    big = pipe.open(tmp_path / "huge.txt", huge)
    time.sleep(1.0)  # the check of the huge text is under way
    began = time.monotonic()
    params = {"textDocument": {"uri": small}, "range": found[0]["range"], "context": {"diagnostics": []}}
    actions = pipe.call("textDocument/codeAction", params)
    assert actions and actions[0]["title"] == "Replace with «الهاتفية»"
    assert time.monotonic() - began < 5.0
    pipe.change(big, SMALL, 2)
    published = pipe.diagnostics(big, timeout=30)
    assert published["version"] == 2 and [d["code"] for d in published["diagnostics"]] == ["spelling.unknown-word"]
    assert pipe.close() == 0


def test_a_broken_configuration_is_a_diagnostic(tmp_path: Path) -> None:
    config = tmp_path / "arabspell.toml"
    config.write_text("accept = [ broken\n", encoding="utf-8")
    pipe = started(tmp_path)
    uri = pipe.open(tmp_path / "a.txt", SMALL)
    [notice] = pipe.diagnostics(uri)["diagnostics"]
    assert (notice["code"], notice["severity"]) == ("arabspell.configuration", 1)
    assert "arabspell.toml" in notice["message"] and "not valid TOML" in notice["message"]
    config.write_text('fail-on = "error"\n', encoding="utf-8")
    pipe.notify("workspace/didChangeWatchedFiles", {"changes": [{"uri": config.as_uri(), "type": 2}]})
    assert [d["code"] for d in pipe.diagnostics(uri)["diagnostics"]] == ["spelling.unknown-word"]
    assert pipe.close() == 0


def test_a_client_that_vanishes_mid_request(tmp_path: Path, seed_text: str) -> None:
    pipe = started(tmp_path)
    uri = pipe.open(tmp_path / "a.txt", seed_text)
    pipe.write(b'Content-Length: 500\r\n\r\n{"jsonrpc": "2.0", "id": 7, "method": "textDocument/codeAction", ')
    assert pipe.process.stdin is not None
    pipe.process.stdin.close()  # gone, half a request sent
    assert pipe.process.wait(timeout=WAIT) == 0
    assert pipe.process.stderr is not None
    log = pipe.process.stderr.read().decode("utf-8", "replace")  # pygls logs the half message it could not read
    assert not any(sign in log for sign in ("Exception in thread", "never retrieved", "arabspell/lsp"))
    del uri


def snapshot(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_the_server_writes_no_file(tmp_path: Path, seed_text: str) -> None:
    """A session of opens, changes, saves and every code action writes nothing: not in the
    workspace, its current directory, nor the home directory."""
    home = tmp_path / "home"
    home.mkdir()
    work = tmp_path / "work"
    (work / "copy").mkdir(parents=True)
    (work / "arabspell.toml").write_text('dictionaries = ["desk.txt"]\n', encoding="utf-8")
    (work / "desk.txt").write_text("غالانت\n", encoding="utf-8")
    (work / "copy" / "a.md").write_text(seed_text, encoding="utf-8")
    before = snapshot(tmp_path)
    pipe = started(work, HOME=str(home), XDG_CACHE_HOME=str(home / ".cache"))
    uri = pipe.open(work / "copy" / "a.md", seed_text, "markdown")
    found = pipe.diagnostics(uri)["diagnostics"]
    for diagnostic in found:
        params = {"textDocument": {"uri": uri}, "range": diagnostic["range"], "context": {"diagnostics": []}}
        assert pipe.call("textDocument/codeAction", params)
    pipe.change(uri, seed_text + "\nتصيعد\n", 2)
    pipe.notify("textDocument/didSave", {"textDocument": {"uri": uri}})
    pipe.diagnostics(uri)
    pipe.notify("textDocument/didClose", {"textDocument": {"uri": uri}})
    assert pipe.diagnostics(uri)["diagnostics"] == []
    assert pipe.close() == 0
    assert snapshot(tmp_path) == before


def test_without_pygls_a_one_line_error() -> None:
    code = "import sys; sys.modules['pygls'] = None; sys.argv = ['arabspell', 'lsp']\n"
    code += "from arabspell.cli import main; main()"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == [
        'arabspell: the language server needs pygls: install arabspell[lsp] (pip install "arabspell[lsp]")'
    ]


def test_the_editor_settings_are_taken_quietly(tmp_path: Path, seed_text: str) -> None:
    """eglot (and VS Code) send workspace/didChangeConfiguration with the editor's settings once
    connected; the configuration is the files', so the server takes it and logs nothing (pygls
    would log "Ignoring notification for unknown method" to the editor's stderr buffer)."""
    pipe = started(tmp_path)
    pipe.notify("workspace/didChangeConfiguration", {"settings": {}})
    uri = pipe.open(tmp_path / "a.txt", seed_text)
    assert len(pipe.diagnostics(uri)["diagnostics"]) == 4
    assert pipe.close() == 0
    assert pipe.process.stderr is not None
    log = pipe.process.stderr.read().decode("utf-8", "replace")
    assert "didChangeConfiguration" not in log, log
