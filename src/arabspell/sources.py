"""Finding and reading the files a run checks; errors are values, never tracebacks."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

EXTENSIONS = (".txt", ".md")
STDIN = "-"
Filter = Callable[[str], bool]


@dataclass(frozen=True)
class Source:
    """A decoded input text, or the reason it could not be read."""

    path: str
    text: str | None = None
    error: str | None = None
    #: the bytes the text was decoded from (`--fix` writes only if the file still holds them)
    data: bytes = b""


def expand(
    paths: list[str], included: Filter | None = None, excluded: Filter | None = None
) -> Iterator[str]:
    """Each path as given, directories replaced by the files in them that `included` accepts
    (default: *.txt and *.md), sorted; any path `excluded` matches is left out, even when named."""
    included = included or (lambda p: Path(p).suffix in EXTENSIONS)
    excluded = excluded or (lambda p: False)
    for raw in paths:
        path = Path(raw)
        if raw == STDIN or not path.is_dir():
            if raw == STDIN or not excluded(raw):
                yield raw
            continue
        found = sorted(str(p) for p in path.rglob("*") if p.is_file())
        yield from (p for p in found if included(p) and not excluded(p))


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
        return Source(path, text=data.decode("utf-8"), data=data)
    except UnicodeDecodeError as exc:
        return Source(path, error=f"not valid UTF-8 (byte offset {exc.start})")
