"""A minimal JSON-RPC client over the pipes of an `arabspell lsp` subprocess: raw enough to send
what no well-behaved client would (a malformed message, half a request), plain enough to read."""

from __future__ import annotations

import json
import os
import queue
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

#: how the tests start the server: this interpreter, the package's own command
COMMAND = [sys.executable, "-c", "from arabspell.cli import main; main()", "lsp"]
WAIT = 60.0


def frame(payload: bytes) -> bytes:
    return b"Content-Length: %d\r\n\r\n" % len(payload) + payload


class Pipe:
    """An `arabspell lsp` process and the messages it sent, read by a thread into a queue."""

    def __init__(self, cwd: Path | None = None, env: dict[str, str] | None = None) -> None:
        env = {**os.environ, "PYTHONUNBUFFERED": "1", **(env or {})}
        self.process = subprocess.Popen(
            COMMAND, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=cwd, env=env
        )
        self.messages: queue.Queue[dict[str, Any] | None] = queue.Queue()
        self.seen: list[dict[str, Any]] = []
        self._id = 0
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
                self.messages.put(None)
                return
            self.messages.put(json.loads(out.read(length)))

    def send(self, message: dict[str, Any]) -> None:
        self.write(frame(json.dumps({"jsonrpc": "2.0", **message}).encode("utf-8")))

    def write(self, data: bytes) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(data)
        self.process.stdin.flush()

    def notify(self, method: str, params: Any = None) -> None:
        self.send({"method": method, "params": params} if params is not None else {"method": method})

    def request(self, method: str, params: Any = None) -> int:
        self._id += 1
        self.send({"id": self._id, "method": method, **({"params": params} if params is not None else {})})
        return self._id

    def next(self, timeout: float = WAIT) -> dict[str, Any]:
        message = self.messages.get(timeout=timeout)
        assert message is not None, "the server closed its output"
        self.seen.append(message)
        if "id" in message and "method" in message:  # a request of the server's: say yes
            self.send({"id": message["id"], "result": None})
        return message

    def answer(self, request_id: int, timeout: float = WAIT) -> dict[str, Any]:
        """The response to a request (other messages before it are kept in `seen`)."""
        while True:
            message = self.next(timeout)
            if message.get("id") == request_id and "method" not in message:
                return message

    def call(self, method: str, params: Any = None) -> Any:
        response = self.answer(self.request(method, params))
        assert "error" not in response, response
        return response["result"]

    def diagnostics(self, uri: str, timeout: float = WAIT) -> dict[str, Any]:
        """The next diagnostics published for a document."""
        while True:
            message = self.next(timeout)
            if message.get("method") == "textDocument/publishDiagnostics" and message["params"]["uri"] == uri:
                return message["params"]

    def initialize(self, root: Path, encodings: list[str] | None = None, **capabilities: Any) -> dict[str, Any]:
        caps = {
            "general": {"positionEncodings": encodings or ["utf-16"]},
            "workspace": {"workspaceEdit": {"documentChanges": True, "resourceOperations": ["create"]}},
            **capabilities,
        }
        params = {"processId": os.getpid(), "rootUri": root.as_uri(), "capabilities": caps}
        params["workspaceFolders"] = [{"uri": root.as_uri(), "name": root.name}]
        result = self.call("initialize", params)
        self.notify("initialized", {})
        return result

    def open(self, path: Path, text: str, language: str = "plaintext", version: int = 1) -> str:
        uri = path.as_uri()
        item = {"uri": uri, "languageId": language, "version": version, "text": text}
        self.notify("textDocument/didOpen", {"textDocument": item})
        return uri

    def change(self, uri: str, text: str, version: int) -> None:
        params = {"textDocument": {"uri": uri, "version": version}, "contentChanges": [{"text": text}]}
        self.notify("textDocument/didChange", params)

    def close(self) -> int:
        """Shut the server down and wait for it to exit; its exit code."""
        try:
            self.call("shutdown")
            self.notify("exit")
        except (BrokenPipeError, AssertionError):
            pass
        return self.process.wait(timeout=WAIT)
