"""Make docs/lsp-neovim.png: Neovim's screen with `arabspell lsp` attached to the seed article.

    python scripts/lsp_screenshot.py      # needs nvim, tmux and chromium (Debian packages)

Neovim runs in a real terminal (a detached tmux pane, 150 x 36) with its built-in LSP client
(`vim.lsp.start_client`, Neovim 0.7+), the article window right-to-left (`rightleft`), the
diagnostics in the location list. The pane's cells (`tmux capture-pane -e`) are drawn as HTML by
rich, left to right as the terminal shows them, and headless Chromium takes the picture.
"""

from __future__ import annotations

import io
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from rich.console import Console
from rich.terminal_theme import DIMMED_MONOKAI
from rich.text import Text

ROOT = Path(__file__).resolve().parents[1]
INIT = """
vim.opt.number = true
vim.opt.wrap = false
vim.opt.termguicolors = true
vim.opt.background = "dark"
vim.cmd("syntax off")
vim.api.nvim_create_autocmd("VimEnter", { callback = function()
  local id = vim.lsp.start_client({ name = "arabspell", cmd = { "ARABSPELL", "lsp" }, root_dir = vim.fn.getcwd() })
  vim.lsp.buf_attach_client(0, id)
  vim.wait(20000, function() return #vim.diagnostic.get(0) >= 4 end, 50)
  vim.diagnostic.setloclist({ open = true })
  vim.cmd("wincmd p")
  vim.opt_local.rightleft = true
  vim.api.nvim_win_set_cursor(0, {9, 100})
end })
"""
PAGE = (
    '<!DOCTYPE html><html><head><meta charset="utf-8"><style>body{{margin:0;background:#191919}}'
    'pre{{margin:8px;font:13px/1.25 "DejaVu Sans Mono",monospace;unicode-bidi:bidi-override;direction:ltr}}'
    "</style></head><body><pre>{code}</pre></body></html>"
)


def capture(folder: Path) -> str:
    """The tmux pane of Neovim editing the seed, with its escapes."""
    exe = shutil.which("arabspell", path=str(Path(sys.executable).parent)) or "arabspell"
    (folder / "init.lua").write_text(INIT.replace("ARABSPELL", exe), encoding="utf-8")
    shutil.copy(ROOT / "seeds" / "000_69343e0133e2dd8e.txt", folder / "article.txt")
    session = ["tmux", "-L", "arabspell-shot"]
    subprocess.run(
        [
            *session,
            "new-session",
            "-d",
            "-x",
            "150",
            "-y",
            "36",
            "-c",
            str(folder),
            f"nvim -u {folder / 'init.lua'} article.txt",
        ],
        check=True,
    )
    try:
        time.sleep(10)
        return subprocess.run([*session, "capture-pane", "-e", "-p"], check=True, capture_output=True, text=True).stdout
    finally:
        subprocess.run([*session, "kill-server"], check=False)


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        console = Console(record=True, width=150, force_terminal=True, color_system="truecolor", file=io.StringIO())
        for line in capture(folder).splitlines():
            console.print(Text.from_ansi(line), no_wrap=True, crop=True)
        page = folder / "screen.html"
        page.write_text(
            console.export_html(theme=DIMMED_MONOKAI, inline_styles=True, code_format=PAGE), encoding="utf-8"
        )
        out = ROOT / "docs" / "lsp-neovim.png"
        subprocess.run(
            [
                "chromium",
                "--headless",
                "--disable-gpu",
                "--no-sandbox",
                "--hide-scrollbars",
                "--window-size=1260,600",
                f"--screenshot={out}",
                page.as_uri(),
            ],
            check=True,
            capture_output=True,
        )
        print(out)


if __name__ == "__main__":
    main()
