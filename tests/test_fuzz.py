"""Fuzz targets for the tokenizer, the engine, the markup blanker and the decoders (Hypothesis).

Every test here is marked ``fuzz`` and bounded twice: by a number of examples and by wall-clock
time, so that the whole module runs in normal CI (``python -m pytest -q``) in about 10 seconds
(20 at most: five tests of at most 4 seconds each).

Environment variables, for long local runs:

* ``ARABSPELL_FUZZ_EXAMPLES``: multiply every test's number of examples by this factor
  (default 1), e.g. ``ARABSPELL_FUZZ_EXAMPLES=50``.
* ``ARABSPELL_FUZZ_SECONDS``: the wall-clock budget of each test in seconds (default 4; 0: none).
  Once a test has used its budget, the examples Hypothesis still generates are passed over
  without being run, unless one has already failed (so that shrinking still works).

A long run: ``ARABSPELL_FUZZ_EXAMPLES=100 ARABSPELL_FUZZ_SECONDS=0 python -m pytest -q -m fuzz``.
The ``fuzz`` marker is meant to be registered in pyproject.toml
(``markers = ["fuzz: long randomized runs (bounded time)"]``); until it is, pytest only warns.
"""

from __future__ import annotations

import codecs
import functools
import os
import tempfile
import time
import unicodedata
from collections.abc import Callable
from itertools import pairwise
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pyarabic import araby

from arabspell import check_text
from arabspell.arabic.tokenize import tokenize
from arabspell.files.sources import BINARY, Unreadable, decode, stream
from arabspell.text import markup

pytestmark = pytest.mark.fuzz

SCALE = max(1, int(os.environ.get("ARABSPELL_FUZZ_EXAMPLES", "1")))
BUDGET = float(os.environ.get("ARABSPELL_FUZZ_SECONDS", "4"))


def fuzz_settings(examples: int) -> settings:
    """Settings for one fuzz target: `examples` times the scale, no per-example deadline."""
    return settings(
        max_examples=examples * SCALE,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )


def time_bounded(test: Callable[..., None]) -> Callable[..., None]:
    """Run the test's examples until BUDGET seconds have passed since its first one; pass over
    the rest, unless an example has failed (Hypothesis then replays and shrinks it)."""
    state: dict[str, Any] = {"start": None, "failed": False}

    @functools.wraps(test)
    def bounded(*args: Any, **kwargs: Any) -> None:
        now = time.monotonic()
        if state["start"] is None:
            state["start"] = now
        if BUDGET and not state["failed"] and now - state["start"] > BUDGET:
            return
        try:
            test(*args, **kwargs)
        except BaseException:
            state["failed"] = True
            raise

    return bounded


# --- inputs -----------------------------------------------------------------------------------

ARABIC_LETTERS = st.characters(min_codepoint=0x0621, max_codepoint=0x064A)
DIACRITICS = st.sampled_from([chr(c) for c in range(0x064B, 0x0660)] + ["\u0670", "\u0640", "\u0610", "\u06d6"])
INVISIBLE = st.sampled_from(
    [*"\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e", *"\u2066\u2067\u2068\u2069\u2060\u00ad\ufeff"]
)
BREAKS = st.sampled_from(["\n", "\r", "\r\n", "\n\n", "\r\n\r\n", " ", "  ", "\t", "\u2028", "\u2029", "\x0b", "\x85"])
OTHER_SCRIPT = st.sampled_from(
    [*"یکگپچژ۰۱۲٠١٢٣ﺍﻟﻬﺎﻓﻴﺔﷺabcXYZ019.,،؛؟!«»\"'()[]{}<>#@_-*`&;:/\\=", "😀", "🇸🇦", "\U0001d400", "\ufffd"]
)
WORDS = st.sampled_from(
    [
        "الهافية",
        "الهاتفية",
        "التصيعد",
        "أوستن",
        "أوستين",
        "لويس أوستن",
        "لويد أوستن",
        "اعلن",
        "الخارجيه",
        "فيالمنطقة",
        "و شاهدنا",
        "في في",
        "الرئيـــس",
        "الهَافِيَة",
        "#الشرق_الأوسط",
        "https://example.com/الهافية",
        "<b>الهافية</b>",
        "`الهافية`",
        "[الهافية](http://x.y)",
        "---\n",
        "```\n",
        "<!--",
    ]
)
#: arbitrary text, but mostly made of the pieces Arabic news copy and its accidents are made of
PIECE = st.one_of(ARABIC_LETTERS, ARABIC_LETTERS, DIACRITICS, INVISIBLE, BREAKS, OTHER_SCRIPT, WORDS, st.characters())
TEXT = st.lists(PIECE, max_size=120).map("".join)

STRIPPED = frozenset((*araby.DIACRITICS, araby.TATWEEL))


# --- tokenizer --------------------------------------------------------------------------------


@fuzz_settings(2000)
@given(TEXT)
@time_bounded
def test_tokens_are_exact_ordered_disjoint_and_keyed_without_marks(text: str) -> None:
    """Each token is its text's slice, tokens do not overlap and come in order, keys have no marks."""
    tokens = tokenize(text)
    for token in tokens:
        assert token.text and text[token.start : token.end] == token.text
        assert token.key and token.key[0] == unicodedata.normalize("NFC", token.text)[0]  # ا + ٓ = آ
        assert not STRIPPED & set(token.key)
    assert all(a.end <= b.start for a, b in pairwise(tokens))


# --- engine -----------------------------------------------------------------------------------


def assert_findings_sound(text: str, findings: list) -> None:
    """Spans inside the text and equal to each finding's `text`, sorted, no two overlapping."""
    for f in findings:
        assert f.offset >= 0 and f.length > 0 and f.end <= len(text), f
        assert text[f.offset : f.end] == f.text, f
        assert all(isinstance(s, str) for s in f.suggestions)
    assert findings == sorted(findings)
    assert all(a.end <= b.offset for a, b in pairwise(findings))


@fuzz_settings(2000)
@given(TEXT)
@time_bounded
def test_check_text_never_raises_and_its_spans_are_exact(text: str) -> None:
    """check_text on any text: no exception, exact spans, sorted, no overlaps."""
    assert_findings_sound(text, check_text(text))


# --- markup -----------------------------------------------------------------------------------


@fuzz_settings(1500)
@given(TEXT, st.sampled_from(list(markup.Kind)))
@time_bounded
def test_prose_keeps_length_line_breaks_and_blanks_only_with_spaces(text: str, kind: markup.Kind) -> None:
    """prose(): same length, line breaks where they were, every other code point kept or a space."""
    blanked = markup.prose(text, kind)
    assert len(blanked) == len(text)
    for before, after in zip(text, blanked, strict=True):
        if before in "\r\n":
            assert after == before
        else:
            assert after in (before, " ")


# --- decoding ---------------------------------------------------------------------------------

BOMS = st.sampled_from(
    [b"", b"", codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE]
)
ENCODED = st.one_of(
    st.binary(max_size=200),
    st.builds(lambda t, c: t.encode(c, "surrogatepass"), TEXT, st.sampled_from(["utf-8", "utf-16-le", "utf-32-be"])),
    st.builds(lambda t: t.encode("latin-1", "replace"), TEXT),
)
DATA = st.builds(lambda bom, body, tail: bom + body + tail, BOMS, ENCODED, st.binary(max_size=3))


@fuzz_settings(2000)
@given(DATA)
@time_bounded
def test_decode_never_raises_and_round_trips(data: bytes) -> None:
    """decode(): text or an error, never both nor an exception; a text encodes back to the same bytes
    (what --fix relies on), an error names a byte offset unless the file is binary."""
    source = decode("fuzz.txt", data)
    assert (source.text is None) != (source.error is None)
    if source.text is not None:
        assert source.text.encode(source.encoding) == data
    elif source.skipped:
        assert source.error == BINARY
    else:
        assert "byte offset" in (source.error or "")


@fuzz_settings(1000)
@given(DATA.map(lambda data: data.replace(b"\0", b"\1")), st.integers(min_value=1, max_value=9))
@time_bounded
def test_stream_agrees_with_decode(data: bytes, chunk: int) -> None:
    """stream() (large files, read `chunk` bytes at a time) gives read()'s text, or its error with the
    same byte offset. NUL bytes are left out: see test_hard_text's test_stream_and_read_agree_on_a_binary_file."""
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "fuzz.txt")
        with open(path, "wb") as handle:
            handle.write(data)
        whole = decode(path, data)
        try:
            streamed: tuple[str | None, str | None] = ("".join(stream(path, chunk)), None)
        except Unreadable as exc:
            streamed = (None, exc.source.error)
    assert streamed == (whole.text, whole.error)
