"""Measure the decision rule's thresholds on an evaluation set (needs ../shared/eval).

    python scripts/tune.py                       # figures for the default model
    python scripts/tune.py min_unknown_score=1.2 costs.insertion=3.0

Prints recall / precision / top1 on `dev` and false flags per 1,000 words on
`dev/clean`, computed by the evaluation's own score.py, in one process.
"""

from __future__ import annotations

import dataclasses
import importlib.util
import json
import sys
from pathlib import Path

from arabspell.correct.model import Model
from arabspell.engine import Settings, check_text

EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval"


def load_scorer():
    spec = importlib.util.spec_from_file_location("score", EVAL / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def model_from(args: list[str]) -> Model:
    """A Model with `name=value` and `costs.name=value` overrides."""
    base = Model()
    model: dict[str, float | int] = {}
    costs: dict[str, float] = {}
    for arg in args:
        name, value = arg.split("=")
        if name.startswith("costs."):
            costs[name.removeprefix("costs.")] = float(value)
        else:
            model[name] = type(getattr(base, name))(float(value))
    return dataclasses.replace(base, costs=dataclasses.replace(base.costs, **costs), **model)


def findings(folder: Path, settings: Settings) -> dict[str, list[dict]]:
    out = {}
    for path in sorted(folder.glob("*.txt")):
        fs = check_text(path.read_text(encoding="utf-8"), settings)
        out[path.name] = [
            {"offset": f.offset, "length": f.length, "suggestions": list(f.suggestions), "safe": f.safe} for f in fs
        ]
    return out


def main() -> None:
    score = load_scorer()
    settings = Settings(model=model_from(sys.argv[1:]))
    by_cat, tp, fp, _words, _ = score.score(EVAL / "dev", findings(EVAL / "dev" / "corrupt", settings))
    total = {k: sum(c[k] for c in by_cat.values()) for k in ("errors", "detected", "top1", "top5")}
    clean = findings(EVAL / "dev" / "clean", settings)
    errata = score.load_errata(EVAL / "dev")
    flags = safe = clean_words = caught = errors = 0
    for path in sorted((EVAL / "dev" / "clean").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        clean_words += len(score.WORD.findall(text))
        false, _, flagged, listed = score.published(
            clean[path.name], score.errata_spans(text, errata.get(path.name, []))
        )
        flags += len(false)
        caught, errors = caught + flagged, errors + listed
        safe += sum(1 for f in false if f["safe"])
    figures = {
        "recall": round(total["detected"] / total["errors"], 3),
        "precision": round(tp / (tp + fp), 3),
        "top1": round(total["top1"] / total["errors"], 3),
        "top5": round(total["top5"] / total["errors"], 3),
        "clean_per_1k": round(1000 * flags / clean_words, 2),
        # wrong safe fixes: the safe findings on clean text that are on no reviewed published error
        "clean_safe_false_per_1k": round(1000 * safe / clean_words, 2),
        "published_recall": round(caught / errors, 3) if errors else 0.0,
    }
    figures.update({cat: round(c["detected"] / c["errors"], 2) for cat, c in sorted(by_cat.items())})
    print(json.dumps({"args": sys.argv[1:], **figures}, ensure_ascii=False))


if __name__ == "__main__":
    main()
