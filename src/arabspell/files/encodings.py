"""Encodings other than UTF-8: the legacy Arabic code pages an archive may be in, recognised in a
file that is not UTF-8 so that the error can say what it is and how to convert it, and the check of
an `--encoding` name.

Older newsroom archives are often in Windows-1256 (cp1256), sometimes ISO-8859-6. Arabic text in
either is never valid UTF-8 (two Arabic letters in a row are two lead bytes), so a file that is not
UTF-8 is tried in each: ISO-8859-6 leaves 45 bytes undefined, among them the Windows-1256 bytes of
ف, ق, ك, «, » and the Arabic comma, so it is taken only when it decodes the sample whole; Windows-1256
defines every byte, so what decides is the share of Arabic letters among the letters decoded (Latin-1
Spanish or German, decoded as Windows-1256, has a few Arabic letters among many Latin ones). A
UTF-8 file with a few bad bytes still reads as Arabic in UTF-8, and is not taken for a code page.
"""

from __future__ import annotations

import codecs

#: how much of a file the code pages are tried on
SAMPLE = 1 << 16
#: the least share of Arabic letters among the letters of a sample, and the least number of them
ARABIC_SHARE, ARABIC_MIN = 0.5, 3
#: (Python codec, the name people know, the name iconv knows), the strict one first
CODE_PAGES = (
    ("iso8859-6", "ISO-8859-6", "ISO-8859-6"),
    ("cp1256", "Windows-1256", "WINDOWS-1256"),
)
#: a few codec names for the message that refuses an unknown one
EXAMPLES = ("utf-8", "cp1256", "iso-8859-6", "utf-16-le", "mac-arabic")


def _arabic(text: str) -> bool:
    """Whether a decoded sample reads as Arabic: enough Arabic letters, and most of its letters."""
    letters = [c for c in text if c.isalpha()]
    arabic = sum(1 for c in letters if "\u0600" <= c <= "\u06ff")
    return arabic >= ARABIC_MIN and arabic >= ARABIC_SHARE * len(letters)


def sniff(data: bytes) -> tuple[str, str, str] | None:
    """The legacy Arabic code page bytes that are not UTF-8 look like they are in (an entry of
    `CODE_PAGES`), judged on their first `SAMPLE` bytes, or None."""
    sample = data[:SAMPLE]
    if _arabic(sample.decode("utf-8", errors="replace")):
        return None  # Arabic in UTF-8 with a few bad bytes (a cut character), not a code page
    for codec, known, iconv in CODE_PAGES:
        try:
            text = sample.decode(codec)
        except UnicodeDecodeError:
            continue
        if _arabic(text):
            return codec, known, iconv
    return None


def hint(data: bytes) -> str:
    """What the error about bytes that are not UTF-8 adds: the code page they look like, and how to
    check them as they are or convert them ("" when they look like none)."""
    found = sniff(data)
    if found is None:
        return ""
    codec, known, iconv = found
    return (
        f"; it looks like {known} (Arabic): check it with --encoding {codec.replace('iso8859', 'iso-8859')},"
        f" or convert it with iconv -f {iconv} -t UTF-8"
    )


def narrow(codec: str) -> bool:
    """Whether a codec writes U+0000 as one NUL byte (a code page, not UTF-16 or UTF-32): in its
    text a NUL byte means a binary file, as in UTF-8."""
    return "\0".encode(codec, errors="ignore") == b"\0"


def codec_name(name: str) -> str:
    """The canonical name of a Python text codec (`windows-1256` -> `cp1256`); raises LookupError,
    with a few known names, for one that does not exist or does not decode bytes to text."""
    try:
        b"a".decode(name)
    except UnicodeDecodeError:
        pass  # a text codec that wants more than one byte (UTF-16)
    except LookupError:
        raise LookupError(f"unknown text encoding {name!r} (Python codec names, e.g. {', '.join(EXAMPLES)})") from None
    return codecs.lookup(name).name
