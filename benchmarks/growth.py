"""Growth: is the time linear in the words, and in the distinct names of one article?

Words. Slices of the bench file cut at article boundaries, holding at least 1/8, 1/4, 1/2 and
all of its words, and with --max 2, 4 or 8 also 2x, 4x, 8x the file (copies concatenated, in a
temporary directory). Each is checked with `arabspell check --format json --exit-zero`. Printed
per size: seconds, seconds per 1k words, and the marginal seconds per 1k words between a size and
the one before (which leaves out the fixed start-up). The net time leaves out the fixed cost
(the median time of checking a one-line file: interpreter, imports, lexicon). The growth exponent
is the slope of log(net time) over log(size) from the smallest size whose net time is at least
MIN_NET_SECONDS (0.25 s; below that, noise in the fixed cost swamps it) to the largest: 1 is
linear. When no smaller size gets there, the exponent is printed but not judged (too short).
Target: exponent <= 1.1 (the time per word stays flat).

Names. One synthetic article with 100, 1,000 and 10,000 distinct made-up name-like words
(transliteration-like strings of Arabic letters, fixed random seed), each mentioned twice in
short news sentences, checked the same way (--names-runs times each, default 3: they are short);
printed: seconds, net milliseconds per name, exponent (of the net time, as above).
Target: exponent <= 1.1 (not faster than linear in the names).

An article of the bench file is a title line, a blank line, its body (paragraphs, one a line)
and a blank line; see `_common.articles` for the rule that finds the boundaries.
"""

from __future__ import annotations

import argparse
import math
import random
import statistics
import sys
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path

from _common import (
    Command,
    Row,
    arabspell_exe,
    articles,
    bench_file,
    first_words,
    main_of,
    progress,
    run_once,
    temp_dir,
    verdict,
    word_count,
)

NAME = "growth"
TARGET_EXPONENT = 1.1
FRACTIONS = (Fraction(1, 8), Fraction(1, 4), Fraction(1, 2), Fraction(1))
NAME_COUNTS = (100, 1_000, 10_000)
SEED = 20_241_126

# Letters and endings of transliterated foreign names (كزخستافيلوس, بارينسكي, دوميتريان).
ONSETS = "بتدجرزسشفكلمنغخقط"
VOWELS = ("ا", "و", "ي", "", "")
ENDINGS = ("وس", "يان", "سكي", "وف", "يتش", "ان", "ير", "ون", "يه", "ز", "يلي", "وفا")
TEMPLATES = (
    "وقال {} في تصريح للصحفيين إن المحادثات كانت مثمرة.",
    "وأكد {} أن الوفد سيعود إلى العاصمة الأسبوع المقبل.",
    "وأشار {} إلى أن الاجتماع المقبل سيعقد في الشهر القادم.",
    "وذكر {} أن الحكومة ستدرس المقترحات الجديدة بعناية.",
    "وأوضح {} أن الاتفاق يشمل التعاون في مجالات الطاقة والنقل.",
)
TITLE = "مؤتمر دولي يجمع وفودا من عشرات الدول لبحث التعاون الاقتصادي"
SENTENCES_PER_PARAGRAPH = 5
#: The smallest net time (seconds) the growth exponent may start from: below it, a few hundredths
#: of a second of noise in the fixed cost would swamp the measure.
MIN_NET_SECONDS = 0.25


@dataclass(frozen=True)
class Point:
    """One size of input and its median time."""

    label: str
    size: int  # words, or names
    words: int
    seconds: float
    peak_mib: float


def build_parser() -> argparse.ArgumentParser:
    """The command-line options."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--bench", help="the bench file (default ../shared/eval/bench/news-1m.txt)")
    parser.add_argument("--max", type=int, default=1, choices=(1, 2, 4, 8), help="largest multiple of the file")
    parser.add_argument("--runs", type=int, default=1, help="timed runs at each size of the words series")
    parser.add_argument("--names-runs", type=int, default=3, help="timed runs at each size of the names series")
    parser.add_argument(
        "--names",
        default=",".join(map(str, NAME_COUNTS)),
        help="distinct names per synthetic article, comma-separated ('' for none; default 100,1000,10000)",
    )
    parser.add_argument("--part", choices=("both", "words", "names"), default="both", help="which series to run")
    parser.add_argument("--target", type=float, default=TARGET_EXPONENT, help="highest passing growth exponent")
    return parser


# --- inputs -------------------------------------------------------------------------------


def word_inputs(bench: Path, largest: int, folder: Path) -> list[tuple[str, Path]]:
    """The slices (1/8 .. 1 of the words, at article boundaries) and the multiples up to `largest`."""
    text = bench.read_text(encoding="utf-8")
    parts = articles(text)
    total = word_count(text)
    inputs: list[tuple[str, Path]] = []
    for fraction in FRACTIONS:
        path = folder / f"slice-{fraction.numerator}-{fraction.denominator}.txt"
        path.write_text("".join(first_words(parts, math.ceil(total * fraction))), encoding="utf-8")
        inputs.append((f"{fraction}×" if fraction != 1 else "1×", path))
    copies = 2
    while copies <= largest:
        path = folder / f"copies-{copies}.txt"
        path.write_text("".join(parts) * copies, encoding="utf-8")
        inputs.append((f"{copies}×", path))
        copies *= 2
    return inputs


def made_up_names(count: int, rng: random.Random) -> list[str]:
    """`count` distinct transliteration-like names: two to four syllables and a foreign ending."""
    names: set[str] = set()
    while len(names) < count:
        syllables = [
            rng.choice(ONSETS) + (rng.choice(ONSETS) if rng.random() < 0.3 else "") + rng.choice(VOWELS)
            for _ in range(rng.randint(2, 4))
        ]
        names.add("".join(syllables) + rng.choice(ENDINGS))
    return sorted(names)


def names_article(count: int, seed: int = SEED) -> str:
    """A title and paragraphs of short news sentences that mention `count` made-up names twice
    each: all of them once in order, then all of them again shuffled."""
    rng = random.Random(seed + count)
    names = made_up_names(count, rng)
    again = names[:]
    rng.shuffle(again)
    sentences = [TEMPLATES[i % len(TEMPLATES)].format(name) for i, name in enumerate(names + again)]
    step = SENTENCES_PER_PARAGRAPH
    paragraphs = [" ".join(sentences[i : i + step]) for i in range(0, len(sentences), step)]
    return TITLE + "\n\n" + "\n".join(paragraphs) + "\n"


# --- timing -------------------------------------------------------------------------------


def time_check(path: Path, runs: int) -> tuple[float, float]:
    """Median seconds and highest peak RSS (MiB) of `arabspell check --format json` on a file."""
    command = Command([arabspell_exe(), "check", "--format", "json", "--exit-zero", str(path)])
    results = [run_once(command) for _ in range(runs)]
    return statistics.median(r.seconds for r in results), max(r.peak_mib for r in results)


def measure(inputs: list[tuple[str, Path]], sizes: list[int], runs: int, label: str) -> list[Point]:
    """Time every input in turn (smallest first); progress on stderr."""
    points = []
    for (name, path), size in zip(inputs, sizes, strict=True):
        words = word_count(path.read_text(encoding="utf-8"))
        progress(f"[{NAME}] {label} {name}: {words:,} words ...")
        seconds, peak = time_check(path, runs)
        progress(f"[{NAME}] {label} {name}: {seconds:.2f} s (median of {runs})")
        points.append(Point(name, size, words, seconds, peak))
    return points


def fixed_cost(folder: Path, runs: int) -> float:
    """Median seconds of checking a one-line file: start-up, imports, lexicon; no real work."""
    path = folder / "one-line.txt"
    path.write_text(TITLE + "\n", encoding="utf-8")
    progress(f"[{NAME}] fixed cost (a one-line file) ...")
    seconds, _peak = time_check(path, max(runs, 3))
    progress(f"[{NAME}] fixed cost: {seconds:.2f} s")
    return seconds


def net(point: Point, fixed: float) -> float:
    """A point's time less the fixed cost (never below a millisecond)."""
    return max(point.seconds - fixed, 0.001)


def span(points: list[Point], fixed: float) -> tuple[Point, Point]:
    """The points the exponent is taken between: the first with a net time of at least
    MIN_NET_SECONDS (else the second largest, see `judged`), and the largest."""
    base = next((p for p in points[:-1] if net(p, fixed) >= MIN_NET_SECONDS), points[-2])
    return base, points[-1]


def exponent(first: Point, last: Point, fixed: float) -> float:
    """Slope of log(net seconds) over log(size) between two points (1 = linear)."""
    return math.log(net(last, fixed) / net(first, fixed)) / math.log(last.size / first.size)


def judged(what: str, first: Point, last: Point, fixed: float, options: argparse.Namespace, figures: str) -> Row:
    """Print the exponent between two points and its verdict; the summary row."""
    slope = exponent(first, last, fixed)
    ok = slope <= options.target
    judgement = verdict(ok) if net(first, fixed) >= MIN_NET_SECONDS else "info: too short to judge"
    print(f"\ngrowth exponent in {what}: {slope:.2f} (target <= {options.target}): {judgement}")
    return Row(NAME, f"{what}: exponent ({figures})", f"{slope:.2f}", target=f"≤ {options.target}", verdict=judgement)


# --- the two series -----------------------------------------------------------------------


def words_series(bench: Path, options: argparse.Namespace) -> list[Row]:
    """Time the slices and multiples of the bench file; print the table; the summary row."""
    with temp_dir("growth") as tmp:
        inputs = word_inputs(bench, options.max, Path(tmp))
        sizes = [word_count(path.read_text(encoding="utf-8")) for _, path in inputs]
        fixed = fixed_cost(Path(tmp), options.runs)
        points = measure(inputs, sizes, options.runs, "words")
    print(f"\nfixed cost (a one-line file): {fixed:.2f} s\n")
    print("| Size | Words | Seconds | s / 1k words | net s / 1k words | marginal s / 1k words | peak RSS |")
    print("|---|---|---|---|---|---|---|")
    previous: Point | None = None
    for p in points:
        marginal = f"{(p.seconds - previous.seconds) / (p.words - previous.words) * 1000:.4f}" if previous else "–"
        print(
            f"| {p.label} | {p.words:,} | {p.seconds:.2f} | {p.seconds / p.words * 1000:.4f} "
            f"| {net(p, fixed) / p.words * 1000:.4f} | {marginal} | {p.peak_mib:.0f} MiB |"
        )
        previous = p
    first, last = span(points, fixed)
    per_k = " → ".join(f"{net(p, fixed) / p.words * 1000:.4f}" for p in (first, last))
    what = f"words {first.words:,}→{last.words:,}"
    return [judged(what, first, last, fixed, options, f"net {per_k} s/1k words")]


def names_series(counts: list[int], options: argparse.Namespace) -> list[Row]:
    """Time the synthetic name articles; print the table; the summary row."""
    with temp_dir("names") as tmp:
        inputs = []
        for count in counts:
            path = Path(tmp) / f"names-{count}.txt"
            path.write_text(names_article(count), encoding="utf-8")
            inputs.append((f"{count:,} names", path))
        fixed = fixed_cost(Path(tmp), options.names_runs)
        points = measure(inputs, counts, options.names_runs, "names")
    print(f"\nfixed cost (a one-line file): {fixed:.2f} s\n")
    print("| Distinct names | Words | Seconds | ms / name | net ms / name | peak RSS |")
    print("|---|---|---|---|---|---|")
    for p in points:
        print(
            f"| {p.size:,} | {p.words:,} | {p.seconds:.2f} | {p.seconds / p.size * 1000:.2f} "
            f"| {net(p, fixed) / p.size * 1000:.2f} | {p.peak_mib:.0f} MiB |"
        )
    if len(points) < 2:
        return [Row(NAME, f"{points[0].size:,} names in one article", f"{points[0].seconds:.2f} s")]
    first, last = span(points, fixed)
    ms = " → ".join(f"{net(p, fixed) / p.size * 1000:.2f}" for p in points)
    what = f"names in one article {first.size:,}→{last.size:,}"
    return [judged(what, first, last, fixed, options, f"net {ms} ms/name at {sizes_label(points)}")]


def sizes_label(points: list[Point]) -> str:
    """The sizes of some points: 100 / 1,000 / 10,000."""
    return " / ".join(f"{p.size:,}" for p in points)


def run(options: argparse.Namespace) -> list[Row]:
    """Run the selected series; the summary rows."""
    rows: list[Row] = []
    if options.part in ("both", "words"):
        bench = bench_file(options.bench)
        if bench is None:
            rows.append(Row(NAME, "words", "–", verdict="skipped: no bench file"))
        else:
            rows += words_series(bench, options)
    counts = [int(c) for c in options.names.split(",") if c.strip()]
    if options.part in ("both", "names") and counts:
        rows += names_series(counts, options)
    return rows


def main(argv: list[str] | None = None) -> int:
    """Entry point: run, print the table; exit 0 (a FAIL is a figure, not an error), 1 if a command failed."""
    return main_of(NAME, build_parser(), run, argv)


if __name__ == "__main__":
    sys.exit(main())
