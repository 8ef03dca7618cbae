"""The HTML report's summary: the files worst first (findings per thousand words, then count),
the findings by rule, the legend of rule families and the filter's controls."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from arabspell.findings import Finding
from arabspell.report.marks import FAMILIES, SEVERITIES, attributes, esc, family


@dataclass(frozen=True)
class FileRow:
    """What the summary keeps of one file: its number, path, words and findings with their ids."""

    file_no: int
    path: str
    words: int
    links: list[tuple[Finding, str]]

    @property
    def count(self) -> int:
        return len(self.links)

    @property
    def density(self) -> float:
        """Findings per thousand words (a file of no words counts as one word)."""
        return 1000 * self.count / max(self.words, 1)


def worst_first(rows: list[FileRow]) -> list[FileRow]:
    """Files with findings by findings per thousand words, then by count, most first, then in
    the run's order; then the clean files in the run's order."""
    found = sorted((r for r in rows if r.count), key=lambda r: (-r.density, -r.count, r.file_no))
    return found + [r for r in rows if not r.count]


def _file_row(row: FileRow) -> str:
    """One file's row: its path (a link to its section), counts, a link to each finding."""
    path = f'<bdi dir="auto">{esc(row.path)}</bdi>'
    if row.count:
        path = f'<a href="#file-{row.file_no}">{path}</a>'
    links = " ".join(
        f'<a class="to" href="#{ident}" {attributes(f)}>{esc(f.text) or "·"}</a>' for f, ident in row.links
    )
    return (
        f'<tr data-count="{row.count}"><td class="path">{path}</td><td class="n" data-label="الكلمات">{row.words}</td>'
        f'<td class="n" data-label="الملاحظات">{row.count}</td><td class="n" data-label="لكل ألف كلمة">'
        f'{row.density:.1f}</td><td class="links">{links or "—"}</td></tr>'
    )


def files_table(rows: list[FileRow]) -> str:
    """The files, worst first, each linked to its section and its findings."""
    body = "".join(_file_row(r) for r in worst_first(rows))
    return (
        '<h3>الملفات، الأسوأ أولًا <small>(بعدد الملاحظات لكل ألف كلمة)</small></h3><div class="scroll">'
        '<table id="files"><thead><tr><th>الملف</th><th>الكلمات</th><th>الملاحظات</th><th>لكل ألف كلمة</th>'
        f"<th>المواضع</th></tr></thead><tbody>{body}</tbody></table></div>"
    )


def by_rule(rows: list[FileRow]) -> tuple[Counter[str], dict[str, set[str]]]:
    """The count of findings by rule, and the severities each rule's findings have."""
    counts: Counter[str] = Counter()
    severities: dict[str, set[str]] = {}
    for row in rows:
        for f, _ in row.links:
            counts[f.rule] += 1
            severities.setdefault(f.rule, set()).add(f.severity.value)
    return counts, severities


def _severity_order(values: set[str]) -> list[str]:
    return sorted(values, key=lambda v: (list(SEVERITIES).index(v) if v in SEVERITIES else len(SEVERITIES), v))


def rules_table(rows: list[FileRow]) -> str:
    """The findings by rule, most first; each rule links to the page filtered to it."""
    counts, severities = by_rule(rows)
    if not counts:
        return '<p class="clean">لا ملاحظات.</p>'
    body = "".join(
        f'<tr data-family="{esc(family(rule))}" data-rule="{esc(rule)}"><td><span class="sw"></span>'
        f'<a href="#filter={esc(rule)}" dir="ltr"><code>{esc(rule)}</code></a></td>'
        f"<td>{esc('، '.join(SEVERITIES.get(s, s) for s in _severity_order(severities[rule])))}</td>"
        f'<td class="n">{n}</td></tr>'
        for rule, n in sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    )
    return (
        '<h3>الملاحظات حسب القاعدة</h3><div class="scroll"><table id="rules"><thead><tr><th>القاعدة</th>'
        f"<th>الخطورة</th><th>العدد</th></tr></thead><tbody>{body}</tbody></table></div>"
    )


def families_of(rows: list[FileRow]) -> list[str]:
    """The rule families the run's findings have, in the legend's order (others after, by name)."""
    seen = {family(f.rule) for row in rows for f, _ in row.links}
    order = list(FAMILIES)
    return sorted(seen, key=lambda name: (order.index(name) if name in order else len(order), name))


def legend(rows: list[FileRow]) -> str:
    """The colour of each rule family the run has, and the underline of each severity."""
    names = families_of(rows)
    if not names:
        return ""
    items = "".join(
        f'<li data-family="{esc(name)}"><span class="sw"></span>{esc(FAMILIES.get(name, name))} '
        f'<code dir="ltr">{esc(name)}</code></li>'
        for name in names
    )
    lines = "".join(
        f'<li><mark class="sample" data-severity="{esc(value)}">{esc(label)}</mark> '
        f'<code dir="ltr">{esc(value)}</code></li>'
        for value, label in SEVERITIES.items()
    )
    return (
        f'<div id="legend"><h3>الألوان</h3><ul class="families">{items}</ul><ul class="severities">{lines}</ul></div>'
    )


def _box(name: str, value: str, label: str, count: int) -> str:
    return (
        f'<label><input type="checkbox" name="{name}" value="{esc(value)}" checked> {label} '
        f'<span class="n">({count})</span></label>'
    )


def controls(rows: list[FileRow]) -> str:
    """The filter by rule and severity: hidden until the page's script shows it (without the
    script every finding is shown)."""
    counts, _ = by_rule(rows)
    if not counts:
        return ""
    severities = Counter(f.severity.value for row in rows for f, _ in row.links)
    rules = "".join(_box("rule", rule, f'<code dir="ltr">{esc(rule)}</code>', n) for rule, n in sorted(counts.items()))
    levels = "".join(
        _box("severity", value, esc(SEVERITIES.get(value, value)), severities[value])
        for value in _severity_order(set(severities))
    )
    return (
        '<form id="filter" hidden><h3>تصفية</h3><fieldset><legend>القواعد</legend>'
        f"{rules}</fieldset><fieldset><legend>الخطورة</legend>{levels}</fieldset>"
        '<p>المعروض: <output id="shown" dir="ltr"></output> · <a href="#filter=">الكل</a></p></form>'
    )
