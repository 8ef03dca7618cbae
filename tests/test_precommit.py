"""The real pre-commit round trip: `pre-commit try-repo` this repository against a temporary git repository.

pre-commit installs arabspell from this checkout into its own environment (from the
package registries), so this is the slowest test; its environment is shared by both cases.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PRE_COMMIT = [sys.executable, "-m", "pre_commit"]

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="pre-commit needs git")


def git(repo: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True)


@pytest.fixture(scope="module")
def env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    home = tmp_path_factory.mktemp("pre-commit-home")
    return {
        **os.environ,
        "PRE_COMMIT_HOME": str(home),
        "GIT_AUTHOR_NAME": "desk",
        "GIT_AUTHOR_EMAIL": "desk@example.org",
        "GIT_COMMITTER_NAME": "desk",
        "GIT_COMMITTER_EMAIL": "desk@example.org",
        "NO_COLOR": "1",
    }


def try_repo(tmp_path: Path, env: dict[str, str], name: str, text: str) -> subprocess.CompletedProcess[str]:
    repo = tmp_path / "copy"
    repo.mkdir()
    git(repo, "init", "-q")
    (repo / name).write_text(text, encoding="utf-8")
    git(repo, "add", name)
    command = [*PRE_COMMIT, "try-repo", str(ROOT), "arabspell", "--files", name, "--color", "never"]
    return subprocess.run(command, cwd=repo, env=env, capture_output=True, text=True, timeout=900)


def test_a_typo_blocks_the_commit_and_is_shown(tmp_path: Path, env: dict[str, str]) -> None:
    result = try_repo(tmp_path, env, "story.txt", "قال الوزير إن الاتصالات الهافية مستمرة.\n")
    assert result.returncode == 1, result.stdout + result.stderr
    assert "الهافية" in result.stdout and "الهاتفية" in result.stdout
    assert "Failed" in result.stdout


def test_a_clean_file_passes(tmp_path: Path, env: dict[str, str]) -> None:
    result = try_repo(tmp_path, env, "story.md", "# خبر\n\nقال الوزير إن الاتصالات الهاتفية مستمرة.\n")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Passed" in result.stdout
