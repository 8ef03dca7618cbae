"""Headless Neovim's built-in LSP client attaches to `arabspell lsp` and reads the seed
article's four diagnostics (Debian's `neovim`; `.ci/run` installs it). The text capture of what
Neovim renders is docs/lsp-neovim.txt (ARABSPELL_UPDATE_GOLDEN=1 rewrites it)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from conftest import ROOT, SEED
from lspkit.pipe import COMMAND

NVIM = shutil.which("nvim")
INIT = ROOT / "tests" / "data" / "nvim" / "init.lua"
CAPTURE = ROOT / "docs" / "lsp-neovim.txt"

pytestmark = pytest.mark.skipif(NVIM is None, reason="Neovim is not installed (apt-get install neovim; .ci/run does)")


def test_neovim_reads_the_seed_diagnostics(tmp_path: Path) -> None:
    article = tmp_path / "article.txt"
    shutil.copy(SEED, article)
    out = tmp_path / "nvim"
    env = {
        **os.environ,
        "ARABSPELL_LSP_CMD": json.dumps(COMMAND),
        "ARABSPELL_NVIM_OUT": str(out),
        "ARABSPELL_NVIM_EXPECT": "4",
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_STATE_HOME": str(tmp_path / "state"),
    }
    command = [str(NVIM), "--headless", "--clean", "-n", "-u", str(INIT), article.name]
    subprocess.run(command, cwd=tmp_path, env=env, timeout=90, check=True, capture_output=True)
    error = tmp_path / "nvim.error"
    assert not error.exists(), error.read_text(encoding="utf-8")
    found = json.loads((tmp_path / "nvim.json").read_text(encoding="utf-8"))
    lines = article.read_bytes().split(b"\n")  # vim.diagnostic columns are byte indexes
    seen = [(d["code"], lines[d["lnum"]][d["col"] : d["end_col"]].decode("utf-8")) for d in found]
    assert sorted(seen) == sorted(
        [
            ("names.inconsistent", "لويس"),
            ("spelling.unknown-word", "الهافية"),
            ("spelling.unknown-word", "تصيعد"),
            ("names.inconsistent", "أوستين"),
        ]
    )
    assert {(d["severity"], d["source"]) for d in found} == {(1, "arabspell")}
    capture = (tmp_path / "nvim.txt").read_text(encoding="utf-8")
    assert capture.count("spelling.unknown-word") + capture.count("الهاتفية") >= 1
    if os.environ.get("ARABSPELL_UPDATE_GOLDEN"):
        CAPTURE.write_text(capture, encoding="utf-8")
