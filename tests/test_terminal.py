"""Text output as a copy editor reads it: the flagged word highlighted in its line, every line within
the terminal's width, the rule id whole, an order that a terminal applying the Unicode bidi
algorithm (python-bidi's `get_display` stands in for one) and one that does not both show right,
colour only when wanted (--color, NO_COLOR, FORCE_COLOR), --quiet and --statistics; and the
README's example is a real run."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from bidi import get_display
from rich.cells import cell_len
from rich.console import Console
from typer.testing import CliRunner

from arabspell.cli import app
from arabspell.findings import Finding, Severity
from arabspell.report import Color
from arabspell.report.base import FileReport
from arabspell.report.statistics import TOP_WORDS, Statistics
from arabspell.report.terminal import LABEL, MARK_CLOSE, MARK_OPEN, RLM, Columns, context, header, text_console
from arabspell.report.text import TextReporter

ROOT = Path(__file__).resolve().parents[1]
UNKNOWN = "spelling.unknown-word"
WORD, FIRST, SECOND = "الهافية", "الهاتفية", "العافية"
LINE = "اعلن الوزير ان الاتصالات الهافية مع نظرائه كانت فيالمنطقة في في الصباح، وأكد أن التصيعد مرفوض."
ESCAPE = "\x1b["


def finding(text: str, word: str, rule: str = UNKNOWN, suggestions: tuple[str, ...] = (FIRST, SECOND)) -> Finding:
    offset = text.index(word)
    return Finding(offset, len(word), rule, Severity.ERROR, "msg", word, suggestions, True)


def plain_console(width: int = 80) -> Console:
    return Console(file=io.StringIO(), width=width, highlight=False, soft_wrap=True)


def rendered(console: Console, *reports: FileReport, **options: object) -> str:
    reporter = TextReporter(console, **options)  # type: ignore[arg-type]
    for report in reports:
        reporter.add(report)
    reporter.finish()
    return console.file.getvalue()  # type: ignore[attr-defined]


def one_header(word: str = WORD, suggestions: tuple[str, ...] = (FIRST, SECOND), width: int = 120) -> str:
    f = finding(LINE, word, suggestions=suggestions)
    [line] = header(plain_console(width), "3:26", f, Columns(4, len(UNKNOWN)))
    return line.plain


def shown_by_bidi(line: str, base: str | None = None) -> str:
    """The line left to right as a terminal applying the bidi algorithm shows it: paragraph direction
    from the first strong letter (Konsole, PuTTY) or `base` ("L": VTE's default). Arabic comes out
    reversed (python-bidi does not mirror brackets: a terminal then does, UAX #9 L4)."""
    return get_display(line, base_dir=base)


# -- the header line, on both kinds of terminal ---------------------------------------------------


def test_header_keeps_position_rule_word_then_suggestions_without_bidi() -> None:
    """A terminal without bidi shows characters as they come: the word, then the label, then the
    suggestions in their order; position and rule first."""
    line = one_header()
    assert line.startswith("  3:26  spelling.unknown-word  ")
    assert line.index(WORD) < line.index(LABEL) < line.index(FIRST) < line.index(SECOND)


@pytest.mark.parametrize("base", [None, "L"])
def test_header_keeps_its_order_under_the_bidi_algorithm(base: str | None) -> None:
    """Reordered, the line still starts with the position and rule id (outside any Arabic run), the
    word stays left of the label and the suggestions right of it; the two suggestions are one
    right-to-left run, so the first is at its right, where an Arabic reader starts."""
    shown = shown_by_bidi(one_header(), base)
    assert shown.startswith("  3:26  spelling.unknown-word  ")
    word, first, second = WORD[::-1], FIRST[::-1], SECOND[::-1]
    assert shown.index(word) < shown.index(LABEL) < shown.index(second) < shown.index(first)
    assert shown.endswith(first)


def test_an_arrow_between_arabic_words_is_what_the_header_avoids() -> None:
    """The old layout, `word → fixes  [rule]`: neutrals join the word and its fixes into one run
    that a bidi terminal reverses, so the arrow points from the suggestion to the word."""
    old = f"  3:26  {WORD} → {FIRST}, {SECOND}  [{UNKNOWN}]"
    shown = shown_by_bidi(old, "L")
    assert shown.index(FIRST[::-1]) < shown.index("→") < shown.index(WORD[::-1])


def test_header_without_suggestions_and_with_a_spaced_suggestion() -> None:
    assert one_header(suggestions=()).rstrip() == f"  3:26  {UNKNOWN}  {WORD}"
    merged = one_header("فيالمنطقة", ("في المنطقة", "فالمنطقة"))
    shown = shown_by_bidi(merged, "L")
    assert shown.index(LABEL) < shown.index("فالمنطقة"[::-1]) < shown.index("في المنطقة"[::-1])


# -- the context line ---------------------------------------------------------------------------


def context_line(word: str, width: int = 40, console: Console | None = None) -> str:
    column = LINE.index(word) + 1
    return context(console or plain_console(width), LINE, column, len(word)).plain


@pytest.mark.parametrize(
    ("word", "width", "unmarked_differs"),
    [("اعلن", 40, True), ("التصيعد", 40, True), (WORD, 40, False), (WORD, 120, True)],
)
def test_context_reads_as_arabic_under_vte_default_left_to_right(word: str, width: int, unmarked_differs: bool) -> None:
    """Framed by RIGHT-TO-LEFT MARKs, the excerpt shows under a left-to-right paragraph (VTE's
    default) as a right-to-left paragraph shows it: the `…` of a cut, a final stop and the bracket
    of a word that begins the excerpt stay on their side. Without the marks they do not (unless
    the swap cannot be seen: a `…` at both ends)."""
    text = context_line(word, width)[6:]
    assert text.startswith(RLM) and text.endswith(RLM)
    as_arabic = shown_by_bidi(text.strip(RLM), "R")
    assert shown_by_bidi(text, "L").replace(RLM, "") == as_arabic
    assert (shown_by_bidi(text.strip(RLM), "L") != as_arabic) is unmarked_differs


def test_context_marks_the_word_and_cuts_on_the_right_sides() -> None:
    """Plain output brackets the word; the excerpt cut at its start shows `…` at its right end on a
    bidi terminal (the start of Arabic), and first as it comes on one without."""
    text = context_line(WORD).strip().strip(RLM)
    assert f"{MARK_OPEN}{WORD}{MARK_CLOSE}" in text and text.startswith("…") and text.endswith("…")
    shown = shown_by_bidi(context_line(WORD), "L").replace(RLM, "").strip()
    assert f"{MARK_CLOSE}{WORD[::-1]}{MARK_OPEN}" in shown  # a terminal mirrors these into ⟦…⟧


def test_context_of_a_latin_line_gets_no_marks() -> None:
    line = "The minister said the talks were الهافية today."
    text = context(plain_console(), line, line.index(WORD) + 1, len(WORD)).plain
    assert RLM not in text and f"{MARK_OPEN}{WORD}{MARK_CLOSE}" in text


def test_context_shows_control_characters_as_spaces() -> None:
    line = "قال\tالوزير\x1b[31m إن الاتصالات الهافية مستمرة"
    text = context(plain_console(), line, line.index(WORD) + 1, len(WORD)).plain
    assert "\x1b" not in text and "\t" not in text and "الوزير [31m" in text


# -- widths -------------------------------------------------------------------------------------

LONG = (
    "أجرى وزير الدفاع الأميركي لويس أوستن سلسلة من الاتصالات الهافية مع نظرائه في الشرق الأوسط"
    " وأوروبا، من بينهم وزير الدفاع الإسرائيلي، وأكد أن التصيعد مرفوض وأن المحادثات ستستأنف قريبا."
)
FIVE = ("الهاتفية", "العافية", "الكافية", "الصافية", "الهاوية")


@pytest.mark.parametrize("width", [40, 80, 120])
def test_every_line_fits_the_width_and_the_rule_id_is_whole(width: int) -> None:
    findings = [
        finding(LONG, "لويس", "names.inconsistent", ("لويد",)),
        finding(LONG, WORD, suggestions=FIVE),
        finding(LONG, "التصيعد", suggestions=("التصعيد", "التصاعد")),
    ]
    out = rendered(plain_console(width), FileReport("story.txt", LONG, findings, 40))
    lines = out.splitlines()
    assert all(cell_len(line) <= width for line in lines), [line for line in lines if cell_len(line) > width]
    headers = [line for line in lines if re.match(r"  1:\d+ ", line)]
    assert [h.split()[1] for h in headers] == ["names.inconsistent", UNKNOWN, UNKNOWN]
    contexts = [line for line in lines if MARK_OPEN in line]
    assert len(contexts) == 3 and all("…" in line for line in contexts)  # LONG is longer than any width
    assert all(f in out for f in FIVE)  # suggestions wrap, none is dropped
    if width == 120:
        assert f"{WORD}  {LABEL} {'، '.join(FIVE)}\n" in out  # room enough: one line


def test_headers_of_a_file_align_their_words() -> None:
    text = "اعلن الوزير ان الاتصالات الهافية"
    findings = [finding(text, "اعلن", "orthography.hamza", ("أعلن",)), finding(text, WORD)]
    headers = [line for line in rendered(plain_console(), FileReport("s.txt", text, findings)).splitlines()][1::2]
    assert headers[0].index("اعلن") == headers[1].index(WORD)


# -- colour ------------------------------------------------------------------------------------


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize(
    ("color", "environ", "terminal", "styled"),
    [
        (Color.AUTO, {}, True, True),
        (Color.AUTO, {}, False, False),
        (Color.AUTO, {"NO_COLOR": "1"}, True, False),
        (Color.AUTO, {"NO_COLOR": ""}, True, True),
        (Color.AUTO, {"TERM": "dumb"}, True, False),
        (Color.AUTO, {"FORCE_COLOR": "1"}, False, True),
        (Color.AUTO, {"FORCE_COLOR": "1", "NO_COLOR": "1"}, False, False),
        (Color.ALWAYS, {"NO_COLOR": "1"}, False, True),
        (Color.NEVER, {"FORCE_COLOR": "1"}, True, False),
    ],
)
def test_styles_follow_color_no_color_and_force_color(
    color: Color, environ: dict[str, str], terminal: bool, styled: bool
) -> None:
    """Without styles nothing but text is written: no colour and no bold or dim either (NO_COLOR),
    and the word is bracketed instead of highlighted."""
    out = Terminal() if terminal else io.StringIO()
    console = text_console(out, color, {"COLUMNS": "80", **environ})
    text = "اعلن الوزير"
    rendered(console, FileReport("s.txt", text, [finding(text, "اعلن", "orthography.hamza", ("أعلن",))]))
    assert (ESCAPE in out.getvalue()) is styled
    assert (f"{MARK_OPEN}اعلن{MARK_CLOSE}" in out.getvalue()) is not styled


def test_width_is_columns_or_80_off_a_terminal() -> None:
    assert text_console(io.StringIO(), Color.AUTO, {}).width == 80
    assert text_console(io.StringIO(), Color.AUTO, {"COLUMNS": "52"}).width == 52


def test_cli_color_option_and_no_color(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text("قال الوزير إن الاتصالات الهافية مستمرة.\n", encoding="utf-8")
    runner = CliRunner()
    always = runner.invoke(app, ["check", "--color", "always", str(story)])
    assert always.exit_code == 1 and ESCAPE in always.stdout
    forced = runner.invoke(app, ["check", str(story)], env={"FORCE_COLOR": "1"})
    assert ESCAPE in forced.stdout
    for args, env in ((["--color", "never"], {"FORCE_COLOR": "1"}), ([], {"FORCE_COLOR": "1", "NO_COLOR": "1"})):
        result = runner.invoke(app, ["check", *args, str(story)], env=env)
        assert ESCAPE not in result.stdout and f"{MARK_OPEN}{WORD}{MARK_CLOSE}" in result.stdout
    assert runner.invoke(app, ["check", "--color", "sometimes", str(story)]).exit_code == 2


# -- --quiet and --statistics ------------------------------------------------------------------


def test_quiet_prints_the_findings_only() -> None:
    text = "اعلن الوزير"
    report = FileReport("s.txt", text, [finding(text, "اعلن", "orthography.hamza", ("أعلن",))], 2)
    loud, quiet = rendered(plain_console(), report), rendered(plain_console(), report, quiet=True)
    assert loud.startswith(quiet) and quiet.count("\n") == 3
    assert "finding(s)" not in quiet and "findings" not in quiet
    assert rendered(plain_console(), FileReport("clean.txt", "نص", []), quiet=True) == ""


def test_quiet_shows_no_progress_bar(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The bar is drawn on a terminal's error stream for 10 files or more; never with --quiet."""
    from arabspell.cli import checking as check_command

    shown: list[int] = []

    def progress(outcomes: object, total: int) -> object:
        shown.append(total)
        return outcomes

    monkeypatch.setattr(check_command, "_progress", progress)
    monkeypatch.setattr(check_command, "console", lambda stderr=False: Console(file=io.StringIO(), force_terminal=True))
    for i in range(12):
        (tmp_path / f"{i:02}.txt").write_text("قال الوزير إن الاتصالات الهاتفية مستمرة.\n", encoding="utf-8")
    CliRunner().invoke(app, ["check", str(tmp_path)])
    assert shown == [12]
    CliRunner().invoke(app, ["check", "-q", str(tmp_path)])
    assert shown == [12]


def test_quiet_baseline_is_written_without_its_summary(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text("قال الوزير إن الاتصالات الهافية مستمرة.\n", encoding="utf-8")
    base = tmp_path / "base.json"
    loud = CliRunner().invoke(app, ["check", "--write-baseline", str(base), str(story)])
    assert loud.exit_code == 0 and "recorded as the baseline" in loud.stderr
    quiet = CliRunner().invoke(app, ["check", "-q", "--write-baseline", str(base), str(story)])
    assert quiet.exit_code == 0 and quiet.stdout == quiet.stderr == "" and base.exists()


def test_statistics_count_by_rule_then_word() -> None:
    text = "الهافية ثم الهافية ثم التصيعد ثم اعلن"
    findings = [
        Finding(0, 7, UNKNOWN, Severity.ERROR, "m", WORD, (FIRST,), True),
        Finding(11, 7, UNKNOWN, Severity.ERROR, "m", WORD, (FIRST,), True),
        Finding(22, 7, UNKNOWN, Severity.ERROR, "m", "التصيعد", (), True),
        Finding(33, 4, "orthography.hamza", Severity.WARNING, "m", "اعلن", ("أعلن",), True),
    ]
    out = rendered(plain_console(), FileReport("s.txt", text, findings, 8), statistics=Statistics())
    assert out == (
        f"3  {UNKNOWN}\n"
        f"   2  {WORD}\n"
        "   1  التصيعد\n"
        "1  orthography.hamza\n"
        "   1  اعلن\n"
        "4 finding(s) in 1 file(s), 8 words checked.\n"
    )
    quiet = rendered(plain_console(), FileReport("s.txt", text, findings, 8), statistics=Statistics(), quiet=True)
    assert quiet == out.rsplit("\n", 2)[0] + "\n"


def test_statistics_list_the_top_words_and_count_the_others() -> None:
    stats = Statistics()
    words = [f"كلمة{'ب' * i}" for i in range(TOP_WORDS + 3)]
    stats.add(Finding(0, len(w), UNKNOWN, Severity.ERROR, "m", w, (), True) for w in words)
    lines = [line.plain for line in stats.lines()]
    assert lines[0] == f"{TOP_WORDS + 3}  {UNKNOWN}" and len(lines) == TOP_WORDS + 2
    assert lines[-1].strip() == "and 3 more words" and lines[-1].index("and") == lines[1].index("كلمة")


def test_statistics_are_a_text_format_view(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text("قال الوزير إن الاتصالات الهافية مستمرة.\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["check", "--statistics", "--format", "json", str(story)])
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr.startswith("arabspell: --statistics is a view of the text format, not of json")


# -- the README --------------------------------------------------------------------------------


def readme_examples() -> list[list[str]]:
    """The indented blocks of README's "Text output" that start with `$ arabspell`: the command,
    then what it prints."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("### Text output\n", 1)[1].split("\n### ", 1)[0]
    blocks: list[list[str]] = []
    inside = False
    for line in section.splitlines():
        if line.startswith("    $ arabspell "):
            blocks.append([])
            inside = True
        inside &= line.startswith("    ")
        if inside:
            blocks[-1].append(line[4:])
    return blocks


def test_readme_text_output_examples_are_real_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    examples = readme_examples()
    assert [block[0].split()[3] for block in examples] == ["seeds/000_69343e0133e2dd8e.txt", "--statistics"]
    monkeypatch.chdir(ROOT)
    for command, *expected in examples:
        result = CliRunner().invoke(app, command.split()[2:])
        assert result.stdout == "\n".join(expected) + "\n", command
