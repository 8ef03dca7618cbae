"""Hard text: empty and huge files, endless words, every diacritic, invisible and bidi controls,
other scripts, odd line endings, BOMs, emoji, control characters; through `check_text` and
through the CLI's JSON. And --fix changes nothing outside the reported spans (properties).
docs/robustness.md sums the behaviour up.

For every case: no exception; each finding's `text` is the original text at [offset,
offset + length) in code points; the JSON `line`/`column` agree with an independent computation
(``\\r\\n``, ``\\r`` and ``\\n`` are one line break each, nothing else is: not U+2028/U+2029,
U+0085, VT, FF or the file separators) and with `LineIndex`; and a typo embedded in the case
(«الهافية» or a spelling of it with marks) is found where it is with «الهاتفية» first.
"""

from __future__ import annotations

import json
import tempfile
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache
from itertools import pairwise
from pathlib import Path
from typing import NamedTuple

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from arabspell import Finding, check_text
from arabspell.cli import app
from arabspell.files import fixes
from arabspell.text.lines import LineIndex

TYPO, FIX = "الهافية", "الهاتفية"
#: a sentence with the typo at offset 24, and a clean one
SENTENCE = f"قال الوزير إن الاتصالات {TYPO} مستمرة."
CLEAN = "قال الوزير إن الاتصالات الهاتفية مستمرة مع الجانب الآخر منذ أسابيع. "
#: a slip with one clear reading, whose fix is safe (الهافية may be الهاتفية or العافية: not safe)
SURE_TYPO, SURE_FIX = "الاتفغاق", "الاتفاق"
SURE = f"قال الوزير إن {SURE_TYPO} مع الجانب مستمر."
COLUMN = SENTENCE.index(TYPO) + 1  # 25: the typo's column on a line of its own
#: the Arabic diacritics U+064B..U+065F (tanween, harakat, shadda, sukun, hamza marks…) and U+0670
DIACRITICS = [chr(c) for c in range(0x064B, 0x0660)] + ["\u0670"]
TATWEEL = "\u0640"
#: invisible format characters: joiners, marks, embeddings, overrides, isolates, word joiner,
#: soft hyphen, and U+FEFF used as a zero-width no-break space inside a text
BIDI = "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
INVISIBLE = "\u200c\u200d" + BIDI + "\u2060\u00ad\ufeff"
#: size of the one-line file (bytes of UTF-8); 20 MB takes about 3 s through check_text
ONE_LINE_BYTES = 20_000_000


@dataclass(frozen=True)
class Case:
    """A hard text: how to make it, the written form of the embedded typo (None: none), and
    where the typo must be reported when the case pins it (1-based line and column)."""

    id: str
    make: Callable[[], str]
    typo: str | None = TYPO
    line: int | None = None
    column: int | None = None

    @property
    def text(self) -> str:
        """The decoded text (made once: the large ones are shared by the two tests)."""
        return _made(self.make)


@cache
def _made(make: Callable[[], str]) -> str:
    return make()


@cache
def _checked(make: Callable[[], str]) -> tuple[Finding, ...]:
    """check_text's findings of a case's text (computed once: the CLI test compares with them)."""
    return tuple(check_text(_made(make)))


def const(text: str) -> Callable[[], str]:
    """A maker for a fixed text."""
    return lambda: text


def one_huge_line() -> str:
    """About ONE_LINE_BYTES of UTF-8 in one line (a repeated clean sentence, no line break), the typo
    near the end."""
    repeats = ONE_LINE_BYTES // len(CLEAN.encode("utf-8"))
    return CLEAN * repeats + SENTENCE + " " + CLEAN * 3


def long_word(letters: int) -> Callable[[], str]:
    """A token of `letters` Arabic letters (no mark, no space), then a sentence with the typo."""
    return lambda: ("بتسلنم" * (letters // 6 + 1))[:letters] + " " + SENTENCE + "\n"


EVERY_MARK = "اله" + "".join(DIACRITICS) + TATWEEL + "افية"
PERSIAN = "زبان فارسی یک زبان است. کتاب، گزارش، پدر، چای، ژاله. "
BIDI_AROUND = "".join(f"{c}قال{c} " for c in BIDI)
CONTROLS = "\x0b\x0c\x1c\x1d\x1e\x1f\x85\u2028\u2029"

CASES = [
    Case("empty", const(""), typo=None),
    Case("whitespace-only", const(" \t\n\r\n\r  \u00a0\u2003\u3000\n\n\t "), typo=None),
    Case("one-20mb-line", one_huge_line, line=1),
    Case("word-of-10k-letters", long_word(10_000), line=1),
    Case("word-of-100k-letters", long_word(100_000), line=1),
    Case("tatweel-in-typo", const(SENTENCE.replace(TYPO, "الهـافية")), typo="الهـافية"),
    Case("fatha-kasra-in-typo", const(SENTENCE.replace(TYPO, "الهَافِيَة")), typo="الهَافِيَة"),
    Case("every-mark-in-typo", const(SENTENCE.replace(TYPO, EVERY_MARK)), typo=EVERY_MARK),
    Case("every-mark-on-other-words", const("".join(f"كَتَب{m} " for m in [*DIACRITICS, TATWEEL]) + SENTENCE)),
    Case("presentation-forms", const("ﺍﻟﻬﺎﻓﻴﺔ ﻗﺎﻝ ﺍﻟﻮﺯﻳﺮ ﷺ ﷲ ﻻ\n" + SENTENCE), line=2, column=COLUMN),
    Case("presentation-forms-inside-a-word", const("الهاﻓﻴﺔ والاﺗﺼﺎﻻت\n" + SENTENCE), line=2, column=COLUMN),
    Case("zwj-zwnj-next-to-words", const(SENTENCE.replace(TYPO, f"\u200d{TYPO}\u200c") + "\u200cقال\u200d")),
    Case("zwj-zwnj-inside-other-words", const("قا\u200cل الو\u200dزير: " + SENTENCE)),
    Case("bidi-around-words", const(BIDI_AROUND + SENTENCE.replace(TYPO, f"\u2067{TYPO}\u2069"))),
    Case("bidi-inside-other-words", const("".join(f"قا{c}ل " for c in BIDI) + SENTENCE)),
    Case("persian-urdu-letters", const(PERSIAN + SENTENCE)),
    Case("latin-mixed", const("شاهدنا الـCNN وiPhoneالجديد ثم " + SENTENCE.replace(TYPO, TYPO + "CNN"))),
    Case("latin-glued-before", const("قال الوزير إن iPhone" + TYPO + " مستمرة."), line=1, column=21),
    Case("arabic-indic-digits", const("في ٢٠٢٤ و٠١٢٣قال " + SENTENCE.replace(TYPO, "٣" + TYPO + "٤"))),
    Case("persian-digits", const("سنة ۱۴۰۳ و۰۱۲قال " + SENTENCE.replace(TYPO, "۰۱۲" + TYPO + "۳"))),
    Case("crlf", const(f"سطر أول\r\nسطر ثان\r\n{SENTENCE}\r\n"), line=3, column=COLUMN),
    Case("lone-cr", const(f"سطر أول\rسطر ثان\r{SENTENCE}\r"), line=3, column=COLUMN),
    Case("mixed-line-endings", const(f"سطر أول\r\nسطر ثان\r{SENTENCE}\n\n\rآخر\r\n"), line=3, column=COLUMN),
    Case("crlf-blank-lines", const(f"\r\n\r\n{SENTENCE}"), line=3, column=COLUMN),
    Case("lf-cr-is-two-breaks", const(f"أول\n\r{SENTENCE}"), line=3, column=COLUMN),
    Case("utf8-bom", const(f"\ufeff{SENTENCE}\n"), line=1, column=COLUMN + 1),
    Case("emoji-before", const(f"😀👍🏽🇸🇦 𝐀𝐁 {SENTENCE}"), line=1, column=COLUMN + 9),
    Case("controls-are-not-line-breaks", const("قال" + CONTROLS + "الوزير " + SENTENCE), line=1),
    Case("controls-between-words", const(SENTENCE.replace(" ", "\x0b").replace("إن", "\u2028إن\u2029")), line=1),
]


def line_column(text: str, offset: int) -> tuple[int, int]:
    """1-based (line, column) of an offset, independently of LineIndex: "\\r\\n", "\\r" and "\\n"
    are one break each (the offset must not fall between "\\r" and "\\n")."""
    before = text[:offset]
    breaks = before.count("\r") + before.count("\n") - before.count("\r\n")
    line_start = max(before.rfind("\r"), before.rfind("\n")) + 1
    return breaks + 1, offset - line_start + 1


class Span(NamedTuple):
    """What the checks below need of a finding, from check_text or from the JSON."""

    offset: int
    length: int
    text: str
    rule: str
    suggestions: tuple[str, ...]


def assert_sound(text: str, spans: list[Span], case: Case) -> None:
    """Exact spans in code points, sorted, not overlapping; the typo found where it is."""
    for s in spans:
        assert 0 <= s.offset < s.offset + s.length <= len(text), s
        assert text[s.offset : s.offset + s.length] == s.text, s
    assert all(a.offset + a.length <= b.offset for a, b in pairwise(spans))
    if case.typo is None:
        assert spans == []
        return
    at = text.index(case.typo)
    assert text.count(case.typo) == 1
    found = [s for s in spans if s.offset == at]
    assert found, f"{case.typo} at {at} not found: {spans}"
    assert found[0].length == len(case.typo) and found[0].suggestions[0] == FIX, found[0]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_check_text_on_hard_text(case: Case) -> None:
    text = case.text
    started = time.monotonic()
    findings = _checked(case.make)
    assert time.monotonic() - started < 60  # the 20 MB line: about 3 s on an idle machine
    assert_sound(text, [Span(f.offset, f.length, f.text, f.rule, f.suggestions) for f in findings], case)


def run_json(path: Path) -> tuple[int, dict, str]:
    """`arabspell check --format json PATH`: exit code, the parsed report, stderr."""
    result = CliRunner().invoke(app, ["check", "--format", "json", str(path)])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, json.loads(result.stdout), result.stderr


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_cli_json_on_hard_text(case: Case, tmp_path: Path) -> None:
    text = case.text
    path = tmp_path / "story.txt"
    path.write_bytes(text.encode("utf-8"))  # a BOM is the text's own U+FEFF
    code, report, err = run_json(path)
    assert err == ""
    [entry] = report["files"]
    found = entry["findings"]
    assert code == (1 if found else 0)
    spans = [Span(f["offset"], f["length"], f["text"], f["rule"], tuple(f["suggestions"])) for f in found]
    assert_sound(text, spans, case)
    lines = LineIndex(text)
    for f in found:
        assert (f["line"], f["column"]) == line_column(text, f["offset"]) == lines.position(f["offset"])
    if case.typo is not None and case.line is not None:
        [typo] = [f for f in found if f["text"] == case.typo]
        assert typo["line"] == case.line
        assert case.column is None or typo["column"] == case.column
    api = [(f.offset, f.length, f.rule, f.suggestions) for f in _checked(case.make)]
    assert [(s.offset, s.length, s.rule, s.suggestions) for s in spans] == api


def test_the_one_line_file_is_cut_at_spaces_into_parts() -> None:
    """No line break in 20 MB: the engine's parts end after a space, none longer than 4 part sizes."""
    from arabspell.text.parts import CUT_WINDOW, PART, parts

    text = _made(one_huge_line)
    cuts = list(parts(text))
    assert len(cuts) >= len(text) // (CUT_WINDOW * PART)
    assert all(text[end - 1] == " " and end - start <= CUT_WINDOW * PART for start, end in cuts[:-1])


@pytest.mark.parametrize("mark", [*DIACRITICS, TATWEEL], ids=lambda m: f"U+{ord(m):04X}")
def test_each_mark_inside_and_after_the_typo(mark: str) -> None:
    written = f"اله{mark}افية{mark}"
    text = SENTENCE.replace(TYPO, written)
    [finding] = check_text(text)
    assert (finding.offset, finding.text, finding.suggestions[0]) == (24, written, FIX)


def test_offsets_are_code_points_not_utf16_units() -> None:
    text = "😀 " + SENTENCE
    [finding] = check_text(text)
    assert finding.offset == 2 + 24
    assert len(text[: finding.offset].encode("utf-16-le")) // 2 == finding.offset + 1  # UTF-16 would say 27


def test_line_separators_other_than_cr_and_lf_do_not_start_lines() -> None:
    """U+2028, U+2029, NEL, VT, FF and FS..US are not line breaks for LineIndex (str.splitlines
    would say they are): line numbers match what editors that follow CR/LF show, and --diff."""
    for separator in ["\u2028", "\u2029", "\x85", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e"]:
        text = "سطر" + separator + SENTENCE
        assert len(text.splitlines()) == 2
        offset = text.index(TYPO)
        assert LineIndex(text).position(offset) == (1, offset + 1) == line_column(text, offset)
    assert LineIndex("أ\r\nب\rج\nد").position(7) == (4, 1) == line_column("أ\r\nب\rج\nد", 7)


def test_a_streamed_file_with_a_bom_and_every_line_ending_reports_what_the_whole_text_gets(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file over sources.STREAM_MIN is read a piece at a time (pieces cut here inside characters,
    CRLFs and words): a BOM, mixed line endings, U+2028, emoji and marks give the same JSON as the
    whole text, and lines and columns as counted independently."""
    from arabspell.files import sources
    from arabspell.text import parts as cutter

    endings = ["\r\n", "\r", "\n", "\n\n", "\r\n\r\n", "\u2028", "\r\r\n"]
    lines = [f"{i} 😀 {CLEAN}{endings[i % len(endings)]}" for i in range(400)]
    lines[37] = SENTENCE + "\r\n"
    lines[211] = "وأكد أن التَّصيعد مرفوض.\r"
    lines[399] = SENTENCE.replace(TYPO, "الهـافية")  # no line break at the end
    text = "\ufeff" + "".join(lines)
    path = tmp_path / "archive.txt"
    path.write_bytes(text.encode("utf-8"))
    monkeypatch.setattr(cutter, "PART", 1_500)
    _, whole, _ = run_json(path)
    monkeypatch.setattr(sources, "STREAM_MIN", 1_000)
    monkeypatch.setattr(sources, "CHUNK", 1_001)
    _, streamed, _ = run_json(path)
    assert streamed == whole
    found = streamed["files"][0]["findings"]
    assert {f["text"] for f in found} == {TYPO, "التَّصيعد", "الهـافية"}
    for f in found:
        assert text[f["offset"] : f["offset"] + f["length"]] == f["text"]
        assert (f["line"], f["column"]) == line_column(text, f["offset"]) == LineIndex(text).position(f["offset"])


# --- bugs found: kept as strict expected failures (see the report) ------------------------------


@pytest.mark.parametrize("char", list(INVISIBLE), ids=lambda c: f"U+{ord(c):04X}")
def test_an_invisible_character_inside_a_word_does_not_split_it(char: str) -> None:
    """A format character (ZWNJ, ZWJ, LRM/RLM, embeddings, overrides, isolates, word joiner, soft
    hyphen, U+FEFF) inside a word is invisible: the word is still one word. Today it is cut in two,
    the pieces are judged as words, and --fix applies 'safe' fixes to the pieces."""
    # a clean text stays clean: today «ق‌ال الوزير» gets spacing.split «ال الوزير» -> «الالوزير»
    for text in (f"ق{char}ال الوزير إن الاتصالات مستمرة.", f"قال الوزير إن الا{char}تصالات مستمرة."):
        assert fixes.fixable(check_text(text)) == [], text
    # the typo is still found, its span covering the character: today nothing is reported
    written = f"الها{char}فية"
    findings = check_text(SENTENCE.replace(TYPO, written))
    assert [(f.offset, f.text, f.suggestions[0]) for f in findings] == [(24, written, FIX)]


@pytest.mark.parametrize(
    "text",
    ["قالت ژاله إن الاتصالات مستمرة.", "أعد گزارش عن الاتصالات.", "التقى مسعود پزشکیان بالوزير."],
    ids=["zhe", "gaf", "pe-keheh-farsi-yeh"],
)
def test_the_arabic_letters_of_a_persian_word_are_not_fixed(text: str) -> None:
    """ژ, گ, پ, ک, ی are outside the tokenizer's letters, so «ژاله» yields the token «اله», which
    orthography.hamza 'fixes' to «إله» (--fix writes «ژإله»); «گزارش» gives «زارش» -> «مارش»."""
    assert fixes.fixable(check_text(text)) == []


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("story.txt", "قال الوزير #الشرق_ال_أوسط اليوم.\n"),
        ("story.md", "قال الوزير إن الاتصالات و[شاهدنا](http://x.y) مستمرة.\n"),
    ],
    ids=["hashtag-underscore", "markdown-link-bracket"],
)
def test_a_finding_across_blanked_markup_reports_and_fixes_the_file_text(tmp_path: Path, name: str, text: str) -> None:
    """markup.prose blanks a hashtag's underscores and a link's "[" to one space each; spacing.split
    then finds «ال أوسط» in «#الشرق_ال_أوسط» and «و شاهدنا» in «و[شاهدنا](…)»: the JSON `text` is the
    blanked text, not the file's, and --fix writes «وشاهدنا](http://x.y)», breaking the link."""
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8"))
    _, report, _ = run_json(path)
    for f in report["files"][0]["findings"]:
        assert text[f["offset"] : f["offset"] + f["length"]] == f["text"], f


def test_a_streamed_file_without_white_space_is_not_cut_inside_a_word(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With no white space in CUT_WINDOW part sizes (words joined by Arabic commas), check_text keeps
    the text whole, but a streamed check could cut it at exactly CUT_WINDOW * PART characters: a word
    across that point is judged as two (الها|تفية: «تفية» -> «تصفية», marked safe)."""
    from arabspell.files import sources
    from arabspell.text import parts as cutter

    text = "،،" + "الهاتفية،" * 1_000  # 9,002 characters, no white space; 6,000 is in الها|تفية
    path = tmp_path / "archive.txt"
    path.write_bytes(text.encode("utf-8"))
    monkeypatch.setattr(cutter, "PART", 1_500)
    _, whole, _ = run_json(path)
    monkeypatch.setattr(sources, "STREAM_MIN", 1_000)
    _, streamed, _ = run_json(path)
    assert whole["files"][0]["findings"] == []
    assert streamed["files"][0]["findings"] == []  # today: «تفية» at offset 6,000
    assert streamed == whole


def test_stream_and_read_agree_on_a_binary_file(tmp_path: Path) -> None:
    """read() looks for a NUL in the whole file before decoding; stream() decodes piece by piece, so a
    large file with a bad UTF-8 byte before its first NUL piece is an error (exit 2), not skipped."""
    from arabspell.files.sources import Unreadable, decode, stream

    data = b"\xe9" + b"a" * 10 + b"\x00"
    path = tmp_path / "blob.txt"
    path.write_bytes(data)
    assert decode(str(path), data).skipped
    with pytest.raises(Unreadable) as caught:
        list(stream(str(path), chunk=4))
    assert caught.value.source.skipped, caught.value.source.error


def test_fix_through_a_symbolic_link_fixes_its_target(tmp_path: Path) -> None:
    """fixes.write renames its temporary file onto the path it was given: for a symbolic link, the
    link becomes a regular file with the fixed text and the file it pointed to keeps the typo.
    (A --fix test: it belongs with tests/test_fix.py.)"""
    target = tmp_path / "real.txt"
    target.write_bytes((SURE + "\n").encode("utf-8"))
    link = tmp_path / "link.txt"
    link.symlink_to(target)
    result = CliRunner().invoke(app, ["check", "--fix", str(link)])
    assert result.exit_code == 0
    assert link.is_symlink()
    assert target.read_text(encoding="utf-8") == SURE.replace(SURE_TYPO, SURE_FIX) + "\n"


def test_apply_joins_the_pieces_once() -> None:
    """fixes.apply once rebuilt the whole string for every finding (quadratic: 21 s for the 6,291
    safe fixes of the 12 MB bench file); it now joins the pieces between the fixes once. Timing
    belongs in benchmarks/: this checks the result on a text of 2,000 fixes."""
    from arabspell.findings import Severity

    text = (SENTENCE + "\n") * 50_000  # 2 million characters
    step = len(text) // 2_000 // (len(SENTENCE) + 1) * (len(SENTENCE) + 1)
    findings = [
        Finding(at + 24, len(TYPO), "spelling.unknown-word", Severity.ERROR, "", TYPO, (FIX,), True)
        for at in range(0, step * 2_000, step)
    ]
    assert all(text[f.offset : f.end] == TYPO for f in findings)
    fixed = fixes.apply(text, list(reversed(findings)))
    assert fixed.count(FIX) == 2_000 and len(fixed) == len(text) + 2_000 * (len(FIX) - len(TYPO))
    assert FIX not in text and fixed.replace(FIX, TYPO) == text


def test_a_failed_write_of_a_path_with_brackets_is_reported_not_raised(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The run's notice of a failed write is printed without markup=False: a path holding «[/b]» raises
    rich.errors.MarkupError (a traceback, exit 1) instead of the one-line message and exit 2."""
    folder = tmp_path / "x[" / "b]"  # the path reads …/x[/b]/story.txt
    folder.mkdir(parents=True)
    path = folder / "story.txt"
    path.write_bytes((SURE + "\n").encode("utf-8"))

    def changed(path: Path, data: bytes, text: str, encoding: str = "utf-8") -> None:
        raise fixes.FileChanged(fixes.CHANGED)

    monkeypatch.setattr(fixes, "write", changed)
    result = CliRunner().invoke(app, ["check", "--fix", str(path)])
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert result.exit_code == 2
    assert f"arabspell: {path}: changed since it was read; not written" in result.stderr


def test_decomposed_hamza_and_madda_are_the_letters_they_compose() -> None:
    """In NFD, أ is ا + U+0654, إ is ا + U+0655, آ is ا + U+0653: normalize.key strips those marks as
    diacritics, so correct words look hamza-less. orthography.hamza then 'fixes' «إن» (ا + U+0655 + ن)
    to «أن», changing the word, and flags أكد, أن, الأوسط, آسيا, all marked safe."""
    import unicodedata

    text = "أكد الوزير أن الشرق الأوسط يشهد تصعيدا، وقالت مصادر إن المسؤولين سيلتقون غدا في آسيا."
    assert check_text(text) == []
    assert check_text(unicodedata.normalize("NFD", text)) == []


# --- --fix changes only the reported spans ------------------------------------------------------

PIECES = st.one_of(
    st.characters(min_codepoint=0x0621, max_codepoint=0x064A),
    st.sampled_from([*DIACRITICS, TATWEEL, *INVISIBLE, "\n", "\r", "\r\n", "\n\n", " ", " ", "،", ".", "#", "_"]),
    st.sampled_from(
        [
            *(TYPO, "التصيعد", "أوستن", "أوستين", "لويس أوستن", "لويد أوستن", "اعلن", "الخارجيه", "فيالمنطقة"),
            *("و شاهدنا", "في في", "الرئيـــس", "الهَافِيَة", "ژاله", "گزارش", "ق\u200cال الوزير", "قال ", "الوزير "),
        ]
    ),
    st.characters(codec="utf-8"),  # written to a file as UTF-8: no lone surrogates
)
FIX_TEXT = st.lists(PIECES, max_size=80).map("".join)


class Edit(NamedTuple):
    """A fix: the span it replaces and the replacement."""

    offset: int
    length: int
    replacement: str


def assert_changed_only_inside(before: str, after: str, edits: Iterable[Edit]) -> None:
    """`after` is `before` with each span replaced by its replacement, and `before` and `after`
    with the spans taken out are the same string (every other character kept, in order)."""
    edits = sorted(edits)
    expected, outside_before, outside_after = [], [], []
    done, done_after, shift = 0, 0, 0
    for edit in edits:
        assert edit.offset >= done, "overlapping fixes"
        expected += [before[done : edit.offset], edit.replacement]
        outside_before.append(before[done : edit.offset])
        start_after = edit.offset + shift
        outside_after.append(after[done_after:start_after])
        done = edit.offset + edit.length
        done_after = start_after + len(edit.replacement)
        shift += len(edit.replacement) - edit.length
    expected.append(before[done:])
    outside_before.append(before[done:])
    outside_after.append(after[done_after:])
    assert after == "".join(expected)
    assert "".join(outside_after) == "".join(outside_before)


@settings(max_examples=300, deadline=None)
@given(FIX_TEXT)
def test_apply_changes_only_the_fixable_spans(text: str) -> None:
    chosen = fixes.fixable(check_text(text))
    edits = [Edit(f.offset, f.length, f.suggestions[0]) for f in chosen]
    assert_changed_only_inside(text, fixes.apply(text, chosen), edits)


@settings(max_examples=25, deadline=None)
@given(FIX_TEXT, st.sampled_from([".txt", ".md", ".html"]))
def test_cli_fix_changes_only_the_spans_json_reported(text: str, suffix: str) -> None:
    """The file's bytes after `check --fix` are its bytes before with exactly the safe findings of a
    `--format json` run replaced, round after round: --fix checks the fixed text again and applies
    what has become safe, so each round changes only the spans that round's report marked safe."""
    data = text.encode("utf-8")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"story{suffix}"
        path.write_bytes(data)
        expected = text
        for _ in range(10):  # run_json reports the file as it is now; --fix runs up to 10 rounds
            path.write_bytes(expected.encode("utf-8"))
            _, report, _ = run_json(path)
            found = report["files"][0]["findings"] if report["files"] else []  # none: skipped as binary
            edits = [
                Edit(f["offset"], f["length"], f["suggestions"][0]) for f in found if f["safe"] and f["suggestions"]
            ]
            if not edits:
                break
            after = "".join(_applied(expected, edits))
            assert_changed_only_inside(expected, after, edits)
            expected = after
        path.write_bytes(data)
        result = CliRunner().invoke(app, ["check", "--fix", str(path)])
        assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
        assert path.read_bytes() == expected.encode("utf-8")


def _applied(text: str, edits: list[Edit]) -> list[str]:
    """The pieces of `text` with each edit's span replaced."""
    pieces, done = [], 0
    for edit in sorted(edits):
        pieces += [text[done : edit.offset], edit.replacement]
        done = edit.offset + edit.length
    return [*pieces, text[done:]]
