"""Participles of derived verb forms the lexicon lacks (`lexicon/participles.py`): valid ones stay
quiet, slips of the same shape are still flagged, and the readings follow the patterns."""

from __future__ import annotations

import pytest

from arabspell.engine import check_text
from arabspell.lexicon.participles import PARTICIPLE_COST, participle

FLAGGED = ("spelling.unknown-word", "spacing.merged")


def flagged(text: str) -> list[str]:
    return [f.text for f in check_text(text) if f.rule in FLAGGED]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("وتلقى الفريق هجمات من دفاع متبدد متذبذب", "متبدد"),  # form V, تبدد
        ("خرجت الجماهير منتفضة في الشوارع", "منتفضة"),  # form VII, انتفض
        ("وأشاد الوزير بنتائج الدورة المختتمة أمس", "المختتمة"),  # form VIII, اختتم (not «المخ تتمة»)
        ("وتوعد الوزير الشركات متوعدة المخالفين بالعقوبات", "متوعدة"),  # form V, توعد
        ("لا ملاذ للمتهربين من الضرائب", "للمتهربين"),  # form V with لل, تهرب
    ],
)
def test_a_valid_participle_stays_quiet(text: str, word: str) -> None:
    assert word in text
    assert word not in flagged(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("قال الوزير إن المستخدمبن اشتكوا", "المستخدمبن"),  # a slip inside a participle
        ("وصل الوفد إلى المدسنة صباحا", "المدسنة"),  # no participle at all
        ("ودعا إلى المصالحة بين الأطراف المتنازغة", "المتنازغة"),  # تنازغ is no verb
        ("فإننا متلزمون تجاه الفلسطينيين", "متلزمون"),  # ملتزمون: تلزم is no form V verb
    ],
)
def test_a_slip_of_the_same_shape_is_still_flagged(text: str, word: str) -> None:
    assert word in flagged(text)


ZIPF = {"تبدد": 3.2, "يتبدد": 2.6, "انتفض": 2.9, "ينتفض": 3.1, "استقطب": 3.5, "يستقطب": 2.8, "الصحة": 5.2}
ZIPF |= {"عادت": 4.6, "تلزم": 3.6, "يلزم": 4.5}


@pytest.mark.parametrize(
    ("word", "verb"),
    [
        ("متبدد", "تبدد"),  # form V: م + تفعّل
        ("منتفضة", "انتفض"),  # form VII: م for the alef of wasl, and the feminine ending
        ("والمستقطبين", "استقطب"),  # form X, with و + ال and the plural (two proclitics)
        ("ملصحة", None),  # not م + ال + a noun
        ("معادت", None),  # a past verb's feminine ت is no verb's stem
        ("سمتبدد", None),  # the future س is no participle's
        ("متلزمون", None),  # تلزم is يلزم's imperfect, not a form V verb: no يتلزم
    ],
)
def test_the_readings(word: str, verb: str | None) -> None:
    score = participle(word, lambda w: ZIPF.get(w, 0.0), 0.5)
    if verb is None:
        assert score == 0.0
    else:
        clitics = 1.0 if word.startswith("وال") else 0.0
        assert score == pytest.approx(ZIPF[verb] - PARTICIPLE_COST - clitics)
