"""The precision/recall curve of `context.real-word` over its margin (needs ../shared/eval and a model).

    arabspell learn ../shared/eval/bench/news-1m.txt --model /tmp/bench.model
    python scripts/realword_curve.py /tmp/bench.model              # the curve, margins 1.6 to 4.0
    python scripts/realword_curve.py /tmp/bench.model judged_min=3.5

Each text is judged once with the margin at its lowest; a flag stands at a margin when its gain
reaches it, so the curve is exactly what `check --select context --model M` reports at each margin,
scored by the evaluation's own score.py on `dev-realword`, with the false flags per 1,000 words of
`dev/clean` (published copy; flags on its reviewed errors are not false).
"""

from __future__ import annotations

import dataclasses
import json
import sys
from pathlib import Path

from tune import EVAL, load_scorer

from arabspell.correct.model import Model, RealWordModel
from arabspell.engine import Settings, check_text
from arabspell.lexicon.ngrams import ContextModel

MARGINS = [1.6, 2.0, 2.2, 2.4, 2.6, 2.8, 3.0, 3.2, 3.5, 4.0]


def settings_from(model: Path, args: list[str]) -> Settings:
    """Settings with the context model, the lowest margin, and `name=value` overrides of RealWordModel."""
    base = RealWordModel()
    values = {name: type(getattr(base, name))(float(v)) for name, v in (a.split("=") for a in args)}
    realword = dataclasses.replace(base, **values, margin=min(MARGINS))
    return Settings(select=("context",), model=Model(realword=realword), context=ContextModel.open(model))


def gains(folder: Path, settings: Settings) -> dict[str, list[dict]]:
    """Each file's context findings with their gain (the rule's message does not carry it: rejudged)."""
    judge = None
    out = {}
    for path in sorted(folder.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        found = check_text(text, settings)
        if judge is None:
            from arabspell.engine import corrector_for

            judge = corrector_for(settings).realword
        out[path.name] = [
            {"offset": f.offset, "length": f.length, "suggestions": list(f.suggestions), "gain": _gain(judge, text, f)}
            for f in found
        ]
    return out


def _gain(judge, text: str, finding) -> float:
    from arabspell.arabic.tokenize import tokenize
    from arabspell.lexicon.ngrams import neighbours

    tokens = tokenize(text)
    for token, (left, word, right) in zip(tokens, neighbours(text, tokens), strict=True):
        if token.start == finding.offset:
            return judge.readings(left, word, right)[0].gain
    return 0.0


def main() -> None:
    score = load_scorer()
    settings = settings_from(Path(sys.argv[1]), sys.argv[2:])
    realword = gains(EVAL / "dev-realword" / "corrupt", settings)
    clean = gains(EVAL / "dev" / "clean", settings)
    errata = score.load_errata(EVAL / "dev")
    words = sum(len(score.WORD.findall(p.read_text(encoding="utf-8"))) for p in (EVAL / "dev" / "clean").glob("*.txt"))
    for margin in MARGINS:
        kept = {name: [f for f in fs if f["gain"] >= margin] for name, fs in realword.items()}
        by_cat, tp, fp, _words, _ = score.score(EVAL / "dev-realword", kept)
        total = {k: sum(c[k] for c in by_cat.values()) for k in ("errors", "detected", "top1")}
        false = 0
        for path in sorted((EVAL / "dev" / "clean").glob("*.txt")):
            text = path.read_text(encoding="utf-8")
            flags = [f for f in clean[path.name] if f["gain"] >= margin]
            false += len(score.published(flags, score.errata_spans(text, errata.get(path.name, [])))[0])
        row = {
            "margin": margin,
            "recall": round(total["detected"] / total["errors"], 3),
            "precision": round(tp / (tp + fp), 3) if tp + fp else 1.0,
            "top1": round(total["top1"] / total["errors"], 3),
            "clean_false_per_1k": round(1000 * false / words, 2),
        }
        print(json.dumps(row))


if __name__ == "__main__":
    main()
