"""Suggestions: the error model ranks the right correction first."""

from __future__ import annotations

import pytest

from arabspell.correct.channel import NEIGHBOURS, Costs, Edit, orthographic_variants, typing_variants
from arabspell.engine import default_corrector


@pytest.fixture(scope="module")
def corrector():
    return default_corrector()


@pytest.mark.parametrize(
    ("typed", "first"),
    [
        ("الهافية", "الهاتفية"),  # deletion
        ("تصيعد", "تصعيد"),  # transposition
        ("العيدد", "العديد"),  # transposition
        ("اعلن", "أعلن"),  # hamza dropped
        ("الخارجيه", "الخارجية"),  # ة written ه
        ("فيالمنطقة", "في المنطقة"),  # missing space
        ("كانقد", "كان قد"),
        ("للإرعاب", "للإرهاب"),  # adjacent key (ه/ع), clitics kept
        ("ولكةه", "ولكنه"),
        # a reading with a suffix (قرار + the verbal تا) counts for little against a listed word
        ("قرارتا", "قرارات"),  # transposition into the ending
        ("انتخابتا", "انتخابات"),
        # a dropped or swapped letter is one event at one place, cheaper than one neighbour key of several
        ("وفرسنا", "وفرنسا"),  # transposition after a proclitic
        ("وأمركا", "وأمريكا"),  # dropped letter after a proclitic
        # the first letter is seldom the slip: a proclitic typed is meant
        ("لئيس", "لرئيس"),  # not رئيس
        ("ويادة", "وزيادة"),  # not زيادة
    ],
)
def test_first_suggestion(corrector, typed: str, first: str) -> None:
    verdict = corrector.judge(typed)
    assert verdict.flagged
    assert verdict.suggestions[0] == first


@pytest.mark.parametrize("word", ["الهاتفية", "كتابه", "كتابة", "أوستن", "بيستوريوس", "ابن", "انتقال"])
def test_correct_words_are_not_flagged(corrector, word: str) -> None:
    assert not corrector.judge(word).flagged


@pytest.mark.parametrize("word", ["فسيزورون", "وبمفاوضات", "مدرستاهما", "وبحقوقهن", "لكتابهن"])
def test_unlisted_forms_with_a_clitic_reading_are_not_flagged(corrector, word: str) -> None:
    assert word not in corrector.lexicon
    assert not corrector.judge(word).flagged


def test_a_slip_on_the_first_letter_costs_more() -> None:
    costs = Costs()
    assert costs.at_edge("رئيس", "لئيس", Edit.INSERTION)
    assert not costs.at_edge("لرئيس", "لئيس", Edit.DELETION)
    assert not costs.at_edge("أعلن", "اعلن", Edit.HAMZA)  # orthographic slips have their own costs


def test_rare_word_without_plausible_correction_is_quiet(corrector) -> None:
    assert not corrector.judge("كزخستافيلوس").flagged


def test_suggestions_keep_the_clitics(corrector) -> None:
    assert "والهاتفية" in corrector.judge("والهافية").suggestions


def test_keyboard_neighbours_are_symmetric() -> None:
    assert "ع" in NEIGHBOURS["ه"] and "ه" in NEIGHBOURS["ع"]
    assert all(a in NEIGHBOURS[b] for a, near in NEIGHBOURS.items() for b in near)


@pytest.mark.parametrize(
    ("typed", "variant", "edit"),
    [
        ("اعلن", "أعلن", Edit.HAMZA),
        ("والاقتصاد", "والإقتصاد", Edit.HAMZA),
        ("المدرسه", "المدرسة", Edit.TAA_MARBUTA),
        ("فى", "في", Edit.ALEF_MAQSURA),
    ],
)
def test_orthographic_variants(typed: str, variant: str, edit: Edit) -> None:
    assert (variant, edit) in set(orthographic_variants(typed))


def test_medial_hamza_is_not_varied() -> None:
    assert all(form != "ساله" for form, _ in orthographic_variants("سأله"))


@pytest.mark.parametrize(
    ("typed", "intended", "edit"),
    [
        ("تصيعد", "تصعيد", Edit.TRANSPOSITION),
        ("الهافية", "الهاتفية", Edit.DELETION),
        ("الإقددام", "الإقدام", Edit.DOUBLING),
        ("للإرعاب", "للإرهاب", Edit.KEYBOARD),
    ],
)
def test_typing_variants_label_the_slip(typed: str, intended: str, edit: Edit) -> None:
    assert (intended, edit) in set(typing_variants(typed))


def test_hypercorrection_costs_more_than_a_dropped_hamza() -> None:
    costs = Costs()
    assert costs.orthographic("أعلن", "اعلن", Edit.HAMZA) < costs.orthographic("انتقال", "إنتقال", Edit.HAMZA)
    assert costs.orthographic("مدرسة", "مدرسه", Edit.TAA_MARBUTA) < costs.orthographic(
        "كتابه", "كتابة", Edit.TAA_MARBUTA
    )


def test_the_text_itself_can_decide_between_corrections(corrector) -> None:
    verdict = corrector.judge("ثولار")
    assert verdict.suggestions[0] == "دولار"
    in_text = corrector.in_context(verdict, lambda text: 0.005 if text == "ثوار" else 0.0)
    assert in_text[0].text == "ثوار"


def test_common_words_gain_little_from_the_text(corrector) -> None:
    verdict = corrector.judge("علي")  # the name Ali: على is in every text
    assert corrector.in_context(verdict, lambda text: 0.02 if text == "على" else 0.0) == ()


def test_a_correction_through_proclitics_stands_on_its_whole_form(corrector) -> None:
    # تصعد is a verb: the article does not make it a noun, however common the verb
    verdict = corrector.judge("التصيعد")
    assert verdict.suggestions[0] == "التصعيد"
    assert "التصعد" not in verdict.suggestions
