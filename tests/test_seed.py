"""The first acceptance test: the seed article's four errors, nothing else."""

from __future__ import annotations

from arabspell import check_text

EXPECTED = [
    ("لويس", "لويد", "names.inconsistent"),
    ("الهافية", "الهاتفية", "spelling.unknown-word"),
    ("تصيعد", "تصعيد", "spelling.unknown-word"),
    ("أوستين", "أوستن", "names.inconsistent"),
]
GOLD_OFFSETS = [333, 364, 1014, 1099]


def test_seed_has_exactly_the_four_errors(seed_text: str) -> None:
    findings = check_text(seed_text)
    assert [(f.text, f.suggestions[0], f.rule) for f in findings] == EXPECTED
    assert [f.offset for f in findings] == GOLD_OFFSETS


def test_seed_corrections_give_back_the_clean_words(seed_text: str) -> None:
    fixed = seed_text
    for f in sorted(check_text(seed_text), reverse=True):
        fixed = fixed[: f.offset] + f.suggestions[0] + fixed[f.end :]
    assert "لويد أوستن، سلسلة من الاتصالات الهاتفية" in fixed
    assert "وتجنب تصعيد الصراع" in fixed and "بأن أوستن أدان" in fixed
    assert check_text(fixed) == []
