"""Property tests: any text, no exception; every span inside the text and equal to its `text`."""

from __future__ import annotations

from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st

from arabspell import check_text
from arabspell.arabic.tokenize import tokenize

ARABIC = st.characters(min_codepoint=0x0600, max_codepoint=0x06FF)
MIXED = st.one_of(ARABIC, st.sampled_from(' \n\r\t.,،؛«»"()ـ\u200c\u200d\u200fabc123٣'), st.characters())
WORDS = st.sampled_from(
    [
        "في",
        "الهافية",
        "أوستن",
        "أوستين",
        "اعلن",
        "الخارجيه",
        "فيالمنطقة",
        "يست",
        "قبل",
        "لويس",
        "لويد",
        "ووقّعَ",
        "الرئيـــس",
        "بي",
        "سي",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.text(MIXED, max_size=200))
def test_check_text_spans_are_exact(text: str) -> None:
    findings = check_text(text)
    for f in findings:
        assert 0 <= f.offset < f.end <= len(text)
        assert text[f.offset : f.end] == f.text
    assert all(a.end <= b.offset for a, b in pairwise(findings))


@settings(max_examples=300, deadline=None)
@given(st.lists(WORDS, max_size=30), st.lists(st.sampled_from([" ", "  ", "\n", "، ", "\r\n"]), max_size=30))
def test_word_soup_spans_are_exact(words: list[str], gaps: list[str]) -> None:
    text = "".join(w + (gaps[i] if i < len(gaps) else " ") for i, w in enumerate(words))
    for f in check_text(text):
        assert text[f.offset : f.end] == f.text
        assert f.suggestions


@given(st.text(MIXED, max_size=200))
def test_tokens_cover_their_text(text: str) -> None:
    for token in tokenize(text):
        assert text[token.start : token.end] == token.text


NAME_LETTERS = st.text(st.sampled_from("ابتسلنوي"), min_size=1, max_size=6)


@given(st.lists(NAME_LETTERS, unique=True, max_size=40))
def test_near_pairs_finds_every_pair_one_interior_edit_apart(forms: list[str]) -> None:
    from rapidfuzz.distance import Levenshtein

    from arabspell.lexicon.names import near_pairs

    found = near_pairs(forms)
    brute = [
        (i, j)
        for i in range(len(forms))
        for j in range(i + 1, len(forms))
        if Levenshtein.distance(forms[i], forms[j]) <= 1
        and forms[i][0] == forms[j][0]
        and forms[i][-1] == forms[j][-1]
        and max(len(forms[i]), len(forms[j])) >= 3
    ]
    assert set(brute) <= set(found)
    assert found == sorted(found)


@given(st.text(st.sampled_from("ابتسلنويةىأ"), min_size=1, max_size=7))
def test_filtered_typing_variants_match_the_full_generator(word: str) -> None:
    from arabspell.correct.channel import typing_variants, typing_variants_in
    from arabspell.lexicon.lexicon import default_lexicon

    vocabulary = default_lexicon().vocabulary
    full = [(form, edit) for form, edit in typing_variants(word) if form in vocabulary]
    assert list(typing_variants_in(word, vocabulary)) == full


@settings(max_examples=300, deadline=None)
@given(
    st.one_of(
        st.text(st.sampled_from("ابتسلنويةىأ"), min_size=1, max_size=9),
        st.tuples(st.sampled_from(["الحكومة", "والاتفاق", "للإرهاب", "الهاتفية", "و", "في"]), st.integers(0, 9)).map(
            lambda wi: wi[0][: wi[1]] + wi[0][wi[1] + 1 :] if wi[1] < len(wi[0]) else wi[0] + "ب"
        ),
    )
)
def test_the_deletion_index_finds_the_slips_the_generator_finds_in_its_order(word: str) -> None:
    from arabspell.correct.channel import typing_variants_in
    from arabspell.correct.keyboard import typing_variants_indexed
    from arabspell.lexicon.lexicon import default_lexicon

    lexicon = default_lexicon()
    assert lexicon.put_back is not None
    indexed = list(typing_variants_indexed(word, lexicon.vocabulary, lexicon.put_back))
    assert indexed == list(typing_variants_in(word, lexicon.vocabulary))


def test_a_desks_words_are_in_the_deletion_index_too() -> None:
    from arabspell.correct.channel import typing_variants_in
    from arabspell.correct.keyboard import typing_variants_indexed
    from arabspell.lexicon.lexicon import default_lexicon

    lexicon = default_lexicon().with_desk(frozenset({"زوكربيرغستان"}))
    assert lexicon.put_back is not None
    for word in ("زوكربيرغستن", "زوكربيرغسستان", "زوكربيرقستان"):
        indexed = list(typing_variants_indexed(word, lexicon.vocabulary, lexicon.put_back))
        assert indexed == list(typing_variants_in(word, lexicon.vocabulary))
        assert "زوكربيرغستان" in {form for form, _ in indexed}


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(["قال الوزير", "\n", "\n\n", "\r\n\r\n", " \n \n", "الهافية", "ب"]), max_size=60))
def test_parts_tile_the_text_and_never_cut_a_word(pieces: list[str]) -> None:
    from arabspell.text.parts import parts

    text = "".join(pieces)
    spans = list(parts(text, size=12))
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in pairwise(spans))
    assert all(text[end - 1].isspace() for _, end in spans[:-1])
    pieced = [(t.text, t.start + start) for start, end in spans for t in tokenize(text[start:end])]
    assert pieced == [(t.text, t.start) for t in tokenize(text)]


def test_parts_prefer_blank_lines_then_line_breaks() -> None:
    from arabspell.text.parts import parts

    text = "قال الوزير\nقال الوزير\n\nقال الوزير قال الوزير"
    assert list(parts(text, size=5)) == [(0, 11), (11, 23), (23, 34), (34, len(text))]


def test_a_long_text_is_checked_in_parts_with_exact_offsets() -> None:
    from arabspell.text import parts as cutter

    article = "قال الوزير إن الاتصالات الهاتفية مستمرة مع الجانب الآخر.\n\n" * 2000
    text = article + "وأكد أن التصيعد مرفوض.\n"
    assert len(list(cutter.parts(text))) > 1
    findings = check_text(text)
    assert [f.text for f in findings] == ["التصيعد"]
    assert text[findings[0].offset : findings[0].end] == "التصيعد"
