"""What a token's neighbours are: tests that several rules share (a word of a name beside an
unknown word, a foreign-looking word beside a name, a common word used between common words)."""

from __future__ import annotations

from collections.abc import Callable

from arabspell.document import Document
from arabspell.lexicon.names import FOREIGN, KNOWN_NAME_MAX


def name_word(doc: Document, index: int) -> bool:
    """Whether a token is a word of a name: a listed name that is no common word (below
    `KNOWN_NAME_MAX`), or an unknown word whose letters lean towards names."""
    lexicon, word = doc.corrector.lexicon, doc.tokens[index].key
    if word in lexicon.names:
        return lexicon.zipf(word) < KNOWN_NAME_MAX
    return not lexicon.score(word) and lexicon.foreignness(word) >= FOREIGN


def foreign_word(doc: Document, index: int) -> bool:
    """A token whose letters lean towards names and that is no common word."""
    lexicon, word = doc.corrector.lexicon, doc.tokens[index].key
    return lexicon.score(word) < KNOWN_NAME_MAX and lexicon.foreignness(word) >= FOREIGN


def maybe_name(doc: Document, index: int) -> bool:
    """Whether a token may be a word of a name: listed as a name (however common), unknown, or
    with letters that lean towards names; a common Arabic word that is none of these (هجوما) is
    no name's neighbour."""
    lexicon, word = doc.corrector.lexicon, doc.tokens[index].key
    return word in lexicon.names or not lexicon.score(word) or lexicon.foreignness(word) >= FOREIGN


def beside(doc: Document, index: int, test: Callable[[Document, int], bool]) -> bool:
    """Whether a token has a token that passes `test` just before or after it, with only a space
    between."""
    tokens = doc.tokens
    for other in (index - 1, index + 1):
        if 0 <= other < len(tokens):
            left, right = sorted((tokens[index], tokens[other]), key=lambda t: t.start)
            if not doc.gap(left, right).strip() and test(doc, other):
                return True
    return False


def beside_name(doc: Document, index: int) -> bool:
    """Whether a token has a word of a name just before or after it, with only a space between."""
    return beside(doc, index, name_word)


__all__ = ["beside", "beside_name", "foreign_word", "maybe_name", "name_word"]
