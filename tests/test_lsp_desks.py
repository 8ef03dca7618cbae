"""In process: each document's plan is its nearest configuration's, built once and shared by
the documents of that configuration, rebuilt when the configuration or a dictionary changes
on disk; the add-to-dictionary action edits only a file inside the workspace."""

from __future__ import annotations

import os
from pathlib import Path

from arabspell.lsp import actions
from arabspell.lsp.documents import Desks, check
from arabspell.lsp.positions import Positions
from arabspell.text.markup import Kind

TYPO = "الهافية"
TEXT = f"أجرى الوزير اتصالات {TYPO} مع نظرائه.\n"


def never() -> bool:
    return False


def desk(root: Path, words: str = "غالانت\n") -> Path:
    (root / "arabspell.toml").write_text('dictionaries = ["desk.txt"]\n', encoding="utf-8")
    (root / "desk.txt").write_text(words, encoding="utf-8")
    return root / "desk.txt"


def test_one_plan_a_configuration_rebuilt_when_a_dictionary_changes(tmp_path: Path) -> None:
    dictionary = desk(tmp_path)
    (tmp_path / "sub").mkdir()
    desks = Desks()
    first = desks.plan(tmp_path / "a.txt")
    assert desks.plan(tmp_path / "sub" / "b.md") is first  # the same configuration: loaded once, shared
    assert [f.text for f in check(TEXT, Kind.TEXT, desks, tmp_path / "a.txt", never).findings] == [TYPO]
    dictionary.write_text(f"غالانت\n{TYPO}\n", encoding="utf-8")
    os.utime(dictionary, ns=(1, 1))  # a different stamp even on a coarse clock
    assert desks.plan(tmp_path / "a.txt") is not first
    assert check(TEXT, Kind.TEXT, desks, tmp_path / "a.txt", never).findings == []


def test_a_document_without_a_file_uses_the_workspace_configuration(tmp_path: Path) -> None:
    desk(tmp_path, f"{TYPO}\n")
    assert check(TEXT, Kind.TEXT, Desks(tmp_path), None, never).findings == []
    assert check(TEXT, Kind.TEXT, Desks(), None, never).findings  # no workspace: the defaults


def test_a_missing_dictionary_is_a_notice(tmp_path: Path) -> None:
    desk(tmp_path).unlink()
    checked = check(TEXT, Kind.TEXT, Desks(), tmp_path / "a.txt", never)
    assert checked.notice is not None and checked.notice.code == "configuration"
    assert "desk.txt" in checked.notice.message


def titles(roots: tuple[Path, ...], document: Path) -> list[str]:
    desks = Desks()
    findings = check(TEXT, Kind.TEXT, desks, document, never).findings
    doc = actions.Document(document.as_uri(), 1, Positions(TEXT), Kind.TEXT, document, roots)
    return [a.title for a in actions.actions(doc, findings, desks)]


def test_no_edit_outside_the_workspace(tmp_path: Path) -> None:
    desk(tmp_path)
    workspace = tmp_path / "workspace"
    workspace.mkdir()
    document = workspace / "a.txt"
    inside = titles((tmp_path,), document)
    assert f"Add «{TYPO}» to the desk dictionary (desk.txt)" in inside
    outside = titles((workspace,), document)  # the desk's files are above the workspace
    assert not any(t.startswith("Add") for t in outside)
    assert f"Ignore «{TYPO}» in this file" in outside
