"""One check per text: the library (`check_text` with the file kind and the desk's settings) finds
exactly what the CLI reports, for every golden CLI case that checks files; and the bugs the two
paths had while they disagreed, each pinned."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from arabspell import Settings, check_text
from arabspell.cli import app
from arabspell.desk import config
from arabspell.desk.learn import learn
from arabspell.files.sources import STDIN, read
from arabspell.lexicon.lexicon import default_lexicon
from arabspell.report.json import finding_dict
from arabspell.run.check import plan
from arabspell.text.lines import LineIndex
from arabspell.text.markup import Kind, kind_of

CASES = Path(__file__).parent / "cli"
#: options of a check that are about the run, not about what a text's findings are
RUN_ONLY = {"--fix", "--diff", "--baseline", "--write-baseline", "--output", "-o"}
#: options of a check that are about how the report is shown (dropped to rerun it as JSON), and
#: those of them that take a value
VIEW_ONLY, VIEW_VALUED = {"--statistics", "--quiet", "-q"}, {"--color"}
TYPO = "قال الوزير إن الاتصالات الهافية مستمرة."


def without_view(args: list[str]) -> list[str]:
    """A check's arguments without the options that only change how its report is shown."""
    out, skip = [], False
    for arg in args:
        if not skip and arg not in VIEW_ONLY | VIEW_VALUED:
            out.append(arg)
        skip = arg in VIEW_VALUED and not skip
    return out


def check_cases() -> list[Path]:
    """The golden `check` cases that report findings: not help, nor a usage error (exit 2, no stdout)."""
    out = []
    for case in sorted(p for p in CASES.iterdir() if p.is_dir()):
        args = (case / "args").read_text(encoding="utf-8").splitlines()
        usage_error = (case / "exit_code").read_text().strip() == "2" and not (case / "stdout").exists()
        if args[0] == "check" and not RUN_ONLY & set(args) and not {"--help", "-h"} & set(args) and not usage_error:
            out.append(case)
    return out


def library_settings(args: list[str], path: str) -> tuple[list[str], Settings]:
    """The paths of a `check` command line and the settings the library is given for one of the
    files it checks: the configuration found for the file, with the command line's rule options over it."""
    paths, options = [], {"select": [], "ignore": [], "dict": []}
    show_unknown, i = None, 0
    while i < len(args):
        arg = args[i]
        if arg in ("--select", "--ignore", "--dict"):
            options[arg[2:]].append(args[i + 1])
            i += 1
        elif arg in ("--format", "-f", "--stdin-filename", "--encoding"):
            i += 1
        elif arg == "--show-unknown":
            show_unknown = True
        elif not arg.startswith("--"):
            paths.append(arg)
        i += 1
    found = config.find([path]).override(
        select=tuple(options["select"]) or None, ignore=tuple(options["ignore"]) or None, show_unknown=show_unknown
    )
    found = found.override(dictionaries=found.dictionaries + tuple(Path(d) for d in options["dict"]))
    return paths, plan(found).settings


@pytest.mark.parametrize("case", check_cases(), ids=lambda p: p.name)
def test_the_library_finds_what_the_cli_reports(case: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(case)
    args = without_view((case / "args").read_text(encoding="utf-8").splitlines()[1:])
    stdin = (case / "stdin").read_bytes() if (case / "stdin").exists() else None
    result = CliRunner().invoke(app, ["check", *args, "--format", "json"], input=stdin)
    report = json.loads(result.stdout)
    assert report["files"], "a case that checks nothing compares nothing"
    for reported in report["files"]:
        path = reported["path"]
        _, settings = library_settings(args, path)
        named = "--stdin-filename" in args and args[args.index("--stdin-filename") + 1] == path
        encoding = args[args.index("--encoding") + 1] if "--encoding" in args else None
        text = stdin.decode("utf-8") if (path == STDIN or named) and stdin else read(path, encoding).text or ""
        lines = LineIndex(text)
        mine = [finding_dict(f, lines) for f in check_text(text, settings, kind_of(path))]
        assert mine == reported["findings"], path


def test_the_library_keeps_quiet_in_a_hashtag_and_a_url_as_the_cli_does() -> None:
    text = "زار #السعوديةالجديدة اليوم وموقع https://example.com/الهافية مفتوح.\n"
    assert check_text(text) == []
    assert [f.text for f in check_text("قال إن " + "السعوديةالجديدة" + " تنمو.")] == ["السعوديةالجديدة"]


def test_the_library_takes_the_file_kind() -> None:
    markdown = "قال الوزير إن الاتصالات مستمرة.\n\n```\nالهافية\n```\n"
    assert [f.text for f in check_text(markdown)] == ["الهافية"]
    assert check_text(markdown, kind=Kind.MARKDOWN) == check_text(markdown, kind="markdown") == []


def test_no_select_means_every_rule_in_the_library_as_in_the_configuration() -> None:
    assert Settings().select == config.Config().select == ()
    assert [f.rule for f in check_text(TYPO, Settings(select=()))] == ["spelling.unknown-word"]
    assert check_text(TYPO, Settings(select=("names",))) == []


def test_accepted_and_rejected_words_are_desk_settings_of_the_library() -> None:
    assert check_text(TYPO, Settings(accept=frozenset({"الهافية"}))) == []
    [found] = check_text("قال الوزير الى الجنود", Settings(rejected=(("الى", "إلى"),), select=("spelling",)))
    assert (found.rule, found.suggestions, found.safe) == ("spelling.rejected-word", ("إلى",), True)


def test_a_directory_walk_finds_every_kind_a_named_file_is_read_as(tmp_path: Path) -> None:
    for name in ("a.txt", "b.mdx", "c.xhtml", "d.markdown", "e.json"):
        (tmp_path / name).write_text(TYPO + "\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["check", "--format", "json", str(tmp_path)])
    names = [Path(f["path"]).name for f in json.loads(result.stdout)["files"]]
    assert names == ["a.txt", "b.mdx", "c.xhtml", "d.markdown"]


def test_learn_takes_a_proclitic_off_a_name_only_as_the_checker_does() -> None:
    archive = ["وصل الوفد إلى واشنطن أمس.", "غادر واشنطن صباحا.", "قال كريستوفيتش إن", "وأكد كريستوفيتش أن"]
    words = learn(archive, default_lexicon()).words
    assert not words & {"اشنطن", "ريستوفيتش"}
    assert "كريستوفيتش" in words
    assert "غالانت" in learn(["وقال غالانت إن", "وصل غالانت. وأكد وغالانت"], default_lexicon()).words
