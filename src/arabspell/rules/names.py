"""names.inconsistent: one article spelling the same name two ways.

What counts as a name, and when two spellings are one name, is the name model, `arabspell.lexicon.names`;
this module finds the spellings in a text, picks the likelier one and reports
the other: single names, two-word names, near misses of known names.
"""

from __future__ import annotations

from collections.abc import Iterator

from arabspell.arabic.clitics import bare_forms, join_name
from arabspell.document import Document
from arabspell.findings import Flag, Severity
from arabspell.lexicon.lexicon import Lexicon
from arabspell.lexicon.names import (
    ATTESTED,
    FOREIGN,
    KNOWN_NAME_MAX,
    NAME_LEAN,
    RARE,
    inflected_alike,
    inflection_stem,
    name_like,
    patterned,
    same_stem,
)
from arabspell.lexicon.transliteration import transliteration_variants
from arabspell.rules.name_finders import Variant, known_name_variants, ordered, single_names
from arabspell.rules.name_pairs import full_names, known_full_names
from arabspell.rules.neighbours import beside, maybe_name
from arabspell.rules.rule import Rule

RULE = "names.inconsistent"
#: A listed rare spelling is surely the known name the text writes this many times as often.
SURE_MAJORITY = 3
#: ... and a listed rare spelling is surely a name's at all only when its letters lean this much
#: towards transliterated names (two reviewers' readings of the archive's fixes: فدام, أحجمت,
#: المنبي, كتيم, عثوري, ترير and إليم were words or other names, جونسن and فيرمينيو names misspelt)
SURE_FOREIGN = 1.0


def _resolve(doc: Document, variants: list[Variant]) -> Iterator[Variant]:
    """One report per inconsistency: two finders that pair the same spellings in opposite directions
    are one tie, reported once, unsure; a known word is no typo of a name; and no majority that is
    itself a typo (the checker flags it) or itself reported (no chains)."""
    lexicon = doc.corrector.lexicon
    chosen: dict[frozenset[str], Variant] = {}
    for v in variants:
        if _known_word(v.minority.form, v.majority, lexicon) or _a_typo(doc, v) or _known_name(doc, v):
            continue
        if v.majority in bare_forms(v.minority.form) - {v.minority.form}:
            continue  # the same name after a proclitic (للارس: ل + لارس), not another spelling
        if _words(doc, v) or _used_as_word(doc, v):
            continue
        pair = frozenset((v.minority.form, v.majority))
        old = chosen.get(pair)
        if old is None or (v.decided and not old.decided and old.minority.form == v.minority.form):
            chosen[pair] = v
        elif old.minority.form != v.minority.form:
            chosen[pair] = _tie(old, v, lexicon)
    minorities = {v.minority.form for v in chosen.values()}
    yield from (v for v in chosen.values() if v.majority not in minorities)


def _words(doc: Document, variant: Variant) -> bool:
    """Two spellings that are words, not one name: inflections of one stem (الأرجنتيين), a pattern's
    long vowel (فهود / فهد), two stems inflected alike (يكتبن / يكسبن) unless the text repeats the
    other as a name repeats, or two listed words neither of which looks like a name (حضر / حاضر)
    unless the letters of both lean towards transliterated names (ستي / سيتي)."""
    lexicon, minority, majority = doc.corrector.lexicon, variant.minority.form, variant.majority
    if same_stem(minority, majority) or patterned(minority, majority, lexicon):
        return True
    repeated = doc.forms.get(majority, 0) >= 2 * variant.minority.count
    if inflected_alike(minority, majority, lexicon) and not repeated:
        return True
    if min(lexicon.zipf(minority), lexicon.zipf(majority)) < ATTESTED:
        return False
    if name_like(minority, lexicon) or name_like(majority, lexicon):
        return False
    return min(lexicon.foreignness(minority), lexicon.foreignness(majority)) < NAME_LEAN


def _used_as_word(doc: Document, variant: Variant) -> bool:
    """A common word (Zipf `RARE` and up) that reads as a commoner stem inflected, and that the text
    writes only away from names, is used as that word, not as a spelling of a name: «هجوما جويا
    وبريا» (جوي + ا) is an air strike, not the name جيا misspelt, in an article that quotes «بدران جيا»."""
    minority, lexicon = variant.minority, doc.corrector.lexicon
    if lexicon.zipf(minority.form) < RARE or inflection_stem(minority.form, lexicon) is None:
        return False
    return not any(beside(doc, i, maybe_name) for indices, _ in minority.uses for i in indices)


def _known_name(doc: Document, variant: Variant) -> bool:
    """A common known name is a name of its own, not a misspelling of another (جيم / جيمس, سيرجيو /
    سيرخيو), unless it misses a known full name (لويس أوستن for لويد أوستن) and is no short form
    of it (جيم ماتيس for جيمس ماتيس: Jim is James), or the text writes the other at least twice as
    often (بيرن in an article about بايرن)."""
    minority = variant.minority
    if not _common_name(minority.form, doc.corrector.lexicon):
        return False
    if variant.known:
        return variant.majority.startswith(minority.form)
    return doc.forms.get(variant.majority, 0) < 2 * minority.count


def _common_name(form: str, lexicon: Lexicon) -> bool:
    """A name the lists know that is no rare word either (جيم, سيرجيو, بيرن)."""
    return form in lexicon.names and lexicon.zipf(form) >= RARE


def _a_typo(doc: Document, variant: Variant) -> bool:
    """Whether the checker corrects either spelling as a typo of some other word (تصيعد is تصعيد
    misspelt, not a spelling of the name تصيغد): a majority that is a typo is no fix, and a
    minority corrected to another word is that word's typo, not this name's; not when the
    correction splits it in two (بنصودا is بنسودا misspelt, not «بن صودا»)."""
    fixes = doc.corrections.get(variant.minority.form)
    if variant.majority in doc.corrections or fixes is None:
        return variant.majority in doc.corrections
    # two words run together (بن صودا) is a guess at a name's letters, not another word
    return " " not in fixes[0].text and fixes[0].text != variant.majority


def _common_word(form: str, lexicon: Lexicon) -> bool:
    """One of the commonest words (`KNOWN_NAME_MAX`), or a common one (`RARE`) that is no name and
    does not look like one: no spelling to rewrite a rarer form into unattended."""
    zipf = lexicon.zipf(form)
    if zipf >= KNOWN_NAME_MAX:
        return True
    return zipf >= RARE and form not in lexicon.names and not name_like(form, lexicon)


def _tie(a: Variant, b: Variant, lexicon: Lexicon) -> Variant:
    """Two finders disagree on which of two spellings is right: the weights decide, else the later
    mention is reported as the variant of the earlier, unsure."""
    found = ordered(a.minority, b.minority, lexicon)
    if found.decided:
        return found
    later, earlier = sorted((a.minority, b.minority), key=lambda s: -s.first)
    return Variant(later, earlier.form, decided=False)


def _known_word(minority: str, majority: str, lexicon: Lexicon) -> bool:
    """A word the lexicon attests is no typo of a name (ليفيا is a name, not ليبيا misspelt; تلد is
    not تولد), unless the name is a known one and not itself one of the commonest words, or the
    two are one transliteration choice apart and look like a foreign name (ستي / سيتي)."""
    if lexicon.zipf(minority) < ATTESTED:
        return False
    if majority in lexicon.names and majority not in lexicon.desk and lexicon.score(majority) < KNOWN_NAME_MAX:
        return False  # a gazetteer's name (a desk's own names are not evidence against a known word)
    if lexicon.foreignness(majority) >= FOREIGN and minority in set(transliteration_variants(majority)):
        named = name_like(minority, lexicon) or name_like(majority, lexicon)
        return not (named or lexicon.foreignness(minority) >= FOREIGN)
    return True


def _sure(doc: Document, variant: Variant) -> bool:
    """Sure only when something decided which spelling is right and the text itself writes it, no
    less often than the other; and the minority is no word the lexicon attests (a listed rare form
    only when its letters lean towards names, `SURE_FOREIGN`, or it shares the other word of a
    two-word name: فدام beside فام may be ف + دام, أحجمت beside أحكمت is a verb), or misses a
    known full name (لويس أوستن), or is a rare unlisted spelling of a known name the text writes
    at least SURE_MAJORITY times as often (أوستين: a listed spelling, so a syllable of another name
    may be meant in a compound name, unless the text all but always writes the other)."""
    lexicon, minority, majority = doc.corrector.lexicon, variant.minority, variant.majority
    written = doc.forms.get(majority, 0)
    if not (variant.decided and written) or (written < minority.count and not variant.known):
        return False  # the text's own majority is not rewritten surely into its minority
    if _common_word(majority, lexicon):
        return False  # (مهرت beside مرت, البوحر beside البحر: the text's word, not a name)
    zipf = lexicon.zipf(minority.form)
    # جيم ماتيس beside the known جيمس ماتيس: Jim may be meant
    # a listed rare form that looks Arabic may be a word of the language (فدام: ف + دام; أحجمت)
    word_like = zipf and not variant.paired and lexicon.foreignness(minority.form) < SURE_FOREIGN
    if (zipf < ATTESTED and not word_like) or (variant.known and not _common_name(minority.form, lexicon)):
        return True
    # a rare word that shows the inflections of the language (فهود beside the name فهد) may be meant
    rare = zipf < RARE and minority.form not in lexicon.names and name_like(minority.form, lexicon)
    return rare and variant.majority in lexicon.names and written >= SURE_MAJORITY * minority.count


def _report(doc: Document, variant: Variant) -> Iterator[Flag]:
    """Every use of the minority, to be written as the majority (its proclitics kept), sure or not
    (`_sure`)."""
    sure = _sure(doc, variant)
    for indices, pre in variant.minority.uses:
        fix = join_name(pre, variant.majority)
        for i in indices:
            token = doc.tokens[i]
            if variant.known:
                first = variant.known.startswith(f"{variant.majority} ")  # else the surname was missed
                pair = f"{token.text} {doc.tokens[i + 1].text}" if first else f"{doc.tokens[i - 1].text} {token.text}"
                message = f"«{pair}»: the known name is «{variant.known}»"
            else:
                message = f"«{token.text}» is spelled «{fix}» elsewhere in this text"
            yield Flag(token.start, token.end, message, (fix,), sure)


def _inconsistent(doc: Document) -> Iterator[Flag]:
    variants = [*known_name_variants(doc), *known_full_names(doc), *full_names(doc), *single_names(doc)]
    for variant in _resolve(doc, variants):
        yield from _report(doc, variant)


INCONSISTENT = Rule(RULE, Severity.ERROR, "A name spelled two ways in one text.", _inconsistent, 50, safe_fix=True)
