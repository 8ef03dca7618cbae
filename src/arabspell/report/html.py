"""The HTML format: one self-contained page for a desk's browser (no network: the style and the
script are inline), right to left, each file's text with its findings marked and their tips, a
summary (files worst first, findings by rule), a legend and a filter by rule and severity. Every
text goes through `marks.esc`; the run's data for the script is JSON with `< > &` escaped."""

from __future__ import annotations

import json
import shutil
import tempfile
from dataclasses import dataclass, field
from importlib import metadata, resources
from typing import TextIO

from arabspell.findings import Finding
from arabspell.report.base import FileReport, Notice, summary, summary_line
from arabspell.report.marks import anchor, esc, in_context, listed, marked
from arabspell.report.summary_html import FileRow, controls, files_table, legend, rules_table

#: sections are spooled in memory up to this many characters, then to a temporary file
SPOOL_MAX = 8 << 20
#: the page's title
TITLE = "تقرير arabspell"


def asset(name: str) -> str:
    """A file of the page's style or script, shipped beside this module (`report/assets/`)."""
    return resources.files("arabspell.report").joinpath("assets", name).read_text(encoding="utf-8")


def script_json(data: object) -> str:
    """JSON to sit inside a <script> element: `<`, `>` and `&` as \\u escapes, so no text in it
    (a path, a word) can close the element or start a comment."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True)
    return text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")


def section(report: FileReport, file_no: int, ids: list[str]) -> str:
    """A file's section: its path, counts, the text with its findings marked (or, when the text
    was streamed and not kept, each finding's line around it), and the list of its findings."""
    lines = report.index()
    head = (
        f'<section class="file" id="file-{file_no}"><h2><bdi dir="auto">{esc(report.path)}</bdi></h2>'
        f'<p class="counts">الكلمات: {report.words} · الملاحظات: {len(report.findings)}</p>'
    )
    if report.text or not report.findings:
        body = f'<div class="text" lang="ar">{marked(report.text, report.findings, ids)}</div>'
        items = "".join(listed(f, ident, lines) for f, ident in zip(report.findings, ids, strict=True))
    else:
        body = '<p class="streamed">نص الملف أكبر من أن يُحفظ، فهذه ملاحظاته في سطورها:</p>'
        items = "".join(in_context(f, ident, lines) for f, ident in zip(report.findings, ids, strict=True))
    return f'{head}{body}<ol class="findings">{items}</ol></section>\n'


def _spool() -> tempfile.SpooledTemporaryFile[str]:
    """Where the sections wait for the summary (closed by `finish`)."""
    return tempfile.SpooledTemporaryFile(SPOOL_MAX, mode="w+", encoding="utf-8")


@dataclass
class HtmlReporter:
    """One HTML page for the whole run, written at the end; each file with findings is rendered
    as it comes and spooled (memory stays bounded over an archive)."""

    out: TextIO
    reports: list[FileReport] = field(default_factory=list)
    rows: list[FileRow] = field(default_factory=list)
    notices: list[Notice] = field(default_factory=list)
    spool: tempfile.SpooledTemporaryFile[str] = field(default_factory=_spool)

    def add(self, report: FileReport) -> None:
        file_no = len(self.reports) + 1
        ids = [anchor(file_no, k) for k in range(1, len(report.findings) + 1)]
        self.reports.append(report.counted())
        self.rows.append(FileRow(file_no, report.path, report.words, _finding_links(report.findings, ids)))
        if report.findings:
            self.spool.write(section(report, file_no, ids))

    def notice(self, notice: Notice) -> None:
        self.notices.append(notice)

    def fixed(self, path: str, before: str, after: str) -> None:
        """A fixed file is a notice (`fixed`) of the run; the page shows the findings left."""

    def finish(self) -> None:
        counts = summary(self.reports)
        self.out.write(_head())
        self.out.write(_summary(self.rows, summary_line(self.reports), self.notices))
        self.spool.seek(0)
        shutil.copyfileobj(self.spool, self.out)
        self.spool.close()
        data = {"summary": counts, "files": [r.path for r in self.reports], "version": 1}
        self.out.write(
            f'</main>\n<script type="application/json" id="arabspell-data">{script_json(data)}</script>\n'
            f"<script>\n{asset('report.js')}</script>\n</body>\n</html>\n"
        )


def _finding_links(findings: list[Finding], ids: list[str]) -> list[tuple[Finding, str]]:
    """Each finding with its mark's id, for the summary's links."""
    return list(zip(findings, ids, strict=True))


def _head() -> str:
    """The page up to <body>: charset, phone viewport, title, generator, the inline style."""
    return (
        '<!DOCTYPE html>\n<html lang="ar" dir="rtl">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<meta name="generator" content="arabspell {esc(metadata.version("arabspell"))}">\n'
        f"<title>{esc(TITLE)}</title>\n<style>\n{asset('report.css')}</style>\n</head>\n<body>\n"
    )


def _summary(rows: list[FileRow], line: str, notices: list[Notice]) -> str:
    """The page's header: title and counts, legend, filter, files worst first, rules, notices."""
    said = "".join(f'<li dir="ltr" lang="en" data-level="{esc(n.level.value)}">{esc(n.line())}</li>' for n in notices)
    notes = f'<section id="notices"><h2>إشعارات</h2><ul>{said}</ul></section>' if notices else ""
    return (
        f'<header><h1>{esc(TITLE)}</h1><p class="line" dir="ltr" lang="en">{esc(line)}</p></header>\n'
        f'<main>\n<section id="summary"><h2>الملخص</h2>{files_table(rows)}{rules_table(rows)}'
        f'<div class="tools">{legend(rows)}{controls(rows)}</div></section>\n{notes}\n'
    )
