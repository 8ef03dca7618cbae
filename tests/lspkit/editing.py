"""Applying what the server sends, as an editor does, independently of the server's own code:
positions are counted by encoding each line's prefix with the negotiated codec."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlparse

CODECS = {"utf-8": ("utf-8", 1), "utf-16": ("utf-16-le", 2), "utf-32": ("utf-32-le", 4)}


def lines_of(text: str) -> list[int]:
    """The offset each line starts at (breaks: \\r\\n, \\r, \\n)."""
    return [0, *(m.end() for m in re.finditer(r"\r\n|\r|\n", text))]


def column(text: str, offset: int, encoding: str) -> tuple[int, int]:
    """(line, character) of a code-point offset."""
    starts = lines_of(text)
    line = max(i for i, s in enumerate(starts) if s <= offset)
    codec, width = CODECS[encoding]
    return line, len(text[starts[line] : offset].encode(codec)) // width


def offset_of(text: str, line: int, character: int, encoding: str) -> int:
    starts = lines_of(text)
    codec, width = CODECS[encoding]
    start = starts[line] if line < len(starts) else len(text)
    i = start
    while i < len(text) and len(text[start:i].encode(codec)) // width < character:
        i += 1
    return i


def span(text: str, start: int, end: int, encoding: str) -> dict[str, Any]:
    a, b = column(text, start, encoding), column(text, end, encoding)
    return {"start": {"line": a[0], "character": a[1]}, "end": {"line": b[0], "character": b[1]}}


def apply_edits(text: str, edits: list[dict[str, Any]], encoding: str) -> str:
    """Text edits applied (from the last to the first, as LSP's are independent)."""
    spans = []
    for edit in edits:
        r = edit["range"]
        start = offset_of(text, r["start"]["line"], r["start"]["character"], encoding)
        end = offset_of(text, r["end"]["line"], r["end"]["character"], encoding)
        spans.append((start, end, edit["newText"]))
    for start, end, new in sorted(spans, reverse=True):
        text = text[:start] + new + text[end:]
    return text


def path_of(uri: str) -> Path:
    return Path(unquote(urlparse(uri).path))


def apply_workspace_edit(edit: dict[str, Any], documents: dict[str, str], encoding: str) -> dict[str, str]:
    """A workspace edit applied: to the open documents' texts (returned, by URI) and to files
    on disk (created when asked). Only the changes a plain editor understands."""
    changed = dict(documents)
    steps = edit.get("documentChanges") or [
        {"textDocument": {"uri": uri}, "edits": edits} for uri, edits in (edit.get("changes") or {}).items()
    ]
    for step in steps:
        if step.get("kind") == "create":
            path = path_of(step["uri"])
            if not path.exists():
                path.write_text("", encoding="utf-8")
            continue
        uri = step["textDocument"]["uri"]
        if uri in changed:
            changed[uri] = apply_edits(changed[uri], step["edits"], encoding)
        else:
            path = path_of(uri)
            text = path.read_text(encoding="utf-8")
            path.write_text(apply_edits(text, step["edits"], encoding), encoding="utf-8")
    return changed
