"""Findings as LSP diagnostics: the rule id as the code, with a link to its documentation, the
severity mapped, the message, the range in the negotiated position encoding."""

from __future__ import annotations

from lsprotocol import types

from arabspell.findings import Finding, Severity
from arabspell.lsp.documents import Checked, Notice
from arabspell.lsp.positions import Positions

SOURCE = "arabspell"
#: where every rule is documented (README "Rules": the table of ids); stable across releases
RULES_URL = "https://github.com/arabspell/arabspell#rules"
#: where the notices (configuration, binary, too long) are explained
NOTICES_URL = "https://github.com/arabspell/arabspell#editors-arabspell-lsp"
SEVERITIES = {
    Severity.ERROR: types.DiagnosticSeverity.Error,
    Severity.WARNING: types.DiagnosticSeverity.Warning,
    Severity.INFO: types.DiagnosticSeverity.Information,
}


def lsp_range(positions: Positions, start: int, end: int) -> types.Range:
    """The LSP range of code-point offsets [start, end)."""
    return types.Range(_position(positions, start), _position(positions, end))


def _position(positions: Positions, offset: int) -> types.Position:
    line, character = positions.position(offset)
    return types.Position(line=line, character=character)


def diagnostic(finding: Finding, positions: Positions) -> types.Diagnostic:
    """One finding as a diagnostic; `data` keeps its suggestions and whether the first is safe."""
    return types.Diagnostic(
        range=lsp_range(positions, finding.offset, finding.end),
        message=finding.message,
        severity=SEVERITIES[finding.severity],
        code=finding.rule,
        code_description=types.CodeDescription(href=RULES_URL),
        source=SOURCE,
        data={"suggestions": list(finding.suggestions), "safe": finding.safe},
    )


def notice(found: Notice) -> types.Diagnostic:
    """A notice (why a document is not checked) on the document's first character."""
    return types.Diagnostic(
        range=types.Range(types.Position(line=0, character=0), types.Position(line=0, character=1)),
        message=found.message,
        severity=SEVERITIES[found.severity],
        code=f"arabspell.{found.code}",
        code_description=types.CodeDescription(href=NOTICES_URL),
        source=SOURCE,
    )


def diagnostics(checked: Checked, encoding: str) -> list[types.Diagnostic]:
    """The diagnostics of a checked document."""
    if checked.notice is not None:
        return [notice(checked.notice)]
    positions = Positions(checked.text, encoding)
    return [diagnostic(f, positions) for f in checked.findings]
