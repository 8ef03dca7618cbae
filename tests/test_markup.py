"""markup: what each kind of file blanks, the invariants of `prose`, and checking the blanked text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from arabspell.arabic.tokenize import tokenize
from arabspell.engine import check
from arabspell.text.markup import SKIPPED_ELEMENTS, Kind, hashtag_spans, kind_of, prose

MD, HTML, TEXT = Kind.MARKDOWN, Kind.HTML, Kind.TEXT


@pytest.mark.parametrize(
    ("path", "kind"),
    [
        ("article.md", MD),
        ("ARTICLE.MD", MD),
        ("notes.markdown", MD),
        ("page.mdx", MD),
        ("docs/v1.2/readme.md", MD),
        ("page.html", HTML),
        ("page.HTM", HTML),
        ("page.xhtml", HTML),
        ("article.txt", TEXT),
        ("article", TEXT),
        ("-", TEXT),
        ("archive.html.gz", TEXT),
        ("md", TEXT),
        (".md", TEXT),  # a hidden file named ".md" has no suffix
    ],
)
def test_kind_of(path: str, kind: Kind) -> None:
    assert kind_of(path) is kind


def words(text: str, kind: Kind) -> list[str]:
    """The Arabic words left to check in a text of a kind."""
    return [token.text for token in tokenize(prose(text, kind))]


# (kind, text, the words left to check)
WORDS = [
    # Markdown: code
    (MD, "اكتب `الكود` هنا", ["اكتب", "هنا"]),
    (MD, "نص ``فيه ` علامة`` بعد", ["نص", "بعد"]),  # a run of two closes only with a run of two
    (MD, "نص ``أول` ثان", ["نص", "أول", "ثان"]),  # no closing run of the same length: literal
    (MD, "نص `مفتوح بلا إغلاق", ["نص", "مفتوح", "بلا", "إغلاق"]),
    (MD, "نص \\`ليس كودا\\` بعد", ["نص", "ليس", "كودا", "بعد"]),  # escaped backticks
    (MD, "قبل\n```python\nتصيعد = «كلمة»\n```\nبعد", ["قبل", "بعد"]),
    (MD, "قبل\n~~~\nكود\n~~~\nبعد", ["قبل", "بعد"]),
    (MD, "قبل\n\n```\nكود\nمزيد", ["قبل"]),  # an unclosed fence runs to the end
    (MD, "فقرة\n\n    كود بمسافة بادئة\n\nبعد", ["فقرة", "بعد"]),
    (MD, "- بند\n  ```\n  كود\n  ```\n- بند ثان", ["بند", "بند", "ثان"]),
    (MD, "> اقتباس\n> ```\n> كود\n> ```", ["اقتباس"]),
    # Markdown: links and images
    (MD, "[النص](https://example.com/مسار)", ["النص"]),
    (MD, '[النص](/مسار "عنوان الرابط") بعد', ["النص", "بعد"]),
    (MD, "[النص](<مسار فيه مسافة>) بعد", ["النص", "بعد"]),
    (MD, '![صورة الوزير](صور/الوزير.png "عنوان") بعد', ["صورة", "الوزير", "بعد"]),  # the alt text is read
    (MD, "[`كود` ونص](رابط)", ["ونص"]),
    (MD, "[النص][مرجع] بعد\n\n[مرجع]: https://example.com/مسار 'عنوان'", ["النص", "بعد"]),
    (MD, "[النص][غير معرف] بعد", ["النص", "غير", "معرف", "بعد"]),  # undefined: literal text
    (MD, "[مرجع]:\n  /مسار\n  'عنوان على سطر'\n\nنص", ["نص"]),
    (MD, "راجع <https://example.com/مسار> الآن", ["راجع", "الآن"]),
    # Markdown: HTML
    (MD, 'نص <b>غامق</b> و<span class="ملاحظة">عادي</span>', ["نص", "غامق", "و", "عادي"]),
    (MD, "نص <!-- تعليق مخفي --> بعد", ["نص", "بعد"]),
    (MD, "نص <code>كود</code> بعد", ["نص", "بعد"]),
    (MD, "<!--\nمسودة\n\nمحذوف\n-->\nنص", ["نص"]),
    (MD, '<div class="x">\nمرحبا <script>var x = "كلمة";</script>\n</div>\n\nفقرة', ["مرحبا", "فقرة"]),
    (MD, "نص&nbsp;بعد &amp; &#1576;", ["نص", "بعد"]),
    # Markdown: front matter
    (MD, "---\ntitle: عنوان\ntags: [سياسة]\n---\nنص", ["نص"]),
    (MD, "---\r\ntitle: عنوان\r\n...\r\nنص", ["نص"]),
    (MD, '+++\ntitle = "عنوان"\n+++\nنص', ["نص"]),
    (MD, "---\nنص الخبر", ["نص", "الخبر"]),  # not closed: a thematic break
    (MD, "نص\n---\nعنوان: قيمة\n---\n", ["نص", "عنوان", "قيمة"]),  # not at the very start
    (
        MD,
        "# عنوان\n\nنص *مائل* و**غامق**\n\n1. بند\n\nعنوان ثان\n=====",
        ["عنوان", "نص", "مائل", "و", "غامق", "بند", "عنوان", "ثان"],
    ),
    # HTML
    (HTML, '<p>مرحبا <b>بالعالم</b></p><script>var x="كلمة"</script>', ["مرحبا", "بالعالم"]),
    (HTML, '<img alt="صورة" title="عنوان">نص', ["نص"]),
    (HTML, "<style>/* تعليق */</style><pre>كود</pre><p>نص <code>كود</code> <KBD>مفتاح</KBD></p>", ["نص"]),
    (HTML, "<!DOCTYPE html><!-- تعليق --><?php echo 'كلمة'; ?><p>نص</p>", ["نص"]),
    (HTML, "<p>نص <!-- تعليق بلا نهاية", ["نص"]),
    (HTML, "<p>نص <!-- تعليق > بلا نهاية", ["نص"]),
    (HTML, '<p>نص <a href="بلا نهاية', ["نص"]),
    (HTML, "<p>نص <b>غامق</p> </i> <![marked[ كلام> بعد", ["نص", "غامق", "بعد"]),
    (HTML, "<![]<p>نص</p>\n<p>سطر ثان</p>", ["نص", "سطر", "ثان"]),  # html.parser raises on <![]
    (HTML, '<p>نص &# <b title="عنوان">غامق</b></p>', ["نص", "غامق"]),  # "&#" with no ";" anywhere after
    (HTML, "<title>العنوان</title>\r\n<p>سطر\nثان</p>", ["العنوان", "سطر", "ثان"]),
    (HTML, "<p>نص <script>لم يغلق", ["نص"]),
    (HTML, "<pre>كود <b>غامق</b> كود</pre> نص", ["نص"]),
    (HTML, "نص `ليس كودا` هنا", ["نص", "ليس", "كودا", "هنا"]),  # backticks are text in HTML
    # every kind
    (TEXT, "زوروا https://ar.wikipedia.org/wiki/غزة_(مدينة) للمزيد", ["زوروا", "للمزيد"]),
    (TEXT, "موقع www.aljazeera.net/أخبار اليوم", ["موقع", "اليوم"]),
    (TEXT, "«https://example.com/صفحة»، وقال", ["وقال"]),
    (TEXT, "راسلونا على info@aljazeera.net اليوم", ["راسلونا", "على", "اليوم"]),
    (TEXT, "قال @الجزيرة في تغريدة", ["قال", "في", "تغريدة"]),
    (TEXT, "#الحرب_على_غزة", ["الحرب", "على", "غزة"]),
    (TEXT, "#السعوديةالجديدة", ["السعوديةالجديدة"]),
    (TEXT, "اكتب `الكود` و<b>غامق</b>", ["اكتب", "الكود", "و", "غامق"]),  # plain text: no markup
    (MD, "زوروا https://example.com/مسار و @الوسم و #وسم_جديد", ["زوروا", "و", "و", "وسم", "جديد"]),
    (HTML, "<p>زوروا https://example.com/مسار و #وسم_جديد</p>", ["زوروا", "و", "وسم", "جديد"]),
]


@pytest.mark.parametrize(("kind", "text", "expected"), WORDS)
def test_words_left_to_check(kind: Kind, text: str, expected: list[str]) -> None:
    assert words(text, kind) == expected


# (kind, text, the blanked text)
EXACT = [
    (TEXT, "وسم #الحرب_على_غزة.", "وسم  الحرب على غزة."),
    (MD, "أ `ب`\nج", "أ    \nج"),
    (MD, "[أ](ب)", " أ    "),
    (MD, "---\r\nأ: ب\r\n---\r\nج", "   \r\n    \r\n   \r\nج"),
    (MD, "```\r\nأ\rب\n```", "   \r\n \r \n   "),
    (HTML, "<p>أ&amp;ب</p>", "   أ     ب    "),
    (HTML, "<p\n class='x'>أ</p>", "  \n" + " " * len(" class='x'>") + "أ    "),
    (TEXT, "", ""),
]


@pytest.mark.parametrize(("kind", "text", "expected"), EXACT)
def test_exact_blanking(kind: Kind, text: str, expected: str) -> None:
    assert prose(text, kind) == expected


def test_hashtag_words_keep_their_offsets() -> None:
    text = "قال #الحرب_على_غزة اليوم"
    tokens = [(t.text, t.start) for t in tokenize(prose(text, TEXT))]
    assert tokens == [(w, text.index(w)) for w in ["قال", "الحرب", "على", "غزة", "اليوم"]]


def test_hashtag_spans() -> None:
    text = "قال #الحرب_على_غزة و #السعوديةالجديدة #2024 و#وسم C# https://x.com/#frag &#1576;"
    first, second = "#الحرب_على_غزة", "#السعوديةالجديدة"
    assert hashtag_spans(text) == [
        (text.index(first), text.index(first) + len(first)),
        (text.index(second), text.index(second) + len(second)),
    ]


def test_markdown_code_is_not_checked_and_prose_is_at_its_offset() -> None:
    # Checked raw, the three copies would even pass as a name used consistently; blanked, the
    # two in code are gone and the one in prose is flagged where it is in the original.
    text = "# تقرير\n\nوتجنب تصيعد الصراع في المنطقة\n\n```\nتصيعد\n```\n\nثم `تصيعد` في الكود\n"
    findings = check(prose(text, MD)).findings
    assert [(f.offset, f.text) for f in findings if f.text == "تصيعد"] == [(text.index("تصيعد"), "تصيعد")]
    assert all(text[f.offset : f.end] == f.text for f in findings)
    assert all(f.offset < text.index("```") for f in findings)


# --- invariants ---------------------------------------------------------------------------------

# fmt: off
SNIPPETS = st.sampled_from(
    [
        "`", "``", "```", "~~~", "    ", "\t", "\n", "\r", "\r\n", "\n\n", "---", "+++", "...", "- ", "> ", "# ",
        "[", "]", "](", "![", "(", ")", '"', "'", "<", ">", "</", "/>", "<!--", "-->", "<!", "<?", "?>",
        "<![CDATA[", "]]>", "<![marked[", "<!DOCTYPE html [", "<b>", "</b>", "<p class='", "<script>", "</script>",
        "<pre>", "</pre>", "<code>", "</code>", "&", "&amp;", "&#", "&#1576;", "&nbsp", ";", "\\", "https://",
        "www.", "@", "#", "_", ".", "،", "a", "x.com/", "كلمة", "الحرب", "ّ", "ـ", "\u200c", "\x00", "\ufeff",
    ]
)
# fmt: on
ARABIC = st.characters(min_codepoint=0x0600, max_codepoint=0x06FF)
MARKUP_TEXT = st.lists(st.one_of(SNIPPETS, st.text(st.one_of(ARABIC, st.characters()), max_size=4)), max_size=40).map(
    "".join
)
KINDS = st.sampled_from(list(Kind))


@settings(max_examples=400, deadline=None)
@given(st.one_of(MARKUP_TEXT, st.text()), KINDS)
def test_prose_keeps_length_and_line_breaks(text: str, kind: Kind) -> None:
    result = prose(text, kind)
    assert len(result) == len(text)
    for original, kept in zip(text, result, strict=True):
        assert kept in (original, " ")
        if original in "\r\n":
            assert kept == original


@settings(max_examples=400, deadline=None)
@given(MARKUP_TEXT, KINDS)
def test_prose_words_are_whole_words_of_the_text(text: str, kind: Kind) -> None:
    """Blanking never cuts a word: each word left is one of the original's, at the same offset."""
    original = {(t.start, t.text) for t in tokenize(text)}
    assert {(t.start, t.text) for t in tokenize(prose(text, kind))} <= original


PLAIN_WORDS = st.sampled_from(["قال", "الوزير", "إن", "الحكومة", "في", "المنطقة", "«عاجل»", "(تقرير)", "2024"])
SEPARATORS = st.sampled_from([" ", " ", "، ", ". ", "\n", "\n\n", "\r\n", ": "])
PREFIXES = st.sampled_from(["", "", "- ", "> ", "# ", "1. ", "* "])


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(PREFIXES, st.lists(st.tuples(PLAIN_WORDS, SEPARATORS), min_size=1, max_size=8)), max_size=8))
def test_plain_prose_is_checked_whole(lines: list[tuple[str, list[tuple[str, str]]]]) -> None:
    """Prose without code, links or tags loses no word, whatever the kind."""
    text = "\n".join(prefix + "".join(w + s for w, s in line) for prefix, line in lines)
    for kind in Kind:
        assert tokenize(prose(text, kind)) == tokenize(text)


HTML_WORDS = st.sampled_from(["مرحبا", "بالعالم", "قال", "الوزير"])
HTML_TEXT = HTML_WORDS.map(lambda w: (f" {w} ", [w]))
HTML_LEAVES = st.one_of(
    HTML_TEXT,
    HTML_WORDS.map(lambda w: (f"<!-- {w} -->", [])),
    HTML_WORDS.map(lambda w: (f"<br data-note='{w}'/>", [])),
    st.sampled_from([("&amp;", []), ("&#1576;", []), ("\n", [])]),
)
HTML_TAGS = st.sampled_from(["p", "b", "div", "span", "a", "h1", "code", "pre", "kbd"])
RAW_TEXT_TAGS = st.sampled_from(["script", "style"])  # hold text only: "<b>" in them is text


def _element(parts: tuple[str, str, list[tuple[str, list[str]]]]) -> tuple[str, list[str]]:
    """An element with a title and its children, and the words a reader would see in it."""
    tag, title, children = parts
    html = f'<{tag} title="{title}">' + "".join(h for h, _ in children) + f"</{tag}>"
    return html, [] if tag in SKIPPED_ELEMENTS else [w for _, ws in children for w in ws]


HTML_TREES = st.recursive(
    HTML_LEAVES,
    lambda kids: st.one_of(
        st.tuples(HTML_TAGS, HTML_WORDS, st.lists(kids, max_size=4)).map(_element),
        st.tuples(RAW_TEXT_TAGS, HTML_WORDS, st.lists(HTML_TEXT, max_size=3)).map(_element),
    ),
    max_leaves=25,
)


@settings(max_examples=300, deadline=None)
@given(st.lists(HTML_TREES, max_size=5))
def test_html_leaves_exactly_the_text_nodes(trees: list[tuple[str, list[str]]]) -> None:
    html = "<!DOCTYPE html>" + "".join(h for h, _ in trees)
    assert words(html, HTML) == [w for _, ws in trees for w in ws]


MD_INLINE = st.one_of(
    HTML_WORDS.map(lambda w: (w, [w])),
    HTML_WORDS.map(lambda w: (f"`{w}`", [])),
    HTML_WORDS.map(lambda w: (f"`` {w} ` {w} ``", [])),
    HTML_WORDS.map(lambda w: (f"[{w}](https://example.com/{w} '{w}')", [w])),
    HTML_WORDS.map(lambda w: (f"![{w}](صور/{w}.png)", [w])),
    HTML_WORDS.map(lambda w: (f"<b>{w}</b>", [w])),
    HTML_WORDS.map(lambda w: (f"<code>{w}</code>", [])),
    HTML_WORDS.map(lambda w: (f"<!-- {w} -->", [])),
    HTML_WORDS.map(lambda w: (f"<https://example.com/{w}>", [])),
    HTML_WORDS.map(lambda w: (f"https://example.com/{w}", [])),
    HTML_WORDS.map(lambda w: (f"*{w}*", [w])),
    st.just(("&amp;", [])),
)
# a line starts with a word: one that starts with "<!--" or "<div" is an HTML block, its backticks shown as they are
MD_LINE = st.lists(MD_INLINE, max_size=6).map(
    lambda parts: (" ".join(["قال"] + [p for p, _ in parts]), ["قال"] + [w for _, ws in parts for w in ws])
)
MD_BLOCKS = st.one_of(
    MD_LINE,
    MD_LINE.map(lambda line: ("# " + line[0], line[1])),
    MD_LINE.map(lambda line: ("> " + line[0], line[1])),
    MD_LINE.map(lambda line: ("- " + line[0], line[1])),
    MD_LINE.map(lambda line: (line[0] + "\n" + line[0], line[1] * 2)),
    HTML_WORDS.map(lambda w: (f"```\n{w} `{w}`\n```", [])),
    HTML_WORDS.map(lambda w: (f"~~~ python\n{w}\n\n{w}\n~~~", [])),
    HTML_WORDS.map(lambda w: (f'<div class="{w}">\n{w}\n</div>', [w])),
    HTML_WORDS.map(lambda w: (f"<!--\n{w}\n\n{w}\n-->", [])),
    HTML_WORDS.map(lambda w: (f"[{w}]: https://example.com/{w} '{w}'", [])),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(MD_BLOCKS, max_size=6), st.sampled_from(["\n\n", "\r\n\r\n"]))
def test_markdown_leaves_exactly_the_prose(blocks: list[tuple[str, list[str]]], gap: str) -> None:
    text = gap.join(b for b, _ in blocks)
    if gap != "\n\n":
        text = text.replace("\n", "\r\n").replace("\r\r\n", "\r\n")
    assert words(text, MD) == [w for _, ws in blocks for w in ws]


@pytest.mark.parametrize("text", ["@كلمة\xadكلمة", "#كلمة\u200cكلمة"])
def test_a_mention_or_hashtag_runs_on_through_an_invisible_character(text: str) -> None:
    """Found by the property above: a handle with a soft hyphen inside was blanked only up to it,
    and the tokenizer, which keeps U+00AD inside a word, then saw half a word."""
    original = {(t.start, t.text) for t in tokenize(text)}
    assert {(t.start, t.text) for t in tokenize(prose(text, Kind.TEXT))} <= original
