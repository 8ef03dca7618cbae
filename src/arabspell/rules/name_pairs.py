"""The finders of names.inconsistent over two-word names: first names of one surname one edit
apart (لويس / لويد أوستن), and near misses of the known full names (`name_finders.py` has the
single-word finders and what they share)."""

from __future__ import annotations

from collections.abc import Iterator

from arabspell.document import Document
from arabspell.lexicon.lexicon import Lexicon
from arabspell.lexicon.names import KNOWN_NAME_MAX, usual_name
from arabspell.lexicon.transliteration import transliteration_variants
from arabspell.rules.name_finders import Spelling, Variant, collect, named_pairs, one_edit


def full_names(doc: Document) -> Iterator[Variant]:
    """Two-word names with the same surname and first names one edit apart (لويس / لويد أوستن)."""
    lexicon = doc.corrector.lexicon
    by_surname: dict[str, dict[str, Spelling]] = {}
    for indices, pre, first, surname in named_pairs(doc):
        if usual_name(surname, lexicon):
            collect(doc, by_surname.setdefault(surname, {}), first, indices, pre)
    for surname, firsts in by_surname.items():
        forms = sorted(firsts.values(), key=lambda s: s.first)
        for i, a in enumerate(forms):
            for b in forms[i + 1 :]:
                if a.form[0] == b.form[0] and one_edit(a.form, b.form):
                    yield _first_names(a, b, surname, lexicon)


def _first_names(a: Spelling, b: Spelling, surname: str, lexicon: Lexicon) -> Variant:
    """Two first names of one surname: the known full name wins, then the commoner in the text."""

    def weight(s: Spelling) -> tuple[bool, int]:
        return f"{s.form} {surname}" in lexicon.fullnames, s.count

    minority, majority = sorted((a, b), key=lambda s: (*weight(s), -s.first))
    return Variant(minority, majority.form, weight(minority) != weight(majority), paired=True)


def known_full_names(doc: Document) -> Iterator[Variant]:
    """A near miss of a known full name, even at its only mention: its first name (لويس أوستن for
    لويد أوستن; a transliteration choice, جارد for جاريد, only when the text writes the known one
    too) or, after a first name that is no common word, its surname when the text writes the
    known one too (يورغن كلب beside كلوب; a text that always writes ترمب has chosen its spelling)."""
    lexicon = doc.corrector.lexicon
    known = lexicon.fullnames
    for indices, pre, first, surname in named_pairs(doc):
        near = _near(first, known.firsts(surname))
        if near and (doc.forms.get(near) or near not in transliteration_variants(first)):
            spelling = Spelling(first, len(indices), doc.tokens[indices[0]].start, [(indices, pre)])
            yield Variant(spelling, near, known=f"{near} {surname}")
            continue
        near = _near(surname, known.surnames(first))
        if near and doc.forms.get(near) and lexicon.score(surname) < KNOWN_NAME_MAX:
            after = [i + 1 for i in indices]
            spelling = Spelling(surname, len(after), doc.tokens[after[0]].start, [(after, "")])
            yield Variant(spelling, near, known=f"{first} {near}")


def _near(form: str, known: tuple[str, ...]) -> str | None:
    """The one known form one edit from a form and starting like it, if it is not known itself."""
    if form in known:
        return None
    near = [k for k in known if k[0] == form[0] and one_edit(k, form)]
    return near[0] if len(near) == 1 else None
