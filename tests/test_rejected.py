"""The desk's rejected spellings (`[reject]`, `spelling.rejected-word`): found with proclitics
attached, fixed with the proclitics and the marks the writer typed kept."""

from __future__ import annotations

import pytest

from arabspell.arabic.clitics import attach, proclitic_readings
from arabspell.arabic.normalize import respell
from arabspell.engine import Settings, check_text
from arabspell.lexicon.lexicon import Lexicon, default_lexicon

#: a desk's `[reject]` table
DESK = (
    ("الصباح", "الصبح"),
    ("الى", "إلى"),
    ("اسرائيل", "إسرائيل"),
    ("مسئول", "مسؤول"),
    ("يتسائل", "يتساءل"),
    ("الأمريكي", "الأميركي"),
)
RULE = "spelling.rejected-word"

#: (word in «قال X أمس», the fix, or None when nothing is reported)
CASES = [
    ("الصباح", "الصبح"),
    ("والصباح", "والصبح"),
    ("وبالصباح", "وبالصبح"),
    ("فالصباح", "فالصبح"),
    ("كالصباح", "كالصبح"),
    ("للصباح", "للصبح"),  # ل + ال is written لل
    ("وللصباح", "وللصبح"),
    ("الى", "إلى"),
    ("والى", "وإلى"),
    ("فالى", "فإلى"),
    ("اسرائيل", "إسرائيل"),
    ("واسرائيل", "وإسرائيل"),
    ("لاسرائيل", "لإسرائيل"),
    ("وباسرائيل", "وبإسرائيل"),
    ("مسئول", "مسؤول"),
    ("المسئول", "المسؤول"),  # a rejected word without the article takes it
    ("والمسئول", "والمسؤول"),
    ("للمسئول", "للمسؤول"),
    ("سيتسائل", "سيتساءل"),  # the future س before an imperfect verb
    ("وسيتسائل", "وسيتساءل"),
    # marks: the proclitic's always kept; the stem's when no letter is added or removed
    ("وَالى", "وَإلى"),
    ("فَاِلَى", "فَإِلَى"),
    ("وَالصَّبَاح", "وَالصبح"),  # الصبح has a letter less: written as the desk writes it
    ("لِلصَّبَاح", "لِلصبح"),
    ("الأمريكيّ", "الأميركيّ"),  # letters swapped, none added: the final ي keeps its shadda
    ("والأمريكيّ", "والأميركيّ"),
    ("الصبـاح", "الصبح"),  # tatweel
    # not the rejected word
    ("إلى", None),
    ("لإسرائيل", None),
    ("اسرائيلية", None),  # a suffix makes another word: suffixes are never taken off
    ("الاسرائيلي", None),
    ("والالصباح", None),  # no article before a word that has one
    ("سالصباح", None),  # the future س only before an imperfect verb
    ("صباح", None),
]


@pytest.mark.parametrize(("word", "fix"), CASES)
def test_rejected_word_with_proclitics(word: str, fix: str | None) -> None:
    text = f"قال {word} أمس"
    found = check_text(text, Settings(select=(RULE,), rejected=DESK))
    if fix is None:
        assert found == [], found
        return
    [finding] = found
    assert (finding.text, finding.offset, finding.suggestions, finding.safe) == (word, 4, (fix,), True)
    assert f"write «{fix}»" in finding.message


def test_the_message_names_the_rejected_word_under_the_proclitics() -> None:
    [finding] = check_text("قال وبالصباح أمس", Settings(select=(RULE,), rejected=DESK))
    assert finding.message == "«وبالصباح»: «الصباح» is on the desk's list of rejected spellings; write «وبالصبح»"
    [finding] = check_text("قال الصباح أمس", Settings(select=(RULE,), rejected=DESK))
    assert finding.message == "«الصباح» is on the desk's list of rejected spellings; write «الصبح»"


def test_fix_applies_the_clitic_correction() -> None:
    text = "وصل الوفد والى المدينة وبالصباح غادر"
    found = check_text(text, Settings(rejected=DESK))
    rejected = [(f.text, f.suggestions[0]) for f in found if f.rule == RULE]
    assert rejected == [("والى", "وإلى"), ("وبالصباح", "وبالصبح")]


@pytest.mark.parametrize(
    ("word", "status"),
    [
        ("والصباح", (False, ("والصبح",))),
        ("للصباح", (False, ("للصبح",))),
        ("الصباح", (False, ("الصبح",))),
        ("الصبح", (True, ())),
        ("اسرائيلية", (True, ())),
    ],
)
def test_lexicon_status_reads_proclitics_off_rejected_words(word: str, status: tuple[bool, tuple[str, ...]]) -> None:
    lexicon: Lexicon = default_lexicon().with_desk(rejected=dict(DESK))
    assert tuple(lexicon.status(word)) == status


@pytest.mark.parametrize(
    ("word", "readings"),
    [
        ("للصباح", [("لل", "صباح"), ("ل", "الصباح"), ("ل", "لصباح")]),
        ("وبالصباح", [("وبال", "صباح"), ("وب", "الصباح"), ("و", "بالصباح")]),
        ("والالصباح", [("و", "الالصباح")]),
        ("سيتسائل", [("س", "يتسائل")]),
        ("سالصباح", []),
        ("الى", []),  # three letters must be left
    ],
)
def test_proclitic_readings(word: str, readings: list[tuple[str, str]]) -> None:
    assert proclitic_readings(word) == readings
    assert all(attach(pre, rest) == word for pre, rest in readings)


@pytest.mark.parametrize(
    ("written", "replacement", "kept", "expected"),
    [
        ("اِلَى", "إلى", 0, "إِلَى"),  # same letter count: each letter keeps its marks
        ("وَالى", "وإلى", 1, "وَإلى"),
        ("الصَّبَاح", "الصبح", 0, "الصبح"),  # a letter less: the replacement as written
        ("وَالصَّبَاح", "والصبح", 1, "وَالصبح"),  # ... but the proclitic keeps its marks
        ("اِلَى", "إِلى", 0, "إِلَى"),  # a mark of the replacement's own wins on its letter
        ("الرئيـــس", "الرءيس", 0, "الرءيـــس"),  # tatweel goes with its letter
        ("ا\u0654علن", "أعلن", 0, "أعلن"),  # decomposed hamza: composed first, as `key` does
    ],
)
def test_respell_carries_the_written_marks(written: str, replacement: str, kept: int, expected: str) -> None:
    assert respell(written, replacement, kept) == expected
