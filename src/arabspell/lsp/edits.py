"""The edits the code actions propose, as code-point spans of a file's current text (the server
turns them into LSP edits): a word added to a desk dictionary or to the `accept` list of a
configuration file, or to an `ignore` directive in the document. Pure: files are read, never
written (the editor applies the edit). An edit that would leave a configuration unreadable, or
not accepting the word, is not proposed."""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

from arabspell.arabic.normalize import key
from arabspell.desk.config import NAMES
from arabspell.desk.dictionaries import DeskError, parse
from arabspell.files.sources import read_text
from arabspell.text.markup import Kind

#: the configuration file made when a workspace has none
NEW_CONFIG = NAMES[0]
_HEADER = re.compile(r"^[ \t]*\[", re.M)
_ACCEPT = re.compile(r"^[ \t]*accept[ \t]*=[ \t]*", re.M)
_IGNORE = re.compile(r"arabspell:[^\S\r\n]*ignore(?![\w-])([^\r\n]*)")
_FRONT_MATTER = re.compile(r"\A(?:---|\+\+\+)\r?\n.*?\r?\n(?:---|\.\.\.|\+\+\+)[ \t]*(?:\r?\n|\Z)", re.S)
_DOCTYPE = re.compile(r"\A\s*<!doctype[^>]*>[ \t]*(?:\r?\n)?", re.I)


@dataclass(frozen=True)
class FileEdit:
    """Replace [start, end) of a file's text (`content`, "" when `create`) by `new_text`."""

    path: Path
    content: str
    start: int
    end: int
    new_text: str
    create: bool = False


def _read(path: Path) -> str | None:
    """A file's text ("" when it does not exist yet), None when it cannot be read."""
    if not path.exists():
        return ""
    text, _ = read_text(path)
    return text


def dictionary_edit(path: Path, word: str) -> FileEdit | None:
    """Append a word to a desk dictionary (made when missing); None when it has it already or cannot be read."""
    content = _read(path)
    if content is None:
        return None
    try:
        desk = parse(content, str(path))
    except DeskError:
        return None
    if key(word) in desk.words:
        return None
    prefix = "\n" if content and not content.endswith(("\n", "\r")) else ""
    return FileEdit(path, content, len(content), len(content), f"{prefix}{word}\n", create=not path.exists())


def config_edit(path: Path, word: str) -> FileEdit | None:
    """Add a word to the `accept` list of a configuration file (`arabspell.toml`, `.arabspell.toml`
    or `[tool.arabspell]` of pyproject.toml); a new `arabspell.toml` when `path` does not exist."""
    quoted = json.dumps(word, ensure_ascii=False)  # a TOML basic string for a word
    if not path.exists():
        return FileEdit(path, "", 0, 0, f"accept = [{quoted}]\n", create=True)
    content = _read(path)
    if content is None:
        return None
    region = _region(content, path.name == "pyproject.toml")
    if region is None:
        return None
    edit = _into_accept(path, content, region, quoted)
    return edit if _accepts(edit, word) else None


def _region(content: str, pyproject: bool) -> tuple[int, int] | None:
    """Where arabspell's keys are: the top of the file up to its first table, or `[tool.arabspell]`."""
    if not pyproject:
        first = _HEADER.search(content)
        return 0, first.start() if first else len(content)
    header = re.search(r"^[ \t]*\[tool\.arabspell\][^\r\n]*(?:\r?\n|\Z)", content, re.M)
    if header is None:
        return None
    after = _HEADER.search(content, header.end())
    return header.end(), after.start() if after else len(content)


def _into_accept(path: Path, content: str, region: tuple[int, int], quoted: str) -> FileEdit:
    """The word added before the closing bracket of `accept = [...]`, or a new `accept` line."""
    start, end = region
    found = _ACCEPT.search(content, start, end)
    if found is None or not content.startswith("[", found.end()):
        before = "" if end == 0 or content[end - 1] in "\r\n" else "\n"
        return FileEdit(path, content, end, end, f"{before}accept = [{quoted}]\n")
    close, items = _closing(content, found.end())
    text = quoted if not items.strip() else f" {quoted}" if items.rstrip().endswith(",") else f", {quoted}"
    return FileEdit(path, content, close, close, text)


def _closing(content: str, at: int) -> tuple[int, str]:
    """The offset of the `]` closing the array opened at `at`, and the array's items without
    comments (strings and comments may hold brackets)."""
    i, items, depth = at + 1, [], 1
    while i < len(content):
        char = content[i]
        if char in "\"'":
            end = content.find(char, i + 1)
            while char == '"' and end > 0 and content[end - 1] == "\\":
                end = content.find(char, end + 1)
            end = len(content) if end < 0 else end
            items.append(content[i : end + 1])
            i = end + 1
            continue
        if char == "#":
            newline = content.find("\n", i)
            i = len(content) if newline < 0 else newline
            continue
        depth += {"[": 1, "]": -1}.get(char, 0)
        if depth == 0:
            return i, "".join(items)
        items.append(char)
        i += 1
    return len(content), "".join(items)


def _accepts(edit: FileEdit, word: str) -> bool:
    """True when the edited file is valid TOML whose arabspell table accepts the word."""
    text = edit.content[: edit.start] + edit.new_text + edit.content[edit.end :]
    try:
        table = tomllib.loads(text)
    except tomllib.TOMLDecodeError:
        return False
    if edit.path.name == "pyproject.toml":
        table = table.get("tool", {}).get("arabspell", {})
    accept = table.get("accept") if isinstance(table, dict) else None
    return isinstance(accept, list) and word in accept


def ignore_edit(text: str, kind: Kind, word: str) -> tuple[int, str]:
    """(offset, text to insert) that makes the document ignore a word: added to its first
    `arabspell: ignore` directive, else a new directive on a line of its own at the top (after
    front matter or a doctype): an HTML comment in Markdown and HTML, bare in plain text."""
    found = _IGNORE.search(text)
    if found is not None:
        rest = found.group(1)
        cut = rest.find("-->")
        words = rest if cut < 0 else rest[:cut]
        return found.start(1) + len(words.rstrip()), f" {word}"
    if kind is Kind.TEXT:
        return 0, f"arabspell: ignore {word}\n"
    top = (_FRONT_MATTER if kind is Kind.MARKDOWN else _DOCTYPE).match(text)
    at = top.end() if top else 0
    before = "\n" if at and text[at - 1] not in "\r\n" else ""
    return at, f"{before}<!-- arabspell: ignore {word} -->\n"
