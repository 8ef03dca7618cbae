"""Fixes never make copy worse, names.inconsistent is about names, and `learn` learns names: each
case pinned as it was found (issue 12), and --fix idempotent as a property."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from arabspell import check_text
from arabspell.arabic.normalize import key
from arabspell.desk.config import Config
from arabspell.desk.learn import learn
from arabspell.engine import corrector_for
from arabspell.lexicon.lexicon import default_lexicon
from arabspell.run.check import check_source, plan

TIE = "وأضاف مضشيرا إلى الأرقام. قال المدير إن الوضع جيد، مشيرا إلى التحسن."


def found(text: str) -> list[tuple[str, str, str, bool]]:
    return [(f.rule, f.text, f.suggestions[0] if f.suggestions else "", f.safe) for f in check_text(text)]


def test_two_spellings_of_one_word_are_one_inconsistency_reported_one_way() -> None:
    assert found(TIE) == [("names.inconsistent", "مضشيرا", "مشيرا", True)]


def test_a_tie_nothing_decides_is_reported_once_and_not_safe() -> None:
    text = "قال زغلوبيتش إن الفريق جاهز. وأضاف زغلبيتش أن المباراة صعبة."
    [(rule, _, _, safe)] = found(text)
    assert rule == "names.inconsistent" and not safe


@pytest.mark.parametrize(
    "text",
    [
        "الطيور التي تفقس والحيوانات التي تلد. وقال إن الأطفال الذين تولد أمهاتهم",  # تلد / تولد
        "كان يركل الكرة بقدمه. وقرر أن يرحل عن النادي.",  # يركل / يرحل
        "فيما أجاد رونالدو الضغط. وأراد المدرب الفوز.",  # أجاد / أراد
        "وقال مشيداً بأخلاق القوات، مشيرا إلى أن الوضع تحسن.",  # مشيداً / مشيرا
        "وقالت ليفيا مانانت إن الوضع في ليبيا صعب.",  # a person, a country
    ],
)
def test_known_words_and_names_are_no_variants_of_a_name(text: str) -> None:
    assert [f for f in found(text) if f[0] == "names.inconsistent"] == []


def test_a_short_form_of_a_known_full_name_is_no_misspelling() -> None:
    """جيم ماتيس beside the known جيمس ماتيس: Jim is a short form of James, a name of its own."""
    assert [f for f in found("طلب وزير الدفاع جيم ماتيس من الكونغرس الموافقة.") if f[0] == "names.inconsistent"] == []


def test_a_typo_of_a_word_is_no_spelling_of_a_name() -> None:
    """تصيعد is تصعيد misspelt, not the name تصيغد (a chain of typos); one swap, one clear reading: sure."""
    assert found("حذر من تصيغد القتال ومن تصيعد الصراع.") == [("spelling.unknown-word", "تصيعد", "تصعيد", True)]


@pytest.mark.parametrize(
    ("text", "word", "safe"),
    [
        ("قال الوزير إن الاتفغاق مع الجانب مستمر.", "الاتفغاق", True),  # one clear reading
        ("قال الوزير إن الاتصالات الهافية مستمرة.", "الهافية", False),  # الهاتفية or العافية?
        ("أعلن الوزير اعلانا جديدا.", "اعلانا", True),  # a dropped hamza, one reading
        ("أعلن الوزير ان الاتفاق وقع.", "ان", False),  # أن or إن: reported, as the context rules are
        ("صدمت سيارة فان بيضاء المارة.", "فان", False),  # a transliterated word
        ("سافر الوفد في منتصف الاسبوع.", "الاسبوع", False),  # a common web spelling: reported, not fixed
        ("قال المدرب الكولومبي إن اللاعبين الكولومبين سعداء.", "الكولومبين", False),  # only the article's word
        ("قال المتحدث باسم الخارجيه إن الوضع مستقر.", "الخارجيه", True),  # no pronoun after ال
        ("وستسند المهمة إلى مساعده الألماني.", "مساعده", False),  # «his assistant»
        ("قال الوزير الذى وصل أمس إن الوضع مستقر.", "الذى", True),
        ("ماذا يمثلون بالنسبة إلي في الحياة.", "إلي", False),  # «to me»
        ("وجهت محكمة في كوالا لمبور تهمة الفساد.", "كوالا لمبور", False),  # two words of a name
        ("قال إن المسؤولين و من معهم وصلوا.", "و من", True),  # a detached proclitic
        # after a known first name an unknown word may be the surname: no sure fix to a word that
        # is no name (دولار for Delattre); one to a name stays sure (غوارديولا)
        ("قال السفير فرانسوا دولاتر إن بلاده طلبت الاجتماع.", "دولاتر", False),
        ("قال المدرب بيب غوارديولا إن الفريق جاهز، وأضاف بيب غواريدولا أن اللاعبين مستعدون.", "غواريدولا", True),
    ],
)
def test_safe_means_the_rule_is_sure(text: str, word: str, safe: bool) -> None:
    [finding] = [f for f in check_text(text) if f.text == word]
    assert finding.safe is safe


def test_a_fix_writes_no_word_the_checker_would_correct() -> None:
    """«و الاسباب» joined gives والاسباب, itself a dropped hamza: the join is not sure on its own."""
    [split] = [f for f in check_text("وعرض و الاسباب التي أدت إلى الأزمة.") if f.rule == "spacing.split"]
    assert not split.safe


PIECES = st.sampled_from(
    [
        *("قال الوزير إن", "الاتصالات مستمرة", "مع الجانب الآخر", "وأكد أن", "المباراة", "في الصباح", "لويد أوستن"),
        *("الاتفغاق", "الهافية", "تصيعد", "في في", "و من", "و الاسباب", "اعلن", "الخارجيه", "الذى", "أوستين"),
        *("مضشيرا", "مشيرا", "أوستن", "فيالمنطقة", "فان غوخ", "كأن", "مساعده", "إلي", "غولدمان", "غولدمن"),
    ]
)
TEXTS = st.lists(PIECES, min_size=1, max_size=30).map(" ".join)


@settings(max_examples=60, deadline=None)
@given(TEXTS)
def test_fix_is_idempotent(text: str) -> None:
    """After --fix (safe fixes applied until none is left), a second check has nothing safe to fix;
    and no safe fix writes a word the checker would correct."""
    corrector = corrector_for(plan(Config()).settings)
    for finding in check_text(text):
        if finding.safe:
            assert not any(corrector.judge(key(w)).flagged for w in finding.suggestions[0].split()), finding
    checked = check_source("story.txt", text, plan(Config()), fix=True)
    after = checked.fixed if checked.fixed is not None else text
    assert not [f for f in check_text(after) if f.safe]


def test_fix_is_idempotent_on_a_real_looking_article(seed_text: str) -> None:
    story = seed_text + "\nوأضاف مضشيرا إلى الأرقام، مشيرا إلى أن و الاسباب في في اعلن الخارجيه الذى وصل.\n"
    checked = check_source("story.txt", story, plan(Config()), fix=True)
    assert checked.applied >= 4 and checked.fixed is not None
    assert not [f for f in check_text(checked.fixed) if f.safe]


ARCHIVE = [
    "وصل فيرهوفن إلى واشنطن أمس، وقال فيرهوفن إن فرنسا وبرشلونة ولندن تتابع.",
    "غادر فيرهوفن بواشنطن متوجها لفرنسا، وقال لكريستيانو رونالدو إن فيسبوك يتابع.",
    "وأكد بوكيتينو أن كريستيانو رونالدو سيلعب في برشلونة، ووصل بوكيتينو إلى لندن.",
    "وقال لبوكيتينو مسؤول إن ولوكاكو وكوتينيو سيلعبان، وأكد لوكاكو وكوتينيو ذلك على فيسبوك.",
]


def test_learn_learns_whole_names_never_fragments() -> None:
    desk = learn(ARCHIVE, default_lexicon())
    fragments = {"اشنطن", "رنسا", "رشلونة", "ندن", "ريستيانو", "يسبوك", "يرهوفن", "وكيتينو", "وكاكو", "وتينيو"}
    assert not desk.words & fragments
    assert not {w for name in desk.fullnames for w in name.split()} & fragments
    whole = {t for text in ARCHIVE for t in text.replace("،", " ").replace(".", " ").split()}
    assert desk.words <= whole and desk.words >= {"فيرهوفن", "بوكيتينو"}
    assert all(set(name.split()) <= whole for name in desk.fullnames)
