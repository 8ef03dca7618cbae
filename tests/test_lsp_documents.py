"""The language server on documents of each kind and under typing: Markdown and HTML checked
for their prose only, at exact positions; a burst of changes checked once (the debounce), for
its last version; a request with bad parameters answered with an error; a client that goes
away while a huge document is checked (the check stops, the server exits)."""

from __future__ import annotations

import time
from pathlib import Path

from lspkit.editing import span
from lspkit.pipe import WAIT, Pipe

TYPO = "الهافية"
LINE = f"أجرى الوزير اتصالات {TYPO} مع نظرائه.\n"


def started(root: Path) -> Pipe:
    pipe = Pipe(root)
    pipe.initialize(root, ["utf-8", "utf-16"])  # the client's first choice wins
    return pipe


def test_markdown_and_html_prose_only(tmp_path: Path) -> None:
    pipe = started(tmp_path)
    markdown = f"# عنوان 😀\n\n```\n{TYPO} في الشيفرة\n```\n\n{LINE}"
    html = f'<!DOCTYPE html>\n<p title="{TYPO}">😀 {LINE}</p><code>{TYPO}</code>\n'
    for name, language, text in [("a.md", "markdown", markdown), ("a.html", "html", html), ("b.html", "", html)]:
        uri = pipe.open(tmp_path / name, text, language)
        found = pipe.diagnostics(uri)["diagnostics"]
        at = text.index(LINE) + LINE.index(TYPO)
        assert [(d["code"], d["range"]) for d in found] == [
            ("spelling.unknown-word", span(text, at, at + len(TYPO), "utf-8"))
        ], name
    assert pipe.close() == 0


def test_a_burst_of_changes_is_checked_once(tmp_path: Path) -> None:
    pipe = started(tmp_path)
    uri = pipe.open(tmp_path / "a.txt", LINE)
    pipe.diagnostics(uri)
    for version in range(2, 8):
        pipe.change(uri, "جملة " * version + LINE, version)
    published = pipe.diagnostics(uri)
    assert published["version"] == 7 and len(published["diagnostics"]) == 1
    time.sleep(0.5)
    pipe.call("shutdown")
    versions = [m["params"]["version"] for m in pipe.seen if m.get("method") == "textDocument/publishDiagnostics"]
    assert versions == [1, 7]
    pipe.notify("exit")
    assert pipe.process.wait(timeout=WAIT) == 0


def test_bad_parameters_get_an_error(tmp_path: Path) -> None:
    pipe = started(tmp_path)
    answer = pipe.answer(pipe.request("textDocument/codeAction", {"textDocument": 5}))
    assert answer["error"]["code"] == -32602  # InvalidParams
    assert answer["error"]["message"].startswith("textDocument/codeAction: ")
    missing = {"textDocument": {"uri": (tmp_path / "never-opened.txt").as_uri()}}
    missing |= {"range": {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 0}}}
    assert pipe.call("textDocument/codeAction", {**missing, "context": {"diagnostics": []}}) == []
    assert pipe.close() == 0


def test_a_client_that_vanishes_during_a_huge_check(tmp_path: Path, seed_text: str) -> None:
    pipe = started(tmp_path)
    pipe.open(tmp_path / "huge.txt", seed_text * 20_000)  # about 7 M characters, seconds of work
    time.sleep(1.0)
    assert pipe.process.stdin is not None
    pipe.process.stdin.close()
    began = time.monotonic()
    assert pipe.process.wait(timeout=WAIT) == 0
    assert time.monotonic() - began < 10
