"""Hamzat al-wasl: the words whose first alef takes no hamza in Modern Standard Arabic.

Writers put a hamza there (إنتخابات, الإقتصاد, إستمرار); the standard writes a bare alef. The
words are known by their pattern, not by a list: the masdars and past verbs of the derived forms
VII (انفعال، انفعل), VIII (افتعال، افتعل, with the assimilated ت of اصطدام and ازدياد) and X
(استفعال، استفعل), and the few nouns اسم، ابن، ابنة، امرأة، اثنان (not the day الإثنين, which
news desks write either way). Form IV's masdar إفعال (إعلان, إنتاج, إسلام) is hamzat al-qat' and
is never matched: it has one letter fewer.
"""

from __future__ import annotations

import re

from arabspell.arabic.clitics import proclitic_heads

#: a radical: any letter but the long alef, alef maqsura, ta marbuta and the hamza letters
_C = "[بتثجحخدذرزسشصضطظعغفقكلمنهوي]"
#: a masdar's last radical: a radical, or the hamza of a defective root's masdar (انتهاء, استدعاء)
_L = "[بتثجحخدذرزسشصضطظعغفقكلمنهويء]"
#: a past verb's last radical: a radical, or the ى of a defective root (انتهى, استولى)
_V = "[بتثجحخدذرزسشصضطظعغفقكلمنهويى]"
#: the masdar (verbal noun) patterns after the initial alef, with the endings it may take
_MASDAR = (
    f"ن{_C}{_C}ا{_L}",  # VII   انفعال: انسحاب، انطلاق
    f"{_C}ت{_C}ا{_L}",  # VIII  افتعال: اجتماع، انتخاب، اقتصاد، انتهاء
    f"[صضطظ]ط{_C}ا{_L}",  # VIII assimilated: اصطدام، اضطراب
    f"[زدذ]د{_C}ا{_L}",  # VIII assimilated: ازدياد، ازدحام، ادعاء
    f"ست{_C}{_C}ا{_L}",  # X     استفعال: استمرار، استثمار، استقبال، استدعاء
)
#: the past-verb patterns after the initial alef (written إ only: أ + these may be «I …», أستقبل)
_PAST = (f"ن{_C}{_C}{_V}", f"{_C}ت{_C}{_V}", f"ست{_C}{_C}{_V}")
#: what a masdar or verb may end with: the feminine, plurals, nisba, pronouns
_ENDINGS = "(?:ات|ية|يات|ي|ة|ه|ها|هم|هما|هن|ك|كم|نا)?"
_PRONOUNS = "(?:ه|ها|هم|هما|هن|ك|كم|كن|نا|ي)?"
_WASL_NOUNS = "(?:سم|بن|بنة|بنت|مرأة|مرأت|ثنان|ثنين|ثنتان|ثنتين)"
_MASDAR_RE = re.compile(f"({'|'.join(_MASDAR)}){_ENDINGS}")
_PAST_RE = re.compile(f"({'|'.join(_PAST)})(?:ت|وا|تم|تا|نا|ن)?")
_NOUN_RE = re.compile(f"{_WASL_NOUNS}{_PRONOUNS}")


def wasl_fix(word: str) -> str | None:
    """The word with the hamza taken off a wasl alef (إنتخابات → انتخابات, والإستثمار → والاستثمار),
    or None when its first alef after any proclitics is no hamzat al-wasl written with a hamza."""
    found = wasl_reading(word)
    return None if found is None else found[0]


def wasl_reading(word: str) -> tuple[str, tuple[str, ...]] | None:
    """`wasl_fix`'s form and the past verbs (he-form, bare) the pattern may read it as: إنتخابات →
    انتخب, الإستمرار → استمر (a doubled last radical written once), إنتهاء → انتهى, إستقبلوا →
    استقبل, الإستحواذ → استحاذ or استحوذ (a weak middle radical, kept or not); none for the nouns
    (اسم, ابن). A lexicon that knows none of them says the pattern matched a loanword or a name
    (أسترالية is no افتعال of «سرل»)."""
    if "أ" not in word and "إ" not in word:
        return None  # (a C test first: most words have neither)
    for head in ["", *proclitic_heads(word)]:
        rest = word[len(head) :]
        if len(rest) < 3 or rest[0] not in "أإ":
            continue
        stem = rest[1:]
        masdar = _MASDAR_RE.fullmatch(stem)
        past = _PAST_RE.fullmatch(stem) if rest[0] == "إ" else None
        noun = _NOUN_RE.fullmatch(stem) is not None and not (stem.startswith("ثنين") and head.endswith("ال"))
        if masdar or past or noun:  # (الإثنين, Monday, is a house spelling of the day's name)
            verbs = _masdar_verbs(masdar.group(1)) if masdar else (past.group(1),) if past else ()
            return head + "ا" + stem, tuple("ا" + verb for verb in verbs)
    return None


def _masdar_verbs(core: str) -> tuple[str, ...]:
    """The past verbs a masdar's letters after its alef may stand for (نتخاب → نتخب, ستمرار →
    ستمر, نتهاء → نتهى, زدياد → زداد or زديد)."""
    last = core[-1]
    if last == "ء":
        return (core[:-2] + "ى",)  # a defective root: انتهاء, انتهى
    if core[-3] == last:
        return (core[:-2],)  # a doubled root: احتلال, احتل
    sound = core[:-2] + last
    # a weak middle radical: hollow (ازدياد, ازداد; اختيار, اختار) or kept (استحواذ, استحوذ)
    return (core[:-3] + "ا" + last, sound) if core[-3] in "وي" else (sound,)


#: a bare past verb of form IX (افعلّ: احمر, واصفرت), the colours and defects: و or ف, the alef,
#: three radicals and a subject ending
_FORM_NINE_RE = re.compile(f"([وف]?)ا({_C}{_C})({_C})(?:ت|تا|وا|ن)?")


def form_nine_masdar(bare: str) -> str | None:
    """The masdar افعلال (احمرار, اصفرار) of a bare form with the shape of a form IX past verb
    (احمر, واحمرت), or None. Form IX starts with hamzat al-wasl, and its bare past is also the bare
    spelling of the colour adjective أفعل (أحمر): a lexicon that lists the masdar says the verb is
    a word of the language, so the bare form may be meant (وقد احمر وجهها)."""
    found = _FORM_NINE_RE.fullmatch(bare)
    if found is None:
        return None
    _, first, last = found.groups()
    return f"ا{first}{last}ا{last}"


def wasl_shape(bare: str, form: str) -> bool:
    """Whether a bare form with a hamza variant has the shape of a word with hamzat al-wasl (اعتقد,
    «he believed», beside أعتقد; ارتفاع beside the web's إرتفاع): then it is a word of its own, not
    a dropped hamza."""
    at = next((i for i, (a, b) in enumerate(zip(bare, form, strict=False)) if a != b), 0)
    return wasl_fix(bare[:at] + "إ" + bare[at + 1 :]) == bare


def imperfect(verb: str) -> str:
    """The he-form imperfect of a past verb of the derived forms: its alef of wasl gives way to ي
    (انتفض → ينتفض, التزم → يلتزم), and ي comes before the ت of forms V and VI (تبدد → يتبدد)."""
    return "ي" + (verb[1:] if verb.startswith("ا") else verb)
