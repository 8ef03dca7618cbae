"""Finding and reading the files a run checks; errors are values, never tracebacks."""

from __future__ import annotations

import codecs
import errno
import os
import stat
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from arabspell.text.markup import SUFFIXES

#: the path that stands for standard input on the command line
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
    #: the codec the text was decoded with (`--fix` encodes it back the same way)
    encoding: str = "utf-8"
    #: True for an input passed over on purpose (a binary file): a notice, not an error
    skipped: bool = False


def expand(paths: list[str], included: Filter | None = None, excluded: Filter | None = None) -> Iterator[str]:
    """Each path as given, directories replaced by the files in them that `included` accepts
    (default: the suffixes of every kind, `markup.SUFFIXES`), sorted; any path `excluded`
    matches is left out, even when named."""
    included = included or (lambda p: Path(p).suffix.lower() in SUFFIXES)
    excluded = excluded or (lambda p: False)
    for raw in paths:
        path = Path(raw)
        if raw == STDIN or not path.is_dir():
            if raw == STDIN or not excluded(raw):
                yield raw
            continue
        found = sorted(str(p) for p in path.rglob("*") if p.is_file())
        yield from (p for p in found if included(p) and not excluded(p))


#: byte-order marks and the codec that decodes the text after them, the mark kept as U+FEFF
#: (so offsets count it, as they do for UTF-8 with a BOM); UTF-32 first: its LE mark starts like UTF-16's
BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
#: what kind of file each non-regular file type is, for the message that refuses it
_SPECIAL = (
    (stat.S_ISFIFO, "a FIFO"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
)


def real(path: str | Path) -> Path:
    """The absolute path with symbolic links resolved; never raises (a link loop stays as is)."""
    return Path(os.path.realpath(path))


def read(path: str) -> Source:
    """Read and decode one input: UTF-8 (a BOM kept as U+FEFF so offsets match the file), or
    UTF-16/UTF-32 with a BOM. Anything else is an error value, never an exception: a missing
    path, a directory, a FIFO or device (never opened: reading one could block), a symbolic link
    loop, no permission, a binary file (NUL bytes), bytes that are not UTF-8."""
    if path == STDIN:
        data = sys.stdin.buffer.read()
    else:
        refused = _refuse(Path(path))
        if refused:
            return Source(path, error=refused)
        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            return Source(path, error=_os_error(exc))
    return decode(path, data)


def decode(path: str, data: bytes) -> Source:
    """The text of a file's bytes, or why it has none."""
    for bom, codec in BOMS:
        if data.startswith(bom):
            try:
                return Source(path, text=data.decode(codec), data=data, encoding=codec)
            except UnicodeDecodeError as exc:
                return Source(path, error=not_valid(codec, exc.start))
    if b"\0" in data:
        return Source(path, error=BINARY, skipped=True)
    try:
        return Source(path, text=data.decode("utf-8"), data=data)
    except UnicodeDecodeError as exc:
        return Source(path, error=not_valid("utf-8", exc.start))


def not_valid(codec: str, offset: int) -> str:
    """The message for bytes that are not text in `codec`, at byte `offset` of the file."""
    if codec == "utf-8":
        return f"not valid UTF-8 (byte offset {offset}); convert it to UTF-8"
    return f"not valid {codec.upper().removesuffix('-LE').removesuffix('-BE')} (byte offset {offset})"


BINARY = "a binary file (it has NUL bytes): skipped"
#: a plain-text file at least this large is read and checked a piece at a time (`stream`)
STREAM_MIN = 8 << 20
CHUNK = 1 << 20


class Unreadable(Exception):
    """A file that stopped being readable part-way (`stream`): its message, and whether to skip."""

    def __init__(self, source: Source) -> None:
        super().__init__(source.error)
        self.source = source


def _nul_ahead(handle: BinaryIO) -> bool:
    """Whether the rest of an open file has a NUL byte."""
    while chunk := handle.read(CHUNK):
        if b"\0" in chunk:
            return True
    return False


def streamable(path: str) -> bool:
    """Whether a path is a regular file large enough to be read in pieces."""
    if path == STDIN or _refuse(Path(path)):
        return False
    try:
        return Path(path).stat().st_size >= STREAM_MIN
    except OSError:
        return False


def stream(path: str, chunk: int | None = None) -> Iterator[str]:
    """The text of a file a piece at a time, decoded as `read` decodes it; raises Unreadable
    (with the byte offset of a bad byte) when a later piece turns out not to be text."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(4)
            codec = next((c for bom, c in BOMS if head.startswith(bom)), "utf-8")
            decoder = codecs.getincrementaldecoder(codec)()
            done, data = 0, head
            while True:
                more = handle.read(chunk or CHUNK)
                data += more
                if b"\0" in data and codec == "utf-8":
                    raise Unreadable(Source(path, error=BINARY, skipped=True))
                pending = len(decoder.getstate()[0])  # bytes of a character cut by the last piece
                try:
                    text = decoder.decode(data, final=not more)
                except UnicodeDecodeError as exc:
                    if codec == "utf-8" and _nul_ahead(handle):  # as `decode`: a NUL anywhere is binary
                        raise Unreadable(Source(path, error=BINARY, skipped=True)) from None
                    raise Unreadable(Source(path, error=not_valid(codec, done - pending + exc.start))) from None
                yield text
                done += len(data)
                if not more:
                    return
                data = b""
    except OSError as exc:
        raise Unreadable(Source(path, error=_os_error(exc))) from None


def _refuse(path: Path) -> str | None:
    """Why a path is not a readable regular file, judged without opening it (None: try it)."""
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        return "broken symbolic link" if path.is_symlink() else "no such file"
    except OSError as exc:
        return _os_error(exc)
    if stat.S_ISDIR(mode):
        return "is a directory"
    for test, kind in _SPECIAL:
        if test(mode):
            return f"not a regular file ({kind}): not read"
    return None


def _os_error(exc: OSError) -> str:
    """A one-line reason for an OS error (ELOOP: a symbolic link loop)."""
    if exc.errno == errno.ELOOP:
        return "symbolic link loop"
    if isinstance(exc, PermissionError):
        return "permission denied"
    return exc.strerror or str(exc)


def read_text(path: str | Path) -> tuple[str | None, str]:
    """A file the run reads besides its inputs (a configuration, a desk dictionary), decoded as
    `read` decodes an input, without its BOM: (text, "") or (None, why not: "no such file",
    "not valid UTF-8 (byte offset N); ..."). A path named "-" is the file, not standard input;
    the null device is empty (`--config /dev/null`: no configuration)."""
    if str(path) == os.devnull:
        return "", ""
    source = read(f"./{STDIN}" if str(path) == STDIN else str(path))
    if source.text is None:
        return None, "not a text file (it has NUL bytes)" if source.skipped else str(source.error)
    return source.text.removeprefix("\ufeff"), ""
