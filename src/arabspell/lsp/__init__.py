"""`arabspell lsp`: the Language Server Protocol server (pygls), an optional extra
(`pip install "arabspell[lsp]"`). Nothing below this package imports it; the core stays free of
pygls and lsprotocol. README "Editors: arabspell lsp" sets editors up."""
