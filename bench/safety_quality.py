"""Safety tags on their frozen check sets, per language: threats (head + lexical pre-check) and abuse.

    python bench/safety_quality.py [--data ../shared/data] [--weights inbox/triage/weights] [--json]

Threats: recall on ``*_THREAT`` and false alarms on the hard negatives ``*_HARD`` of
``inbox/triage/evaluation/threat_check.py`` (target: recall >= 90%, false alarms <= 5%), the
head and the pre-check as the pipeline combines them, plus each alone. Abuse: recall on
``*_ABUSE`` and false alarms on ``*_OK`` (ordinary and harshly critical messages) of
``inbox/triage/evaluation/abuse_check.py`` (target: recall >= 80%, false alarms <= 5%), and
macro-F1 on TweetEval offensive validation (target >= 75). The thresholds are the ones stored
with the heads (chosen by cross-validation on training data); nothing here sets them. The
largest encoder cosine similarity between a check message and any training message is
printed as a near-duplicate check.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import sys
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from inbox.triage.heads import Head
from inbox.triage.pipeline import model_text
from inbox.triage.threat_rules import RULE_SCORE, threat_rule
from inbox.triage.training.data import DEFAULT_DATA_DIR
from inbox.triage.training.embed_cache import EmbedFn, build_embedder

WEIGHTS = Path(__file__).resolve().parent.parent / "inbox" / "triage" / "weights"
LANGUAGES = ("nl", "fr", "en", "de")
THREAT_TARGETS = (90.0, 5.0)
ABUSE_TARGETS = (80.0, 5.0)


def _pct(part: int, whole: int) -> float:
    return round(100.0 * part / whole, 1) if whole else 0.0


def _rates(flags: np.ndarray, positive: np.ndarray) -> dict[str, Any]:
    caught, total = int((flags & positive).sum()), int(positive.sum())
    alarms, negatives = int((flags & ~positive).sum()), int((~positive).sum())
    return {
        "recall": _pct(caught, total),
        "caught": f"{caught}/{total}",
        "false_alarms": _pct(alarms, negatives),
        "alarms": f"{alarms}/{negatives}",
    }


def threat_scores(head: Head, embed: EmbedFn, texts: list[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(combined flags, head-only flags, rule-only flags) as the pipeline decides them."""
    probabilities = head.predict_proba(embed([model_text(t) for t in texts]))[:, head.labels.index("threat")]
    rules = np.array([threat_rule(t) is not None for t in texts])
    threshold = float(head.info.get("threshold", 0.5))
    combined = np.where(rules, np.maximum(probabilities, RULE_SCORE), probabilities) >= threshold
    return combined, probabilities >= threshold, rules


def _check_rows(module_name: str, positive: str, negative: str) -> list[tuple[str, bool, str]]:
    module = importlib.import_module(module_name)
    rows = []
    for language in LANGUAGES:
        rows += [(language, True, t) for t in getattr(module, f"{language.upper()}_{positive}")]
        rows += [(language, False, t) for t in getattr(module, f"{language.upper()}_{negative}")]
    return rows


def _max_similarity(embed: EmbedFn, check: list[str], training: list[str]) -> float:
    a = embed([model_text(t) for t in check])
    b = embed([model_text(t) for t in training])
    a = a / np.linalg.norm(a, axis=1, keepdims=True)
    b = b / np.linalg.norm(b, axis=1, keepdims=True)
    return round(float((a @ b.T).max()), 3)


def threat_report(weights: Path, embed: EmbedFn) -> dict[str, Any]:
    """Per language: recall and false alarms of head + pre-check, head alone, pre-check alone."""
    from inbox.triage.training.threat import training_rows

    head = Head.load(weights, "threat")
    rows = _check_rows("inbox.triage.evaluation.threat_check", "THREAT", "HARD")
    texts = [r[2] for r in rows]
    combined, head_only, rules_only = threat_scores(head, embed, texts)
    positive = np.array([r[1] for r in rows])
    languages = np.array([r[0] for r in rows])
    report: dict[str, Any] = {"threshold": head.info.get("threshold"), "version": head.version}
    for name, flags in (("combined", combined), ("head_only", head_only), ("rules_only", rules_only)):
        report[name] = {lang: _rates(flags[languages == lang], positive[languages == lang]) for lang in LANGUAGES}
        report[name]["all"] = _rates(flags, positive)
    training = [r[3] for r in training_rows(None) if r[1] != "ordinary"]
    report["max_similarity_to_training"] = _max_similarity(embed, texts, training)
    return report


def abuse_report(weights: Path, embed: EmbedFn, data_dir: Path) -> dict[str, Any] | None:
    """Per language recall / false alarms of the toxicity head on the abuse check set, and TweetEval val F1."""
    try:
        rows = _check_rows("inbox.triage.evaluation.abuse_check", "ABUSE", "OK")
    except ModuleNotFoundError:
        return None
    from inbox.triage.training import evaluate

    head = Head.load(weights, "toxicity")
    texts = [r[2] for r in rows]
    probabilities = head.predict_proba(embed([model_text(t) for t in texts]))[:, head.labels.index("toxic")]
    flags = probabilities >= float(head.info.get("threshold", 0.5))
    positive = np.array([r[1] for r in rows])
    languages = np.array([r[0] for r in rows])
    report: dict[str, Any] = {lang: _rates(flags[languages == lang], positive[languages == lang]) for lang in LANGUAGES}
    report["all"] = _rates(flags, positive)
    from inbox.triage.training.handwritten import TOXICITY_TRAIN

    report["max_similarity_to_training"] = _max_similarity(embed, texts, [row[2] for row in TOXICITY_TRAIN])
    if (data_dir / "offensive" / "tweeteval").is_dir():
        report["tweeteval_val_macro_f1"] = evaluate.offensive_score(head, embed, data_dir)
    return report


def _mark(value: float, target: float, higher: bool) -> str:
    return "PASS" if (value >= target if higher else value <= target) else "MISS"


def print_report(threats: dict[str, Any], abuse: dict[str, Any] | None) -> None:
    """Fixed-width tables: one line per language."""
    print(f"\nthreats (head {threats['version']}, threshold {threats['threshold']}; + lexical pre-check)")
    print(f"{'lang':<5} {'recall':>14} {'false alarms':>16}   head alone (recall / FA)   rules alone (recall / FA)")
    for lang in (*LANGUAGES, "all"):
        c, h, r = threats["combined"][lang], threats["head_only"][lang], threats["rules_only"][lang]
        print(
            f"{lang:<5} {c['recall']:>5.1f}% {c['caught']:>7} {_mark(c['recall'], THREAT_TARGETS[0], True)}"
            f" {c['false_alarms']:>5.1f}% {c['alarms']:>6} {_mark(c['false_alarms'], THREAT_TARGETS[1], False)}"
            f"   {h['recall']:>5.1f}% / {h['false_alarms']:>4.1f}%"
            f"             {r['recall']:>5.1f}% / {r['false_alarms']:>4.1f}%"
        )
    print(f"largest cosine similarity check -> training: {threats['max_similarity_to_training']}")
    if abuse is None:
        print("\nabuse: no check set (inbox/triage/evaluation/abuse_check.py) yet")
        return
    print("\nabuse (toxicity head; false alarms on ordinary and harshly critical messages)")
    for lang in (*LANGUAGES, "all"):
        a = abuse[lang]
        print(
            f"{lang:<5} {a['recall']:>5.1f}% {a['caught']:>7} {_mark(a['recall'], ABUSE_TARGETS[0], True)}"
            f" {a['false_alarms']:>5.1f}% {a['alarms']:>6} {_mark(a['false_alarms'], ABUSE_TARGETS[1], False)}"
        )
    print(f"largest cosine similarity check -> hand-written toxicity training: {abuse['max_similarity_to_training']}")
    if "tweeteval_val_macro_f1" in abuse:
        f1 = abuse["tweeteval_val_macro_f1"]
        print(f"TweetEval offensive val macro-F1: {f1:.2f} {_mark(f1, 75.0, True)}")


def run(weights: Path = WEIGHTS, data_dir: Path = DEFAULT_DATA_DIR, embed: EmbedFn | None = None) -> dict[str, Any]:
    """Measure and print both sections; returns the figures (the end of ``bench/triage_quality.py`` calls this)."""
    if embed is None:
        cache = Path(os.environ.get("DIALOOG_CACHE_DIR", "~/.cache/dialoog")).expanduser() / "embeddings"
        embed = build_embedder(None, cache, quiet=True)
    threats = threat_report(Path(weights), embed)
    abuse = abuse_report(Path(weights), embed, Path(data_dir))
    print_report(threats, abuse)
    return {"threat": threats, "abuse": abuse}


def main(argv: list[str] | None = None) -> int:
    """Command line."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA_DIR, help="shared data folder (%(default)s)")
    parser.add_argument("--weights", type=Path, default=WEIGHTS, help="folder of the heads (%(default)s)")
    parser.add_argument("--json", action="store_true", help="also print the figures as JSON")
    args = parser.parse_args(argv)
    figures = run(args.weights, args.data)
    if args.json:
        print(json.dumps(figures, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
