"""spacing.*: two words typed as one (فيالمنطقة), one word typed as two (يست قبل)."""

from __future__ import annotations

import bisect
from collections.abc import Iterator

from arabspell.arabic.clitics import DETACHED, attach, bare_forms, strip_proclitics
from arabspell.correct.merges import MERGES
from arabspell.document import Document
from arabspell.findings import Flag, Severity
from arabspell.lexicon.lexicon import Lexicon
from arabspell.rules.rule import Example, Rule
from arabspell.rules.verdicts import verdict_flags
from arabspell.text.markup import hashtag_spans


def _merged(doc: Document) -> Iterator[Flag]:
    """Merged words, except inside a hashtag, which may run its words together on purpose
    (#السعوديةالجديدة), unless it separates them with underscores (#بناء_دار_أوبرابحسب has no excuse)."""
    flags = verdict_flags(doc, MERGES, "«{word}» looks like two words run together: «{fix}»")
    spans = [(s, e) for s, e in hashtag_spans(doc.source) if "_" not in doc.source[s:e]]
    if not spans:
        yield from flags
        return
    starts = [s for s, _ in spans]  # sorted: spans come in text order and do not overlap
    for flag in flags:
        i = bisect.bisect_right(starts, flag.start) - 1
        if not (i >= 0 and flag.start < spans[i][1]):
            yield flag


def _joined(left: str, right: str) -> str:
    """Two pieces written as one word: the detached ل goes back on as `clitics.attach` puts it,
    before the article without the article's alef (ل + الحكومة = للحكومة, ل + الذين = للذين)."""
    return attach(left, right) if left == "ل" and len(right) > 2 else left + right


def _split_apart(doc: Document, left: str, right: str) -> bool:
    """Whether two forms are one word broken by a space: a detached proclitic, or a rare piece
    (`_split` asks only of pairs with one or the other: two common words never are) whose join
    the lexicon lists when both pieces are listed words (بل لعبتم, لكن همهن: two words that only a
    clitic reading would join)."""
    lexicon, model = doc.corrector.lexicon, doc.corrector.model
    word = _joined(left, right)
    if left in DETACHED:
        return len(right) >= 2 and lexicon.score_uncached(word) > 0.0 and not _has_its_own(left, right, lexicon)
    a, b = lexicon.score(left), lexicon.score(right)
    if (
        lexicon.desk
        and lexicon.desk & bare_forms(word)
        and min(lexicon.score(strip_proclitics(left)[1]), b) >= model.safe_split_piece
    ):
        return False  # two words, and a desk's name: both spellings are the desk's (بيونغ يانغ)
    if lexicon.zipf(left) and lexicon.zipf(right) and not lexicon.zipf(word):
        return False  # two listed words whose join only a clitic reading vouches for (بل لعبتم)
    joined = lexicon.score_uncached(word)
    return joined >= model.split_min_joined and joined - model.split_cost > a + b - 9 + model.merge_offset


def _has_its_own(left: str, right: str, lexicon: Lexicon) -> bool:
    """A detached conjunction before a word that already starts with one and the article (و
    والكاميروني: a stray و, since ووال… is no word): the rest, ال + a word, is commoner than the
    whole, as a word after و is; not a word whose و is a root letter (و والده: والده is the commoner)."""
    rest = right[1:]
    if not (left in ("و", "ف") and right[:1] in ("و", "ف") and rest.startswith("ال")):
        return False
    return lexicon.zipf(rest) > lexicon.zipf(right)


def _tatweel_apart(doc: Document, index: int) -> bool:
    """A piece that ends in a tatweel (بـ أبي أحمد, الـ كي جي بي) was kept apart on purpose."""
    return doc.tokens[index].text.endswith("ـ")


def _split(doc: Document) -> Iterator[Flag]:
    # two common words are never one word split (`_split_apart`): a pair needs a rare piece or a
    # detached proclitic, found once per distinct form instead of once per pair
    score, common = doc.corrector.lexicon.score, doc.corrector.model.split_piece_max
    rare = {key for key in doc.counts if score(key) < common}
    for (left_key, right_key), indices in doc.pairs.items():
        if left_key not in rare and right_key not in rare and left_key not in DETACHED:
            continue
        if _repeated_pair(doc, left_key, right_key, len(indices)) or not _split_apart(doc, left_key, right_key):
            continue
        fix = _joined(left_key, right_key)
        sure = _sure_split(doc, left_key, right_key)
        for i in indices:
            if _tatweel_apart(doc, i):
                continue
            left, right = doc.tokens[i], doc.tokens[i + 1]
            message = f"«{left.text} {right.text}» looks like one word split in two: «{fix}»"
            yield Flag(left.start, right.end, message, (fix,), sure)


def _repeated_pair(doc: Document, left: str, right: str, count: int) -> bool:
    """Two listed words the text writes together more than once are its spelling (كوالا لمبور twice):
    a stray space is rarely typed the same way twice; not a detached proclitic (و من) or a piece of
    two letters, a fragment more likely than a word (أر دوغان)."""
    lexicon = doc.corrector.lexicon
    if count < 2 or left in DETACHED or min(len(left), len(right)) < 3:
        return False
    return min(lexicon.zipf(left), lexicon.zipf(right)) > 0.0


def _sure_split(doc: Document, left: str, right: str) -> bool:
    """Sure for a detached proclitic (و من), or when a piece is no word of its own or the joined
    word is far commoner than both pieces; two attested words may be a name's (كوالا لمبور)."""
    lexicon, model = doc.corrector.lexicon, doc.corrector.model
    if left in DETACHED:
        return True
    pieces = lexicon.score(left), lexicon.score(right)
    joined = lexicon.score_uncached(_joined(left, right))
    return min(pieces) < model.safe_split_piece or joined >= max(pieces) + model.safe_split_gain


MERGED = Rule(
    "spacing.merged",
    Severity.ERROR,
    "Two words typed without a space.",
    _merged,
    20,
    examples=(
        Example("وصل الوفد فيالمنطقة الشرقية", "فيالمنطقة", "في المنطقة"),
        Example("قال إنهم لايبالون بالنتائج", "لايبالون", "لا يبالون"),
    ),
)
SPLIT = Rule(
    "spacing.split",
    Severity.ERROR,
    "One word broken by a stray space.",
    _split,
    90,
    safe_fix=True,
    examples=(
        Example("قال إن الحكومة يست قبل الوفد غدا", "يست قبل", "يستقبل"),
        Example("وصل الوفد و من جهته قال", "و من", "ومن"),
    ),
)
