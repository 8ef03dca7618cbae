"""The desk's context model (`arabspell learn --model`) and the real-word judge that reads it."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from arabspell import Settings, check_text
from arabspell.arabic.tokenize import tokenize
from arabspell.cli.commands import app
from arabspell.correct.realword import RealWordJudge
from arabspell.correct.slips import inflectional, slips, transliterated
from arabspell.desk.model import write_model
from arabspell.lexicon.lexicon import default_lexicon
from arabspell.lexicon.ngrams import BOUNDARY, ContextModel, ModelError, learn, neighbours, write
from conftest import ARCHIVE, ROOT, SEED, desk_model


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قال الوزير", [("|", "قال", "الوزير"), ("قال", "الوزير", "|")]),
        ("قال، الوزير", [("|", "قال", "|"), ("|", "الوزير", "|")]),  # punctuation is a boundary
        ("قال\nالوزير", [("|", "قال", "|"), ("|", "الوزير", "|")]),  # so is a line break
        ("قال  الوزيرُ", [("|", "قال", "الوزير"), ("قال", "الوزير", "|")]),  # spaces; keys without marks
    ],
)
def test_neighbours_are_words_with_only_spaces_between(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert list(neighbours(text, tokenize(text))) == expected


def test_the_model_counts_words_pairs_and_distinct_neighbours(tmp_path: Path) -> None:
    path = tmp_path / "m.model"
    write(learn(["قال الوزير إن الوفد وصل.", "قال الرئيس إن الوفد غادر."]), path)
    model = ContextModel.open(path)
    assert (model.count("قال"), model.count("الوفد"), model.count(BOUNDARY)) == (2, 2, 2)
    assert (model.pair("قال", "الوزير"), model.pair("إن", "الوفد"), model.pair("وصل", BOUNDARY)) == (1, 2, 1)
    assert (model.pair("الوزير", "قال"), model.count("غائب")) == (0, 0)
    assert (model.followers("قال"), model.leaders("الوفد"), model.followers("الوفد")) == (2, 1, 2)
    assert model.tokens == 12  # ten words and two runs of words


def test_the_model_is_deterministic_and_the_golden_one_is_fresh(tmp_path: Path) -> None:
    """The same archive gives the same bytes: the model of the CLI case is the tests' archive's."""
    path = tmp_path / "desk.model"
    write_model(learn(p.read_text(encoding="utf-8") for p in sorted(ARCHIVE.glob("*.txt"))), path, default_lexicon())
    assert path.read_bytes() == desk_model().read_bytes()
    assert path.read_bytes() == (ROOT / "tests" / "cli" / "check-model" / "desk.model").read_bytes()


def test_a_file_that_is_no_model_fails_clearly(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("ملاحظات", encoding="utf-8")
    with pytest.raises(ModelError, match="not an arabspell context model"):
        ContextModel.open(tmp_path / "notes.txt")
    with pytest.raises(FileNotFoundError):
        ContextModel.open(tmp_path / "missing.model")


@pytest.mark.parametrize(
    ("word", "form", "expected"),
    [
        ("وشرق", "شرق", True),  # a conjunction
        ("للوفاة", "الوفاة", True),  # a preposition for the article
        ("لجنة", "للجنة", True),
        ("سيتيح", "يتيح", True),  # the future prefix
        ("مياهه", "مياه", True),  # a pronoun
        ("لاعبة", "لاعب", True),  # the feminine
        ("برنامجه", "برنامجها", True),
        ("يشعرن", "يشعرون", True),  # one ending for another
        ("قتلا", "قتلوا", True),
        ("العربة", "العربية", False),  # the nisba is no ending: a slip
        ("وكن", "وكان", False),  # a stem of one letter after و
        ("قلت", "قالت", False),  # a letter inside the word: a slip
        ("مقالة", "مقابلة", False),
        ("الخمس", "الخميس", False),  # a letter before the last one
        ("محد", "محمد", False),
    ],
)
def test_clitic_and_suffix_alternatives_are_no_real_word_slips(word: str, form: str, expected: bool) -> None:
    assert inflectional(word, form) is expected


@pytest.mark.parametrize(
    ("word", "form", "lean", "expected"),
    [
        ("جنيفر", "جينيفر", 0.8, True),  # a transliteration's long vowel
        ("ترمب", "ترامب", 0.8, True),
        ("جنيفر", "جينيفر", 0.0, False),  # letters of Arabic words: a slip
        ("تحسن", "تحسين", 0.8, True),
        ("قلت", "قالت", -1.0, False),
        ("مقالة", "مقابلة", 1.0, False),  # no long vowel between them
    ],
)
def test_long_vowels_of_transliterations_are_spelling_choices(
    word: str, form: str, lean: float, expected: bool
) -> None:
    assert transliterated(word, form, lean) is expected


def test_house_style_variants_are_no_slips() -> None:
    found = {form for form, _ in slips("الديمقراطي", default_lexicon())}
    assert "الديموقراطي" not in found  # style.inconsistent's business


def test_the_judge_prefers_the_word_the_archive_writes_here() -> None:
    judge = RealWordJudge(default_lexicon(), ContextModel.open(desk_model()))
    slip = judge.slip("الصحيفة", "مقالة", "مع")
    assert slip is not None and slip.suggestions[0] == "مقابلة" and not slip.sure
    assert judge.slip("الصحيفة", "مقابلة", "مع") is None
    assert judge.candidates("في") == ()  # too short to judge
    assert all(text != "مقالات" for text, _, _ in judge.candidates("مقالة"))  # a suffix alternative


def test_the_spelling_judge_never_takes_a_hamza_off_nor_puts_one_on_a_wasl_alef() -> None:
    judge = RealWordJudge(default_lexicon(), ContextModel.open(desk_model()))
    assert judge.spelling("الوزير", "انا", "لا") is not None
    assert [form for form, _, _ in judge.spellings("ارتفاع")] == []  # not the web's إرتفاع
    assert all(form != "كان" for form, _, _ in judge.spellings("كأن"))
    assert all(form != "يلقي" for form, _, _ in judge.spellings("يلقى"))  # the passive is a word


def test_the_model_settles_a_tie_between_two_spellings_of_a_name() -> None:
    """One mention each: without a model the first is taken as the name; with one, the spelling
    the archive writes after واوان (names in context), never against the text's majority."""
    text = "وقال المتحدث واوان بوروانطو إن الحكومة ستعمل. وأضاف بوروانتو أن الخطة جاهزة."
    names = ("names.inconsistent",)
    plain = check_text(text, Settings(select=names))
    modelled = check_text(text, Settings(select=names, context=ContextModel.open(desk_model())))
    assert [(f.text, f.suggestions[0]) for f in plain] == [("بوروانتو", "بوروانطو")]
    assert [(f.text, f.suggestions[0]) for f in modelled] == [("بوروانطو", "بوروانتو")]
    majority = "قال واوان بوروانطو إن الحكومة ستعمل. وأضاف بوروانطو أن الخطة جاهزة. ورد بوروانتو بعد ذلك."
    found = check_text(majority, Settings(select=names, context=ContextModel.open(desk_model())))
    assert [(f.text, f.suggestions[0]) for f in found] == [("بوروانتو", "بوروانطو")]  # the text's two win


def test_without_a_model_nothing_changes_and_with_one_only_context_is_added(seed_text: str) -> None:
    plain = check_text(seed_text)
    with_model = check_text(seed_text, Settings(context=ContextModel.open(desk_model())))
    assert [f for f in with_model if f.rule not in ("context.real-word", "orthography.in-context")] == plain
    assert not [f for f in check_text("أجرت الصحيفة مقالة مع الوزير") if f.rule.startswith("context.")]


def test_learn_then_check_with_the_model_from_the_configuration(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    learned = runner.invoke(app, ["learn", str(ARCHIVE), "--model", "desk.model", "--no-progress"])
    assert learned.exit_code == 0, learned.output
    assert "context model of 298 words" in learned.stderr
    (tmp_path / "story.txt").write_text("أجرت الصحيفة مقالة مع الوزير.\n", encoding="utf-8")
    (tmp_path / "arabspell.toml").write_text('model = "desk.model"\n', encoding="utf-8")
    checked = runner.invoke(app, ["check", "--format", "json", "story.txt"])
    assert checked.exit_code == 1 and '"rule": "context.real-word"' in checked.stdout
    assert runner.invoke(app, ["check", "--select", "context", str(SEED)]).exit_code == 0


def test_learning_from_an_archive_without_arabic_writes_no_model(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("hello world\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["learn", str(tmp_path), "--model", str(tmp_path / "m.model")])
    assert result.exit_code == 2 and "no Arabic words" in result.stderr
    assert not (tmp_path / "m.model").exists()


def test_jobs_judge_with_the_model_as_one_process_does(tmp_path: Path) -> None:
    story = "أجرت الصحيفة مقالة مع الوزير. وقال الوزير انا لا أوافق.\n"
    for i in range(6):
        (tmp_path / f"{i}.txt").write_text(story, encoding="utf-8")
    args = ["check", "--format", "json", "--model", str(desk_model()), str(tmp_path)]
    one = CliRunner().invoke(app, [*args, "--jobs", "1"])
    two = CliRunner().invoke(app, [*args, "--jobs", "2"])
    assert one.exit_code == two.exit_code == 1
    assert one.stdout == two.stdout and one.stdout.count('"rule": "context.real-word"') == 6
