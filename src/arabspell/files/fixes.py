"""`--fix` and `--diff`: apply the first suggestion of safe findings, and write files safely.

Only the spans of applied findings change: the text was decoded from the file's
bytes without newline translation (a BOM kept as U+FEFF), so encoding it back
gives every other byte as it was, CRLF and BOM included. Writes are atomic (a
temporary file in the same directory, then a rename), keep the file's
permissions, and are refused when the file changed since it was read.
"""

from __future__ import annotations

import contextlib
import io
import os
import stat
from collections.abc import Iterable
from pathlib import Path

from arabspell.findings import Finding

#: why a fixed file was not written
CHANGED = "changed since it was read; not written"


class FileChanged(OSError):
    """The file on disk is not the one that was checked."""


def fixable(findings: Iterable[Finding]) -> list[Finding]:
    """The findings `--fix` applies: marked safe, with a suggestion."""
    return [f for f in findings if f.safe and f.suggestions]


def apply(text: str, findings: Iterable[Finding]) -> str:
    """The text with each finding's span replaced by its first suggestion (spans must not overlap)."""
    pieces: list[str] = []
    done = 0
    for f in sorted(findings, key=lambda f: f.offset):
        pieces += [text[done : f.offset], f.suggestions[0]]
        done = f.end
    return "".join([*pieces, text[done:]])


def diff(path: str, before: str, after: str) -> str:
    """A unified diff of a file's text before and after fixing (empty when nothing changed)."""
    old, new = (io.StringIO(t, newline="").readlines() for t in (before, after))
    import difflib  # (--diff only)

    lines = difflib.unified_diff(old, new, f"a/{path}", f"b/{path}")
    return "".join(line if line.endswith(("\n", "\r")) else line + "\n\\ No newline at end of file\n" for line in lines)


class NotEncodable(OSError):
    """A fixed text that the file's encoding cannot write (a suggestion outside a legacy code page)."""


def encoded(text: str, encoding: str) -> bytes:
    """A fixed text in the encoding its file was read in; raises NotEncodable when it cannot be."""
    try:
        return text.encode(encoding)
    except UnicodeEncodeError as exc:
        bad = text[exc.start]
        message = f"a fix needs U+{ord(bad):04X} ({bad}), which {encoding} cannot write; not written"
        raise NotEncodable(message) from None


def round_trips(before: str, read_bytes: bytes, encoding: str) -> None:
    """Raise NotEncodable unless `encoding` gives back the bytes a text was read from, so that a
    fix changes nothing but its spans (a codec such as "utf-16" would add a BOM)."""
    if encoded(before, encoding) != read_bytes:
        raise NotEncodable(f"{encoding} does not write back the bytes it read; not written")


def write(path: Path, read_bytes: bytes, text: str, encoding: str = "utf-8") -> None:
    """Replace a file's content atomically with `text` in `encoding` (the one it was read in),
    if it still holds `read_bytes`.

    Raises FileChanged when another process changed the file since it was read, NotEncodable
    when the encoding cannot write the text, and OSError when it cannot be written; in every
    case the original file is intact.
    """
    data = encoded(text, encoding)
    path = Path(os.path.realpath(path))  # through a symbolic link: the file it points to
    if path.read_bytes() != read_bytes:
        raise FileChanged(CHANGED)
    mode = stat.S_IMODE(path.stat().st_mode)
    import tempfile  # (--fix only)

    fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".arabspell", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temp, mode)
        if path.read_bytes() != read_bytes:
            raise FileChanged(CHANGED)
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
