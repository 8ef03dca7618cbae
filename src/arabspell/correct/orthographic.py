"""Orthographic candidates of a written form: hamza (initial and on a medial seat), ة/ه and ى/ي,
each scored by its frequency less the slip's cost (`channel.Costs.orthographic`)."""

from __future__ import annotations

import math
from itertools import chain

from arabspell.arabic.clitics import proclitic_heads
from arabspell.arabic.wasl import form_nine_masdar, wasl_shape
from arabspell.correct.channel import Edit, madda_variants, orthographic_variants, removes_hamza, seat_variants
from arabspell.correct.merges import keep
from arabspell.correct.model import Candidate, Model
from arabspell.lexicon import style
from arabspell.lexicon.lexicon import Lexicon


def candidates(word: str, listed: bool, lexicon: Lexicon, model: Model) -> dict[str, Candidate]:
    """Hamza, ة/ه and ى/ي variants; a listed form only yields to listed variants. An unlisted form's
    variant is weighed as the form is, through its clitics (`Lexicon.reading_like`), when the web
    list's count of the variant's whole form is smaller."""
    out: dict[str, Candidate] = {}

    def lookup(form: str) -> float:
        if listed:
            return lexicon.zipf(form)
        return max(lexicon.score_uncached(form), lexicon.reading_like(word, form))

    seats = () if word in lexicon.names else seat_variants(word)  # قايد السبسي: a name's own
    # a madda for a plain hamza is a slip of Arabic words; a name's first vowel is its transliteration's
    # choice (أيفون, أرثر beside the commoner آيفون, آرثر); and أل is a name's El, not آل
    arabic = len(word) > 2 and lexicon.foreignness(word) < model.madda_foreign_max
    maddas = madda_variants(word) if arabic else ()
    for form, edit in chain(orthographic_variants(word), seats, maddas):
        if listed and edit is Edit.HAMZA and removes_hamza(word, form):
            continue  # a listed form with a hamza is a word (كأن): a wasl alef has its own rule
        # a medial hamza is put back only to give a listed word (not سأيمان, read as س + أيمان)
        value = lexicon.zipf(form) if edit in (Edit.HAMZA_SEAT, Edit.MADDA) else lookup(form)
        if value <= 0.0:
            continue
        if edit is Edit.HAMZA_SEAT and form in style.variants(word, lexicon):
            continue  # two house styles (موقت / مؤقت): `style.inconsistent` compares them in a text
        cost = slip_cost(form, word, edit, value, listed, lexicon, model)
        keep(out, Candidate(form, value - cost, edit, value))
    if pronoun_after_taa(word, lexicon, model):  # or the ة itself, the ت typed before it (مواجهتة بلاده)
        noun = word[:-2] + "ة"
        keep(out, Candidate(noun, lexicon.score(noun) - model.costs.doubling, Edit.TAA_MARBUTA, lexicon.score(noun)))
    for form, value in _hamza_and_maqsura(word, lexicon):
        cost = model.costs.hamza + model.costs.yaa_for_maqsura
        keep(out, Candidate(form, value - cost, Edit.HAMZA, value))
    return out


def _hamza_and_maqsura(word: str, lexicon: Lexicon) -> list[tuple[str, float]]:
    """The two commonest slips in one word, a dropped hamza and a final ى written ي (الي → إلى): the
    listed forms with both put right. The context rules choose between them and a one-slip reading
    (إلي, «to me»)."""
    if not word.endswith("ي"):
        return []
    forms = (form[:-1] + "ى" for form, edit in orthographic_variants(word) if edit is Edit.HAMZA)
    return [(form, z) for form in forms if removes_hamza(form, word) and (z := lexicon.zipf(form)) > 0.0]


def slip_cost(form: str, word: str, edit: Edit, value: float, listed: bool, lexicon: Lexicon, model: Model) -> float:
    """The slip's cost; nothing for a hamza dropped from a listed form whose hamza spelling is a
    common word (الاسبوع, اذا, بشان): the web's bare spellings are frequent, but the hamza form is
    the standard one (not on a wasl alef: الاطلاع is no slip for الإطلاع)."""
    standard = listed and value >= model.standard_hamza_zipf
    if edit is Edit.HAMZA_SEAT:
        if standard:
            return 0.0
        if lexicon.foreignness(word) >= model.seat_foreign_max or _stem_stands(form, word, lexicon, model):
            return math.inf  # زايف, تياس: a transliterated name's ي and ا, not a seat
    if standard and edit is Edit.HAMZA and removes_hamza(form, word) and not bare_word(word, form, lexicon):
        # the writer dropped it, however often the web does (انا; not ال, the article written apart)
        return -model.standard_hamza_tie if len(word) > 2 else 0.0
    if edit is Edit.HAMZA and named_hamza(form, word, lexicon, model):
        return 0.0
    if edit is Edit.TAA_MARBUTA and pronoun_after_taa(word, lexicon, model):
        return model.costs.taa_marbuta
    return model.costs.orthographic(form, word, edit)


#: a form IX verb (احمر) is a word when the lexicon lists its masdar (احمرار) at least this often
FORM_NINE_ZIPF = 1.5


def form_nine(word: str, lexicon: Lexicon) -> bool:
    """Whether a bare form is also a form IX past verb (احمر «blushed», beside the adjective أحمر):
    the lexicon lists its masdar (`wasl.form_nine_masdar`)."""
    masdar = form_nine_masdar(word)
    return masdar is not None and lexicon.zipf(masdar) >= FORM_NINE_ZIPF


def bare_word(word: str, form: str, lexicon: Lexicon) -> bool:
    """Whether a bare form beside its hamza variant may be a word with hamzat al-wasl: the shape of
    one (اعتقد beside أعتقد) or a form IX verb (احمر beside أحمر)."""
    return wasl_shape(word, form) or form_nine(word, lexicon)


def pronoun_after_taa(word: str, lexicon: Lexicon, model: Model) -> bool:
    """Whether a form ending in تة is a noun's ة turned ت before the pronoun ه, written ة by slip
    (لعائلتة: عائلة + ه): the noun with its own ة reads as a word, so the ة is no ending of its own."""
    return word.endswith("تة") and len(word) > 4 and lexicon.score(word[:-2] + "ة") >= model.pronoun_noun_zipf


def named_hamza(form: str, word: str, lexicon: Lexicon, model: Model) -> bool:
    """Whether a hamza variant is a gazetteer's spelling of a name that the lexicon writes with the
    hamza more often than without (إيمانويل beside the web's ايمانويل): the name's standard form."""
    if form not in lexicon.names or not removes_hamza(form, word):
        return False
    if word.startswith("ال") and lexicon.zipf(word[2:]):
        return False  # الين is the yen, not ألين
    return lexicon.zipf(form) >= lexicon.zipf(word) + model.name_hamza_lead


def _stem_stands(form: str, word: str, lexicon: Lexicon, model: Model) -> bool:
    """Whether, after a proclitic, the bare stem holds its own against the hamza stem (ستودي: تودي,
    of أودى «to cost a life», against تؤدي less the seat's cost): a whole form can be rarer than its
    hamza twin only because the clitic is."""
    cost = model.costs.hamza_seat
    for head in proclitic_heads(word, future=True):
        stem, fixed = word[len(head) :], form[len(head) :]
        if stem != fixed and lexicon.zipf(stem) >= lexicon.zipf(fixed) - cost:
            return True
    return False
