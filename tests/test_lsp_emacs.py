"""Headless Emacs with eglot runs `arabspell lsp` on the seed article, reads its four diagnostics
through Flymake and applies a quick fix with eglot-code-actions (Emacs 28 with Debian's
`elpa-eglot`, eglot 1.9; built in from Emacs 29; `.ci/run` installs them). The set-up is README's
Emacs snippet, verbatim: tests/data/emacs/init.el holds it between two marker lines, and README
shows exactly that block."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sysconfig
from functools import lru_cache
from pathlib import Path

import pytest

from conftest import ROOT, SEED
from test_docs import README, fenced, section

EMACS = shutil.which("emacs")
INIT = ROOT / "tests" / "data" / "emacs" / "init.el"
#: the directory of this environment's `arabspell` command, put first on Emacs's PATH
SCRIPTS = Path(sysconfig.get_path("scripts"))
#: how long Emacs may run; it waits 60 s for the diagnostics itself
TIMEOUT = 120
#: the seed's four findings, in the order of the text
WORDS = ("لويس", "الهافية", "تصيعد", "أوستين")
SKIP = "Emacs with eglot is not installed (Debian: apt-get install emacs-nox elpa-eglot)"


def isolated(home: Path) -> dict[str, str]:
    """The environment Emacs runs in: a HOME of its own (no user init, packages or eglot state)."""
    return {
        **os.environ,
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_STATE_HOME": str(home / "state"),
        "XDG_CACHE_HOME": str(home / "cache"),
    }


@lru_cache(maxsize=1)
def eglot_available(home: str) -> bool:
    """Whether this Emacs loads eglot (built in, or an installed package such as elpa-eglot)."""
    if EMACS is None:
        return False
    probe = "(progn (require 'package) (package-activate-all) (require 'eglot))"
    try:
        done = subprocess.run(
            [EMACS, "--batch", "--eval", probe], env=isolated(Path(home)), capture_output=True, timeout=60
        )
    except subprocess.TimeoutExpired:
        return False
    return done.returncode == 0


def init_snippet() -> str:
    """The block of tests/data/emacs/init.el between its README marker lines."""
    marked = r"^;; --- README ---\n(.*?)^;; --- end README ---$"
    [block] = re.findall(marked, INIT.read_text(encoding="utf-8"), re.M | re.S)
    return block


def test_readme_shows_the_tested_emacs_setup() -> None:
    editors = section(README, "### Editors: arabspell lsp")
    assert init_snippet() in fenced(editors, "elisp")
    assert "tests/test_lsp_emacs.py" in editors


def test_emacs_eglot_reads_the_seed_diagnostics(tmp_path: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    if not eglot_available(str(tmp_path_factory.mktemp("emacs-probe"))):
        pytest.skip(SKIP)
    if not (SCRIPTS / "arabspell").exists():
        pytest.skip(f"the arabspell command is not in {SCRIPTS} (pip install -e .)")
    article = tmp_path / "article.txt"
    shutil.copy(SEED, article)
    out = tmp_path / "emacs"
    env = {
        **isolated(tmp_path),
        "PATH": os.pathsep.join([str(SCRIPTS), os.environ.get("PATH", "")]),
        "ARABSPELL_EMACS_FILE": str(article),
        "ARABSPELL_EMACS_OUT": str(out),
        "ARABSPELL_EMACS_EXPECT": "4",
    }
    command = [str(EMACS), "--batch", "-l", str(INIT)]
    # RET at eglot-code-actions' prompt (batch Emacs reads it from standard input): the default
    done = subprocess.run(command, cwd=tmp_path, env=env, timeout=TIMEOUT, capture_output=True, input=b"\n")
    events = tmp_path / "emacs.events"
    log = events.read_text(encoding="utf-8") if events.exists() else ""
    error = tmp_path / "emacs.error"
    assert not error.exists(), error.read_text(encoding="utf-8") + "\n" + log
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["mode"] == "text-mode"
    found = report["diagnostics"]
    # Emacs's positions count characters (code points) from 1: each region is its word in the file
    # (as it was opened: the seed's text; the quick fix below changes it)
    seed = SEED.read_text(encoding="utf-8")
    seen = [(d["region"], seed[d["beg"] - 1 : d["end"] - 1]) for d in found]
    assert seen == [(word, word) for word in WORDS], log
    for d, word in zip(found, WORDS, strict=True):
        assert word in d["text"] and d["text"].startswith("arabspell ["), d
    codes = [re.match(r"arabspell \[([\w.-]+)\]", d["text"]).group(1) for d in found]  # type: ignore[union-attr]
    assert codes == ["names.inconsistent", "spelling.unknown-word", "spelling.unknown-word", "names.inconsistent"]
    assert {d["type"] for d in found} == {"eglot-error"}
    # the quick fixes of «تصيعد», the preferred one first; applied and saved, its diagnostic goes
    assert report["titles"] == ["Replace with «تصعيد»", "Replace with «تصاعد»", "Ignore «تصيعد» in this file"]
    assert [d["region"] for d in report["fixed"]] == ["لويس", "الهافية", "أوستين"], log
    assert seed.count("تصيعد") == 1
    # (text-mode's require-final-newline: Emacs ends the file it saves with a newline)
    assert article.read_text(encoding="utf-8").rstrip("\n") == seed.replace("تصيعد", "تصعيد").rstrip("\n")
    assert report["flymake-running"] == ["eglot-flymake-backend"] and report["flymake-disabled"] == []
    # nothing eglot logs as an error, nothing in the server's stderr buffer, and the server exits
    # by itself after shutdown and exit
    assert ":error" not in log, log
    assert (tmp_path / "emacs.stderr").read_text(encoding="utf-8").strip() == ""
    assert (tmp_path / "emacs.exit").read_text(encoding="utf-8") == "exit 0", log
