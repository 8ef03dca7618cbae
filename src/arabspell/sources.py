"""Finding and reading the files a run checks; errors are values, never tracebacks."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

EXTENSIONS = (".txt", ".md")
STDIN = "-"


@dataclass(frozen=True)
class Source:
    """A decoded input text, or the reason it could not be read."""

    path: str
    text: str | None = None
    error: str | None = None


def expand(paths: list[str]) -> Iterator[str | tuple[str, str]]:
    """Each path as given, directories replaced by their *.txt and *.md files (sorted)."""
    for raw in paths:
        path = Path(raw)
        if raw == STDIN or not path.is_dir():
            yield raw
            continue
        found = sorted(p for p in path.rglob("*") if p.suffix in EXTENSIONS and p.is_file())
        yield from (str(p) for p in found)


def read(path: str) -> Source:
    """Read and decode one input as UTF-8; a BOM is kept as U+FEFF so offsets match the file."""
    try:
        data = sys.stdin.buffer.read() if path == STDIN else Path(path).read_bytes()
    except FileNotFoundError:
        return Source(path, error="no such file")
    except IsADirectoryError:
        return Source(path, error="is a directory")
    except OSError as exc:
        return Source(path, error=exc.strerror or str(exc))
    try:
        return Source(path, text=data.decode("utf-8"))
    except UnicodeDecodeError as exc:
        return Source(path, error=f"not valid UTF-8 (byte offset {exc.start})")
