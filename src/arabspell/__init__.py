"""arabspell: a spelling and typo checker for Arabic news copy.

The library's face: `check_text(text, settings, kind)` returns what `arabspell check` reports for
a file of that kind with those settings. Names are loaded on first use, so importing a part of the
package (a reporter, the CLI) does not load the engine.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from arabspell.engine import Settings, check_text
    from arabspell.findings import Finding, Severity
    from arabspell.text.markup import Kind

__all__ = ["Finding", "Kind", "Settings", "Severity", "check_text"]
_HOMES = {
    "Settings": "arabspell.engine",
    "check_text": "arabspell.engine",
    "Finding": "arabspell.findings",
    "Severity": "arabspell.findings",
    "Kind": "arabspell.text.markup",
}


def __getattr__(name: str) -> Any:
    """The public names, imported from their modules when first asked for; `__version__` from the
    installed package's metadata (pyproject.toml is the one place it is written)."""
    if name == "__version__":
        from importlib import metadata

        return metadata.version("arabspell")
    if name in _HOMES:
        import importlib

        return getattr(importlib.import_module(_HOMES[name]), name)
    raise AttributeError(f"module 'arabspell' has no attribute {name!r}")
