"""Directory walks: ignore files with git's semantics, hidden and build folders, links, every file once."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from arabspell.files.walk import expand


def tree(root: Path, *names: str) -> None:
    for name in names:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("قال الوزير.\n", encoding="utf-8")


def found(root: Path, *paths: str, ignore: bool = True) -> list[str]:
    """The files expand lists, relative to root (run from root)."""
    return list(expand(list(paths or ["."]), included=lambda p: True, ignore=ignore))


@pytest.fixture
def here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_a_pattern_with_an_inner_slash_is_anchored_and_a_trailing_slash_means_folders_only(here: Path) -> None:
    tree(here, "a/notes.txt", "b/a/notes.txt", "logs/x.txt", "sub/logs", "c/logs/y.txt")
    (here / ".gitignore").write_text("a/notes.txt\nlogs/\n", encoding="utf-8")
    assert found(here) == ["b/a/notes.txt", "sub/logs"]


def test_a_leading_slash_anchors_and_double_stars_cross_folders(here: Path) -> None:
    tree(here, "top.txt", "x/top.txt", "x/y/z/draft.md", "draft.md", "x/y/keep.md")
    (here / ".gitignore").write_text("/top.txt\nx/**/draft.md\n", encoding="utf-8")
    assert found(here) == ["draft.md", "x/top.txt", "x/y/keep.md"]


def test_nested_files_are_relative_to_their_folder_and_the_deeper_one_wins(here: Path) -> None:
    tree(here, "a.md", "desk/a.md", "desk/b.md", "desk/deep/c.md", "desk/deep/a.md")
    (here / ".gitignore").write_text("*.md\n", encoding="utf-8")
    (here / "desk" / ".gitignore").write_text("!*.md\n/b.md\n", encoding="utf-8")
    (here / "desk" / "deep" / ".gitignore").write_text("c.md\n", encoding="utf-8")
    assert found(here) == ["desk/a.md", "desk/deep/a.md"]


def test_a_file_in_an_ignored_folder_cannot_be_re_included(here: Path) -> None:
    tree(here, "drafts/keep.md", "drafts/other.md", "notes/keep.md", "notes/other.md")
    (here / ".gitignore").write_text("drafts/\n!drafts/keep.md\nnotes/*\n!notes/keep.md\n", encoding="utf-8")
    assert found(here) == ["notes/keep.md"]


def test_a_dot_ignore_match_wins_over_a_gitignore_one(here: Path) -> None:
    tree(here, "a.tmp.md", "b.tmp.md", "c.md")
    (here / ".gitignore").write_text("*.tmp.md\n", encoding="utf-8")
    (here / ".ignore").write_text("!a.tmp.md\nc.md\n", encoding="utf-8")
    assert found(here) == ["a.tmp.md"]


def test_the_walk_reads_the_ignore_files_of_the_folder_named_and_below_only(here: Path) -> None:
    tree(here, "desk/a.md", "desk/b.txt")
    (here / ".gitignore").write_text("*.md\n", encoding="utf-8")
    (here / "desk" / ".gitignore").write_text("*.txt\n", encoding="utf-8")
    assert found(here, "desk") == ["desk/a.md"]


def test_hidden_names_and_build_folders_are_skipped_unless_ignore_is_off(here: Path) -> None:
    tree(here, ".git/HEAD.txt", ".venv/x.md", ".draft.txt", "node_modules/p/r.md", "build/i.html", "a/dist/x.md")
    tree(here, "story.txt", "ignored.txt")
    (here / ".gitignore").write_text("ignored.txt\n", encoding="utf-8")
    assert found(here) == ["story.txt"]
    everything = [".draft.txt", ".git/HEAD.txt", ".gitignore", ".venv/x.md", "a/dist/x.md", "build/i.html"]
    assert found(here, ignore=False) == [*everything, "ignored.txt", "node_modules/p/r.md", "story.txt"]


def test_a_path_named_is_kept_even_when_hidden_or_ignored_and_a_hidden_folder_named_is_walked(here: Path) -> None:
    tree(here, "ignored.txt", ".drafts/a.txt", ".drafts/.b.txt", "build/c.txt")
    (here / ".gitignore").write_text("ignored.txt\n", encoding="utf-8")
    assert found(here, "ignored.txt", ".drafts", "build") == ["ignored.txt", ".drafts/a.txt", "build/c.txt"]


def test_every_file_once_by_its_resolved_path_first_spelling_kept(here: Path) -> None:
    tree(here, "desk/a.txt", "desk/b.txt")
    (here / "link.txt").symlink_to(here / "desk" / "b.txt")
    (here / "again").symlink_to(here / "desk")  # a link to a folder: not followed
    paths = ["./desk/b.txt", "desk/b.txt", "link.txt", ".", "-", "-", str(here / "desk" / "a.txt"), "desk"]
    assert found(here, *paths) == ["./desk/b.txt", "desk/a.txt", "-"]


def test_missing_paths_are_kept_for_the_reader_to_report_once(here: Path) -> None:
    assert found(here, "gone.txt", "./gone.txt") == ["gone.txt"]


def test_an_unreadable_folder_or_ignore_file_is_passed_over(here: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    tree(here, "a.txt", "locked/b.txt")
    (here / ".gitignore").mkdir()  # not a file: reading it fails
    real_scandir = os.scandir

    def scandir(path: str | os.PathLike[str]) -> object:
        if Path(path).name == "locked":
            raise PermissionError(13, "Permission denied")
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    assert found(here) == ["a.txt"]


def test_the_default_filter_takes_the_kinds_arabspell_reads(here: Path) -> None:
    tree(here, "a.txt", "b.md", "c.HTML", "d.pdf", "e")
    assert list(expand(["."])) == ["a.txt", "b.md", "c.HTML"]
