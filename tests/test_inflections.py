"""The validity check of inflections the lexicon lacks (Ayaspell's suffixes on known stems):
valid inflections stay quiet, typos of the same shapes are still flagged, the store is opened
only when asked, and the expansion follows Hunspell's rules."""

from __future__ import annotations

from pathlib import Path

import pytest

from arabspell.correct.corrector import Corrector
from arabspell.engine import check_text
from arabspell.lexicon.affixes import expand
from arabspell.lexicon.inflections import Inflections
from arabspell.lexicon.lexicon import Lexicon

UNKNOWN = "spelling.unknown-word"


def unknown(text: str) -> list[str]:
    return [text[f.offset : f.offset + f.length] for f in check_text(text) if f.rule == UNKNOWN]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a dual with a pronoun, its bare dual in the same text (the cache would prefer it)
        ("وقال إن قاعدتين عسكريتين في البلاد هما قاعدتينا الوحيدتان", "قاعدتينا"),
        # a feminine dual verb, a feminine verb with a dual ending and a pronoun
        ("قال الوزير إن البعثتين أوصلتا المساعدات إلى المدينة", "أوصلتا"),
        ("وأقامت الجمعيتان حفلا أقامتاها في العاصمة", "أقامتاها"),
        # a dual adjective beside the noun it rhymes with
        ("يلتقي فريقان عريقان في نهائي الكأس", "عريقان"),
    ],
)
def test_a_valid_inflection_stays_quiet(text: str, word: str) -> None:
    assert word in text
    assert word not in unknown(text)


@pytest.mark.parametrize(
    ("text", "typo", "fix"),
    [
        # the article takes no construct dual (الإصابتا), nor a pronoun (البلدني)
        ("ارتفع عدد الإصابتا في المدينة", "الإصابتا", "الإصابات"),
        ("اجتمع وزيرا خارجية البلدني في العاصمة", "البلدني", "البلدين"),
        ("رصد التقرير التغيرتا في المناخ", "التغيرتا", "التغيرات"),
        # no inflection at all: the seed's own typos
        ("أجرى الوزير اتصالات الهافية مع نظرائه", "الهافية", "الهاتفية"),
        ("وتجنب تصيعد الصراع في المنطقة", "تصيعد", "تصعيد"),
    ],
)
def test_a_typo_of_the_same_shape_is_still_flagged(text: str, typo: str, fix: str) -> None:
    findings = [f for f in check_text(text) if f.rule == UNKNOWN and text[f.offset : f.offset + f.length] == typo]
    assert findings and findings[0].suggestions[0] == fix


@pytest.mark.parametrize(
    ("word", "valid"),
    [("قاعدتينا", True), ("أقامتاها", True), ("الإصابتا", False), ("البلدني", False), ("الهافية", False)],
)
def test_the_store_reads_suffixed_forms_of_known_stems(word: str, valid: bool) -> None:
    assert (Lexicon.load().inflection(word) > 0) == valid


def test_the_store_is_opened_only_when_asked() -> None:
    lexicon = Lexicon.load()
    corrector = Corrector(lexicon)
    for word in ("قال", "الوزير", "الاجتماع"):  # listed forms never ask
        corrector.judge(word)
    assert lexicon._inflections is None
    assert corrector.judge("أوصلتا").own > 0 and lexicon._inflections is not None


def test_no_store_no_check() -> None:
    bare = Lexicon(Lexicon.load()._zipf, inflections=None)
    assert bare.inflection("قاعدتينا") == 0.0
    assert Corrector(bare).judge("أقامتاها").own == bare.score("أقامتاها")


AFFIXES = """# test rules
PFX\tmn\t0\tال\t.\t-
PFX\tnj\t0\tو\t.\t-
SFX\tDA\t0\tان\t.\tmn,nj
SFX\tDC\t0\tتا\t.\tnj,cc
SFX\tcc\t0\tها\t.\t-
SFX\tLB\tة\tية\tة\t-
"""


def test_expansion_follows_hunspell_rules(tmp_path: Path) -> None:
    (tmp_path / "morph-affixes.txt").write_text(AFFIXES, encoding="utf-8")
    (tmp_path / "morph-stems.txt").write_text("# test stems\nبعثة\tLB\nعريق\tDA,DC\nنادر\tDA\n", encoding="utf-8")
    words = {"بعثة": 450, "عريق": 340, "نادر": 120}
    expansion = expand(tmp_path, words)
    trie, groups = Inflections.render(expansion.forms, expansion.groups)
    (tmp_path / "inflections.marisa").write_bytes(trie)
    (tmp_path / "inflections.txt").write_bytes(groups)
    store = Inflections.open(tmp_path)
    assert store.stem_zipf("عريقان") == 3.4  # one suffix
    assert store.stem_zipf("العريقان") == 3.4  # a prefix the suffix allows
    assert store.stem_zipf("عريقتاها") == 3.4  # two suffixes deep
    assert store.stem_zipf("العريقتا") == 0.0  # the construct dual takes no article
    assert store.stem_zipf("بعثية") == 4.5  # strip ة, add ية
    assert store.stem_zipf("ناردان") == 0.0 and store.stem_zipf("نادران") == 0.0  # a rare stem is not read
