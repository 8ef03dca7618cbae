"""The keyboard slips of a form found through the word store's deletion index (`lexicon/deletes.py`):
the same (form, slip) pairs in the same order as `channel.typing_variants_in`, which builds and
looks up every variant (seventy a letter), from three lookups a letter. tests/test_properties.py
holds the two equal."""

from __future__ import annotations

from collections.abc import Callable, Container, Iterator

from arabspell.correct.channel import ALPHABET, Edit, extra_or_swapped, substitution_kind, typing_variants_in

#: the letters a slip may put in, by their place in the alphabet (the order `typing_variants_in` tries them)
_RANK = {ch: rank for rank, ch in enumerate(ALPHABET)}


def typing_variants_indexed(
    word: str, vocabulary: Container[str], put_back: Callable[[str, int], list[str]]
) -> Iterator[tuple[str, Edit]]:
    """The listed forms one keyboard slip from `word`, each with its slip: a letter typed extra or
    two swapped (looked up), one substituted (a form that gives `word` less that letter, with
    another letter in its place) or one missing (a form that gives `word` with a letter taken out)."""
    n = len(word)
    for i in range(n):
        yield from extra_or_swapped(word, i, vocabulary)
        pre, post, typed = word[:i], word[i + 1 :], word[i]
        for ch in _ranked(put_back(pre + post, i)):
            if ch != typed:
                yield pre + ch + post, substitution_kind(ch, typed)
    for i in range(n + 1):
        pre, post = word[:i], word[i:]
        for ch in _ranked(put_back(word, i)):
            yield pre + ch + post, Edit.DELETION


def _ranked(letters: list[str]) -> list[str]:
    """The letters of the alphabet among these, in its order."""
    return sorted((ch for ch in letters if ch in _RANK), key=_RANK.__getitem__) if letters else letters


def typing_slips(
    word: str, vocabulary: Container[str], put_back: Callable[[str, int], list[str]] | None
) -> Iterator[tuple[str, Edit]]:
    """The keyboard slips of a form: through the deletion index when the store has one."""
    if put_back is None:
        return typing_variants_in(word, vocabulary)
    return typing_variants_indexed(word, vocabulary, put_back)


__all__ = ["typing_slips", "typing_variants_indexed"]
