"""Each file uses its nearest configuration, found once per folder; the command line still
overrides every file's; `--config` forces one; the exit status counts each file's `fail-on`."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from arabspell.cli import app
from arabspell.desk import nearest
from arabspell.desk.nearest import Configs
from arabspell.run import check as run_check
from arabspell.run.check import Plans

#: a spelling error (error) and a taa-marbuta slip (warning)
TWO = "وتجنب تصيعد الصراع مع الخارجيه.\n"


def write(path: Path, text: str = TWO) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def desk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Top: no orthography; news/: orthography only; news/local/: no file of its own; sport/: fail-on none."""
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "arabspell.toml", 'ignore = ["orthography"]\n')
    write(tmp_path / "news" / "arabspell.toml", 'select = ["orthography"]\n')
    write(tmp_path / "sport" / ".arabspell.toml", 'fail-on = "none"\n')
    for name in ("story.txt", "news/a.txt", "news/local/b.txt", "sport/c.txt"):
        write(tmp_path / name)
    return tmp_path


def rules_by_file(*args: str) -> tuple[int, dict[str, list[str]]]:
    result = CliRunner().invoke(app, ["check", "--format", "json", *args])
    report = json.loads(result.stdout)
    return result.exit_code, {f["path"]: [x["rule"] for x in f["findings"]] for f in report["files"]}


def test_each_file_uses_the_nearest_configuration(desk: Path) -> None:
    code, found = rules_by_file(".")
    assert found == {
        "news/a.txt": ["orthography.taa-marbuta"],
        "news/local/b.txt": ["orthography.taa-marbuta"],
        "sport/c.txt": ["spelling.unknown-word", "orthography.taa-marbuta"],
        "story.txt": ["spelling.unknown-word"],
    }
    assert code == 1


def test_the_command_line_overrides_every_file_and_config_forces_one(desk: Path) -> None:
    _, found = rules_by_file("--select", "spelling", ".")
    assert all(v == ["spelling.unknown-word"] for v in found.values()) and len(found) == 4
    write(desk / "forced.toml", 'select = ["orthography"]\n')
    _, found = rules_by_file("--config", "forced.toml", ".")
    assert all(v == ["orthography.taa-marbuta"] for v in found.values()) and len(found) == 4


def test_the_exit_status_counts_each_file_with_its_own_fail_on(desk: Path) -> None:
    assert rules_by_file("sport/c.txt")[0] == 0  # errors, but sport fails on nothing
    assert rules_by_file("sport/c.txt", "story.txt")[0] == 1  # the top's spelling error fails
    assert rules_by_file("news/a.txt", "sport/c.txt")[0] == 1  # news fails on its warning
    assert rules_by_file("--fail-on", "error", "news/a.txt")[0] == 0  # ... not when told to fail on errors
    assert rules_by_file("--fail-on", "warning", "sport/c.txt")[0] == 1  # the command line over sport's


def test_jobs_check_each_file_with_its_configuration_and_report_as_one_process(desk: Path) -> None:
    for i in range(6):
        write(desk / "news" / f"n{i}.txt")
        write(desk / "opinion" / f"o{i}.txt")
    one = CliRunner().invoke(app, ["check", "--format", "json", "--jobs", "1", "."])
    two = CliRunner().invoke(app, ["check", "--format", "json", "--jobs", "2", "."])
    assert one.exit_code == two.exit_code == 1 and one.stdout == two.stdout
    rules = {f["path"]: [x["rule"] for x in f["findings"]] for f in json.loads(two.stdout)["files"]}
    assert rules["news/n5.txt"] == ["orthography.taa-marbuta"] and rules["opinion/o5.txt"] == ["spelling.unknown-word"]


def test_a_bad_configuration_below_is_a_usage_error_before_anything_is_checked(desk: Path) -> None:
    write(desk / "opinion" / "arabspell.toml", "colour = true\n")
    write(desk / "opinion" / "x.txt")
    result = CliRunner().invoke(app, ["check", "."])
    assert result.exit_code == 2 and result.stdout == "" and "unknown key `colour`" in result.stderr


def test_discovery_looks_at_each_folder_once(desk: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    looked: list[Path] = []
    real_here = nearest.here

    def here(folder: Path) -> Path | None:
        looked.append(folder)
        return real_here(folder)

    monkeypatch.setattr(nearest, "here", here)
    configs = Configs()
    for i in range(50):
        for folder in ("news", "news/local", "opinion", "."):
            configs.of(f"{folder}/{i}.txt")
    assert sorted(looked) == sorted({desk.resolve(), *(desk.resolve() / f for f in ("news", "news/local", "opinion"))})
    assert configs.of("news/local/x.txt") is configs.of("news/y.txt")  # one loaded configuration a file
    assert configs.of("opinion/x.txt").source_of("ignore") == str((desk / "arabspell.toml").resolve())


def test_discovery_costs_stats_per_folder_not_per_file(desk: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls = {"stat": 0, "lstat": 0}
    real_stat, real_lstat = os.stat, os.lstat

    def stat(*args: object, **kwargs: object) -> os.stat_result:
        calls["stat"] += 1
        return real_stat(*args, **kwargs)  # type: ignore[arg-type]

    def lstat(*args: object, **kwargs: object) -> os.stat_result:
        calls["lstat"] += 1
        return real_lstat(*args, **kwargs)  # type: ignore[arg-type]

    def cost(files: int) -> dict[str, int]:
        configs = Configs()
        calls.update(stat=0, lstat=0)
        monkeypatch.setattr(os, "stat", stat)
        monkeypatch.setattr(os, "lstat", lstat)
        for i in range(files):
            for folder in ("news", "news/local", "opinion"):
                configs.of(f"{folder}/{i}.txt")
        monkeypatch.setattr(os, "stat", real_stat)
        monkeypatch.setattr(os, "lstat", real_lstat)
        return dict(calls)

    few, many = cost(1), cost(400)
    assert many == few and few["stat"] > 0


def test_one_plan_a_configuration(desk: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    built: list[object] = []
    real_plan = run_check.plan
    monkeypatch.setattr(run_check, "plan", lambda config, *rest: built.append(config) or real_plan(config, *rest))
    plans = Plans(Configs().of)
    for i in range(20):
        plans.of(f"news/{i}.txt")
        plans.of(f"news/local/{i}.txt")
        plans.of(f"{i}.txt")
    assert len(built) == 2 and plans.of("news/a.txt") is plans.of("news/local/b.txt")


def test_a_config_file_named_that_cannot_be_used_fails_even_with_no_file_to_check(desk: Path) -> None:
    (desk / "empty").mkdir()
    result = CliRunner().invoke(app, ["check", "--config", "gone.toml", "empty"])
    assert result.exit_code == 2 and "gone.toml" in result.stderr and result.stdout == ""
