"""The HTML report's inline pieces: text escaped for a page, each finding a focusable <mark> with
its tip (rule, message, suggestions), a file's text with its findings marked in place, and the
lines around the findings of a file whose text was streamed and not kept."""

from __future__ import annotations

import html
import re
from collections.abc import Sequence

from arabspell.findings import Finding, Severity
from arabspell.text.lines import Lines, excerpt

#: rule families (the id before the dot), in the legend's order, with their names on the page
FAMILIES: dict[str, str] = {
    "spelling": "الإملاء",
    "names": "الأسماء",
    "orthography": "الرسم",
    "grammar": "النحو",
    "spacing": "المسافات",
    "repeat": "التكرار",
    "style": "أسلوب الدار",
    "context": "السياق",
    "directives": "التوجيهات",
}
#: severities, most serious first, with their names on the page
SEVERITIES: dict[str, str] = {
    Severity.ERROR.value: "خطأ",
    Severity.WARNING.value: "تنبيه",
    Severity.INFO.value: "معلومة",
}
#: code points a page cannot carry: C0 controls but tab and line breaks, DEL, lone surrogates
_UNSHOWABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")
#: how many code points of a streamed file's line are shown around a finding
CONTEXT_ROOM = 160


def esc(text: str) -> str:
    """Text for an element or a quoted attribute: `& < > " '` escaped, code points a page cannot
    carry shown as U+FFFD (one for one, so nothing else moves)."""
    return html.escape(_UNSHOWABLE.sub("\ufffd", text), quote=True)


def family(rule: str) -> str:
    """A rule's family: its id up to the first dot (`spelling.unknown-word` -> spelling)."""
    return rule.split(".", 1)[0]


def anchor(file_no: int, finding_no: int) -> str:
    """The id of a finding's mark: `f<file>-<finding>`, both 1-based in the run's order."""
    return f"f{file_no}-{finding_no}"


def suggestions(finding: Finding) -> str:
    """A finding's suggestions, best first, joined by Arabic commas (or a dash when it has none)."""
    return "، ".join(finding.suggestions) if finding.suggestions else "—"


def tip(finding: Finding, ident: str) -> str:
    """The popover of a finding's mark: rule and severity, message, suggestions."""
    severity = finding.severity.value
    return (
        f'<span class="tip" id="{ident}-tip" role="tooltip">'
        f'<span class="rule" dir="ltr" lang="en">{esc(finding.rule)} · {esc(severity)}</span>'
        f'<span class="msg" dir="ltr" lang="en">{esc(finding.message)}</span>'
        f'<span class="sugg">{esc(suggestions(finding))}</span></span>'
    )


def attributes(finding: Finding) -> str:
    """The data attributes the colours and the filter read: family, rule, severity."""
    return (
        f'data-family="{esc(family(finding.rule))}" data-rule="{esc(finding.rule)}" '
        f'data-severity="{esc(finding.severity.value)}"'
    )


def opening(finding: Finding, ident: str) -> str:
    """The start tag of a finding's mark: focusable (a tap or Tab shows its tip), described by it."""
    return f'<mark class="f" id="{ident}" tabindex="0" {attributes(finding)} aria-describedby="{ident}-tip">'


def marked(text: str, findings: Sequence[Finding], ids: Sequence[str]) -> str:
    """The text escaped, each finding's span a mark with its tip before `</mark>`. Spans that
    overlap nest: one that starts inside another is cut where the other ends."""
    out: list[str] = []
    pos = 0
    open_marks: list[tuple[int, str]] = []  # (end, tip) of each mark still open, innermost last
    for i in sorted(range(len(findings)), key=lambda i: (findings[i].offset, -findings[i].length)):
        f = findings[i]
        while open_marks and open_marks[-1][0] <= f.offset:
            pos = _close(out, text, pos, open_marks.pop())
        out.append(esc(text[pos : f.offset]))
        pos = f.offset
        end = min(f.end, open_marks[-1][0]) if open_marks else f.end
        out.append(opening(f, ids[i]))
        open_marks.append((end, tip(f, ids[i])))
    while open_marks:
        pos = _close(out, text, pos, open_marks.pop())
    out.append(esc(text[pos:]))
    return "".join(out)


def _close(out: list[str], text: str, pos: int, mark: tuple[int, str]) -> int:
    """Write the text up to an open mark's end, its tip and `</mark>`; returns that end."""
    end, tip_html = mark
    out.append(f"{esc(text[pos:end])}{tip_html}</mark>")
    return max(pos, end)


def in_context(finding: Finding, ident: str, lines: Lines) -> str:
    """A finding of a streamed file: its line:column and the part of its line around it, marked."""
    line, column = lines.position(finding.offset)
    shown = excerpt(lines.line_text(line), column, finding.length, CONTEXT_ROOM)
    span = f"{opening(finding, ident)}{esc(shown.span or finding.text)}{tip(finding, ident)}</mark>"
    return (
        f'<li {attributes(finding)}><a class="pos" dir="ltr" href="#{ident}">{line}:{column}</a> '
        f'<span class="line">{esc(shown.before)}{span}{esc(shown.after)}</span></li>'
    )


def listed(finding: Finding, ident: str, lines: Lines) -> str:
    """A finding in its file's list: a link to its mark (line:column), the word and suggestions,
    the rule and the message."""
    line, column = lines.position(finding.offset)
    return (
        f'<li {attributes(finding)}><a class="pos" dir="ltr" href="#{ident}">{line}:{column}</a> '
        f'<span class="word">{esc(finding.text)}</span> ← <span class="sugg">{esc(suggestions(finding))}</span> '
        f'<code dir="ltr">{esc(finding.rule)}</code> '
        f'<span class="msg" dir="ltr" lang="en">{esc(finding.message)}</span></li>'
    )
