"""Every rule's flag/pass examples, and the conventions every rule follows."""

from __future__ import annotations

import re
import shutil
from itertools import pairwise
from pathlib import Path

import pytest

from arabspell import Settings, check_text
from arabspell.desk import config
from arabspell.lexicon.ngrams import ContextModel
from arabspell.rules import ALL_RULES, Example, Rule, grammar
from arabspell.rules.directives import closest
from arabspell.run.check import plan
from conftest import desk_model

# (rule id, text, flagged span or None, first suggestion)
EXAMPLES = [
    ("spelling.unknown-word", "أجرى الوزير اتصالات الهافية مع نظرائه", "الهافية", "الهاتفية"),
    ("spelling.unknown-word", "وتجنب تصيعد الصراع في المنطقة", "تصيعد", "تصعيد"),
    ("spelling.unknown-word", "أعلنت الولايات المتحدة وبالهاتفية فرض عقوبات", None, None),
    ("spelling.unknown-word", "التقى الوزير نظيره بيستوريوس في برلين", None, None),
    ("spelling.unknown-word", "وصل كزخستافيلوس إلى المدينة", None, None),  # rare name, no plausible fix
    ("spelling.unknown-word", "قال كزخستافيلوس إن كزخستافيلوس", None, None),
    # beside a name, an unknown word that leans towards names is another word of it, not a slip
    ("spelling.unknown-word", "وقالت الكاتبة سارة بينفز إن الرواية", None, None),
    ("spelling.unknown-word", "وقالت سارة بينفز الكاتبة", None, None),
    ("spelling.unknown-word", "وأشادت سارة الكاتبة بينفز", "بينفز", "بينزف"),  # no name beside it
    ("spelling.unknown-word", "وقال يورغن كلوب الممدرب الألماني إن", "الممدرب", "المدرب"),  # a clear slip
    # a correction through proclitics stands on its whole form: فالمتهم is rare, however common المتهم
    ("spelling.unknown-word", "فالمتخم بالطعام لا يشعر بجوع الفقير", None, None),
    ("spelling.unknown-word", "وتحدث التقرير عن الفرص والمخطر في السوق", "والمخطر", "والمخاطر"),
    # letters no listed form has (خعا) mark a slip, so a rarer correction is enough
    ("spelling.unknown-word", "لكنها هربت من خعاطفيها إلى ألمانيا", "خعاطفيها", "خاطفيها"),
    ("spelling.unknown-word", "توقيف أكثر من 500 امرأة احتججن على القرار", None, None),  # every trigram is a word's
    ("spelling.unfamiliar-word", "وصل الوزير كزخستافيلوس إلى العاصمة", "كزخستافيلوس", None),
    ("spelling.unfamiliar-word", "وصل الوزير غالانت إلى العاصمة", None, None),
    ("orthography.hamza", "اعلن الوزير عن خطة جديدة", "اعلن", "أعلن"),
    # a gazetteer's name alone in parentheses is mentioned as a name: the agency (وام), not «وأم»
    ("orthography.hamza", "ذكرت وكالة الأنباء الإماراتية (وام) أن الوفد وصل", None, None),
    ("orthography.hamza", "نقلت هيئة الإذاعة الإثيوبية (فانا) عن مدير العمليات", None, None),
    ("orthography.hamza", "ذهب الوفد الى العاصمة", "الى", "إلى"),
    ("orthography.hamza", "أكد الوزير ان الوفد وصل", "ان", "أن"),
    ("orthography.hamza", "وقال الوزير: «ان الوفد وصل»", "ان", "إن"),  # a quotation starts a sentence
    ("orthography.hamza", "وقال انه سيصل غدا", "انه", "إنه"),  # after قال
    ("orthography.hamza", "وقع الاختيار على ابن الوزير", None, None),  # hamzat al-wasl
    ("orthography.hamza", "سجل روبن فان بيرسي هدفا", None, None),  # a name's particle beside a name
    ("orthography.hamza", "وإذا تأخر الوفد فان الاجتماع سيؤجل", "فان", "فإن"),
    ("orthography.hamza", "وقال الباحث جون كاس إن", None, None),  # a foreign name beside a name
    ("orthography.hamza", "ذكرت وكالة «وام» أن الوفد وصل", None, None),  # a name alone in quotation marks
    ("orthography.hamza", 'كتب على اللافتة "اعلان" كبير', "اعلان", "إعلان"),  # a quoted word that is no name
    ("orthography.hamza", "رفع اللاعب كاس العالم", "كاس", "كأس"),
    ("orthography.hamza", "التقى احمد علي بالوزير", "احمد", "أحمد"),  # an Arabic name takes its hamza
    ("orthography.hamza", "بدا الأمر كأن شيئا لم يكن", None, None),  # a listed word keeps its hamza
    ("orthography.hamza", "سافر الوفد في منتصف الاسبوع", "الاسبوع", "الأسبوع"),  # the standard spelling
    ("orthography.hamza", "اعتقد الوزير أن الاتفاق ممكن", None, None),  # a wasl verb, «he believed»
    ("orthography.hamza", "تطالب الحكومة بمراجعة موقفها بشان القدس", "بشان", "بشأن"),  # a medial seat
    ("orthography.hamza", "ومن بين هولاء البريطانية لويز", "هولاء", "هؤلاء"),
    ("orthography.hamza", "أعلن محمد بن زايد خطة جديدة", None, None),  # a gazetteer name, not زائد
    ("orthography.hamza", "تلك الجدران التي كانت ستودي بحياتهم", None, None),  # س + تودي, of أودى
    ("orthography.hamza", "أعلنت الحكومة وقفا موقتا لإطلاق النار", None, None),  # a house style of مؤقت
    ("style.inconsistent", "وقف موقت لإطلاق النار ثم وقف مؤقت آخر ووقف مؤقت ثالث", "موقت", "مؤقت"),
    # the hamza a gazetteer writes on this very name, beside a name or not
    ("orthography.hamza", "تبادلها الرئيس الفرنسي ايمانويل ماكرون ونظيره", "ايمانويل", "إيمانويل"),
    ("orthography.hamza", "وأدى ذلك إلى صعود الين أمام الدولار", None, None),  # ال + ين, the yen
    # a name the text introduces beside a name keeps its letters where it stands alone
    ("orthography.hamza", "وقال زوران زايف إن الاتفاق تاريخي. واعتبر زايف أن الاتفاق", None, None),
    ("orthography.hamza-wasl", "جرت إنتخابات الرئاسة أمس", "إنتخابات", "انتخابات"),
    ("orthography.hamza-wasl", "وتم إستقبال الوفد في المطار", "إستقبال", "استقبال"),
    ("orthography.hamza-wasl", "أعلن الوزير إنتاج سيارة جديدة", None, None),  # form IV: hamzat al-qat'
    # a loanword of the shape of افتعال whose «verb» is ال + a noun (الترس): Ultras; not التزم
    ("orthography.hamza-wasl", "وهتفت جماهير ألتراس أهلاوي في المدرجات", None, None),
    ("orthography.hamza-wasl", "أكد الوزير الإلتزام بالاتفاق", "الإلتزام", "الالتزام"),
    ("orthography.hamza-wasl", "جرت الانتخابات أمس", None, None),
    ("orthography.tanween-alef", "وصل الوفد مساءا إلى العاصمة", "مساءا", "مساءً"),
    ("orthography.tanween-alef", "ولبناءا على ذلك", None, None),  # no listed noun under it
    ("orthography.tanween-alef", "جاءا معا إلى الحفل", None, None),  # the dual of the verb جاء
    ("orthography.tanween-alef", "وصل الوفد مساءً إلى العاصمة", None, None),
    ("spelling.misspelling", "أردت الذهاب لاكن الوقت تأخر", "لاكن", "لكن"),
    ("spelling.misspelling", "ولهاذا السبب قرر الانسحاب", "ولهاذا", "ولهذا"),  # proclitics kept
    ("spelling.misspelling", "هذة المرة يعود الفريق", "هذة", "هذه"),
    ("spelling.misspelling", "لم يبق شيئا في المخازن", None, None),  # شيئا is right
    ("spelling.misspelling", "قال المسؤول إن الوفد وصل", None, None),
    ("spelling.misspelling", "هذا هو الكتاب اللذي قرأته", "اللذي", "الذي"),
    ("spelling.misspelling", "التقى الرجلان اللذان فازا", None, None),  # the dual
    # a madda written as a plain hamza
    ("orthography.hamza", "الأن أستطيع أن أذهب", "الأن", "الآن"),
    ("orthography.hamza", "يجب أن نحترم الأخرين", "الأخرين", "الآخرين"),
    ("orthography.hamza", "قال إن الأمن مستتب", None, None),  # آمن is the rarer word
    ("orthography.hamza-wasl", "إنتهى الدرس قبل الظهر", "إنتهى", "انتهى"),  # a defective verb's ى
    ("orthography.hamza-wasl", "بعد إنتهاء الاجتماع", "إنتهاء", "انتهاء"),  # a defective masdar's ء
    ("orthography.hamza-wasl", "قرر إنشاء مدرسة جديدة", None, None),  # form IV: إنشاء
    ("orthography.hamza", "انا طالب في الجامعة", "انا", "أنا"),  # however often the web writes it
    ("orthography.hamza", "ذهب الوفد الي العاصمة", "الي", "إلى"),  # two slips; the context picks إلى
    ("orthography.taa-marbuta", "قالت وزارة الخارجيه إن الوفد وصل", "الخارجيه", "الخارجية"),
    # a noun + ه written with ة: the next word says which (an adjective with ال: «his»; a complement: ة)
    ("orthography.taa-marbuta", "تدور المفارقات لعائلتة الكبيرة", "لعائلتة", "لعائلته"),
    ("orthography.taa-marbuta", "في مواجهتة بلاده", "مواجهتة", "مواجهة"),
    ("orthography.hamza", "اشترى الفريق جهاز أيفون جديدا", None, None),  # a name's vowel, not a madda slip
    ("spelling.unknown-word", "بتشجيع من ليثغو", None, None),  # odd letters in a name are its own
    ("orthography.taa-marbuta", "كتب الطالب كتابه ثم أكمل كتابة الواجب", None, None),  # both valid
    ("orthography.taa-marbuta", "جرت العاده أن يصل الوفد", "العاده", "العادة"),  # no pronoun after ال
    ("orthography.taa-marbuta", "قال الله في كتابه", None, None),
    ("orthography.taa-marbuta", "ويحتوي الدليل الموجه إلى اللاعبين", None, None),  # موجه: a word of its own
    ("orthography.alef-maqsura", "هذه المدينة التى زارها", "التى", "التي"),
    ("orthography.alef-maqsura", "اتفق الطرفان على التهدئة", None, None),
    ("orthography.alef-maqsura", "قال إنه يعطي الأولوية، ولا يقبل أن يعطى دوره، فهو يعطي", None, None),  # two verbs
    # the writer's own vowel marks say which letter ends the word: a fatha before ى (أبَى, «refused»),
    # a kasra before ي (الكبرِي is written so on purpose), whichever rule would change it
    ("orthography.alef-maqsura", "إن شاء أبَى أن يحضر", None, None),
    ("grammar.alef-maqsura-noun", "في المدن الكبرِي", None, None),
    ("grammar.alef-maqsura-noun", "في المدن الكبري", "الكبري", "الكبرى"),  # no marks: the rule as before
    ("names.inconsistent", "قال أوستن إن أوستن وأوستن وأوستين اتفقوا", "وأوستين", "وأوستن"),
    ("names.inconsistent", "قال لويد أوستن اليوم. ثم قال لويس أوستن إن", "لويس", "لويد"),
    ("names.inconsistent", "التقى بغالانت ثم قال غالانت إن غالانت", None, None),
    ("names.inconsistent", "قال المشير حفطر إن قواته تقدمت", "حفطر", "حفتر"),  # a known name misspelt
    ("names.inconsistent", "سجل رنالدو هدفا ثم سجل رونالدو وعاد رونالدو", "رنالدو", "رونالدو"),  # a dropped vowel
    ("names.inconsistent", "وصل الرئيسان ثم غادر الرئيسين", None, None),  # inflection, not a name
    ("style.inconsistent", "قال الرئيس الأميركي إن الجيش الأميركي والأسطول الأمريكي", "الأمريكي", "الأميركي"),
    ("style.inconsistent", "قال المسؤول إن الشؤون والمسئول", "والمسئول", "والمسؤول"),
    ("style.inconsistent", "قال الرئيس الأمريكي إن الجيش الأمريكي", None, None),  # one style throughout
    ("repeat.doubled-word", "وصل الوفد في في الصباح", "في في", "في"),
    ("repeat.doubled-word", "مهرجان شتاء طنطورة في العلا\nالعلا - افتتح المهرجان", None, None),  # headline, body
    ("repeat.doubled-word", "تتقدم رويدا رويدا نحو المدينة", None, None),
    ("repeat.doubled-word", "قالت هيئة بي بي سي إن", None, None),  # acronym
    ("repeat.doubled-word", "قال في. في اليوم التالي", None, None),  # a sentence boundary between
    ("repeat.doubled-word", "هتفوا «عار عار عار عليك»", None, None),  # a chant
    ("repeat.doubled-word", 'وقال ثلاثة عسكريين لشبكة "سي أن أن" إنهم', None, None),  # acronym, أن for N
    ("repeat.doubled-word", "حقول نفط تديرها شركة بي بي البريطانية", None, None),  # BP: two letters
    ("repeat.doubled-word", "صنفت الوكالة البلاد في الفئة إيه إيه 2", None, None),  # AA2
    ("repeat.doubled-word", 'وهتف المتظاهرون "سلمية سلمية" في الساحة', None, None),  # a quoted slogan
    ("repeat.doubled-word", "أطلق الجيش صواريخ أرض أرض على المواقع", None, None),  # surface-to-surface
    ("repeat.doubled-word", "انتهت المباراة بنتيجة صفر صفر", None, None),  # a score
    ("repeat.doubled-word", 'وقال "في في المدينة أزمة"', "في في", "في"),  # a particle, quoted or not
    ("spacing.merged", "وصل الوفد فيالمنطقة الشرقية", "فيالمنطقة", "في المنطقة"),
    ("spacing.merged", "استهدف مبنى قنصليا ملحقا بالسفارة", None, None),
    ("spacing.merged", "قال إنهم لايبالون بالنتائج", "لايبالون", "لا يبالون"),  # لا run into its verb
    ("spacing.merged", "تحرك الوفد لاتجاه العاصمة", None, None),  # ل + اتجاه, not لا + تجاه
    ("spacing.merged", "وصل الفريق لمنزل المدرب", None, None),  # ل + منزل, not لم نزل
    ("spacing.merged", "وأما هم فيستنكرون القرار", None, None),  # ف + يستنكرون, not في ستنكرون
    ("spacing.merged", "وقال إن الفرصة جاءت لمانو ليثبت نفسه", None, None),  # ل + a name, not لم انو
    ("spacing.merged", "وقالت لوريانت إنها وصلت", None, None),  # a name, not لوري انت: two syllables
    ("spacing.merged", "وصل كيمبرلين إلى المدينة", None, None),  # not كيم برلين: كيم is a syllable
    ("spacing.merged", "وقال إن مستوىله ضعيف", "مستوىله", "مستوى له"),
    ("spacing.merged", "وهوسعر مدعوم لا يستخدم إلا مع المؤسسات", "وهوسعر", "وهو سعر"),  # سعر: a word, no syllable
    ("spacing.merged", "على حدود إقليمي فارس وهرمزجان", None, None),  # جان leans towards names: a syllable
    ("spacing.merged", "وأرفقتالصورة بالخبر", "وأرفقتالصورة", "وأرفقت الصورة"),  # و + a rare listed verb
    ("spacing.merged", "وقعت الحادثة في حي فلاتيري الشهير", None, None),  # not فلا + تيري: a name
    ("spacing.split", "قال إن الحكومة يست قبل الوفد غدا", "يست قبل", "يستقبل"),
    ("spacing.split", "قال إن الحكومة ستستقبل الوفد غدا", None, None),
    ("spacing.split", "وصل الوفد و من جهته قال", "و من", "ومن"),  # a detached proclitic
    # a proclitic kept apart by a tatweel is the writer's typography, before a name or an acronym
    ("spacing.split", "أجرى الرئيس اتصالا هاتفيا بـ أبي أحمد", None, None),
    ("spacing.split", "قال إن الرئيس من الـ كي جي بي", None, None),
    # a stray و before a word that has its own (و والكاميروني) is no word split: ووال… is none
    ("spacing.split", "سجل التونسي وهبي الخرزي و والكاميروني كارل توكو", None, None),
    ("spacing.split", "حضر الوزير و والده الحفل", "و والده", "ووالده"),  # والده, «his father»
    ("spacing.split", "أمضى الليلة براحة بال الجميع", None, None),  # بال is a word
    ("spacing.split", "زار الوفد كوالا لمبور أمس، وفي كوالا لمبور التقى الوزير", None, None),  # twice: the text's
    # with DESK's reject table
    ("spelling.rejected-word", "قال المسؤول الأمريكي إن الوفد وصل", "الأمريكي", "الأميركي"),
    ("spelling.rejected-word", "قال المسؤول الأميركي إن الوفد وصل", None, None),
    ("spelling.rejected-word", "قال المسؤول الأمريكيّ إن الوفد وصل", "الأمريكيّ", "الأميركيّ"),  # marks kept
    ("directives.unknown", "<!-- arabspell: ignore-nextline -->\nقال الوزير", "ignore-nextline", "ignore-next-line"),
    ("directives.unknown", "قال الوزير # arabspell: ignore_line", "ignore_line", "ignore-line"),
    ("directives.unknown", "<!-- arabspell: disable-next-line -->", "disable-next-line", "ignore-next-line"),
    ("directives.unknown", "<!-- arabspell: -->", "arabspell:", None),  # no directive at all
    ("directives.unknown", "arabspell: ignore-line-->", None, None),  # a directive, then the comment's end
    ("directives.unknown", "<!-- arabspell: ignore الهافية -->\n<!-- arabspell: disable -->", None, None),
]
#: the context rules' own examples (dictionaries/context-rules.txt; tests/test_context_rules.py runs
#: each against its pattern)
EXAMPLES += [
    (p.rule, text, span, fix) for spec in grammar.load() for p in spec.patterns for text, span, fix in p.flags
] + [(p.rule, text, None, None) for spec in grammar.load() for p in spec.patterns for text in p.passes]
#: the real-word rule, with the context model of the tests' small archive (conftest.desk_model)
EXAMPLES += [
    ("context.real-word", "أجرت الصحيفة مقالة مع الوزير", "مقالة", "مقابلة"),
    ("context.real-word", "أجرت الصحيفة مقابلة مع الوزير", None, None),
    ("context.real-word", "وقلت له إن الأمر لا يحتمل التأجيل", None, None),  # a word the archive has here
    ("context.real-word", "وقالت الوزارة إن الوفد وصل", None, None),
    ("context.real-word", "«مقالة»", None, None),  # a word alone: no context to judge it by
    ("orthography.in-context", "وقال الوزير انا لا أوافق على القرار", "انا", "أنا"),
    ("orthography.in-context", "وقال الوزير أنا لا أوافق على القرار", None, None),
    ("orthography.in-context", "وقال الوزير انا لا أوافق، انا لا أوافق", None, None),  # the text's own spelling
    ("orthography.in-context", "وأوضح البنك أن التضخم بلغ أدني مستوى له", "أدني", "أدنى"),
]
#: the rules that judge with the desk's context model
CONTEXT_RULES = ("context.real-word", "orthography.in-context")
#: a desk configuration's `reject` table, for the examples
DESK = (("الأمريكي", "الأميركي"),)


@pytest.mark.parametrize(("rule", "text", "span", "fix"), EXAMPLES)
def test_rule_example(rule: str, text: str, span: str | None, fix: str | None) -> None:
    context = ContextModel.open(desk_model()) if rule in CONTEXT_RULES else None
    found = [f for f in check_text(text, Settings(select=(rule,), rejected=DESK, context=context))]
    if span is None:
        assert found == [], found
        return
    assert [f.text for f in found] == [span]
    assert (found[0].suggestions[0] if found[0].suggestions else None) == fix
    assert text[found[0].offset : found[0].end] == span


@pytest.mark.parametrize(
    ("text", "split"),
    [
        ("وصل الوفد و من جهته قال و من جهتها", "و من"),  # a detached proclitic
        ("قال أر دوغان إن الوفد وصل، ثم قال أر دوغان إن", "أر دوغان"),  # a two-letter fragment
    ],
)
def test_a_split_is_reported_however_often_the_text_repeats_it(text: str, split: str) -> None:
    found = check_text(text, Settings(select=("spacing.split",)))
    assert [f.text for f in found] == [split, split]


def test_opt_in_rules_run_only_when_named() -> None:
    text = "وصل الوزير كزخستافيلوس إلى العاصمة"
    assert check_text(text) == []
    assert [f.rule for f in check_text(text, Settings(opt_in=("spelling.unfamiliar-word",)))] == [
        "spelling.unfamiliar-word"
    ]


@pytest.mark.parametrize("rule", ALL_RULES, ids=lambda r: r.id)
def test_every_rule_has_flag_and_pass_examples(rule) -> None:
    mine = [e for e in EXAMPLES if e[0] == rule.id]
    assert any(e[2] for e in mine) and any(e[2] is None for e in mine), rule.id


def test_rule_ids_are_unique_dotted_and_match_their_module() -> None:
    ids = [r.id for r in ALL_RULES]
    assert len(ids) == len(set(ids))
    for rule in ALL_RULES:
        assert re.fullmatch(r"[a-z]+\.[a-z]+(-[a-z]+)*", rule.id), rule.id
        family = rule.id.split(".")[0]
        module = rule.check.__module__.rsplit(".", 1)[-1]
        assert module.startswith(family[:5]), (rule.id, module)


def test_settings_select_and_ignore_by_prefix() -> None:
    text = "اعلن الوزير في في الصباح"
    assert {f.rule for f in check_text(text)} == {"orthography.hamza", "repeat.doubled-word"}
    assert {f.rule for f in check_text(text, Settings(ignore=("orthography",)))} == {"repeat.doubled-word"}
    assert {f.rule for f in check_text(text, Settings(select=("orthography.",)))} == {"orthography.hamza"}


def test_findings_do_not_overlap_and_are_sorted() -> None:
    findings = check_text("وصل الوفد فيالمنطقة في في الصباح واعلن الخارجيه")
    assert findings == sorted(findings)
    assert all(a.end <= b.offset for a, b in pairwise(findings))


def example_settings(rule: Rule, example: Example, tmp_path: Path) -> Settings:
    """The settings `arabspell check` runs with in a folder whose arabspell.toml is the example's line."""
    path = tmp_path / "arabspell.toml"
    path.write_text(example.config + "\n", encoding="utf-8")
    if "model" in example.config:  # the context model the example names: the tests' archive's
        shutil.copy(desk_model(), tmp_path / "desk.model")
    return plan(config.load(path)).settings


@pytest.mark.parametrize("rule", ALL_RULES, ids=lambda r: r.id)
def test_every_rule_declares_one_to_three_examples(rule: Rule) -> None:
    assert 1 <= len(rule.examples) <= 3, rule.id


@pytest.mark.parametrize(
    ("rule", "example"), [(r, e) for r in ALL_RULES for e in r.examples], ids=lambda v: getattr(v, "id", "")
)
def test_each_declared_example_is_flagged_as_stated(rule: Rule, example: Example, tmp_path: Path) -> None:
    """What `arabspell rules ID` shows holds: with the example's configuration, checking its text
    reports exactly one finding, of this rule, on the span, with the suggestion first."""
    found = check_text(example.text, example_settings(rule, example, tmp_path))
    assert [(f.rule, f.text) for f in found] == [(rule.id, example.flagged)]
    assert (found[0].suggestions[:1] or (None,))[0] == example.suggestion
    assert example.text[found[0].offset : found[0].end] == example.flagged


def test_a_misspelled_directive_is_a_warning_that_suppresses_nothing() -> None:
    text = "<!-- arabspell: ignore-nextline -->\nقال الوزير إن الاتصالات الهافية مستمرة.\n"
    found = check_text(text, kind="markdown")
    assert [(f.rule, f.severity.value, f.safe) for f in found] == [
        ("directives.unknown", "warning", False),
        ("spelling.unknown-word", "error", False),  # الهافية: الهاتفية or العافية, not sure
    ]
    assert found[0].message == "«ignore-nextline» is not an arabspell directive; did you mean «ignore-next-line»?"
    assert check_text(text.replace("nextline", "next-line"), kind="markdown") == []


@pytest.mark.parametrize(
    ("kind", "text"), [("html", "<p>قال</p><!-- arabspell: disabled -->"), ("text", "# arabspell: disabled")]
)
def test_a_misspelled_directive_is_found_in_markup_the_prose_blanks(kind: str, text: str) -> None:
    assert [f.text for f in check_text(text, kind=kind)] == ["disabled"]


@pytest.mark.parametrize(
    ("name", "meant"),
    [
        ("ignore-nextline", "ignore-next-line"),
        ("disabled", "disable"),
        ("Enable", "enable"),
        ("ignorline", "ignore-line"),
        ("تجاهل", None),
    ],
)
def test_the_closest_directive_is_suggested(name: str, meant: str | None) -> None:
    assert closest(name) == meant


@pytest.mark.parametrize(
    ("text", "safe"),
    [
        ("وصل الوفد في في الصباح", True),  # a particle: never doubled on purpose
        ("عندما عندما حققت أول ظهور لها", True),
        ("قال رئيس الاتحاد الأفريقي أحمد أحمد إن", False),  # a name may be the father's too
        ("وصل الوفد إلى ساحة ساحة المدينة", False),  # a content word: reported, not fixed
        # meant, so not reported at all: a quoted chant of two, a compound, «street by street»
        ('وهتف المتظاهرون "سلمية سلمية" في الساحة', None),
        ("بصواريخ أرض أرض على المدينة", None),
        ('متعهدا بالقضاء عليها "شارعا شارعا"', None),
    ],
)
def test_only_a_doubled_particle_is_fixed_unattended(text: str, safe: bool | None) -> None:
    found = [f for f in check_text(text) if f.rule == "repeat.doubled-word"]
    assert [f.safe for f in found] == ([] if safe is None else [safe])


def test_a_hashtag_is_reported_but_never_fixed_unattended() -> None:
    # a tag is an identifier readers search by: its spelling is the tag's
    tagged = check_text("دعا الناشطون عبر وسم #للسعوديه_الحق إلى التظاهر")
    plain = check_text("دعا الناشطون للسعوديه إلى التظاهر")
    assert [(f.text, f.safe) for f in tagged] == [("للسعوديه", False)]
    assert [(f.text, f.safe) for f in plain] == [("للسعوديه", True)]


@pytest.mark.parametrize(
    ("text", "safe"),
    [
        ("وقال جيسون ناوف مسؤول اتصالات الأمير", False),  # Knauf: another word of the name
        ("ومن هؤلاء تيموثي كلاميت الذي قال", False),
        ("ولم يدل ترامب يتعليق على العقوبات", True),  # an Arabic-looking slip after a name is sure
    ],
)
def test_a_foreign_looking_word_beside_a_name_is_no_sure_fix(text: str, safe: bool) -> None:
    found = [f for f in check_text(text) if f.rule == "spelling.unknown-word"]
    assert [f.safe for f in found] == [safe]


@pytest.mark.parametrize(
    ("text", "fix", "safe"),
    [
        ("ان الوزير قال إن الوفد وصل", "إن", False),  # أن or إن: the sentence decides, not a fix
        ("وأكد ان الوفد وصل", "أن", False),
        ("اعلن الوزير خطة جديدة", "أعلن", True),  # one hamza reading
        ("اما الوزير فقال إن الوفد وصل", "أما", True),  # إما far rarer
    ],
)
def test_a_hamza_with_a_near_rival_is_reported_not_fixed(text: str, fix: str, safe: bool) -> None:
    found = [(f.suggestions[0], f.safe) for f in check_text(text) if f.rule == "orthography.hamza"]
    assert found == [(fix, safe)]


def test_an_imperfect_after_the_future_sin_keeps_its_alef_maqsura() -> None:
    # سيُجرى (passive, «will be held») beside سيُجري (active): two words, neither a slip
    assert check_text("تقرر أن الاستفتاء سيجرى في موعده، بينما سيجري الوفد محادثات") == []


@pytest.mark.parametrize(
    ("text", "span", "fix"),
    [
        ("وقدم الدعم ل الحكومة الجديدة", "ل الحكومة", "للحكومة"),  # ل + ال is written لل
        ("وقدم الدعم ل الذين فقدوا منازلهم", "ل الذين", "للذين"),
        ("وقال إن المسؤولين و من معهم وصلوا", "و من", "ومن"),
    ],
)
def test_a_detached_proclitic_joins_as_the_language_writes_it(text: str, span: str, fix: str) -> None:
    found = [(f.text, f.suggestions[0]) for f in check_text(text) if f.rule == "spacing.split"]
    assert found == [(span, fix)]


@pytest.mark.parametrize("text", ["تعترف بإسرائيل بل لعبتم دورا هاما", "رغم قسوتها لكن همهن الأكبر هو الأطفال"])
def test_two_listed_words_whose_join_is_unlisted_are_no_split_word(text: str) -> None:
    assert [f for f in check_text(text) if f.rule == "spacing.split"] == []
