"""Verdicts decided at build time: the listed forms of the packaged lexicon, judged once.

A listed form's verdict depends on the lexicon and the error model only, never on the text (the
text's words enter later, in `Corrector.in_context`), so the packaged lexicon's commoner forms
(Zipf `MIN_ZIPF` and up, ~196k: most of what an article writes) are judged when the artefact is
built and stored in `data/verdicts.marisa`, a memory-mapped MARISA trie: form -> the verdict,
exact to the bit. A run over the packaged lexicon and the default model reads them instead of
judging (`engine.corrector_for`); a desk's own words or model judge every form as before.

The store carries a fingerprint of the model and the word store it was judged with: a store that
does not match is not used (the run judges, as without it), and the freshness test fails until it
is rebuilt with `python -m arabspell.correct.settled`. See docs/performance.md.
"""

from __future__ import annotations

import json
import struct
import sys
import zlib
from pathlib import Path

import marisa_trie

from arabspell.correct.channel import Edit
from arabspell.correct.corrector import Corrector
from arabspell.correct.model import Candidate, Model, Verdict
from arabspell.lexicon.artefact import DATA
from arabspell.lexicon.lexicon import Lexicon

FILE = "verdicts.marisa"
#: the listed forms at least this frequent are judged at build time
MIN_ZIPF = 2.0
#: the key of the fingerprint entry (no lookup key has Latin letters)
FINGERPRINT = "#fingerprint"
_EDITS = {edit.value: edit for edit in Edit}
#: a settled listed form with no alternatives, the commonest verdict: its own score alone
_OWN = struct.Struct("<d")


def fingerprint(lexicon: Lexicon, model: Model) -> bytes:
    """What the verdicts were judged with: the model's every value and the lexicon's size."""
    return f"{zlib.crc32(repr(model).encode()):08x} {len(lexicon)}".encode()


def encode(verdict: Verdict) -> bytes:
    """A verdict as bytes (its word is the key): the own score packed when that is all there is."""
    if verdict.listed and verdict.settled and not verdict.alternatives:
        return _OWN.pack(verdict.own)
    alternatives = verdict.alternatives
    rows = [[c.text, c.score, c.edit.value if isinstance(c.edit, Edit) else c.edit, c.prior] for c in alternatives]
    chosen = [alternatives.index(c) for c in verdict.candidates]
    fields = [verdict.own, verdict.listed, verdict.settled, rows, chosen]
    return json.dumps(fields, ensure_ascii=False, separators=(",", ":")).encode()


def decode(word: str, payload: bytes) -> Verdict:
    """The verdict `encode` wrote (floats round-trip exactly through their shortest repr)."""
    if len(payload) == _OWN.size:
        return Verdict(word, _OWN.unpack(payload)[0], True, (), (), settled=True)
    own, listed, settled, rows, chosen = json.loads(payload)
    alternatives = tuple(Candidate(text, score, _EDITS.get(edit, edit), prior) for text, score, edit, prior in rows)
    return Verdict(word, own, listed, tuple(alternatives[i] for i in chosen), alternatives, settled)


class SettledVerdicts:
    """The store: `get(form)` is the verdict judged at build time, or None for a form not in it."""

    def __init__(self, trie: marisa_trie.BytesTrie) -> None:
        self._trie = trie

    @classmethod
    def open(cls, lexicon: Lexicon, model: Model, folder: Path = DATA) -> SettledVerdicts | None:
        """The packaged store, memory-mapped, if it was judged with this lexicon and model."""
        trie = marisa_trie.BytesTrie()
        try:
            trie.mmap(str(folder / FILE))
        except (OSError, ValueError, RuntimeError):  # (marisa reports a missing file as a RuntimeError)
            return None
        found = trie.get(FINGERPRINT)
        return cls(trie) if found and found[0] == fingerprint(lexicon, model) else None

    def get(self, word: str) -> Verdict | None:
        found = self._trie.get(word)
        return decode(word, found[0]) if found else None

    def items(self) -> dict[str, bytes]:
        """Every entry, fingerprint included (to compare stores by content)."""
        return dict(self._trie.items())


def judged(lexicon: Lexicon, model: Model) -> dict[str, bytes]:
    """The entries of a store: every listed form at least `MIN_ZIPF` frequent, judged afresh."""
    corrector = Corrector(lexicon, model)
    out = {word: encode(corrector.judge(word)) for word in sorted(lexicon.vocabulary_above(MIN_ZIPF))}
    out[FINGERPRINT] = fingerprint(lexicon, model)
    return out


def fresh(lexicon: Lexicon, model: Model, folder: Path = DATA) -> bool:
    """Whether the committed store holds exactly what judging today's lexicon gives (by content)."""
    store = SettledVerdicts.open(lexicon, model, folder)
    return store is not None and store.items() == judged(lexicon, model)


def main(argv: list[str] | None = None) -> int:
    """Judge the packaged lexicon's listed forms and write the store into the package; with
    --check, only say whether the committed store is fresh (exit 1 if not)."""
    lexicon, model = Lexicon.load(), Model()
    if "--check" in (argv or []):
        ok = fresh(lexicon, model)
        print("verdicts are fresh" if ok else f"verdicts are stale: run python -m {__spec__.name}")
        return 0 if ok else 1
    entries = judged(lexicon, model)
    marisa_trie.BytesTrie(sorted(entries.items())).save(str(DATA / FILE))
    print(f"{DATA / FILE}: {len(entries) - 1} verdicts", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
