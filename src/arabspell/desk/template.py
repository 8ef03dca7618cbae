"""The commented `arabspell.toml` that `arabspell init` writes: every key with its meaning and its
default, commented out (so the defaults hold until a line is uncommented); and TOML values as
`arabspell config` shows them."""

from __future__ import annotations

from arabspell.desk.config import KEYS, Config

#: each key's meaning, one comment line a key, in the order the file lists them (`reject`, a table, last)
MEANINGS = {
    "select": "Rule-id prefixes to run (`arabspell rules` lists the ids); [] runs every rule but the opt-in ones.",
    "ignore": 'Rule-id prefixes never to run, e.g. ["orthography.taa-marbuta"].',
    "dictionaries": "Desk dictionaries (see `arabspell learn`), read as with --dict.",
    "model": "The desk's context model (`arabspell learn --model`), as with --model: turns on context.real-word.",
    "accept": "Words never reported, and known to the corrector (diacritics ignored).",
    "include": "The files a directory is searched for (globs).",
    "exclude": 'Files never checked, even when named on the command line (globs), e.g. ["archive/*"].',
    "fail-on": "Lowest severity that fails the run: error, warning, info or none.",
    "show-unknown": "Also report words the lexicon does not know (spelling.unfamiliar-word, info), as --show-unknown.",
    "reject": 'Words always reported, with their correction: "wrong" = "right" (spelling.rejected-word).',
}
#: the example entry of the `[reject]` table (the table is empty by default)
REJECT_EXAMPLE = '"الى" = "إلى"'
#: an example value of each key that has none by default
EXAMPLES = {"model": '"desk.model"'}

HEADER = """\
# arabspell configuration (https://github.com/arabspell/arabspell#configuration).
# Every key is shown at its default, commented out: uncomment a line to change it.
# Paths and globs are relative to this file's directory; `arabspell config` shows
# the settings in force and where each came from.
"""


def toml_value(value: object) -> str:
    """A setting as TOML writes it ("(none)" for a key that has no value)."""
    if value is None:
        return "(none)"
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, frozenset):
        value = sorted(value)
    if isinstance(value, tuple) and value and isinstance(value[0], tuple):
        return "{" + ", ".join(f'"{a}" = "{b}"' for a, b in value) + "}"
    if isinstance(value, (tuple, list)):
        return "[" + ", ".join(f'"{v}"' for v in value) + "]"
    return f'"{value}"'


def render() -> str:
    """The commented configuration file."""
    defaults = Config()
    blocks = [HEADER]
    for name, meaning in MEANINGS.items():
        if name == "reject":
            blocks.append(f"# {meaning} Default: none.\n# [{name}]\n# {REJECT_EXAMPLE}\n")
        elif name in EXAMPLES:
            blocks.append(f"# {meaning} Default: none.\n# {name} = {EXAMPLES[name]}\n")
        else:
            blocks.append(f"# {meaning}\n# {name} = {toml_value(getattr(defaults, KEYS[name][0]))}\n")
    return "\n".join(blocks)
