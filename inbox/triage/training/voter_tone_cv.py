"""Choose the voter-style data weights (and temperatures) of the sentiment and needs-reply heads by
grouped cross-validation on training data only.

    python -m inbox.triage.training.voter_tone_cv [--task sentiment,needs_reply] [--weights 0,1,3] \
        [--free-weights 0,1,2] [--folds 3] [--expert de]

Voter-style messages (:mod:`voter_tone`) are split into folds by *frame*, so a held-out
message never shares its wording around the line with a training message; the
free-written voter messages (:mod:`voter_tone_free_de_nl`) by *topic* (every message of a
topic, in every language, in one fold; a fold assignment of its own, so the frame and
tweet folds are the same as without them); the tweets (sentiment) and hand-written
messages (needs-reply) are split at random. Each fold trains the head as :mod:`recipes`
does (one ensemble member, to save time) with the voter rows weighted ``w`` and the
free-written ones ``f`` (0: held out for scoring only, never trained on). Printed per
setting: macro-F1 (sentiment) or F1 (needs-reply) on the held-out voter-style messages
(``voter``), free-written messages (``free``) per language and on the held-out tweets /
hand-written messages (``public``). The criterion of the voter weight, fixed before any
run: the mean of the voter-style score (averaged over languages) and the public /
hand-written score (``criterion``). The criterion of the free-written weight (issue 16,
fixed before its first run): the mean of the voter-style, the free-written (both averaged
over languages) and the public / hand-written score (``criterion_free``). For the chosen
weights the out-of-fold probabilities give the expected calibration error (10 bins, top-1)
and the temperature that minimises their log-loss. The voter check set is never used here.
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
    free_voter_rows,
    voter_rows,
)
from inbox.triage.training.voter_tone import LANGUAGES, voter_tone_rows
from inbox.triage.training.voter_tone_free_de_nl import free_rows

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


def _task_data(
    task: str, data_dir: Path, weight: float, folds: int = FOLDS, free_weight: float = 0.0
) -> dict[str, Any]:
    """Texts, labels, languages, weights, folds and the part of each row (public / voter / free) for one task."""
    rows = voter_tone_rows()
    voters = voter_rows(max(weight, 1e-9), task)  # weight 0: rows kept for testing, weighted ~0 in training
    free = free_voter_rows(max(free_weight, 1e-9), task)
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
        "texts": list(public.texts) + [t for t, _, _, _ in voters + free],
        "labels": list(public.labels) + [label for _, label, _, _ in voters + free],
        "languages": list(public.languages) + [lang for _, _, lang, _ in voters + free],
        "weights": np.asarray(
            [1.0] * n_public
            + [w if weight > 0 else 0.0 for _, _, _, w in voters]
            + [w if free_weight > 0 else 0.0 for _, _, _, w in free]
        ),
        "folds": np.concatenate(
            [
                public_folds,
                _voter_folds([r.frame for r in rows], folds),
                _voter_folds([r.group for r in free_rows()], folds),
            ]
        ),
        "part": np.asarray(["public"] * n_public + ["voter"] * len(voters) + ["free"] * len(free)),
    }


def cross_validate(
    task: str,
    embed: EmbedFn,
    data_dir: Path,
    weight: float,
    members: int = 1,
    expert: str | None = None,
    folds: int = FOLDS,
    free_weight: float = 0.0,
) -> dict[str, Any]:
    """Out-of-fold scores of ``task`` with voter rows weighted ``weight`` and free-written ones ``free_weight``
    (``expert``: rows of that language weighted up as for a language expert, ``SENTIMENT_EXPERT_WEIGHT``)."""
    d = _task_data(task, data_dir, weight, folds, free_weight)
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
    scores: dict[str, Any] = {
        "weight": weight,
        "free_weight": free_weight,
        "expert": expert,
        "voter": {},
        "free": {},
        "public": {},
    }
    for lang in LANGUAGES:
        for part in ("voter", "free", "public"):
            rows = [i for i in range(len(predicted)) if d["part"][i] == part and d["languages"][i] == lang]
            if rows:
                scores[part][lang] = _score(task, [d["labels"][i] for i in rows], [predicted[i] for i in rows])
    scores["voter_mean"] = round(float(np.mean(list(scores["voter"].values()))), 2)
    scores["free_mean"] = round(float(np.mean(list(scores["free"].values()))), 2)
    public_rows = np.flatnonzero(d["part"] == "public")
    scores["public_all"] = _score(task, [d["labels"][i] for i in public_rows], [predicted[i] for i in public_rows])
    public_mean = np.mean(list(scores["public"].values())) if task == "sentiment" else scores["public_all"]
    scores["criterion"] = round(float((scores["voter_mean"] + public_mean) / 2), 2)
    scores["criterion_free"] = round(float((scores["voter_mean"] + scores["free_mean"] + public_mean) / 3), 2)
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
    parser.add_argument("--free-weights", default="0", help="weights of the free-written messages (%(default)s)")
    parser.add_argument("--folds", type=int, default=FOLDS, help="folds (%(default)s)")
    parser.add_argument("--expert", default=None, help="also score a language expert of this language (e.g. nl)")
    default_cache = Path(os.environ.get("DIALOOG_CACHE_DIR", "~/.cache/dialoog")).expanduser() / "embeddings"
    parser.add_argument("--cache-dir", type=Path, default=default_cache)
    args = parser.parse_args(argv)
    embed = build_embedder(None, args.cache_dir)
    for task in args.task.split(","):
        for weight in [float(w) for w in args.weights.split(",")]:
            for free_weight in [float(f) for f in args.free_weights.split(",")]:
                result = cross_validate(
                    task, embed, args.data, weight, expert=args.expert, folds=args.folds, free_weight=free_weight
                )
                print(task, result, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
