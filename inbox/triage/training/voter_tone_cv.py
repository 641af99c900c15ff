"""Choose the voter-style data weights (and temperatures) of the sentiment and needs-reply heads by
grouped cross-validation on training data only.

    python -m inbox.triage.training.voter_tone_cv [--task sentiment,needs_reply] [--weights 0,1,3]

Voter-style messages (:mod:`voter_tone`) are split into folds by *frame*, so a held-out
message never shares its wording around the line with a training message; the tweets
(sentiment) and hand-written messages (needs-reply) are split at random. Each fold trains
the head as :mod:`recipes` does (one ensemble member, to save time) with the voter rows
weighted ``w``. Printed per weight: macro-F1 (sentiment) or F1 (needs-reply) on the
held-out voter-style messages per language and on the held-out tweets / hand-written
messages. The criterion, fixed before any run: the mean of the voter-style score (averaged
over languages) and the public / hand-written score. For the chosen weight the
out-of-fold probabilities give the expected calibration error (10 bins, top-1) and the
temperature that minimises their log-loss. The voter check set is never used here.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from inbox.triage.training import data
from inbox.triage.training.embed_cache import EmbedFn, build_embedder
from inbox.triage.training.metrics import f1_score, macro_f1
from inbox.triage.training.recipes import (
    NEEDS_REPLY_RECIPE,
    SENTIMENT_EXPERT_WEIGHT,
    SENTIMENT_RECIPE,
    fit_ensemble,
    voter_rows,
)
from inbox.triage.training.voter_tone import LANGUAGES, voter_tone_rows

FOLDS = 5
TEMPERATURES = np.round(np.arange(0.5, 3.01, 0.1), 2)


def expected_calibration_error(confidence: np.ndarray, correct: np.ndarray, bins: int = 10) -> float:
    """ECE of top-1 confidences: the bin-size-weighted mean |accuracy - confidence| over equal-width bins."""
    confidence, correct = np.asarray(confidence, dtype=float), np.asarray(correct, dtype=float)
    if not len(confidence):
        return 0.0
    index = np.minimum((confidence * bins).astype(int), bins - 1)
    total = 0.0
    for b in range(bins):
        rows = index == b
        if rows.any():
            total += rows.sum() * abs(correct[rows].mean() - confidence[rows].mean())
    return float(total / len(confidence))


def _softmax(logits: np.ndarray) -> np.ndarray:
    shifted = np.exp(logits - logits.max(axis=1, keepdims=True))
    return shifted / shifted.sum(axis=1, keepdims=True)


def fit_temperature(logits: np.ndarray, truth: np.ndarray) -> dict[str, float]:
    """The temperature (0.5-3.0) minimising log-loss of softmax(logits / T); ECE before and after."""
    losses = [-float(np.mean(np.log(_softmax(logits / t)[np.arange(len(truth)), truth] + 1e-12))) for t in TEMPERATURES]
    best = float(TEMPERATURES[int(np.argmin(losses))])

    def ece(t: float) -> float:
        p = _softmax(logits / t)
        return expected_calibration_error(p.max(axis=1), p.argmax(axis=1) == truth)

    return {"temperature": best, "ece_before": round(100 * ece(1.0), 2), "ece_after": round(100 * ece(best), 2)}


def _voter_folds(frames: Sequence[str], folds: int) -> np.ndarray:
    """Each row's fold: whole frames go to one fold (frames shuffled with a fixed seed)."""
    unique = sorted(set(frames))
    order = np.random.default_rng(0).permutation(len(unique))
    fold_of = {frame: int(order[i]) % folds for i, frame in enumerate(unique)}
    return np.asarray([fold_of[f] for f in frames])


def _task_data(task: str, data_dir: Path, weight: float, folds: int = FOLDS) -> dict[str, Any]:
    """Texts, labels, languages, weights, folds and a public/voter marker for one task."""
    rows = voter_tone_rows()
    voters = voter_rows(max(weight, 1e-9), task)  # weight 0: rows kept for testing, weighted ~0 in training
    if task == "sentiment":
        public = data.load_sentiment(data_dir, "en", "train")
        for other in ("fr", "de"):
            public = public + data.load_sentiment(data_dir, other, "train")
        classes = data.SENTIMENT_LABELS
    else:
        public = data.handwritten_needs_reply("train")
        classes = data.NEEDS_REPLY_LABELS
    n_public = len(public)
    public_folds = np.random.default_rng(1).integers(0, folds, n_public)
    return {
        "classes": classes,
        "texts": list(public.texts) + [t for t, _, _, _ in voters],
        "labels": list(public.labels) + [label for _, label, _, _ in voters],
        "languages": list(public.languages) + [lang for _, _, lang, _ in voters],
        "weights": np.asarray([1.0] * n_public + [w if weight > 0 else 0.0 for _, _, _, w in voters]),
        "folds": np.concatenate([public_folds, _voter_folds([r.frame for r in rows], folds)]),
        "is_voter": np.asarray([False] * n_public + [True] * len(voters)),
    }


def cross_validate(
    task: str,
    embed: EmbedFn,
    data_dir: Path,
    weight: float,
    members: int = 1,
    expert: str | None = None,
    folds: int = FOLDS,
) -> dict[str, Any]:
    """Out-of-fold scores of ``task`` with voter rows weighted ``weight`` (``expert``: rows of that
    language weighted up as for a language expert, ``SENTIMENT_EXPERT_WEIGHT``)."""
    d = _task_data(task, data_dir, weight, folds)
    if expert:
        d["weights"] = d["weights"] * np.where(np.asarray(d["languages"]) == expert, SENTIMENT_EXPERT_WEIGHT, 1.0)
    recipe = dict(SENTIMENT_RECIPE if task == "sentiment" else NEEDS_REPLY_RECIPE, members=members)
    x = embed(d["texts"])
    logits = np.zeros((len(d["texts"]), len(d["classes"])), dtype=np.float64)
    for fold in range(folds):
        train = (d["folds"] != fold) & (d["weights"] > 0)
        test = d["folds"] == fold
        layers = fit_ensemble(
            x[train], [d["labels"][i] for i in np.flatnonzero(train)], d["classes"], recipe, d["weights"][train]
        )
        h = x[test]
        for i, (w, b) in enumerate(layers):
            h = h @ w + b
            if i < len(layers) - 1:
                h = np.maximum(h, 0.0)
        logits[test] = h
    predicted = [d["classes"][i] for i in logits.argmax(axis=1)]
    scores: dict[str, Any] = {"weight": weight, "expert": expert, "voter": {}, "public": {}}
    for lang in LANGUAGES:
        for part, mask in (("voter", d["is_voter"]), ("public", ~d["is_voter"])):
            rows = [i for i in range(len(predicted)) if mask[i] and d["languages"][i] == lang]
            if rows:
                scores[part][lang] = _score(task, [d["labels"][i] for i in rows], [predicted[i] for i in rows])
    scores["voter_mean"] = round(float(np.mean(list(scores["voter"].values()))), 2)
    public_rows = np.flatnonzero(~d["is_voter"])
    scores["public_all"] = _score(task, [d["labels"][i] for i in public_rows], [predicted[i] for i in public_rows])
    public_mean = np.mean(list(scores["public"].values())) if task == "sentiment" else scores["public_all"]
    scores["criterion"] = round(float((scores["voter_mean"] + public_mean) / 2), 2)
    truth = np.asarray([d["classes"].index(label) for label in d["labels"]])
    scores["calibration"] = fit_temperature(logits, truth)
    return scores


def _score(task: str, truth: list[str], predicted: list[str]) -> float:
    if task == "sentiment":
        return round(macro_f1(truth, predicted, data.SENTIMENT_LABELS), 2)
    return round(f1_score(truth, predicted, "needs_reply"), 2)


def main(argv: Sequence[str] | None = None) -> int:
    """Print the grouped-CV scores per task and weight."""
    parser = argparse.ArgumentParser(prog="python -m inbox.triage.training.voter_tone_cv", description=__doc__)
    parser.add_argument("--data", type=Path, default=data.DEFAULT_DATA_DIR)
    parser.add_argument("--task", default="sentiment,needs_reply")
    parser.add_argument("--weights", default="0,1,3")
    parser.add_argument("--folds", type=int, default=FOLDS, help="folds (%(default)s)")
    parser.add_argument("--expert", default=None, help="also score a language expert of this language (e.g. nl)")
    default_cache = Path(os.environ.get("DIALOOG_CACHE_DIR", "~/.cache/dialoog")).expanduser() / "embeddings"
    parser.add_argument("--cache-dir", type=Path, default=default_cache)
    args = parser.parse_args(argv)
    embed = build_embedder(None, args.cache_dir)
    for task in args.task.split(","):
        for weight in [float(w) for w in args.weights.split(",")]:
            result = cross_validate(task, embed, args.data, weight, expert=args.expert, folds=args.folds)
            print(task, result, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
