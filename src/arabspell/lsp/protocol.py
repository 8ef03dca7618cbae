"""pygls' protocol, with two gaps closed: a request whose parameters cannot be read (the wrong
types, a field missing) gets its error response (InvalidParams), where pygls would only log
it and leave the client waiting for an answer that never comes; and a message that is not
JSON gets JSON-RPC's ParseError response (id null), not a pop-up in the editor."""

from __future__ import annotations

from typing import Any

from lsprotocol import types
from pygls.exceptions import JsonRpcException, JsonRpcParseError
from pygls.protocol import LanguageServerProtocol


class _Answered:
    """A request already answered with an error: nothing more to do with it."""

    jsonrpc = "2.0"


ANSWERED = _Answered()


class Protocol(LanguageServerProtocol):
    """The language server protocol, answering every request it cannot read."""

    def structure_message(self, data: dict[str, Any]) -> Any:
        try:
            return super().structure_message(data)
        except JsonRpcException as exc:
            if "jsonrpc" not in data or "id" not in data or "method" not in data:
                raise
            message = f"{data['method']}: {exc.message or type(exc).__name__}"
            self._send_response(data["id"], error=types.ResponseError(code=exc.code, message=message))
            return ANSWERED

    def parse_error(self, error: Exception) -> None:
        """Answer a message that is not JSON, as JSON-RPC says (its id unknown: null)."""
        error_object = {"code": JsonRpcParseError.CODE, "message": f"{JsonRpcParseError.MESSAGE}: {error}"}
        self._send_data({"jsonrpc": "2.0", "id": None, "error": error_object})

    def handle_message(self, message: Any) -> None:
        if message is not ANSWERED:
            super().handle_message(message)
