"""The language server's re-check: a 2,000-word article open in `arabspell lsp`, one word
changed (didChange), and the time until its diagnostics for that version arrive.

    arabspell lsp    (over stdio, driven by a minimal JSON-RPC client here)

The article is the seed's paragraphs repeated to 2,000 words; each round changes a different
word (a new typo), so every round is a real check. The server waits `DEBOUNCE` seconds of quiet
after a change before it checks (typing is not checked key by key): the figure is the time
from didChange to publishDiagnostics less that wait, the re-check as the editor sees it
(JSON-RPC both ways, the check, the positions). Also printed: the check alone, in process
(`arabspell.lsp.documents.check`). Needs `pip install "arabspell[lsp]"`.
Target: median re-check < 100 ms.
"""

from __future__ import annotations

import argparse
import json
import queue
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

from _common import SEED, Row, arabspell_exe, main_of, progress, temp_dir, verdict

TARGET_MS = 100.0
WORDS = 2000


def article(words: int = WORDS) -> str:
    """The seed's paragraphs over and over, cut at `words` words."""
    paragraphs = [p for p in SEED.read_text(encoding="utf-8").split("\n") if p.strip()]
    out: list[str] = []
    count = 0
    while count < words:
        for paragraph in paragraphs:
            out.append(paragraph)
            count += len(paragraph.split())
            if count >= words:
                break
    return "\n\n".join(out) + "\n"


class Server:
    """`arabspell lsp` on pipes; the messages it sends, read into a queue by a thread."""

    def __init__(self) -> None:
        self.process = subprocess.Popen([arabspell_exe(), "lsp"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        self.inbox: queue.Queue[dict[str, Any]] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        out = self.process.stdout
        assert out is not None
        while True:
            length = 0
            while (line := out.readline()) not in (b"\r\n", b""):
                if line.lower().startswith(b"content-length:"):
                    length = int(line.split(b":")[1])
            if not line:
                return
            self.inbox.put(json.loads(out.read(length)))

    def send(self, message: dict[str, Any]) -> None:
        body = json.dumps({"jsonrpc": "2.0", **message}).encode("utf-8")
        assert self.process.stdin is not None
        self.process.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.process.stdin.flush()

    def wait_for(self, match: Any, timeout: float = 120.0) -> dict[str, Any]:
        while True:
            message = self.inbox.get(timeout=timeout)
            if match(message):
                return message

    def close(self) -> None:
        self.send({"id": 2, "method": "shutdown"})
        self.wait_for(lambda m: m.get("id") == 2)
        self.send({"method": "exit"})
        self.process.wait(timeout=30)


def diagnostics_of(version: int) -> Any:
    return lambda m: m.get("method") == "textDocument/publishDiagnostics" and m["params"].get("version") == version


def edited(text: str, round_: int) -> str:
    """The article with one word of paragraph `round_` changed into a typo (a dropped letter)."""
    words = text.split(" ")
    i = (round_ * 97) % len(words)
    while len(words[i]) < 4:
        i = (i + 1) % len(words)
    words[i] = words[i][:2] + words[i][3:]
    return " ".join(words)


def run(options: argparse.Namespace) -> list[Row]:
    from arabspell.lsp import documents
    from arabspell.lsp.server import DEBOUNCE
    from arabspell.text.markup import Kind

    text = article(options.words)
    with temp_dir("arabspell-lsp-") as folder:
        uri = (Path(folder) / "article.txt").as_uri()
        server = Server()
        root = Path(folder).as_uri()
        params = {"processId": None, "rootUri": root, "capabilities": {}}
        server.send({"id": 1, "method": "initialize", "params": params})
        server.wait_for(lambda m: m.get("id") == 1)
        server.send({"method": "initialized", "params": {}})
        item = {"uri": uri, "languageId": "plaintext", "version": 1, "text": text}
        server.send({"method": "textDocument/didOpen", "params": {"textDocument": item}})
        server.wait_for(diagnostics_of(1))
        times = []
        for round_ in range(options.runs):
            version = round_ + 2
            changes = [{"text": edited(text, round_)}]
            change = {"textDocument": {"uri": uri, "version": version}, "contentChanges": changes}
            began = time.perf_counter()
            server.send({"method": "textDocument/didChange", "params": change})
            server.wait_for(diagnostics_of(version))
            times.append((time.perf_counter() - began - DEBOUNCE) * 1000)
        server.close()
    progress(f"re-check over stdio, ms: {', '.join(f'{t:.1f}' for t in times)}")
    desks = documents.Desks()
    alone = []
    for round_ in range(options.runs):
        changed = edited(text, round_ + options.runs)
        began = time.perf_counter()
        documents.check(changed, Kind.TEXT, desks, None, lambda: False)
        alone.append((time.perf_counter() - began) * 1000)
    median = statistics.median(times)
    print(f"article: {len(text.split())} words; debounce {DEBOUNCE * 1000:.0f} ms (not counted)")
    print(f"re-check after didChange (stdio, median of {options.runs}): {median:.1f} ms")
    print(f"the check alone, in process (median): {statistics.median(alone):.1f} ms")
    return [
        Row("lsp_change", f"re-check of {len(text.split())} words after didChange", f"{median:.1f} ms",
            target=f"< {TARGET_MS:.0f} ms", verdict=verdict(median < TARGET_MS)),
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20, help="changes timed (default 20)")
    parser.add_argument("--words", type=int, default=WORDS, help="the article's length in words (default 2000)")
    return main_of("arabspell lsp: re-check after a change", parser, run, argv)


if __name__ == "__main__":
    sys.exit(main())
