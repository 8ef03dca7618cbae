"""The lexicon and its clitic-aware lookup: correct words known, typos not."""

from __future__ import annotations

import pytest

from arabspell.arabic.clitics import morphemes, splits
from arabspell.lexicon.lexicon import default_lexicon


@pytest.fixture(scope="module")
def lexicon():
    return default_lexicon()


@pytest.mark.parametrize(
    "word",
    [
        "الهاتفية",
        "تصعيد",
        "أوستن",
        "غالانت",  # listed forms
        "وبالهاتفية",  # و + ب + ال + stem
        "بغالانت",  # a name with a preposition
        "ولحكومتها",  # ة written ت before a pronoun
        "قنصليا",  # accusative alef
        "سيكتبون",  # future س before an imperfect verb
        "يترشحن",  # the feminine plural of an imperfect verb
    ],
)
def test_correct_words_are_known(lexicon, word: str) -> None:
    assert lexicon.known(word), word


@pytest.mark.parametrize("word", ["الهافية", "تصيعد", "فيالمنطقة", "والهافية", "تصيعدها"])
def test_typos_stay_unknown(lexicon, word: str) -> None:
    assert not lexicon.known(word), word


def test_listed_form_uses_its_own_frequency(lexicon) -> None:
    # العمله is listed (a web misspelling); the reading العمل + ه must not inflate it.
    assert lexicon.score("العمله") == lexicon.zipf("العمله")
    assert lexicon.score("العمله") < lexicon.score("العملة")


def test_a_respelling_is_read_through_the_same_clitics(lexicon) -> None:
    # الاقليميتين reads as الاقليمية + تين; its hamza spelling is weighed as الإقليمية + تين, not by
    # the web list's rare count of the whole form
    assert lexicon.reading_like("الاقليميتين", "الإقليميتين") > lexicon.zipf("الإقليميتين")
    assert lexicon.reading_like("الاقليميتين", "الإقليميتين") > lexicon.reading("الاقليميتين")
    # a final ي may be a name's own vowel (استوري, Astori): no reading through it
    assert lexicon.reading_like("استوري", "أستوري") == 0.0


@pytest.mark.parametrize(
    ("word", "reading"),
    [
        ("وبالهاتفية", ("وبال", "هاتفية", "")),
        ("حكومتها", ("", "حكومة", "ها")),
        ("الفريقين", ("ال", "فريق", "ين")),
        ("حكومات", ("", "حكومة", "ات")),
    ],
)
def test_splits_include_reading(word: str, reading: tuple[str, str, str]) -> None:
    assert reading in splits(word)


@pytest.mark.parametrize(
    ("word", "reading"),
    [
        ("العمله", ("ال", "عمل", "ه")),  # the article never takes a pronoun suffix
        ("سانت", ("س", "انت", "")),  # future س only before ي ت ن أ
    ],
)
def test_splits_respect_grammar(word: str, reading: tuple[str, str, str]) -> None:
    assert reading not in splits(word)


@pytest.mark.parametrize(("chain", "count"), [("و", 1), ("ال", 1), ("وال", 2), ("لل", 2), ("وبال", 3)])
def test_morphemes(chain: str, count: int) -> None:
    assert morphemes(chain) == count


@pytest.mark.parametrize("name", ["كونتيليون", "بيفنز", "ميتسوتاكيس"])
def test_transliterated_names_look_foreign(lexicon, name: str) -> None:
    assert lexicon.foreignness(name) > 0.8


@pytest.mark.parametrize("word", ["الهافية", "فيالمنطقة", "الحكومة", "والمسؤولين"])
def test_arabic_words_and_their_typos_do_not(lexicon, word: str) -> None:
    assert lexicon.foreignness(word) < 0.3


def test_word_store_round_trips_and_layers(tmp_path) -> None:
    from arabspell.lexicon.words import TRIE, ZIPF, Words

    trie, zipf = Words.render({"في": 754, "الهاتفية": 352, "غالانت": 150})
    (tmp_path / TRIE).write_bytes(trie)
    (tmp_path / ZIPF).write_bytes(zipf)
    store = Words.open(tmp_path)
    assert store["في"] == 7.54 and store.get("الهافية") is None and store.get("الهافية", 0.0) == 0.0
    assert len(store) == 3 and set(store) == {"في", "الهاتفية", "غالانت"} and store.top == 7.54
    desk = store.with_extra({"غالانت": 3.0, "زغلوبيتش": 3.0, "في": 1.0})
    assert desk["غالانت"] == 3.0 and desk["في"] == 7.54 and "زغلوبيتش" in desk and len(desk) == 4
    assert dict(desk.items()) == {"في": 7.54, "الهاتفية": 3.52, "غالانت": 3.0, "زغلوبيتش": 3.0}
    assert "في" in store.members and "زغلوبيتش" in desk.members


def test_the_commonest_forms_are_shipped_and_agree_with_a_scan(tmp_path) -> None:
    """`words.top` lists the forms of Zipf TOP_FLOOR and more, commonest first: `above` and `top`
    read it instead of scanning every frequency, with the same answers (and a desk's forms over it)."""
    from arabspell.lexicon.words import TOP, TRIE, ZIPF, Words

    zipfs = {"في": 754, "من": 754, "الحكومة": 520, "الهاتفية": 352, "غالانت": 150}
    trie, zipf = Words.render(zipfs)
    (tmp_path / TRIE).write_bytes(trie)
    (tmp_path / ZIPF).write_bytes(zipf)
    scanned = Words.open(tmp_path)
    (tmp_path / TOP).write_bytes(Words.render_top(zipfs))
    assert (tmp_path / TOP).read_text(encoding="utf-8").split() == ["في", "من", "الحكومة"]
    shipped = Words.open(tmp_path)
    for floor in (7.54, 5.0, 4.0, 3.0, 0.0):
        assert shipped.above(floor) == scanned.above(floor)
    assert shipped.top == scanned.top == 7.54
    desk = shipped.with_extra({"زغلوبيتش": 8.0, "غالانت": 5.0})
    assert desk.top == 8.0 and desk.above(5.0) == ("الحكومة", "زغلوبيتش", "غالانت", "في", "من")
    (tmp_path / TOP).write_text("في\nمن\nالمنطقة\n", encoding="utf-8")  # a list from another build
    with pytest.raises(ValueError, match="rebuild the lexicon"):
        Words.open(tmp_path)


def test_full_names_by_either_word_are_what_a_scan_finds(lexicon) -> None:
    # the artefact ships the two-word names in both orders; a bisection finds a surname's first
    # names and a first name's surnames without an index built at start (and a desk's are sorted)
    from arabspell.lexicon.fullnames import FullNames

    full = lexicon.fullnames
    assert full == FullNames.of(full.names)
    firsts: dict[str, set[str]] = {}
    surnames: dict[str, set[str]] = {}
    for first, _, surname in (name.partition(" ") for name in full.names):
        if surname and " " not in surname:
            firsts.setdefault(surname, set()).add(first)
            surnames.setdefault(first, set()).add(surname)
    assert len(firsts) > 2000
    assert all(set(full.firsts(s)) == f and len(full.firsts(s)) == len(f) for s, f in firsts.items())
    assert all(set(full.surnames(f)) == s for f, s in surnames.items())
    assert full.firsts("لا-اسم") == () and "لويد أوستن" in full
    assert len(full) == len(set(full)) == len(full.names)  # a set of names, as it was
    desk = full | frozenset({"لويس أوستن"})
    assert set(desk.firsts("أوستن")) == {*full.firsts("أوستن"), "لويس"}
