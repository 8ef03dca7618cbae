"""Learning a desk dictionary from an archive of published copy: its names and house spellings.

Pure: texts in, a Desk out. A word is learned as a name when it looks like a
name (no inflected forms, no stem + suffix), the lexicon does not already know
it well, and it occurs in at least `min_docs` articles: typos are rarely
repeated across articles, names are. A house spelling is pinned when the
archive writes one of two accepted styles at least `share` of the time.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import pairwise

from arabspell.arabic.clitics import splits
from arabspell.arabic.clitics import strip_proclitics as bare
from arabspell.arabic.tokenize import tokenize
from arabspell.desk.dictionaries import Desk
from arabspell.lexicon.lexicon import Lexicon
from arabspell.lexicon.names import name_like, split_name, usual_name
from arabspell.lexicon.style import variants

#: Words at least this frequent are already well known: no need to learn them.
KNOWN = 3.0


@dataclass(frozen=True)
class Options:
    """How much evidence learning needs."""

    min_docs: int = 2
    share: float = 0.8
    min_uses: int = 3
    #: pin the house spellings found (else they are proposed, commented out, for a desk to review:
    #: a pin flags every other spelling in every story)
    pin_house_style: bool = False


def learn(texts: Iterable[str], lexicon: Lexicon, options: Options | None = None) -> Desk:
    """A desk dictionary of the names and house spellings of an archive. A name is learned only as
    a form the archive also writes as a whole word (never a fragment: اشنطن of واشنطن), and a full
    name only as two name-like words that are no common words (never «إلى واشنطن»)."""
    options = options or Options()
    names: Counter[str] = Counter()
    fullnames: Counter[str] = Counter()
    styles: Counter[str] = Counter()
    whole: set[str] = set()
    for text in texts:
        keys = [t.key for t in tokenize(text)]
        words = set(keys)  # a proclitic comes off a name as the checker takes it off (`split_name`)
        whole |= words
        new = [split_name(k, words, lexicon)[1] for k in keys]
        candidates = {
            w for w in new if lexicon.score(w) < KNOWN and name_like(w, lexicon) and not _inflected(w, lexicon)
        }
        names.update(candidates)
        fullnames.update(
            f"{a} {b}"
            for a, b in set(pairwise(new))
            if (a in candidates or b in candidates) and usual_name(a, lexicon) and usual_name(b, lexicon)
        )
        styles.update(bare(k)[1] for k in keys)
    desk = Desk()
    desk.words = {w for w, n in names.items() if n >= options.min_docs and w in whole}
    desk.fullnames = {f for f, n in fullnames.items() if n >= options.min_docs and set(f.split()) <= whole}
    spellings = _house_spellings(styles, lexicon, options)
    if options.pin_house_style:
        desk.preferred = spellings
    else:
        desk.proposed = spellings
    return desk


def _inflected(word: str, lexicon: Lexicon) -> bool:
    """A common word with a suffix (استراتيجيتنا: استراتيجية + نا) is no name to learn."""
    return any(suf and lexicon.zipf(stem) >= KNOWN for _pre, stem, suf in splits(word))


def _house_spellings(counts: Counter[str], lexicon: Lexicon, options: Options) -> set[str]:
    """Forms the archive writes in one style at least `share` of the time, when it also uses the other."""
    out = set()
    for word, n in counts.items():
        for other in variants(word, lexicon):
            total = n + counts[other]
            if counts[other] and total >= options.min_uses and n / total >= options.share:
                out.add(word)
    return out
