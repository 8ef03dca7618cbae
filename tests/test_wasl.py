"""orthography.hamza-wasl: a hamza on the alef of hamzat al-wasl, known by the word's pattern."""

from __future__ import annotations

import pytest

from arabspell import check_text
from arabspell.arabic.wasl import form_nine_masdar, wasl_fix, wasl_reading


@pytest.mark.parametrize(
    ("written", "standard"),
    [
        ("إنتخابات", "انتخابات"),  # VIII masdar, plural
        ("الإقتصاد", "الاقتصاد"),  # VIII masdar after the article
        ("إستمرار", "استمرار"),  # X masdar
        ("إنطلاق", "انطلاق"),  # VII masdar
        ("والإستثمار", "والاستثمار"),  # proclitics kept
        ("إصطدام", "اصطدام"),  # VIII with ت assimilated to ط
        ("إزدياد", "ازدياد"),  # VIII with ت assimilated to د
        ("إنتقاله", "انتقاله"),  # a pronoun after the masdar
        ("إستقبل", "استقبل"),  # X past
        ("إجتمع", "اجتمع"),  # VIII past
        ("إسمه", "اسمه"),  # the nouns of hamzat al-wasl
        ("إبنته", "ابنته"),
        ("إمرأة", "امرأة"),
        ("إثنان", "اثنان"),
    ],
)
def test_a_wasl_alef_with_a_hamza_is_written_bare(written: str, standard: str) -> None:
    assert wasl_fix(written) == standard


@pytest.mark.parametrize(
    "word",
    [
        "إعلان",  # form IV masdar إفعال: hamzat al-qat'
        "إنتاج",
        "إسلام",
        "إنجاز",
        "إنسان",
        "أستطيع",  # «I can»: the imperfect's أ is qat'
        "أستقبل",
        "أبناء",  # the plurals of ابن and اسم take hamzat al-qat'
        "أسماء",
        "إسرائيل",  # names and loanwords
        "إسطنبول",
        "إستراتيجية",
        "إيران",
        "إسبانيا",
        "الإثنين",  # Monday: written either way by news desks
        "الانتخابات",  # already bare
    ],
)
def test_qat_words_names_and_bare_alefs_are_left_alone(word: str) -> None:
    assert wasl_fix(word) is None


def test_the_rule_reports_only_what_the_lexicon_prefers_bare() -> None:
    found = [(f.rule, f.text, f.suggestions[0], f.safe) for f in check_text("جرت إنتخابات الرئاسة عبر الإنترنت.")]
    assert found == [("orthography.hamza-wasl", "إنتخابات", "انتخابات", True)]  # إنترنت: both spellings common


@pytest.mark.parametrize(
    ("bare", "masdar"),
    [
        ("احمر", "احمرار"),  # the colour verbs of form IX, افعلّ
        ("ابيض", "ابيضاض"),
        ("واصفرت", "اصفرار"),  # و and a subject ending
        ("اعوجوا", "اعوجاج"),
        ("الحمر", None),  # the article, no verb
        ("أحمر", None),  # the adjective, with its hamza
        ("احمرار", None),  # the masdar itself
    ],
)
def test_a_form_nine_verb_has_the_masdar_ifiilal(bare: str, masdar: str | None) -> None:
    assert form_nine_masdar(bare) == masdar


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("وقد احمر وجهها من الخجل.", []),  # «blushed»: the verb after قد, hamzat al-wasl
        ("ارتدى قميصا احمر اللون.", [("احمر", "أحمر", False)]),  # the adjective, reported, not fixed
        ("اعلن الوزير خطة جديدة.", [("اعلن", "أعلن", True)]),  # form IV: no masdar اعلنان, a sure slip
    ],
)
def test_a_bare_colour_verb_is_no_sure_hamza_slip(text: str, found: list[tuple[str, str, bool]]) -> None:
    flags = [(f.text, f.suggestions[0], f.safe) for f in check_text(text) if f.rule == "orthography.hamza"]
    assert flags == found


@pytest.mark.parametrize(
    ("written", "verb"),
    [
        ("إنتخابات", ("انتخب",)),  # VIII masdar, plural
        ("الإستمرار", ("استمر",)),  # X, a doubled root written once
        ("إحتلال", ("احتل",)),
        ("إنتهاء", ("انتهى",)),  # a defective root
        ("إزدياد", ("ازداد", "ازديد")),  # a weak middle radical: hollow (ازداد) or kept (استحوذ)
        ("الإستحواذ", ("استحاذ", "استحوذ")),
        ("إستقبلوا", ("استقبل",)),  # a past verb with its subject
        ("إبنته", ()),  # the nouns have no verb
    ],
)
def test_the_pattern_reads_a_verb(written: str, verb: tuple[str, ...]) -> None:
    found = wasl_reading(written)
    assert found is not None and found[1] == verb


@pytest.mark.parametrize("text", ["وقعت الحكومة وأسترالية اتفاقا", "مرر الكرة لإنييستا فسجل"])
def test_a_loanword_with_the_shape_of_a_masdar_keeps_its_hamza(text: str) -> None:
    # أسترالية is no افتعال of «سرل» (the lexicon has no استرل); إنييستا is a name
    assert [f for f in check_text(text) if f.rule == "orthography.hamza-wasl"] == []
