"""names.inconsistent, class by class: what finds a name spelled two ways, and what tells two
spellings apart as words rather than one name (issue 13, the name rule). Our own sentences; each
row is a class the rule's guards or finders decide, with the flags it must give (word, fix, sure)."""

from __future__ import annotations

import pytest

from arabspell.engine import check_text

P = pytest.param


def name_flags(text: str) -> list[tuple[str, str, bool]]:
    return [(f.text, f.suggestions[0], f.safe) for f in check_text(text) if f.rule == "names.inconsistent"]


CLASSES = [
    # a transliteration choice of a known full name's first name is the text's spelling at its only
    # mention (جارد for جاريد); reported when the text writes the known one too, as is a different name
    P("وقال جارد كوشنر إن الخطة جاهزة.", [], id="full-name-transliteration"),
    P("قال جاريد كوشنر إن الخطة جاهزة، ثم أضاف جارد كوشنر أنها", [("جارد", "جاريد", True)], id="full-name-both"),
    # the lexicon's listing weighs a spelling, not a reading through clitics: هامنا is هام + نا, not
    # a word the lexicon lists, so the name the text writes three times wins
    P("قالت هامينا إن هامينا ستعود، وأكدت هامنا أن هامينا مستعدة.", [("هامنا", "هامينا", False)], id="listed-not-read"),
    # a proclitic split the text does not back (ب + لنكن) leaves the whole form a name's spelling
    # (reported, not fixed unattended: بلنكن is a listed rare form whose letters look Arabic)
    P(
        "قال بلينكن إن بلينكن سيزور المنطقة، وأكد بلنكن أن الزيارة قريبة.",
        [("بلنكن", "بلينكن", False)],
        id="whole-form",
    ),
    P("قال كاريني إن كاريني سيعود، وأكد كريني أن كاريني مستعد.", [("كريني", "كاريني", True)], id="whole-form-k"),
    # a listed rare form whose letters look Arabic may be a word: reported, never fixed unattended
    # (أحجمت «refrained» beside أحكمت; كتيم, ك + تيم, beside the name كيم)
    P(
        "أحكمت القوات السيطرة على المدينة، ثم أحكمت الطوق حولها، لكن الشرطة أحجمت عن التعليق.",
        [("أحجمت", "أحكمت", False)],
        id="listed-arabic-looking",
    ),
    P(
        "وصل المخرج كيم إلى المهرجان، وقال كيم إن الفيلم جاهز، وأكد المحامي كتيم أن القضية انتهت.",
        [("كتيم", "كيم", False)],
        id="listed-clitic-reading",
    ),
    # two stems inflected alike are two words (two verbs with the feminine plural ن)
    P("الطالبات يكتبن الدروس ثم يكسبن الجوائز.", [], id="two-verbs"),
    # a common word that reads as a commoner stem inflected (جوي + ا), written only between words
    # that are no names, is that word, not the name the text quotes (جيا); beside a name it is a spelling
    P(
        "وقال بدران جيا إن الهجوم مستمر. وبدأت تركيا هجوما جويا وبريا في المنطقة، وأضاف جيا أن القصف توقف.",
        [],
        id="word-away-from-names",
    ),
    P(
        "قال ماتيو جويا إن الفريق جاهز، وأضاف جيا أن الموسم طويل، وقال جيا إنه سعيد.",
        [("جويا", "جيا", False)],
        id="word-beside-a-name",
    ),
    # a pattern's و (a plural) is another word, not a spelling of the name فهد
    P("شاهد فهد ثلاثة فهود في المحمية، وقال فهد إنها نادرة.", [], id="plural-pattern"),
    # a common word that shows its inflections is that word, not a name one letter away: الخاوية
    # (خاوية, الخاوي) beside the city الزاوية
    P(
        "وصل وفد من مدينة الزاوية إلى الملعب، وقال رئيس بلدية الزاوية إن المقاعد الخاوية كثيرة.",
        [],
        id="inflected-word-beside-a-name",
    ),
    # a known name the text writes with its endings lets a rarer transliteration variant be reported
    P(
        "قال المتحدث باسم الحوثيين إن الحوثية ليست تهمة، وقال قائد الحثي إن الحوثيون مستعدون.",
        [("الحثي", "الحوثي", False)],
        id="known-name-inflected",
    ),
    # the surname of a known full name after its first name, when the text writes the known one too
    P(
        "وقال المدرب يورغن كلب إن فريق كلوب جاهز، وأضاف كلوب أن اللاعبين بخير.",
        [("كلب", "كلوب", False)],
        id="known-surname",
    ),
    # a form written after a known first name is a surname whatever its look (استوري: استور + ي)
    P(
        "التقى الصحفي ديفيد استوري بالوزير، وقال استوري إن اللقاء مثمر، وأضاف استوزي أن الحوار مستمر.",
        [("استوزي", "استوري", True)],
        id="surname-after-first-name",
    ),
    # a short form of a known full name's first name is the name (Jim for James), not a misspelling
    P("قال وزير الدفاع جيم ماتيس إن الجيش مستعد.", [], id="short-form"),
    # a known name that is also an inflected word (صديق + ي) is no evidence the text does not back
    P("قال صديقه المقرب صديجي إن الأمور بخير.", [], id="name-that-is-a-word"),
    # a minority the checker would split in two (بن صودا) is still the name's misspelling
    P(
        "قالت المدعية العامة بنسودا إن التحقيق مستمر، وأكدت بنسودا أن الأدلة كافية، ورأت بنصودا أن المحكمة مستقلة.",
        [("بنصودا", "بنسودا", True)],
        id="split-is-no-word",
    ),
    # a listed rare spelling is surely the known name only when the text all but always writes that
    P("قال أوستن إن أوستن وأوستن سيعودون، وأكد أوستين ذلك.", [("أوستين", "أوستن", True)], id="sure-three-times"),
    P("قال أوستن إن أوستن سيعود، وأكد أوستين ذلك.", [("أوستين", "أوستن", False)], id="unsure-twice"),
]


@pytest.mark.parametrize(("text", "expected"), CLASSES)
def test_name_classes(text: str, expected: list[tuple[str, str, bool]]) -> None:
    assert name_flags(text) == expected


def test_no_sure_name_fix_towards_a_common_word() -> None:
    # البوحر, a surname, beside the text's common word البحر: reported, never rewritten unattended
    text = (
        "أبحرت السفن في البحر الأحمر، وعبرت البحر إلى الساحل. "
        "وقال القائد سالم البوحر إن قواته وصلت، وأضاف البوحر أن البحر هادئ."
    )
    assert name_flags(text) == [("البوحر", "البحر", False), ("البوحر", "البحر", False)]
