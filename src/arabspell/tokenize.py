"""Split text into Arabic word tokens with exact code-point spans."""

from __future__ import annotations

import re
from dataclasses import dataclass

from arabspell.normalize import key

LETTERS = "\u0621-\u063a\u0641-\u064a"
MARKS = "\u0610-\u061a\u0640\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e4\u06e7\u06e8\u06ea-\u06ed"
WORD = re.compile(f"[{LETTERS}][{LETTERS}{MARKS}]*")


@dataclass(frozen=True, slots=True)
class Token:
    """An Arabic word as written (`text`), where it is, and its lookup key."""

    text: str
    start: int
    key: str

    @property
    def end(self) -> int:
        """Offset one past the token's last code point."""
        return self.start + len(self.text)


def tokenize(text: str) -> list[Token]:
    """Return the Arabic word tokens of a text in order."""
    keys: dict[str, str] = {}  # one key per distinct written form
    out = []
    for m in WORD.finditer(text):
        word = m.group()
        k = keys.get(word)
        if k is None:
            k = keys[word] = key(word)
        out.append(Token(word, m.start(), k))
    return out
