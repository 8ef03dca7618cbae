"""Split text into Arabic word tokens with exact code-point spans."""

from __future__ import annotations

import re
from typing import NamedTuple

from arabspell.arabic.letters import INVISIBLE, LETTERS, MARKS, OTHER_LETTERS
from arabspell.arabic.normalize import key

#: an MSA word: a letter, then letters and marks, invisible characters only between them
WORD = re.compile(f"[{LETTERS}](?:[{LETTERS}{MARKS}]|[{INVISIBLE}]+(?=[{LETTERS}{MARKS}]))*")
#: a word of the Arabic script, whatever its letters: what the text is cut into
_SCRIPT_WORD = re.compile(
    f"[{LETTERS}{OTHER_LETTERS}](?:[{LETTERS}{OTHER_LETTERS}{MARKS}]|[{INVISIBLE}]+(?=[{LETTERS}{OTHER_LETTERS}{MARKS}]))*"
)
#: a token longer than this is no word (Arabic's longest run to about 15 letters, two merged
#: words to 25): it is not corrected or compared, which keeps the cost of junk input linear
LONGEST_WORD = 40


class Token(NamedTuple):
    """An Arabic word as written (`text`), where it is, and its lookup key (a named tuple: a
    million of them are made for a large archive, five times faster than a frozen dataclass)."""

    text: str
    start: int
    key: str

    @property
    def end(self) -> int:
        """Offset one past the token's last code point."""
        return self.start + len(self.text)


def tokenize(text: str) -> list[Token]:
    """Return the Arabic word tokens of a text in order."""
    # one (text, key) pair of strings per distinct written form, shared by its tokens:
    # a million-word archive has about 85,000, so this saves time and most of the memory
    # (a word with letters beyond MSA's, a Persian name in Arabic news, is passed over whole: None)
    forms: dict[str, tuple[str, str] | None] = {}
    out = []
    make = tuple.__new__  # a Token without its Python-level __new__: half the cost, a million times
    for m in _SCRIPT_WORD.finditer(text):
        word = m.group()
        form = forms.get(word, ())
        if form == ():
            k = key(word) if WORD.fullmatch(word) else None
            form = forms[word] = None if k is None else (word, word if k == word else k)
        if form is not None:
            out.append(make(Token, (form[0], m.start(), form[1])))
    return out
