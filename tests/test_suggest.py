"""Suggestions: the error model ranks the right correction first."""

from __future__ import annotations

import pytest

from arabspell.correct.channel import NEIGHBOURS, Costs, Edit, orthographic_variants, seat_variants, typing_variants
from arabspell.engine import check_text, default_corrector


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
        # a medial hamza left off its seat (the hamza form is the standard spelling)
        ("بشان", "بشأن"),
        ("هولاء", "هؤلاء"),
        # an unlisted form and its hamza spelling weighed through the same clitics (الاقليمية + تين
        # against الإقليمية + تين), not the form's reading against the rare count of the whole other
        ("الاقليميتين", "الإقليميتين"),
        ("ايجابيتين", "إيجابيتين"),
        ("مسالة", "مسألة"),
        ("الطايرة", "الطائرة"),
        # letters no listed form has (خعا, ظبم) mark a slip: a weaker correction is enough
        ("خعاطفيها", "خاطفيها"),
        ("تنظبم", "تنظيم"),
        # a frequent three-letter word that leans towards Arabic, not names, is a word of its own
        ("واستقرارسعر", "واستقرار سعر"),
        # a listed web form that is two common words with no particle in it
        ("المديرالتنفيذي", "المدير التنفيذي"),
        # a letter three times running is no word's, however often the web writes it
        ("الحوثييين", "الحوثيين"),
        ("بسببب", "بسبب"),
        # an unknown form one dropped hamza from a rare listed word is that word (min_hamza_score)
        ("اسعفته", "أسعفته"),
        ("اسخياء", "أسخياء"),
    ],
)
def test_first_suggestion(corrector, typed: str, first: str) -> None:
    verdict = corrector.judge(typed)
    assert verdict.flagged
    assert verdict.suggestions[0] == first


@pytest.mark.parametrize(
    ("typed", "readings"), [("لعائلتة", {"لعائلته", "لعائلة"}), ("مواجهتة", {"مواجهته", "مواجهة"})]
)
def test_taa_before_taa_marbuta_is_the_pronoun_or_an_extra_letter(corrector, typed: str, readings: set[str]) -> None:
    """تة ends no word: a noun + ه written ة, or the ة with a ت typed before it; the context
    (`orthography.taa-marbuta`) chooses."""
    assert readings <= set(corrector.judge(typed).suggestions)


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
    ("typed", "variant"),
    [("بشان", "بشأن"), ("هولاء", "هؤلاء"), ("الطايرة", "الطائرة"), ("تاهيله", "تأهيله")],
)
def test_seat_variants_put_a_medial_hamza_back(typed: str, variant: str) -> None:
    assert (variant, Edit.HAMZA_SEAT) in set(seat_variants(typed))


@pytest.mark.parametrize("word", ["اعلن", "والاقتصاد", "كتابا", "سعى"])
def test_seat_variants_leave_the_first_and_last_letters(word: str) -> None:
    """The stem's first alef is `orthographic_variants`' (hamzat al-qat'); a final ا/و/ي is a vowel."""
    changed = {i for form, _ in seat_variants(word) for i, (a, b) in enumerate(zip(form, word, strict=False)) if a != b}
    assert not changed & {0, len(word) - 1}
    assert all(not (i < 4 and word[:i] in {"و", "وال", "ال"}) for i in changed)


@pytest.mark.parametrize(
    "word",
    [
        "زايد",  # a gazetteer name (محمد بن زايد), not زائد
        "قايد",  # قايد السبسي
        "زايف",  # Zaev: letters that lean towards names, and زائف is no standard spelling
        "احتججن",  # a feminine plural verb: odd-looking, but every trigram is some listed form's
        "الدرعمة",  # a rare word: no correction is likely enough
        "ستة",  # six: no noun سة under it
        "سبتة",  # Ceuta
        "لافتة",
        "كووورة",  # a site's name: its doubled و is no word either
        "فيدخل",  # ف + يدخل: a particle's merge needs the whole listed margin
    ],
)
def test_names_and_rare_words_keep_their_letters(corrector, word: str) -> None:
    assert not corrector.judge(word).flagged


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


def test_a_dropped_hamza_stays_a_slip_however_often_the_text_repeats_it() -> None:
    text = "نعى الفنانون المغني السويدي افيتشي. وكان افيتشي قد اعتزل الحفلات."
    found = [(f.text, f.suggestions[0]) for f in check_text(text)]
    assert found == [("افيتشي", "أفيتشي"), ("افيتشي", "أفيتشي")]


def test_a_repeated_unknown_word_is_taken_as_intended() -> None:
    # a typo is rarely typed twice the same way: a repeated unknown form is a name or a new word
    assert check_text("التقى الوزير كزخستافيلوس. وقال كزخستافيلوس إن الزيارة ناجحة.") == []
