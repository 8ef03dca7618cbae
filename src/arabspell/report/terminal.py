"""How a finding reads on a terminal, whether or not the terminal applies the Unicode bidi
algorithm; and the console of the text format (colour, width).

A finding is a header line and a context line (in plain output, at 80 columns):

      9:59    spelling.unknown-word  الهافية  did you mean الهاتفية، العافية
                                     الكافية، الصافية، الهاوية
          …لويس أوستن، سلسلة من الاتصالات ⟦الهافية⟧ مع نظرائه في الشرق الأوسط…

Terminals that reorder right-to-left text for display (GNOME Terminal and the other VTE
terminals, Konsole, mintty, macOS Terminal) run the bidi algorithm on each line; others (xterm,
tmux, the Linux console) show characters in the order they come. The header reads the same in
both because of three choices, none of which relies on invisible direction controls (isolates,
embeddings), which terminals keep unevenly (PuTTY drops them, VTE loses one that starts a line):

- It starts with Latin, the position and then the rule id, so a terminal that takes a line's
  direction from its first letter (Konsole, PuTTY) lays it out left to right, as VTE does by
  default, and the position and rule id stay together at the left, outside any Arabic run.
- The word and its suggestions are separated by Latin words (`did you mean`), never by neutral
  characters alone. Neutrals between two Arabic runs join them into one right-to-left run that a
  bidi terminal reverses whole: `الهافية → الهاتفية` shows as `الهاتفية → الهافية`, the arrow
  pointing from the suggestion to the word (an arrow is not mirrored). A Latin letter is strongly
  left to right and no reordering moves an Arabic run past it: the word stays left of the label
  and the suggestions right of it, on either kind of terminal.
- The suggestions, joined by Arabic commas, are one Arabic run: a bidi terminal shows the first
  at its right, where an Arabic reader starts; a terminal without bidi shows it at the left.

The context line is the Arabic text itself, cut around the word to fit the terminal's width (`…`
where cut). When it begins with Arabic it is framed by two RIGHT-TO-LEFT MARKs (U+200F, invisible
and zero width, strong right to left): a terminal that lays every line out left to right (VTE's
default) would otherwise put the neutral characters at its edges (the `…` of a cut, a final full
stop, the bracket of a word that begins it) on the wrong side; a terminal without bidi shows
nothing for them, and one that dropped them would show the line as it would without. (A line
that mixes Arabic and Latin still has its runs in left-to-right order there, as `cat` shows it:
only an embedding control could change that, and it is not relied on.)

The word is highlighted in its context: reverse video on a colour terminal; in plain output
between ⟦ and ⟧, brackets that Unicode mirrors in right-to-left text, so the opening one stays at
the word's start on either kind of terminal, and that news copy never uses (unlike «», Arabic's
quotation marks, or [] of Markdown links).
"""

from __future__ import annotations

import os
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TextIO

from rich.cells import cell_len
from rich.console import Console
from rich.text import Text

from arabspell.findings import Finding
from arabspell.report import Color
from arabspell.text.lines import excerpt

#: the brackets around the flagged word in its context when there are no styles
MARK_OPEN, MARK_CLOSE = "⟦", "⟧"
#: RIGHT-TO-LEFT MARK: frames a context line that begins with Arabic
RLM = "\u200f"
#: what separates the word from its suggestions (Latin: see the module's docstring)
LABEL = "did you mean"
#: between suggestions, before a space
COMMA = "،"
#: the context line's indentation
INDENT = 6
#: with less room than this after the rule id, what does not fit on the first line wraps HANG
#: in, not under the word
MIN_ROOM, HANG = 24, 8
#: every control character (tabs, escapes) is shown as a space: one code point for one, so
#: columns still count, and nothing in a text can drive the terminal
_CONTROLS = {c: " " for c in (*range(0x20), *range(0x7F, 0xA0))}


@dataclass(frozen=True)
class Columns:
    """The widths a file's headers align to: its widest position and rule id."""

    position: int
    rule: int


def header(console: Console, position: str, finding: Finding, columns: Columns) -> list[Text]:
    """The finding's header, `  line:col  rule  word  did you mean s1، s2`, in lines that fit the
    console's width: what does not fit wraps under the word (HANG in, when there is little room
    after the rule id); the position and rule id are never cut."""
    prefix = Text.assemble(
        "  ",
        (position, "cyan"),
        " " * (columns.position - len(position) + 2),
        (finding.rule, "magenta"),
        " " * (columns.rule - len(finding.rule) + 2),
    )
    chunks: list[tuple[str, Text]] = [("", Text(finding.text, "bold red"))]
    if finding.occurrences > 1:  # a form reported once for the file (--show-unknown)
        chunks.append(("  ", Text(f"{finding.occurrences} times", "dim")))
    if finding.suggestions:
        *others, last = finding.suggestions
        chunks.append(("  ", Text(LABEL, "dim")))
        chunks += [(" ", Text(suggestion + COMMA, "green")) for suggestion in others]
        chunks.append((" ", Text(last, "green")))
    room = console.width - prefix.cell_len
    indent = prefix.cell_len if room >= MIN_ROOM else HANG
    first, *rest = _pack(chunks, room, console.width - indent)
    if not first.plain:
        prefix.rstrip()
    return [prefix + first, *(Text(" " * indent) + line for line in rest)]


def _pack(chunks: list[tuple[str, Text]], first: int, room: int) -> list[Text]:
    """The chunks on as few lines as they fill, `first` cells on the first line and `room` on the
    others, each chunk with its gap before it but at the start of a line (a comma that would end
    a line is dropped: the break separates). The first line may stay empty; a later one takes a
    chunk wider than the room whole."""
    lines = [Text()]
    for gap, chunk in chunks:
        limit = first if len(lines) == 1 else room
        if (lines[-1].plain or len(lines) == 1) and lines[-1].cell_len + len(gap) + chunk.cell_len > limit:
            if lines[-1].plain.endswith(COMMA):  # a bidi terminal would show it at the line's far end
                lines[-1].right_crop(len(COMMA))
            lines.append(Text())
        lines[-1].append_text(Text(gap if lines[-1].plain else "") + chunk)
    return lines


def context(console: Console, line: str, column: int, length: int) -> Text:
    """The line around the finding, fitting the console's width, the finding highlighted."""
    plain = console.color_system is None
    opening, closing = (MARK_OPEN, MARK_CLOSE) if plain else ("", "")
    room = console.width - INDENT - cell_len(opening + closing)
    part = excerpt(line.translate(_CONTROLS), column, length, room, cell_len)
    edge = RLM if _starts_right_to_left(part.before + part.span + part.after) else ""
    return Text.assemble(
        " " * INDENT,
        edge,
        (part.before, "dim"),
        (opening + part.span + closing, "bold reverse"),
        (part.after, "dim"),
        edge,
    )


def _starts_right_to_left(text: str) -> bool:
    """Whether the first letter with a direction is right to left (the bidi algorithm's P2)."""
    for char in text:
        direction = unicodedata.bidirectional(char)
        if direction in ("R", "AL"):
            return True
        if direction == "L":
            return False
    return False


def text_console(out: TextIO, color: Color = Color.AUTO, environ: Mapping[str, str] | None = None) -> Console:
    """The text format's console on `out`. Styles (colour, bold, dim, reverse) with `always`; with
    `auto` unless NO_COLOR is set (to anything but ""), when FORCE_COLOR is, or else when `out` is
    a terminal (not TERM=dumb). Without styles it writes no escape code at all (rich's own
    NO_COLOR keeps bold and dim). The width is the terminal's, else COLUMNS, else 80."""
    env = os.environ if environ is None else environ
    terminal = _is_terminal(out)
    styled = color is Color.ALWAYS or (
        color is Color.AUTO
        and not env.get("NO_COLOR")
        and (bool(env.get("FORCE_COLOR")) or (terminal and env.get("TERM") != "dumb"))
    )
    columns = env.get("COLUMNS", "")
    width = None if terminal else int(columns) if columns.isdigit() and int(columns) > 0 else 80
    return Console(
        file=out,
        width=width,
        color_system="standard" if styled else None,
        force_terminal=True if styled else None,
        no_color=False,
        highlight=False,
        soft_wrap=True,
        markup=False,
        emoji=False,
    )


def _is_terminal(out: TextIO) -> bool:
    try:
        return out.isatty()
    except (AttributeError, ValueError):  # no such method, or closed
        return False
