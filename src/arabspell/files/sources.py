"""Reading the files a run checks (finding them: `files.walk`); errors are values, never tracebacks."""

from __future__ import annotations

import codecs
import errno
import os
import stat
import sys
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import BinaryIO

from arabspell.files import encodings

#: the path that stands for standard input on the command line
STDIN = "-"


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
    #: True for standard input (its `path` may be the name it goes by, `--stdin-filename`)
    stdin: bool = False


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


def read(path: str, fallback: str | None = None) -> Source:
    """Read and decode one input: UTF-8 (a BOM kept as U+FEFF so offsets match the file), or
    UTF-16/UTF-32 with a BOM, or in `fallback` (`--encoding`) when it is neither. Anything else is
    an error value, never an exception: a missing path, a directory, a FIFO or device (never
    opened: reading one could block), a symbolic link loop, no permission, a binary file (NUL
    bytes), bytes that are not UTF-8 (the error says so, and which code page they look like)."""
    if path == STDIN:
        return replace(decode(path, sys.stdin.buffer.read(), fallback), stdin=True)
    refused = _refuse(Path(path))
    if refused:
        return Source(path, error=refused)
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        return Source(path, error=_os_error(exc))
    return decode(path, data, fallback)


def decode(path: str, data: bytes, fallback: str | None = None) -> Source:
    """The text of a file's bytes, or why it has none (the bytes are kept either way): by its BOM,
    else as UTF-8, else in the `fallback` codec when one is given (offsets: the decoded code points)."""
    for bom, codec in BOMS:
        if data.startswith(bom):
            try:
                return Source(path, text=data.decode(codec), data=data, encoding=codec)
            except UnicodeDecodeError as exc:
                return Source(path, error=not_valid(codec, exc.start), data=data)
    bad = 0
    if b"\0" not in data:
        try:
            return Source(path, text=data.decode("utf-8"), data=data)
        except UnicodeDecodeError as exc:
            bad = exc.start
    if fallback is not None and fallback != "utf-8":
        if b"\0" in data and encodings.narrow(fallback):
            return Source(path, error=BINARY, skipped=True, data=data)
        try:
            text = data.decode(fallback)
        except UnicodeDecodeError as exc:
            return Source(path, error=not_valid(fallback, exc.start, fallback=True), data=data)
        if "\0" in text:
            return Source(path, error=BINARY, skipped=True, data=data)
        return Source(path, text=text, data=data, encoding=fallback)
    if b"\0" in data:
        return Source(path, error=BINARY, skipped=True, data=data)
    return Source(path, error=not_valid("utf-8", bad, data), data=data)


def not_valid(codec: str, offset: int, data: bytes = b"", fallback: bool = False) -> str:
    """The message for bytes that are not text in `codec`, at byte `offset` of the file: for UTF-8,
    the legacy code page the file's `data` looks like and how to read or convert it; for an
    `--encoding` codec (`fallback`), that the file is not UTF-8 either."""
    if codec == "utf-8":
        return f"not valid UTF-8 (byte offset {offset})" + (encodings.hint(data) or "; convert it to UTF-8")
    if fallback:
        return f"not valid UTF-8, nor {codec} (byte offset {offset} in {codec})"
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


def stream(path: str, chunk: int | None = None, fallback: str | None = None) -> Iterator[str]:
    """The text of a file a piece at a time, decoded as `read` decodes it; raises Unreadable
    (with the byte offset of a bad byte) when a later piece turns out not to be text. With a
    `fallback` codec, the file is first read through once to know whether it is UTF-8."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(4)
            codec = next((c for bom, c in BOMS if head.startswith(bom)), "utf-8")
            other = codec == "utf-8" and fallback is not None and fallback != "utf-8" and _other(path, handle, fallback)
            handle.seek(len(head))
            yield from _pieces(path, handle, head, fallback if other and fallback else codec, chunk or CHUNK, other)
    except OSError as exc:
        raise Unreadable(Source(path, error=_os_error(exc))) from None


def _other(path: str, handle: BinaryIO, fallback: str) -> bool:
    """Whether an open file is to be read in the `--encoding` codec (it is not UTF-8 without NUL
    bytes: read through from its start to know); raises Unreadable when it is binary, as `decode` says."""
    handle.seek(0)
    decoder = codecs.getincrementaldecoder("utf-8")()
    nul = False
    try:
        while not nul and (piece := handle.read(CHUNK)):
            nul = b"\0" in piece
            decoder.decode(piece)
        if not nul:
            decoder.decode(b"", final=True)
            return False
    except UnicodeDecodeError:
        nul = nul or _nul_ahead(handle)
    if nul and encodings.narrow(fallback):
        raise Unreadable(Source(path, error=BINARY, skipped=True))
    return True


def _pieces(path: str, handle: BinaryIO, head: bytes, codec: str, size: int, legacy: bool) -> Iterator[str]:
    """The text of an open file after its first bytes (`head`), decoded in `codec` (`legacy`: the
    `--encoding` codec of a file that is not UTF-8)."""
    decoder = codecs.getincrementaldecoder(codec)()
    done, data = 0, head
    while True:
        more = handle.read(size)
        data += more
        if b"\0" in data and codec == "utf-8":
            raise Unreadable(Source(path, error=BINARY, skipped=True))
        pending = len(decoder.getstate()[0])  # bytes of a character cut by the last piece
        try:
            text = decoder.decode(data, final=not more)
        except UnicodeDecodeError as exc:
            if codec == "utf-8" and _nul_ahead(handle):  # as `decode`: a NUL anywhere is binary
                raise Unreadable(Source(path, error=BINARY, skipped=True)) from None
            handle.seek(0)
            message = not_valid(codec, done - pending + exc.start, handle.read(encodings.SAMPLE), legacy)
            raise Unreadable(Source(path, error=message)) from None
        if legacy and "\0" in text:  # as `decode`: a NUL in the --encoding codec's text is binary
            raise Unreadable(Source(path, error=BINARY, skipped=True))
        yield text
        done += len(data)
        if not more:
            return
        data = b""


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
