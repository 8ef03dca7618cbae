"""The HTML report: structure, counts and escaping on a parsed page (always), then the page in a
real browser, headless Chromium: the DOM after the page's script ran (the seed's four highlights
and their suggestions, the summary counts, a filter from the address, a directory of files, no
horizontal scroll on a phone) and screenshots kept under tests/artifacts/ (git-ignored)."""

from __future__ import annotations

import io
import json
import re
import shutil
import subprocess
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

import pytest
from typer.testing import CliRunner

from arabspell.cli import app
from arabspell.findings import Finding, Severity
from arabspell.report import Format, make_reporter
from arabspell.report.base import FileReport, Level, Notice
from arabspell.report.html import script_json
from arabspell.report.summary_html import FileRow, worst_first
from arabspell.text.lines import KnownLines

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_69343e0133e2dd8e.txt"
ARTIFACTS = ROOT / "tests" / "artifacts"
#: the seed's findings: the word as written and its first suggestion, in the text's order
SEED_MARKS = [("لويس", "لويد"), ("الهافية", "الهاتفية"), ("تصيعد", "تصعيد"), ("أوستين", "أوستن")]
SCRIPT_BREAK = "</script><script>alert(1)</script>"
ATTRIBUTE_BREAK = '"><img src=x onerror=alert(1)>'
HOSTILE = f"العنوان\n\n{SCRIPT_BREAK} أعلن الوزير أن الاتصالات الهافية مع نظرائه {ATTRIBUTE_BREAK} كانت في المنطقة.\n"
HOSTILE_NAME = "a\"<b>'.txt"
VOID = {"meta", "input", "br", "img", "link", "hr", "wbr"}
BROWSERS = ("chromium", "chromium-browser", "google-chrome")


@dataclass
class Node:
    """An element of a parsed page: its tag, attributes and children (text as str)."""

    tag: str
    attrs: dict[str, str]
    children: list[Node | str] = field(default_factory=list)

    def text(self, skip: str = "") -> str:
        """The text inside, without the elements of class `skip`."""
        parts = []
        for child in self.children:
            if isinstance(child, str):
                parts.append(child)
            elif not (skip and skip in child.classes):
                parts.append(child.text(skip))
        return "".join(parts)

    @property
    def classes(self) -> set[str]:
        return set(self.attrs.get("class", "").split())

    def all(self, tag: str = "", cls: str = "", **attrs: str) -> list[Node]:
        """Every element inside with that tag, class and attribute values, in document order."""
        found = []
        for child in self.children:
            if isinstance(child, Node):
                wanted = all(child.attrs.get(k.replace("_", "-")) == v for k, v in attrs.items())
                if (not tag or child.tag == tag) and (not cls or cls in child.classes) and wanted:
                    found.append(child)
                found += child.all(tag, cls, **attrs)
        return found

    def one(self, tag: str = "", cls: str = "", **attrs: str) -> Node:
        [node] = self.all(tag, cls, **attrs)
        return node


class Tree(HTMLParser):
    """A page parsed into Nodes (enough of HTML for the report: void elements, no optional ends)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Node("#document", {})
        self.stack = [self.root]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        node = Node(tag, {k: v or "" for k, v in attrs})
        self.stack[-1].children.append(node)
        if tag not in VOID:
            self.stack.append(node)

    def handle_endtag(self, tag: str) -> None:
        assert self.stack[-1].tag == tag, f"</{tag}> closes <{self.stack[-1].tag}>"
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.stack[-1].children.append(data)


def parse(page: str) -> Node:
    tree = Tree()
    tree.feed(page)
    tree.close()
    assert [n.tag for n in tree.stack] in (["#document"], ["#document", "html"], ["#document", "html", "body"])
    return tree.root


def render(*reports: FileReport, notices: tuple[Notice, ...] = ()) -> str:
    out = io.StringIO()
    reporter = make_reporter(Format.HTML, out)
    for notice in notices:
        reporter.notice(notice)
    for report in reports:
        reporter.add(report)
    reporter.finish()
    return out.getvalue()


def finding(text: str, word: str, rule: str = "spelling.unknown-word", **kw: object) -> Finding:
    offset = text.index(word)
    defaults: dict[str, object] = {"severity": Severity.ERROR, "message": f"«{word}» msg", "suggestions": ("تصعيد",)}
    defaults |= kw
    return Finding(offset, len(word), rule, text=word, **defaults)  # type: ignore[arg-type]


def cli(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, list(args))
    return result.exit_code, result.stdout


def marks(page: Node) -> list[Node]:
    return page.all("mark", "f")


def tip_of(mark: Node) -> Node:
    return mark.one("span", "tip")


@pytest.fixture
def in_root(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)


# --- the page, parsed -------------------------------------------------------------------------


def test_the_seed_report_has_its_four_highlights_with_suggestions(in_root: None) -> None:
    status, out = cli("check", "--format", "html", str(SEED.relative_to(ROOT)))
    assert status == 1
    page = parse(out)
    html = page.one("html")
    assert (html.attrs["lang"], html.attrs["dir"]) == ("ar", "rtl")
    found = marks(page)
    assert [(m.text("tip"), tip_of(m).one("span", "sugg").text().split("، ")[0]) for m in found] == SEED_MARKS
    assert [m.attrs["data-family"] for m in found] == ["names", "spelling", "spelling", "names"]
    assert all(m.attrs["tabindex"] == "0" and m.attrs["aria-describedby"] == m.attrs["id"] + "-tip" for m in found)
    text = page.one("div", "text").text("tip")
    assert text == SEED.read_text(encoding="utf-8"), "the text, marks and line breaks as written"
    assert page.one("meta", name="viewport").attrs["content"].startswith("width=device-width")


def test_the_summary_counts_and_links_to_each_finding(in_root: None) -> None:
    _, out = cli("check", "--format", "html", str(SEED.relative_to(ROOT)))
    page = parse(out)
    [row] = page.one("table", id="files").one("tbody").all("tr")
    cells = [td.text() for td in row.all("td")]
    assert cells[1:4] == ["343", "4", "11.7"]
    ids = {m.attrs["id"] for m in marks(page)}
    links = [a.attrs["href"][1:] for a in row.all("a", "to")]
    assert len(links) == 4 and set(links) == ids
    assert row.one("a", href="#file-1").text() == "seeds/000_69343e0133e2dd8e.txt"
    by_rule = {tr.all("td")[0].text(): tr.all("td")[2].text() for tr in page.one("table", id="rules").all("tr")[1:]}
    assert by_rule == {"names.inconsistent": "2", "spelling.unknown-word": "2"}
    listed = page.one("section", id="file-1").one("ol", "findings").all("li")
    assert [li.one("a").attrs["href"] for li in listed] == [f"#f1-{k}" for k in range(1, 5)]
    assert "4 finding(s) in 1 file(s), 343 words checked." in page.one("header").text()
    data = json.loads(page.one("script", type="application/json").text())
    by_rule_counts = {"names.inconsistent": 2, "spelling.unknown-word": 2}
    assert data["summary"] == {"files": 1, "words": 343, "findings": 4, "by_rule": by_rule_counts}


def test_the_page_is_self_contained(in_root: None) -> None:
    _, out = cli("check", "--format", "html", str(SEED.relative_to(ROOT)))
    page = parse(out)
    assert page.all("link") == [] and page.all("img") == [] and page.all("iframe") == []
    assert not [n for n in page.all() if "src" in n.attrs], "no element loads anything"
    assert not [n for n in page.all() if re.match(r"\w+:", n.attrs.get("href", ""))], "links stay in the page"
    style = page.one("style").text()
    assert "url(" not in style and "@import" not in style and "@font-face" not in style
    scripts = page.all("script")
    assert [s.attrs for s in scripts] == [{"type": "application/json", "id": "arabspell-data"}, {}]
    assert "http" not in scripts[1].text() and "fetch(" not in scripts[1].text()


def test_hostile_text_paths_and_messages_stay_text() -> None:
    text = HOSTILE
    word = finding(text, "الهافية", message=f"«الهافية» {SCRIPT_BREAK}", suggestions=(ATTRIBUTE_BREAK, "الهاتفية"))
    tag = finding(text, "<img", rule="spelling.x'\"<y", message=ATTRIBUTE_BREAK, severity=Severity.WARNING)
    out = render(FileReport(HOSTILE_NAME, text, [tag, word], 12))
    page = parse(out)
    assert page.all("img") == [] and page.all("b") == [] and page.all("y") == []
    assert len(page.all("script")) == 2
    assert not [(n.tag, k) for n in page.all() for k in n.attrs if k.startswith("on")]
    assert page.one("div", "text").text("tip") == text
    assert [m.text("tip") for m in marks(page)] == ["الهافية", "<img"]
    assert tip_of(marks(page)[0]).text().count(SCRIPT_BREAK) == 1
    assert tip_of(marks(page)[0]).one("span", "sugg").text().startswith(ATTRIBUTE_BREAK)
    data = json.loads(page.one("script", type="application/json").text())
    assert data["files"] == [HOSTILE_NAME]
    assert "</" not in page.one("script", type="application/json").text()
    assert page.one("section", id="file-1").one("h2").text() == HOSTILE_NAME


def test_script_json_cannot_close_its_element() -> None:
    text = script_json({"a": "</script><!-- & -->"})
    assert "<" not in text and ">" not in text and "&" not in text
    assert json.loads(text) == {"a": "</script><!-- & -->"}


def test_overlapping_findings_nest_and_the_text_is_whole() -> None:
    text = "قال إن إن الوزير"
    doubled = Finding(4, 5, "repeat.doubled-word", Severity.ERROR, "twice", "إن إن", ("إن",))
    inner = Finding(7, 9, "grammar.x", Severity.WARNING, "m", "إن الوزير", ())
    page = parse(render(FileReport("s.txt", text, [doubled, inner], 4)))
    assert page.one("div", "text").text("tip") == text
    outer = page.one("mark", id="f1-1")
    assert [m.attrs["id"] for m in outer.all("mark", "f")] == ["f1-2"], "the second starts inside the first"
    assert page.one("mark", id="f1-2").text("tip") == "إن"


def test_a_streamed_file_shows_its_findings_in_their_lines() -> None:
    text = "سطر أول\nثم الاتصالات الهافية مع نظرائه\n"
    f = finding(text, "الهافية")
    lines = KnownLines()
    lines.add(text, [f.offset])
    page = parse(render(FileReport("big.txt", "", [f], 7, lines)))
    section = page.one("section", id="file-1")
    assert section.all("div", "text") == []
    [item] = section.one("ol", "findings").all("li")
    assert item.one("a", "pos").text() == "2:14"
    assert item.one("mark", "f").text("tip") == "الهافية"
    assert item.text("tip").endswith("ثم الاتصالات الهافية مع نظرائه")


def test_control_characters_cannot_break_the_page() -> None:
    text = "نص\x00 الهافية\x1b\n"
    page = parse(render(FileReport("c.txt", text, [finding(text, "الهافية")], 2)))
    assert page.one("div", "text").text("tip") == text.replace("\x00", "\ufffd").replace("\x1b", "\ufffd")


def test_a_clean_run_and_notices() -> None:
    notices = (Notice("gone.txt", "no such file"), Notice("x.bin", "binary, skipped", Level.SKIPPED))
    page = parse(render(FileReport("ok.txt", "نص سليم", [], 2), notices=notices))
    assert page.all("mark", "f") == [] and page.all("form") == [] and page.all("section", "file") == []
    assert page.one("p", "clean").text() == "لا ملاحظات."
    assert [li.text() for li in page.one("section", id="notices").all("li")] == [n.line() for n in notices]
    assert page.one("table", id="files").one("tbody").one("tr").attrs["data-count"] == "0"


def test_worst_files_first_by_findings_per_thousand_words() -> None:
    f = finding("الهافية", "الهافية")
    rows = [
        FileRow(1, "clean.txt", 100, []),
        FileRow(2, "many.txt", 1000, [(f, "a")] * 5),
        FileRow(3, "dense.txt", 100, [(f, "b")] * 2),
        FileRow(4, "tie.txt", 200, [(f, "c")] * 4),
    ]
    assert [r.path for r in worst_first(rows)] == ["tie.txt", "dense.txt", "many.txt", "clean.txt"]


def test_output_file_exit_code_and_summary_line(in_root: None, tmp_path: Path) -> None:
    target = tmp_path / "report.html"
    status, out = cli("check", "-f", "html", "-o", str(target), str(SEED.relative_to(ROOT)))
    assert status == 1
    assert out == f"{target}: 4 finding(s) in 1 file(s), 343 words checked.\n"
    assert len(marks(parse(target.read_text(encoding="utf-8")))) == 4
    status, _ = cli("check", "-f", "html", "--exit-zero", str(SEED.relative_to(ROOT)))
    assert status == 0


# --- the page in headless Chromium ---------------------------------------------------------------


def browser() -> str:
    """The path of a Chromium on PATH, or the test is skipped."""
    for name in BROWSERS:
        found = shutil.which(name)
        if found:
            return found
    pytest.skip("headless Chromium is not installed (Debian: apt-get install chromium)")


def chromium(tmp_path: Path, url: str, *options: str) -> str:
    """Run headless Chromium on a page with the options; returns its stdout (`--dump-dom`: the DOM
    after the page's scripts ran)."""
    command = [browser(), "--headless", "--disable-gpu", "--no-sandbox", "--no-first-run", "--disable-dev-shm-usage"]
    command += [f"--user-data-dir={tmp_path / 'profile'}", *options, url]
    done = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


def report_of(tmp_path: Path, name: str, *paths: str) -> Path:
    target = tmp_path / name
    status, _ = cli("check", "--format", "html", "-o", str(target), *paths)
    assert status == 1
    return target


def test_chromium_shows_the_seed_report(in_root: None, tmp_path: Path) -> None:
    page = report_of(tmp_path, "seed.html", str(SEED.relative_to(ROOT)))
    dom = parse(chromium(tmp_path, page.as_uri(), "--dump-dom"))
    found = marks(dom)
    assert [(m.text("tip"), tip_of(m).one("span", "sugg").text().split("، ")[0]) for m in found] == SEED_MARKS
    assert [m.classes for m in found] == [{"f"}] * 4
    assert "hidden" not in dom.one("form", id="filter").attrs, "the script ran and showed the filter"
    assert dom.one("output", id="shown").text() == "4 / 4"
    assert [td.text() for td in dom.one("table", id="files").one("tbody").one("tr").all("td")][1:3] == ["343", "4"]
    ARTIFACTS.mkdir(exist_ok=True)
    for shot, size in (("html-report-seed.png", "1000,1400"), ("html-report-seed-phone.png", "375,800")):
        chromium(tmp_path, page.as_uri(), f"--screenshot={ARTIFACTS / shot}", f"--window-size={size}")
        assert (ARTIFACTS / shot).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        print(f"screenshot: {ARTIFACTS / shot}")
    opened = tmp_path / "opened.html"  # as after a tap on الهافية (docs/html-report.png is this one)
    script = '<script>document.getElementById("f1-2").classList.add("open")</script></body>'
    opened.write_text(page.read_text(encoding="utf-8").replace("</body>", script), encoding="utf-8")
    shot = ARTIFACTS / "html-report-seed-tip.png"
    chromium(tmp_path, opened.as_uri(), f"--screenshot={shot}", "--window-size=1000,1400", "--hide-scrollbars")
    print(f"screenshot: {shot}")


def test_chromium_filters_from_the_address(in_root: None, tmp_path: Path) -> None:
    page = report_of(tmp_path, "seed.html", str(SEED.relative_to(ROOT)))
    dom = parse(chromium(tmp_path, page.as_uri() + "#filter=names", "--dump-dom"))
    assert [(m.attrs["data-rule"], "off" in m.classes) for m in marks(dom)] == [
        ("names.inconsistent", False),
        ("spelling.unknown-word", True),
        ("spelling.unknown-word", True),
        ("names.inconsistent", False),
    ]
    assert dom.one("output", id="shown").text() == "2 / 4"
    boxes = {i.attrs["value"]: "checked" in i.attrs for i in dom.one("form", id="filter").all("input")}
    assert boxes["spelling.unknown-word"] is True, "the DOM shows the markup's attribute, not the state"
    listed = dom.one("section", id="file-1").one("ol", "findings").all("li")
    assert ["hidden" in li.classes for li in listed] == [False, True, True, False]
    dom = parse(chromium(tmp_path, page.as_uri() + "#filter=warning", "--dump-dom"))
    assert dom.one("output", id="shown").text() == "0 / 4"


def test_chromium_shows_a_directory_report(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    desk = tmp_path / "desk"
    (desk / "sub").mkdir(parents=True)
    shutil.copy(SEED, desk / "seed.txt")
    (desk / HOSTILE_NAME).write_text(HOSTILE, encoding="utf-8")
    (desk / "sub" / "story.txt").write_text("أعلن الوزير تصيعد الصراع في المنطقة.\n", encoding="utf-8")
    (desk / "clean.txt").write_text("أعلن الوزير أن الاتصالات كانت في المنطقة.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    page = report_of(tmp_path, "desk.html", "desk")
    dom = parse(chromium(tmp_path, page.as_uri(), "--dump-dom"))
    rows = dom.one("table", id="files").one("tbody").all("tr")
    assert len(rows) == 4 and rows[-1].attrs["data-count"] == "0"
    counts = [int(r.attrs["data-count"]) for r in rows]
    assert sum(counts) == len(marks(dom)) == 6
    assert len(dom.all("section", "file")) == 3
    assert dom.all("img") == [] and len(dom.all("script")) == 2
    hostile = next(s for s in dom.all("section", "file") if s.one("h2").text().endswith(HOSTILE_NAME))
    assert hostile.one("div", "text").text("tip") == HOSTILE
    assert dom.one("output", id="shown").text() == "6 / 6"
    shot = ARTIFACTS / "html-report-directory.png"
    ARTIFACTS.mkdir(exist_ok=True)
    chromium(tmp_path, page.as_uri(), f"--screenshot={shot}", "--window-size=1000,1400")
    print(f"screenshot: {shot}")


def test_chromium_no_horizontal_scroll_on_a_phone(in_root: None, tmp_path: Path) -> None:
    """The report in a 375 px frame (headless windows are at least 500 px wide) scrolls only down."""
    page = report_of(tmp_path, "seed.html", str(SEED.relative_to(ROOT)))
    frame = tmp_path / "phone.html"
    frame.write_text(PHONE_FRAME.format(src=page.name), encoding="utf-8")
    dom = parse(chromium(tmp_path, frame.as_uri(), "--dump-dom", "--allow-file-access-from-files"))
    scroll, width = map(int, dom.one("body").attrs["data-width"].split())
    assert 340 <= width <= 375, "the frame's width, less a scroll bar"
    assert scroll <= width


#: a page that shows a report in a phone-wide frame and writes down how wide its content is
PHONE_FRAME = """<!DOCTYPE html><html><body style="margin:0">
<iframe src="{src}" style="width:375px;height:800px;border:0" onload="
  var d = this.contentDocument.documentElement;
  document.body.setAttribute('data-width', d.scrollWidth + ' ' + d.clientWidth)"></iframe></body></html>
"""
