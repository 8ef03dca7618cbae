"""Import Ayaspell's affix rules and stems into `dictionaries/` (run by hand; the output is committed).

    apt-get install hunspell-ar      # Debian's hunspell-ar 3.2 (Ayaspell, Mohamed Kebdani)
    python scripts/import_ayaspell.py [/usr/share/hunspell/ar]

Writes `dictionaries/morph-affixes.txt` (every PFX and SFX entry, aliases resolved, tashkeel
dropped as the dictionary's IGNORE line says) and `dictionaries/morph-stems.txt` (the stems that
take a suffix, with their flags), restricted to the stems the lexicon knows at least
`affixes.MIN_STEM_ZIPF`: the validity check only reads inflections of such stems
(`arabspell.lexicon.affixes`, docs/model.md). The build compiles them into the artefact.
"""

from __future__ import annotations

import sys
from pathlib import Path

from arabspell.arabic.normalize import key
from arabspell.lexicon.affixes import MIN_STEM_LETTERS, MIN_STEM_ZIPF
from arabspell.lexicon.lexicon import default_lexicon

OUT = Path(__file__).resolve().parents[1] / "dictionaries"
TASHKEEL = str.maketrans("", "", "ًٌٍَُِّْـٰ")
HEADER = """# arabspell: {what} of Ayaspell, the Hunspell dictionary of Arabic, for the validity check of inflections.
# Source: Debian hunspell-ar 3.2 (Ayaspell, (c) 2006-2008 Mohamed Kebdani), ar.aff and ar.dic,
# imported by scripts/import_ayaspell.py (aliases resolved, tashkeel and morphological fields dropped{only}).
# Licence: GPL-2.0-or-later / LGPL-2.1-or-later / MPL-1.1 (tri-licensed); used here under GPL-2.0-or-later.
# Format: {format}; sorted, no duplicates.
"""


def flags(field: str, aliases: list[str]) -> list[str]:
    """Two-letter flags (FLAG long) of a field that may be an AF alias number."""
    field = aliases[int(field) - 1] if field.isdigit() else field
    return [field[i : i + 2] for i in range(0, len(field), 2)]


def read_affixes(aff: Path) -> tuple[list[str], list[str]]:
    """(AF aliases, affix lines `KIND FLAG STRIP ADD CONDITION CONTINUATION`) of an .aff file."""
    aliases, entries = [], []
    lines = aff.read_text(encoding="utf-8").splitlines()
    for line in lines:
        parts = line.split()
        if len(parts) > 1 and parts[0] == "AF" and not parts[1].isdigit():
            aliases.append(parts[1])
    for line in lines:
        parts = line.split()
        if len(parts) < 5 or parts[0] not in ("PFX", "SFX"):
            continue
        kind, flag, strip, add, condition = parts[:5]
        add, _, cont = add.partition("/")
        strip, add = (key(s.translate(TASHKEEL)) or "0" for s in (strip, add))
        more = ",".join(flags(cont, aliases)) if cont else "-"
        entries.append(f"{kind}\t{flag}\t{strip}\t{add}\t{condition}\t{more}")
    return aliases, entries


def read_stems(dic: Path, aliases: list[str], suffixes: set[str]) -> list[str]:
    """`stem<TAB>flags` for the known stems that take a suffix, duplicates merged."""
    lexicon = default_lexicon()
    found: dict[str, set[str]] = {}
    for line in dic.read_text(encoding="utf-8").splitlines()[1:]:
        stem, _, field = line.split()[0].partition("/") if line.strip() else ("", "", "")
        stem = key(stem.translate(TASHKEEL))
        mine = set(flags(field, aliases)) if field else set()
        if len(stem) < MIN_STEM_LETTERS or not mine & suffixes or lexicon.zipf(key(stem)) < MIN_STEM_ZIPF:
            continue
        found.setdefault(stem, set()).update(mine)
    return [f"{stem}\t{','.join(sorted(fs))}" for stem, fs in found.items()]


def main() -> None:
    base = Path(sys.argv[1] if len(sys.argv) > 1 else "/usr/share/hunspell/ar")
    aliases, entries = read_affixes(base.with_suffix(".aff"))
    suffixes = {e.split("\t")[1] for e in entries if e.startswith("SFX")}
    stems = read_stems(base.with_suffix(".dic"), aliases, suffixes)
    only = f"; only stems of {MIN_STEM_LETTERS}+ letters, Zipf {MIN_STEM_ZIPF}+ in the lexicon, with a suffix flag"
    rules = "KIND FLAG STRIP ADD CONDITION CONTINUATION, TAB-separated"
    for name, what, lines, fmt, note in (
        ("morph-affixes.txt", "the affix rules", entries, rules, ""),
        ("morph-stems.txt", "the stems", stems, "stem TAB comma-separated flags", only),
    ):
        text = HEADER.format(what=what, only=note, format=fmt) + "".join(f"{line}\n" for line in sorted(set(lines)))
        (OUT / name).write_text(text, encoding="utf-8")
        print(f"wrote {OUT / name}: {len(set(lines))} lines")


if __name__ == "__main__":
    main()
