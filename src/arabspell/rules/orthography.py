"""orthography.*: hamza, ة/ه and ى/ي slips, when the written form is far rarer than its variant."""

from __future__ import annotations

from collections.abc import Iterator

from arabspell.arabic.clitics import imperfect_shaped
from arabspell.arabic.wasl import imperfect, wasl_reading
from arabspell.correct.channel import Edit, definite, removes_hamza
from arabspell.correct.model import Candidate, Verdict
from arabspell.correct.orthographic import form_nine, named_hamza
from arabspell.document import Document
from arabspell.findings import Flag, Severity
from arabspell.lexicon.lexicon import Lexicon
from arabspell.rules.grammar import preferred
from arabspell.rules.rule import Example, Rule
from arabspell.rules.verdicts import Context, Sure, verdict_flags


def _clear(doc: Document, verdict: Verdict, candidates: tuple[Candidate, ...]) -> bool:
    """The variant beats the written form by a margin (not a coin toss between two words)."""
    return candidates[0].score - verdict.own >= doc.corrector.model.safe_orthographic_margin


def _sure_hamza(doc: Document, verdict: Verdict, candidates: tuple[Candidate, ...]) -> bool:
    """Sure only for the common slip, a hamza dropped from a bare alef (اعلن → أعلن), on a form that
    does not look like a transliterated name (فان غوخ, كاس): a hamza removed or changed is a
    reading, not a slip (كأن, ألبيرق, أدينسون); nor on a form IX verb (احمر «blushed», not only أحمر),
    nor when another hamza is nearly as likely (ان: أن, or إن at a sentence's start and after قال)."""
    fix, word = candidates[0].text, verdict.word
    if candidates[0].edit is not Edit.HAMZA:
        return False  # a medial seat (بشان → بشأن) is reported, not fixed unattended
    if form_nine(word, doc.corrector.lexicon):
        return False
    rival = next((c for c in candidates[1:] if c.edit is Edit.HAMZA), None)
    if rival is not None and candidates[0].score - rival.score < doc.corrector.model.safe_lead:
        return False  # two hamzas nearly as likely (ان: أن or إن, by the sentence): the context's call
    added = removes_hamza(fix, word)  # the fix puts back the hamza the writer dropped
    foreign = doc.corrector.lexicon.foreignness(word) >= doc.corrector.model.safe_foreign_max
    return added and not foreign and _clear(doc, verdict, candidates) and _beats_with_cost(doc, verdict, fix)


def _beats_with_cost(doc: Document, verdict: Verdict, fix: str) -> bool:
    """The hamza form beats the written one even with the slip's cost: a bare form flagged only
    because its hamza spelling is the standard one (`Model.standard_hamza_zipf`: الاسبوع) is
    reported, but a web spelling that common may be a word of its own (باي in باي بال): no
    unattended fix."""
    if not verdict.listed:
        return True
    lexicon = doc.corrector.lexicon
    return lexicon.zipf(fix) - doc.corrector.model.costs.hamza > lexicon.zipf(verdict.word)


def _sure_taa(doc: Document, verdict: Verdict, candidates: tuple[Candidate, ...]) -> bool:
    """Sure only after the article, which no pronoun follows (الخارجيه); elsewhere a final ه may be
    «his» (مساعده, بصوره, سنه)."""
    return definite(verdict.word) and _clear(doc, verdict, candidates)


def _sure_maqsura(doc: Document, verdict: Verdict, candidates: tuple[Candidate, ...]) -> bool:
    """Sure only for a final ى written for ي (الذى, المصرى) on a word that is no imperfect verb
    (يعطى is a word too); ي for ى may be «me» (إلي, علي)."""
    word = verdict.word
    verb = imperfect_shaped(word)  # its final ى is its own (يعطى, يسعى, سيجرى)
    return word.endswith("ى") and not verb and _clear(doc, verdict, candidates)


def _name_like(doc: Document, key: str) -> bool:
    """A word of a known name, or one whose letters lean strongly towards transliterated names."""
    lexicon = doc.corrector.lexicon
    return key in lexicon.names or lexicon.foreignness(key) >= doc.corrector.model.name_context_foreign_min


def _in_foreign_name(doc: Document, index: int) -> bool:
    """A token that looks like a transliterated name, one space from another name (فان بيرسي, جون
    كاس), is part of that name: its hamza, ة and ى are the name's spelling (which `names.inconsistent`
    compares within the article), not a slip of the language's orthography."""
    tokens, lexicon = doc.tokens, doc.corrector.lexicon
    if lexicon.foreignness(tokens[index].key) < doc.corrector.model.name_context_foreign_min:
        return False
    beside = [j for j in (index - 1, index + 1) if 0 <= j < len(tokens)]
    return any(
        doc.gap(tokens[min(j, index)], tokens[max(j, index)]) == " " and _name_like(doc, tokens[j].key) for j in beside
    )


#: quotation marks and parentheses around a word mentioned as a name (the agency «وام», (فانا))
QUOTES = '"«»“”'
OPENING, CLOSING = QUOTES + "(", QUOTES + ")"


def _quoted_name(doc: Document, index: int) -> bool:
    """A gazetteer's name written alone in quotation marks or parentheses is a name mentioned as
    such (an agency, a brand, a title: «وام», وكالة الأنباء الإماراتية (وام)), whose spelling is its
    owner's, not a slip of the language's orthography."""
    token, text = doc.tokens[index], doc.text
    if token.key not in doc.corrector.lexicon.names or token.start == 0 or token.end >= len(text):
        return False
    return text[token.start - 1] in OPENING and text[token.end] in CLOSING


def _gazetteer_hamza(doc: Document, index: int, candidates: tuple[Candidate, ...]) -> bool:
    """Whether the correction is the hamza a gazetteer writes on this very name (ايمانويل ماكرون →
    إيمانويل): then being beside a name is no reason to keep the bare form."""
    corrector = doc.corrector
    return named_hamza(candidates[0].text, doc.tokens[index].key, corrector.lexicon, corrector.model)


def _named(doc: Document, index: int, candidates: tuple[Candidate, ...]) -> bool:
    """A token whose spelling is a name's, not the language's: beside a name, or quoted as one, here
    or anywhere else the text writes it (زوران زايف … واعتبر زايف: the name, once introduced, stands alone)."""
    if _gazetteer_hamza(doc, index, candidates):
        return False
    where = doc.where.get(doc.tokens[index].key, (index,))
    return any(_in_foreign_name(doc, i) for i in where) or _quoted_name(doc, index)


def _rule(
    rule_id: str,
    edits: frozenset[Edit],
    what: str,
    sure: Sure,
    examples: tuple[Example, ...],
    context: Context | None = None,
) -> Rule:
    def check(doc: Document) -> Iterator[Flag]:
        return verdict_flags(doc, edits, "«{word}»: " + what + "; write «{fix}»", context, sure, _named)

    return Rule(rule_id, Severity.WARNING, f"{what[0].upper()}{what[1:]}.", check, 40, safe_fix=True, examples=examples)


HAMZA = _rule(
    "orthography.hamza",
    frozenset({Edit.HAMZA, Edit.HAMZA_SEAT, Edit.MADDA}),
    "hamza dropped or misplaced",
    _sure_hamza,
    (
        Example("اعلن الوزير عن خطة جديدة", "اعلن", "أعلن"),
        Example("ذهب الوفد الى العاصمة", "الى", "إلى"),
        Example("تطالب الحكومة بمراجعة موقفها بشان القدس", "بشان", "بشأن"),
    ),
    preferred,
)


def _pronoun_or_construct(doc: Document, index: int, fixes: tuple[str, ...]) -> tuple[str, ...]:
    """For a noun + ه written with ة (تة), which of its two readings the next word calls for: a word
    with the article is the noun's adjective, so the ه is «his» (لعائلتة الكبيرة → لعائلته); any
    other word is the noun's complement, so the ت was typed before the ة (مواجهتة بلاده → مواجهة)."""
    word = doc.tokens[index].key
    pronoun, noun = word[:-2] + "ته", word[:-2] + "ة"
    if not (word.endswith("تة") and pronoun in fixes and noun in fixes):
        return fixes
    after = doc.tokens[index + 1] if index + 1 < len(doc.tokens) else None
    construct = after is not None and doc.gap(doc.tokens[index], after) == " " and not after.key.startswith("ال")
    first = noun if construct else pronoun
    return (first, *(f for f in fixes if f != first))


TAA_MARBUTA = _rule(
    "orthography.taa-marbuta",
    frozenset({Edit.TAA_MARBUTA}),
    "ة and ه confused at the end of the word",
    _sure_taa,
    (
        Example("قالت وزارة الخارجيه إن الوفد وصل", "الخارجيه", "الخارجية"),
        Example("جرت العاده أن يصل الوفد", "العاده", "العادة"),
    ),
    _pronoun_or_construct,
)
ALEF_MAQSURA = _rule(
    "orthography.alef-maqsura",
    frozenset({Edit.ALEF_MAQSURA}),
    "ى and ي confused at the end of the word",
    _sure_maqsura,
    (Example("هذه المدينة التى زارها", "التى", "التي"),),
)


def _a_verb(lexicon: Lexicon, verb: str) -> bool:
    """A past verb the lexicon lists, not ال + a noun: the verb of a root that starts with ل (التزم,
    التحق) has its imperfect listed too (يلتزم), the article and a noun (الترس of ألتراس) has none."""
    return bool(lexicon.zipf(verb)) and (not verb.startswith("ال") or bool(lexicon.zipf(imperfect(verb))))


def _hamza_wasl(doc: Document) -> Iterator[Flag]:
    """A hamza on the alef of hamzat al-wasl (`arabic.wasl`), when the lexicon prefers the bare form
    and knows the verb the pattern reads it as (not أسترالية, لإنييستا: loanwords and names)."""
    lexicon, margin = doc.corrector.lexicon, doc.corrector.model.safe_wasl_margin
    for key, indices in doc.where.items():
        found = wasl_reading(key)
        if found is None:
            continue
        fix, verbs = found
        if lexicon.score(fix) <= lexicon.score(key) or (verbs and not any(_a_verb(lexicon, v) for v in verbs)):
            continue
        sure = lexicon.score(fix) >= lexicon.score(key) + margin
        for token in (doc.tokens[i] for i in indices):
            message = f"«{token.text}»: hamzat al-wasl takes no hamza; write «{fix}»"
            yield Flag(token.start, token.end, message, (fix,), sure)


HAMZA_WASL = Rule(
    "orthography.hamza-wasl",
    Severity.WARNING,
    "A hamza written on the alef of hamzat al-wasl (forms VII, VIII, X; اسم، ابن، امرأة، اثنان).",
    _hamza_wasl,
    41,
    safe_fix=True,
    examples=(
        Example("جرت إنتخابات الرئاسة أمس", "إنتخابات", "انتخابات"),
        Example("وقال إن الإقتصاد ينمو", "الإقتصاد", "الاقتصاد"),
        Example("دعا إلى إستمرار الدعم", "إستمرار", "استمرار"),
    ),
)

__all__ = ["ALEF_MAQSURA", "HAMZA", "HAMZA_WASL", "TAA_MARBUTA"]
