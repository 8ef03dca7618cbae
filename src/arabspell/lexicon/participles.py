"""Participles of the derived verb forms the lexicon lacks: the active and passive participles of
forms V and VI (متبدد of تبدد, متوعدة of توعد, متراقصة of تراقص) and of forms VII, VIII and X
(منتفضة of انتفض, المختتمة of اختتم, المستقطبين of استقطب) are م before the past verb, or in place
of its alef of wasl. Web counts list the commoner ones only; a rarer one with its proclitics and
endings is a word of the language when its verb is listed, not a slip of the nearest listed word.

Like Ayaspell's inflections (`inflections.py`) this only says whether an unlisted form that could
be corrected is valid, and it is weighed as its verb's Zipf less PARTICIPLE_COST, so a slip of a
frequent word stays flagged. Forms II, III and IV are left out: without vowels their participles
(مفعل, مفاعل) are any word that starts with م, and so are many slips.
"""

from __future__ import annotations

from collections.abc import Callable

from arabspell.arabic.clitics import leading_proclitics, morphemes
from arabspell.arabic.wasl import imperfect

#: A participle is taken as this much rarer than its verb.
PARTICIPLE_COST = 2.0
#: ... whose imperfect (يتبدد, ينتفض) the lexicon must list at least this frequent too: without
#: vowels a form V past verb looks like another verb's imperfect (تلزم, تربك: متلزمون and
#: متربكين are ملتزمون and مرتبكين misspelt, and يتلزم, يتربك are no words)
MIN_IMPERFECT = 1.5
#: The participle's endings: feminine, dual and plural, the accusative alef.
ENDINGS = ("تين", "تان", "ون", "ين", "ات", "ان", "ة", "ا")
#: Ends no past verb of these forms, or ends too many nouns read as one (a plural, a feminine, a
#: nisba, a pronoun, the feminine ت of a past verb: عادت is no verb's stem).
NOT_A_VERB_END = ("ة", "ي", "ى", "ا", "ه", "ت", "ين", "ون", "ان")


def participle(word: str, zipf: Callable[[str], float], clitic_cost: float) -> float:
    """The score of an unlisted lookup key as a participle of a listed verb of forms V to X: the
    verb's Zipf less PARTICIPLE_COST and `clitic_cost` a proclitic; 0 when it reads as none."""
    best = 0.0
    for pre in ("", *leading_proclitics(word)):
        if pre.endswith("س"):
            continue  # the future س is no participle's
        rest = word[len(pre) :]
        for stem in _stems(rest, definite=pre.endswith(("ال", "لل"))):
            for verb in _verbs(stem):
                if zipf(imperfect(verb)) >= MIN_IMPERFECT:
                    best = max(best, zipf(verb) - PARTICIPLE_COST - clitic_cost * morphemes(pre))
    return best


def _stems(rest: str, definite: bool) -> list[str]:
    """The form without each ending it may have (no accusative alef after the article)."""
    out = [rest]
    for ending in ENDINGS:
        if rest.endswith(ending) and not (definite and ending == "ا"):
            out.append(rest[: -len(ending)])
    return out


def _verbs(stem: str) -> list[str]:
    """The past verbs a participle stem stands for: م + تفعّل or تفاعل (forms V, VI), م for the
    alef of انفعل, افتعل or استفعل (forms VII, VIII, X); not ال + a noun (الصحة in ملصحة)."""
    if len(stem) < 5 or stem[0] != "م":
        return []
    inner = stem[1:]
    verbs = []
    if inner[0] == "ت" and len(inner) in (4, 5):
        verbs.append(inner)
    if inner[0] != "ل" and len(inner) in (4, 5):
        verbs.append("ا" + inner)
    return [v for v in verbs if not v.endswith(NOT_A_VERB_END)]


__all__ = ["PARTICIPLE_COST", "participle"]
