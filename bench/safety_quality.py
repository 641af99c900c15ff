"""Safety tags on their frozen check sets, per language: threats (head + lexical pre-check) and abuse.

    python bench/safety_quality.py [--data ../shared/data] [--weights inbox/triage/weights] [--json]

First the independent check set ``inbox/triage/evaluation/safety_check_2026_12.py`` (written on
2026-12-07 by a session that had seen neither the training data, the rules nor the older sets):
per language, threats caught of its threats and false alarms on its hard negatives (head +
pre-check as the pipeline decides), abuse caught of its abusive messages and false alarms on
its ordinary and harshly critical ones (toxicity head), each as counts with a 95% Wilson
interval. Then the older, less independent sets below (written in the same sessions as the
training data and the rules, and their figures seen in earlier rounds).

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

from inbox.triage.evaluation.voter_scores import wilson
from inbox.triage.heads import Head
from inbox.triage.pipeline import model_text
from inbox.triage.threat_look import FILE_STEM as THREAT_LOOK_STEM
from inbox.triage.threat_look import ThreatSecondLook, decide_threats
from inbox.triage.threat_rules import threat_rule
from inbox.triage.toxicity_threshold import toxic_flags
from inbox.triage.training.data import DEFAULT_DATA_DIR
from inbox.triage.training.embed_cache import MEASURED_RUNTIMES, EmbedFn, build_embedder

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


_looks: dict[Path, ThreatSecondLook | None] = {}


def second_look(weights: Path) -> ThreatSecondLook | None:
    """The threat second look stored in ``weights`` (its fp32 PyTorch layers, as beside every runtime), or None."""
    if weights not in _looks:
        from inbox.triage.encoder import TextEncoder
        from inbox.triage.training.embed_cache import resolve_encoder_path

        has_look = (weights / f"{THREAT_LOOK_STEM}.json").exists()
        _looks[weights] = ThreatSecondLook.load(weights, TextEncoder(resolve_encoder_path())) if has_look else None
    return _looks[weights]


def threat_scores(
    head: Head, embed: EmbedFn, texts: list[str], look: ThreatSecondLook | None = None
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(combined flags, head-only flags, rule-only flags) as the pipeline decides them.

    Combined: head + pre-check, and the second ``look`` behind its gate when there is one; head
    only: the frozen head at its own threshold.
    """
    prepared = [model_text(t) for t in texts]
    probabilities = head.predict_proba(embed(prepared))[:, head.labels.index("threat")]
    rules = [threat_rule(t) for t in texts]
    threshold = float(head.info.get("threshold", 0.5))
    combined = np.array([flag for _, _, flag in decide_threats(probabilities, rules, prepared, threshold, look)])
    return combined, probabilities >= threshold, np.array([rule is not None for rule in rules])


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
    from inbox.triage.training.threat_rows import BATCH_NAMES, subject_ordinary_rows, training_rows

    head = Head.load(weights, "threat")
    rows = _check_rows("inbox.triage.evaluation.threat_check", "THREAT", "HARD")
    texts = [r[2] for r in rows]
    combined, head_only, rules_only = threat_scores(head, embed, texts, second_look(weights))
    positive = np.array([r[1] for r in rows])
    languages = np.array([r[0] for r in rows])
    look = second_look(weights)
    report: dict[str, Any] = {
        "threshold": look.threshold if look else head.info.get("threshold"),
        "version": f"{head.version}+{look.version}" if look else head.version,
    }
    for name, flags in (("combined", combined), ("head_only", head_only), ("rules_only", rules_only)):
        report[name] = {lang: _rates(flags[languages == lang], positive[languages == lang]) for lang in LANGUAGES}
        report[name]["all"] = _rates(flags, positive)
    training = [r[3] for r in training_rows(None, batches=BATCH_NAMES) if r[1] != "ordinary"]
    training += [r[3] for r in subject_ordinary_rows()]
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
    positive = np.array([r[1] for r in rows])
    languages = np.array([r[0] for r in rows])
    flags = toxic_flags(head.info, probabilities, list(languages))
    report: dict[str, Any] = {lang: _rates(flags[languages == lang], positive[languages == lang]) for lang in LANGUAGES}
    report["all"] = _rates(flags, positive)
    from inbox.triage.training.handwritten import TOXICITY_TRAIN

    report["max_similarity_to_training"] = _max_similarity(embed, texts, [row[2] for row in TOXICITY_TRAIN])
    if (data_dir / "offensive" / "tweeteval").is_dir():
        report["tweeteval_val_macro_f1"] = evaluate.offensive_score(head, embed, data_dir)
    return report


def _counted(flags: np.ndarray) -> dict[str, Any]:
    """How many of ``flags`` are set, of how many, as a percentage with its 95% Wilson interval."""
    hits, total = int(flags.sum()), int(flags.size)
    return {"count": hits, "of": total, "pct": _pct(hits, total), "ci": wilson(hits, total)}


def independent_report(weights: Path, embed: EmbedFn) -> dict[str, Any] | None:
    """Per language on ``safety_check_2026_12``: threats caught / false alarms on hard negatives
    (head + pre-check) and abuse caught / false alarms on ordinary messages (toxicity head)."""
    try:
        from inbox.triage.evaluation.safety_check_2026_12 import safety_check_items
    except ModuleNotFoundError:
        return None
    items = safety_check_items()
    texts = [item.text for item in items]
    kinds = np.array([item.kind for item in items])
    languages = np.array([item.language for item in items])
    threat_flags, _, _ = threat_scores(Head.load(weights, "threat"), embed, texts, second_look(weights))
    toxicity = Head.load(weights, "toxicity")
    toxic = toxicity.predict_proba(embed([model_text(t) for t in texts]))[:, toxicity.labels.index("toxic")]
    abuse_flags = toxic_flags(toxicity.info, toxic, list(languages))
    report: dict[str, Any] = {}
    for lang in (*LANGUAGES, "all"):
        rows = languages == lang if lang != "all" else np.ones(len(items), dtype=bool)
        report[lang] = {
            "threats_caught": _counted(threat_flags[rows & (kinds == "threat")]),
            "threat_false_alarms": _counted(threat_flags[rows & (kinds == "hard_negative")]),
            "abuse_caught": _counted(abuse_flags[rows & (kinds == "abuse")]),
            "abuse_false_alarms": _counted(abuse_flags[rows & (kinds == "ordinary")]),
        }
    from inbox.triage.training import abuse_voters_nl_fr_de as abuse_voters
    from inbox.triage.training.data import handwritten_toxicity_train
    from inbox.triage.training.threat_rows import BATCH_NAMES, subject_ordinary_rows, training_rows
    from inbox.triage.training.toxicity_data import dutch_written

    written = [r[3] for r in training_rows(None, batches=BATCH_NAMES) if r[1] != "ordinary"]
    written += [r[3] for r in subject_ordinary_rows()]
    written += handwritten_toxicity_train().texts + dutch_written().texts
    for language in ("NL", "FR", "DE", "EN"):  # written this round; not in the committed toxicity head
        written += getattr(abuse_voters, f"{language}_ABUSE") + getattr(abuse_voters, f"{language}_HARSH_OK")
    report["max_similarity_to_training"] = _max_similarity(embed, texts, written)
    return report


def print_independent(report: dict[str, Any] | None, weights: Path) -> None:
    """One line per language: each figure as count/of, percentage and [95% Wilson interval]."""
    if report is None:
        print("independent safety check set (inbox/triage/evaluation/safety_check_2026_12.py): not present")
        return
    print(f"independent safety check set safety_check_2026_12 (weights {weights}); count/of pct [95% Wilson]")
    columns = (
        ("threats_caught", THREAT_TARGETS[0], True),
        ("threat_false_alarms", THREAT_TARGETS[1], False),
        ("abuse_caught", ABUSE_TARGETS[0], True),
        ("abuse_false_alarms", ABUSE_TARGETS[1], False),
    )
    print(f"{'lang':<5}" + "".join(f"{name:>32}" for name, _, _ in columns))
    for lang in (*LANGUAGES, "all"):
        cells: list[str] = []
        for name, target, higher in columns:
            c = report[lang][name]
            interval = f"[{c['ci'][0]:.1f},{c['ci'][1]:.1f}]"
            cell = f"{c['count']}/{c['of']} {c['pct']:.1f}% {interval} {_mark(c['pct'], target, higher)}"
            cells.append(f"{cell:>32}")
        print(f"{lang:<5}" + "".join(cells))
    print(
        "largest cosine similarity of a message of this set to a hand-written training message: "
        f"{report['max_similarity_to_training']}"
    )
    print(
        "targets: threats caught >= 90%, false alarms on hard negatives <= 5%; abuse caught >= 80% per language, "
        "false alarms on ordinary and harsh messages <= 5%"
    )


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


def run(
    weights: Path = WEIGHTS,
    data_dir: Path = DEFAULT_DATA_DIR,
    embed: EmbedFn | None = None,
    runtime: str = "torch-fp32",
) -> dict[str, Any]:
    """Measure and print both sections; returns the figures (the end of ``bench/triage_quality.py`` calls this).

    ``runtime`` picks the encoder when ``embed`` is not given.
    """
    if embed is None:
        cache = Path(os.environ.get("DIALOOG_CACHE_DIR", "~/.cache/dialoog")).expanduser() / "embeddings"
        embed = build_embedder(None, cache, quiet=True, runtime=runtime)
    independent = independent_report(Path(weights), embed)
    print_independent(independent, Path(weights))
    threats = threat_report(Path(weights), embed)
    abuse = abuse_report(Path(weights), embed, Path(data_dir))
    print(
        "\nolder, less independent check sets (threat_check.py, abuse_check.py: written in the sessions that "
        "wrote the training data and the rules; their figures were seen in earlier rounds)"
    )
    print_report(threats, abuse)
    return {"independent_2026_12": independent, "threat": threats, "abuse": abuse}


def main(argv: list[str] | None = None) -> int:
    """Command line."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA_DIR, help="shared data folder (%(default)s)")
    parser.add_argument("--weights", type=Path, default=WEIGHTS, help="folder of the heads (%(default)s)")
    parser.add_argument("--json", action="store_true", help="also print the figures as JSON")
    parser.add_argument(
        "--runtime",
        choices=MEASURED_RUNTIMES,
        default="torch-fp32",
        help="encoder runtime (%(default)s)",
    )
    args = parser.parse_args(argv)
    figures = run(args.weights, args.data, runtime=args.runtime)
    if args.json:
        print(json.dumps(figures, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
