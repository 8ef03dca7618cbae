"""`arabspell lsp`: the language server over standard input and output, for editors (README
"Editors: arabspell lsp"). pygls is an optional extra: without it, a one-line error."""

from __future__ import annotations

from arabspell.cli.common import fail

#: the packages the server needs, which `arabspell[lsp]` installs
NEEDS = ("pygls", "lsprotocol")
MISSING = 'the language server needs pygls: install arabspell[lsp] (pip install "arabspell[lsp]")'


def lsp() -> None:
    """Run the language server (LSP over stdio): diagnostics and quick fixes as you type."""
    try:
        from arabspell.lsp.features import serve
    except ImportError as exc:
        if (exc.name or "").split(".")[0] not in NEEDS:
            raise
        fail(MISSING)
    serve()
