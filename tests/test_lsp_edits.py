"""The edits the language server's code actions propose to a desk dictionary, a configuration's
`accept` list and a document's `ignore` directive: each one applied here leaves a file that
the CLI reads and that accepts (or ignores) the word. Files are read, never written."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from arabspell.desk.config import load
from arabspell.desk.dictionaries import load as load_desks
from arabspell.engine import check
from arabspell.lsp.edits import FileEdit, config_edit, dictionary_edit, ignore_edit
from arabspell.text.markup import Kind

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

WORD = "الهافية"


def applied(edit: FileEdit) -> str:
    return edit.content[: edit.start] + edit.new_text + edit.content[edit.end :]


@pytest.mark.parametrize("content", ["", "غالانت\n", "# desk\nغالانت", "غالانت\r\n"])
def test_a_word_is_appended_to_a_dictionary(tmp_path: Path, content: str) -> None:
    path = tmp_path / "desk.txt"
    if content:
        path.write_text(content, encoding="utf-8", newline="")
    edit = dictionary_edit(path, WORD)
    assert edit is not None and edit.create is (not content)
    path.write_text(applied(edit), encoding="utf-8", newline="")
    assert WORD in load_desks([path]).words
    assert dictionary_edit(path, WORD) is None  # there already: nothing to add


def test_a_dictionary_that_is_not_one_gets_no_edit(tmp_path: Path) -> None:
    path = tmp_path / "desk.txt"
    path.write_text("not a word line!\n", encoding="utf-8")
    assert dictionary_edit(path, WORD) is None


@pytest.mark.parametrize(
    "content",
    [
        "",
        'fail-on = "error"\n',
        'accept = ["غالانت"]\n',
        "accept = []\n",
        'accept = [\n  "غالانت",  # a minister ]\n]\n',
        'accept = ["غالانت"] # names\n\n[reject]\n"الى" = "إلى"\n',
        '[reject]\n"الى" = "إلى"\n',
        'select = ["spelling"]',
    ],
)
def test_a_word_is_added_to_accept(tmp_path: Path, content: str) -> None:
    path = tmp_path / "arabspell.toml"
    if content:
        path.write_text(content, encoding="utf-8")
    edit = config_edit(path, WORD)
    assert edit is not None
    path.write_text(applied(edit), encoding="utf-8")
    config = load(path)
    assert WORD in config.accept
    assert config.accept >= load_previous(content)


def load_previous(content: str) -> frozenset[str]:
    accept = tomllib.loads(content).get("accept", [])
    return frozenset(accept)


def test_a_word_is_added_to_the_arabspell_table_of_pyproject(tmp_path: Path) -> None:
    path = tmp_path / "pyproject.toml"
    path.write_text('[project]\nname = "copy"\n\n[tool.arabspell]\nfail-on = "error"\n\n[tool.other]\nx = 1\n')
    edit = config_edit(path, WORD)
    assert edit is not None
    path.write_text(applied(edit), encoding="utf-8")
    assert WORD in load(path).accept
    assert tomllib.loads(path.read_text())["tool"]["other"] == {"x": 1}


def test_a_configuration_the_edit_cannot_keep_valid_gets_none(tmp_path: Path) -> None:
    path = tmp_path / "arabspell.toml"
    path.write_text("accept = [ this is broken\n", encoding="utf-8")
    assert config_edit(path, WORD) is None
    pyproject = tmp_path / "pyproject.toml"
    pyproject.write_text('[project]\nname = "x"\n', encoding="utf-8")
    assert config_edit(pyproject, WORD) is None  # no arabspell table to add to


COMMENT = f"<!-- arabspell: ignore {WORD} -->"
TEXT = "أجرى الوزير اتصالات الهافية مع نظرائه.\n"


@pytest.mark.parametrize(
    ("kind", "text", "expected"),
    [
        (Kind.TEXT, TEXT, f"arabspell: ignore {WORD}\n{TEXT}"),
        (Kind.MARKDOWN, TEXT, f"<!-- arabspell: ignore {WORD} -->\n{TEXT}"),
        (Kind.MARKDOWN, f"---\ntitle: x\n---\n{TEXT}", f"---\ntitle: x\n---\n{COMMENT}\n{TEXT}"),
        (Kind.HTML, f"<!DOCTYPE html>\n<p>{TEXT}</p>", f"<!DOCTYPE html>\n{COMMENT}\n<p>{TEXT}</p>"),
        (
            Kind.HTML,
            f"<!-- arabspell: ignore غالانت -->\n<p>{TEXT}</p>",
            f"<!-- arabspell: ignore غالانت {WORD} -->\n<p>{TEXT}</p>",
        ),
        (Kind.TEXT, f"{TEXT}# arabspell: ignore غالانت  \n", f"{TEXT}# arabspell: ignore غالانت {WORD}  \n"),
    ],
)
def test_the_ignore_directive(kind: Kind, text: str, expected: str) -> None:
    at, insert = ignore_edit(text, kind, WORD)
    edited = text[:at] + insert + text[at:]
    assert edited == expected
    assert check(text, kind=kind).findings and not [f for f in check(edited, kind=kind).findings if f.text == WORD]
