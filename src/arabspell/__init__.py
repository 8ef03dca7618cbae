"""arabspell: a spelling and typo checker for Arabic news copy."""

from arabspell.engine import Settings, check_text
from arabspell.findings import Finding, Severity

__all__ = ["Finding", "Settings", "Severity", "check_text"]
__version__ = "0.1.0"
