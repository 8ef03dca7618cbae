"""names.inconsistent: one article spelling the same name two ways.

What counts as a name, and when two spellings are one name, is the name model, `arabspell.lexicon.names`;
this module finds the spellings in a text, picks the likelier one and reports
the other: single names, two-word names, near misses of known names.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import combinations

from rapidfuzz.distance import Levenshtein

from arabspell.arabic.clitics import join_name
from arabspell.arabic.tokenize import LONGEST_WORD
from arabspell.document import Document
from arabspell.findings import Flag, Severity
from arabspell.lexicon.lexicon import Lexicon
from arabspell.lexicon.names import (
    ATTESTED,
    COMMON,
    KNOWN_VARIANT_GAP,
    KNOWN_VARIANT_MIN,
    KNOWN_VARIANT_RARE,
    MIN_LENGTH,
    name_like,
    same_stem,
    usual_name,
    variant_of,
)
from arabspell.lexicon.transliteration import transliteration_variants
from arabspell.rules.rule import Rule

RULE = "names.inconsistent"


@dataclass
class Spelling:
    """One spelling of a name in the article: how often, where first, and which tokens
    (`uses`: lists of token indices, each with the proclitic its tokens carry)."""

    form: str
    count: int = 0
    first: int = 0
    uses: list[tuple[list[int], str]] = field(default_factory=list)


def _collect(doc: Document, spellings: dict[str, Spelling], form: str, indices: list[int], pre: str) -> None:
    """Add the tokens at `indices` (one form, in text order) to a name's spelling."""
    start = doc.tokens[indices[0]].start
    entry = spellings.get(form)
    if entry is None:
        entry = spellings[form] = Spelling(form, first=start)
    entry.count += len(indices)
    entry.first = min(entry.first, start)
    entry.uses.append((indices, pre))


def _one_edit(a: str, b: str) -> bool:
    return abs(len(a) - len(b)) <= 1 and Levenshtein.distance(a, b, score_cutoff=1) <= 1


def _weight(spelling: Spelling, lexicon: Lexicon) -> tuple[bool, int, float, int]:
    """Which spelling of a name is right: one the lexicon knows, then the commoner in the text,
    then the commoner in the lexicon, then the first mention."""
    zipf = lexicon.score(spelling.form)
    return zipf >= ATTESTED, spelling.count, zipf, -spelling.first


def _report(doc: Document, minority: Spelling, majority: Spelling) -> Iterator[Flag]:
    for indices, pre in minority.uses:
        fix = join_name(pre, majority.form)
        for i in indices:
            token = doc.tokens[i]
            message = f"«{token.text}» is spelled «{fix}» elsewhere in this text"
            yield Flag(token.start, token.end, message, (fix,))


def _single_names(doc: Document) -> Iterator[Flag]:
    """Single-word names: an interior one-letter difference (أوستين / أوستن) from a name-like word."""
    lexicon = doc.corrector.lexicon
    spellings: dict[str, Spelling] = {}
    for indices in doc.where.values():
        pre, name = doc.name_split(doc.tokens[indices[0]])
        if MIN_LENGTH <= len(name) <= LONGEST_WORD:
            _collect(doc, spellings, name, indices, pre)
    # both spellings of a pair are rarer than COMMON (`variant_of`): the commonest words need no index
    forms = sorted(
        (s for s in spellings.values() if lexicon.score(s.form) < COMMON), key=lambda s: (len(s.form), s.form)
    )
    for i, j in near_pairs([s.form for s in forms]):
        a, b = forms[i], forms[j]
        if max(len(a.form), len(b.form)) < 4 or a.form[0] != b.form[0] or a.form[-1] != b.form[-1]:
            continue
        if not _one_edit(a.form, b.form) or same_stem(a.form, b.form):
            continue
        minority, majority = sorted((a, b), key=lambda s: _weight(s, lexicon))
        if variant_of(minority.form, majority.form, lexicon):
            yield from _report(doc, minority, majority)


def near_pairs(forms: list[str]) -> list[tuple[int, int]]:
    """Index pairs (i < j, sorted) of forms that may be one interior edit apart (same first and
    last letter): those sharing a form or a deletion of an inner letter (a symmetric-deletion
    index). O(n·L) for n forms of length L, plus the pairs found, instead of comparing every
    pair: an article with thousands of distinct names costs thousands, not millions."""
    index: dict[str, list[int]] = defaultdict(list)
    for i, form in enumerate(forms):
        for key in {form, *(form[:k] + form[k + 1 :] for k in range(1, len(form) - 1))}:
            index[key].append(i)
    pairs = {(a, b) for members in index.values() for a, b in combinations(members, 2)}
    return sorted(pairs)


def _known_name_variants(doc: Document) -> Iterator[Flag]:
    """A rare word one transliteration choice from a well-known name (الحثي for الحوثي, حفطر for حفتر)."""
    lexicon = doc.corrector.lexicon
    spellings: dict[str, Spelling] = {}
    for indices in doc.where.values():
        pre, name = doc.name_split(doc.tokens[indices[0]])
        if MIN_LENGTH + 1 <= len(name) <= LONGEST_WORD and lexicon.score(name) < KNOWN_VARIANT_RARE:
            _collect(doc, spellings, name, indices, pre)
    for spelling in spellings.values():
        own = lexicon.score(spelling.form)
        known = {v for v in transliteration_variants(spelling.form) if v in lexicon.names}
        best = max(known, key=lambda v: (lexicon.zipf(v), v), default=None)
        if best and lexicon.zipf(best) >= max(KNOWN_VARIANT_MIN, own + KNOWN_VARIANT_GAP):
            yield from _report(doc, spelling, Spelling(best))


def _full_names(doc: Document) -> Iterator[Flag]:
    """Two-word names with the same surname and first names one edit apart (لويس / لويد أوستن)."""
    lexicon = doc.corrector.lexicon
    by_surname: dict[str, dict[str, Spelling]] = {}
    for indices in doc.pairs.values():
        pre, first = doc.name_split(doc.tokens[indices[0]])
        surname = doc.name_split(doc.tokens[indices[0] + 1])[1]
        if usual_name(first, lexicon) and name_like(surname, lexicon):
            _collect(doc, by_surname.setdefault(surname, {}), first, indices, pre)
    for surname, firsts in by_surname.items():
        forms = sorted(firsts.values(), key=lambda s: s.first)
        for i, a in enumerate(forms):
            for b in forms[i + 1 :]:
                if a.form[0] == b.form[0] and _one_edit(a.form, b.form):
                    known = lexicon.fullnames
                    minority, majority = sorted(
                        (a, b), key=lambda s: (f"{s.form} {surname}" in known, s.count, -s.first)
                    )
                    yield from _report(doc, minority, majority)


def _known_full_names(doc: Document) -> Iterator[Flag]:
    """A near miss of a known full name, even at its only mention (لويس أوستن for لويد أوستن)."""
    lexicon = doc.corrector.lexicon
    index = first_names_by_surname(lexicon.fullnames)
    for indices in doc.pairs.values():
        pre, first = doc.name_split(doc.tokens[indices[0]])
        surname = doc.name_split(doc.tokens[indices[0] + 1])[1]
        known = index.get(surname, ())
        if not known or first in known or not usual_name(first, lexicon):
            continue
        near = [f for f in known if f[0] == first[0] and _one_edit(f, first)]
        if len(near) == 1:
            fix = join_name(pre, near[0])
            for i in indices:
                left, right = doc.tokens[i], doc.tokens[i + 1]
                message = f"«{left.text} {right.text}»: the known name is «{near[0]} {surname}»"
                yield Flag(left.start, left.end, message, (fix,))


@lru_cache(maxsize=4)
def first_names_by_surname(fullnames: frozenset[str]) -> dict[str, frozenset[str]]:
    """First names of the known two-word names, by surname."""
    out: dict[str, set[str]] = {}
    for name in fullnames:
        parts = name.split()
        if len(parts) == 2:
            out.setdefault(parts[1], set()).add(parts[0])
    return {surname: frozenset(firsts) for surname, firsts in out.items()}


def _inconsistent(doc: Document) -> Iterator[Flag]:
    yield from _known_name_variants(doc)
    yield from _known_full_names(doc)
    yield from _full_names(doc)
    yield from _single_names(doc)


INCONSISTENT = Rule(RULE, Severity.ERROR, "A name spelled two ways in one text.", _inconsistent, 50, safe_fix=True)
