"""Configuration: discovery walking up, the three file names, precedence, validation, `arabspell config`."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from arabspell.cli import app
from arabspell.desk import config
from arabspell.desk.config import Config, ConfigError
from arabspell.rules import ALL_RULES

TYPO = "قال الوزير إن الاتصالات الهافية مستمرة.\n"


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("name", "body"),
    [
        ("arabspell.toml", 'ignore = ["spelling"]\n'),
        (".arabspell.toml", 'ignore = ["spelling"]\n'),
        ("pyproject.toml", '[project]\nname = "x"\n\n[tool.arabspell]\nignore = ["spelling"]\n'),
    ],
)
def test_discovered_walking_up_from_the_checked_path(tmp_path: Path, name: str, body: str) -> None:
    found = write(tmp_path / name, body)
    story = write(tmp_path / "desk" / "2026" / "story.txt", TYPO)
    assert config.discover(story) == found.resolve()
    assert config.find([str(story)]).ignore == ("spelling",)
    assert config.find([str(story)]).source_of("ignore") == str(found.resolve())


def test_nearest_file_wins_and_pyproject_without_table_is_skipped(tmp_path: Path) -> None:
    write(tmp_path / "arabspell.toml", 'ignore = ["names"]\n')
    write(tmp_path / "desk" / "pyproject.toml", '[project]\nname = "x"\n')
    near = write(tmp_path / "desk" / "sub" / ".arabspell.toml", 'ignore = ["style"]\n')
    story = write(tmp_path / "desk" / "sub" / "story.txt", TYPO)
    assert config.discover(story) == near.resolve()
    assert config.discover(tmp_path / "desk" / "other.txt") == (tmp_path / "arabspell.toml").resolve()


def test_no_file_means_defaults(tmp_path: Path) -> None:
    story = write(tmp_path / "story.txt", TYPO)
    assert config.discover(story) is None
    assert Config().source_of("select") == config.DEFAULT


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ('selct = ["names"]\n', "unknown key `selct`"),
        ("select = 3\n", "`select` must be a string or a list of strings"),
        ('fail-on = "sometimes"\n', "`fail-on` must be one of"),
        ('accept = ["CNN"]\n', "`accept`: not an Arabic word"),
        ('reject = ["الى"]\n', "`reject` must be a table"),
        ("show-unknown = 1\n", "`show-unknown` must be true or false"),
        ("select = [\n", "arabspell.toml"),
    ],
)
def test_bad_files_name_the_file_and_key(tmp_path: Path, body: str, message: str) -> None:
    path = write(tmp_path / "arabspell.toml", body)
    with pytest.raises(ConfigError, match=message) as info:
        config.load(path)
    assert str(path) in str(info.value)


def test_every_key_maps_to_a_setting() -> None:
    fields = {f for f, _ in config.KEYS.values()}
    assert fields == set(Config.__dataclass_fields__) - {"root", "origin"}


def test_paths_are_relative_to_the_file_and_globs_to_its_folder(tmp_path: Path) -> None:
    path = write(tmp_path / "arabspell.toml", 'dictionaries = ["desk.txt"]\nexclude = ["archive/*"]\n')
    loaded = config.load(path)
    assert loaded.dictionaries == (tmp_path / "desk.txt",)
    assert loaded.excluded(str(tmp_path / "archive" / "2019" / "old.txt"))
    assert not loaded.excluded(str(tmp_path / "today" / "story.txt"))
    assert loaded.included(str(tmp_path / "story.md")) and not loaded.included(str(tmp_path / "story.pdf"))


def run(tmp_path: Path, *args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_config_file_drives_check_and_command_line_overrides_it(tmp_path: Path) -> None:
    write(tmp_path / "arabspell.toml", 'ignore = ["spelling"]\n')
    story = str(write(tmp_path / "story.txt", TYPO))
    assert run(tmp_path, "check", story)[0] == 0
    code, out, _ = run(tmp_path, "check", "--ignore", "names", story)
    assert code == 1 and "الهافية" in out


def test_accept_reject_and_fail_on(tmp_path: Path) -> None:
    body = 'accept = ["الهافية"]\nfail-on = "error"\n\n[reject]\n"الوزير" = "الوزيرة"\n'
    write(tmp_path / "arabspell.toml", body)
    story = str(write(tmp_path / "story.txt", TYPO))
    code, out, _ = run(tmp_path, "check", "--format", "json", story)
    assert code == 1
    assert "الهافية" not in out and "spelling.rejected-word" in out and "الوزيرة" in out
    write(tmp_path / "arabspell.toml", 'accept = ["الهافية"]\nfail-on = "none"\n\n[reject]\n"الوزير" = "الوزيرة"\n')
    assert run(tmp_path, "check", story)[0] == 0


def test_unknown_key_is_a_usage_error(tmp_path: Path) -> None:
    write(tmp_path / "arabspell.toml", "colour = true\n")
    story = str(write(tmp_path / "story.txt", TYPO))
    code, out, err = run(tmp_path, "check", story)
    assert code == 2 and "unknown key `colour`" in err and not out


def test_config_command_prints_values_and_origins(tmp_path: Path) -> None:
    path = write(tmp_path / "arabspell.toml", 'ignore = ["names"]\n[reject]\n"الى" = "إلى"\n')
    code, out, _ = run(tmp_path, "config", str(tmp_path))
    assert code == 0
    assert f'ignore        = ["names"]  # {path.resolve()}' in out
    assert '"الى" = "إلى"' in out
    assert 'fail-on       = "warning"  # default' in out


def test_include_and_exclude_shape_a_directory_walk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path / "arabspell.toml", 'include = ["*.txt"]\nexclude = ["archive/*", "*.draft.txt"]\n')
    for name in ("today/a.txt", "today/b.md", "today/c.draft.txt", "archive/2019/old.txt"):
        write(tmp_path / name, TYPO)
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["check", "--format", "json", "."])
    assert '"path": "today/a.txt"' in result.stdout
    assert all(name not in result.stdout for name in ("b.md", "draft", "old.txt"))
    named = CliRunner().invoke(app, ["check", "--format", "json", "archive/2019/old.txt", "today/a.txt"])
    assert "old.txt" not in named.stdout and "today/a.txt" in named.stdout


def test_an_exclude_glob_also_matches_the_folders_a_path_is_in(tmp_path: Path) -> None:
    loaded = config.load(write(tmp_path / "arabspell.toml", 'exclude = ["archive", "desk/2019"]\n'))
    assert loaded.excluded(str(tmp_path / "archive" / "2019" / "old.txt"))  # a folder's name anywhere
    assert loaded.excluded(str(tmp_path / "world" / "archive" / "old.txt"))
    assert loaded.excluded(str(tmp_path / "desk" / "2019" / "x" / "old.txt"))  # a folder's relative path
    assert not loaded.excluded(str(tmp_path / "other" / "desk" / "2019" / "old.txt"))  # anchored at the root
    assert not loaded.excluded(str(tmp_path / "archives" / "old.txt"))
    include = config.load(write(tmp_path / "arabspell.toml", 'include = ["news"]\n'))
    assert not include.included(str(tmp_path / "news" / "story.pdf"))  # include names files, not folders


def test_command_line_globs_add_to_each_configuration_and_are_relative_to_here(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(tmp_path / "arabspell.toml", 'include = ["*.txt"]\nexclude = ["*.draft.*"]\n')
    for name in ("a.txt", "b.md", "c.draft.md", "sub/archive/d.txt", "sub/e.md", "archive/f.txt"):
        write(tmp_path / name, TYPO)
    monkeypatch.chdir(tmp_path / "sub")
    args = ["check", "--format", "json", "--include", "*.md", "--exclude", "archive/*", "..", "../archive/f.txt"]
    result = CliRunner().invoke(app, args)
    paths = sorted(f["path"] for f in json.loads(result.stdout)["files"])
    assert paths == ["../a.txt", "../archive/f.txt", "../b.md", "../sub/e.md"]


def test_globs_match_resolved_paths_and_absolute_globs_the_whole_path(tmp_path: Path) -> None:
    loaded = config.load(write(tmp_path / "arabspell.toml", 'exclude = ["*.draft.md", "/elsewhere/*"]\n'))
    draft = write(tmp_path / "drafts" / "a.draft.md", TYPO)
    (tmp_path / "link.md").symlink_to(draft)  # a link is judged by the file it points to
    (tmp_path / "folder").symlink_to(tmp_path / "drafts", target_is_directory=True)
    assert loaded.excluded(str(tmp_path / "link.md")) and loaded.excluded(str(tmp_path / "folder" / "a.draft.md"))
    assert loaded.excluded("/elsewhere/x/story.txt") and not loaded.excluded(str(tmp_path / "elsewhere" / "s.txt"))
    assert loaded.included(str(tmp_path / "link.md")) and not loaded.included(str(tmp_path / "story.pdf"))


@pytest.mark.parametrize(
    ("name", "body", "key"),
    [
        ("arabspell.toml", 'select = ["orthografy"]\n', "select"),
        (".arabspell.toml", 'ignore = ["names", "spelling.unknown"]\n', None),  # prefixes of real ids: fine
        ("pyproject.toml", '[tool.arabspell]\nignore = ["orthography", "speling"]\n', "ignore"),
    ],
)
def test_rule_prefixes_that_match_no_rule_are_an_error_naming_file_and_key(
    tmp_path: Path, name: str, body: str, key: str | None
) -> None:
    path = write(tmp_path / name, body)
    if key is None:
        assert config.load(path).ignore == ("names", "spelling.unknown")
        return
    with pytest.raises(ConfigError) as info:
        config.load(path)
    message = str(info.value)
    assert message.startswith(f"{path}: `{key}`: no rule id starts with ")
    assert message.endswith("; rule ids: " + ", ".join(r.id for r in ALL_RULES))
    code, out, err = run(tmp_path, "check", str(write(tmp_path / "story.txt", TYPO)))
    assert (
        code == 2
        and not out
        and err == f"arabspell: {path.resolve()}: `{key}`: {message.split(': `' + key + '`: ')[1]}\n"
    )


def test_unknown_prefixes_names_each_unknown_one() -> None:
    assert config.unknown_prefixes(("spelling", "names.inconsistent", "repeat.")) is None
    assert config.unknown_prefixes(("orthografy", "spelling", "x")).startswith(
        'no rule id starts with "orthografy", "x"; rule ids: repeat.doubled-word, '
    )


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b'accept = ["\xe1\xc7\xe4"]\n', "not valid UTF-8 (byte offset 11); convert it to UTF-8"),
        (b'\xef\xbb\xbfselect = ["\xff"]\n', "not valid UTF-8 (byte offset 14); convert it to UTF-8"),  # the BOM counts
        (b"select = [\0]\n", "not a text file (it has NUL bytes)"),
        (b"select = [\n", "not valid TOML: "),
    ],
)
def test_a_file_that_is_not_utf8_toml_names_the_file_and_where(tmp_path: Path, data: bytes, message: str) -> None:
    path = tmp_path / "arabspell.toml"
    path.write_bytes(data)
    with pytest.raises(ConfigError) as info:
        config.load(path)
    assert str(info.value).startswith(f"{path}: {message}")
    assert "codec" not in str(info.value) and "Errno" not in str(info.value)


def test_a_utf8_bom_is_not_part_of_the_configuration(tmp_path: Path) -> None:
    path = tmp_path / "arabspell.toml"
    path.write_bytes('\ufeffignore = ["names"]\n'.encode())
    assert config.load(path).ignore == ("names",)


def test_a_missing_config_file_is_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "story.txt", TYPO)
    assert run(tmp_path, "check", "--config", "desk.toml", "story.txt") == (
        2,
        "",
        "arabspell: desk.toml: no such file\n",
    )
    assert run(tmp_path, "config", "--config", "desk.toml") == (2, "", "arabspell: desk.toml: no such file\n")
    assert run(tmp_path, "check", "--config", os.devnull, "story.txt")[0] == 1  # the null device: no configuration


def test_the_init_template_documents_every_key_at_its_default(tmp_path: Path) -> None:
    """Every key has a meaning and its default, commented out; uncommented, each default is valid
    and is the default (so the file says what a run does without it)."""
    from arabspell.desk import template

    assert set(template.MEANINGS) == set(config.KEYS)
    text = template.render()
    path = write(tmp_path / "arabspell.toml", text)
    assert config.load(path) == Config(root=tmp_path)  # all commented out
    for meaning in template.MEANINGS.values():
        assert f"# {meaning}" in text
    keys = re.findall(r"^# ([a-z-]+) = ", text, flags=re.MULTILINE)
    assert keys == [k for k in template.MEANINGS if k != "reject"]
    write(path, re.sub(r"^# (?=[a-z-]+ = )", "", text, flags=re.MULTILINE))
    loaded = config.load(path)
    assert {k: getattr(loaded, f) for k, (f, _) in config.KEYS.items() if k not in template.EXAMPLES} == {
        k: getattr(Config(), f) for k, (f, _) in config.KEYS.items() if k not in template.EXAMPLES
    }
    assert loaded.model == tmp_path / "desk.model"  # a key with no default shows an example
    assert set(loaded.origin) == {f for k, (f, _) in config.KEYS.items() if k != "reject"}
    write(path, text.replace("# [reject]\n# ", "[reject]\n"))
    assert config.load(path).reject == (("الى", "إلى"),)
