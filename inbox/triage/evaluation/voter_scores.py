"""Scores on the voter check set, per language, with 95% confidence intervals.

Accuracies (topic top-1, language, toxicity false alarms) get Wilson score intervals;
the expected calibration error (ECE: 10 equal-width bins of the top-1 probability, the
bin-weighted mean gap between accuracy and confidence, in points) a bootstrap interval;
macro-F1 (sentiment), F1 (needs-reply) and the adjusted Rand index (campaigns) get
percentile bootstrap intervals. The ARI bootstrap resamples *truth groups* (a campaign
with all its messages, or one message of no campaign) with replacement,
the k-th draw of a group forming replica k of the data (so a resample never pairs a
message with its own copy, and a false merge of two groups drawn once stays a merge).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from typing import Any

import numpy as np

from inbox.triage.training.metrics import f1_score, macro_f1

Z95 = 1.959963984540054
BOOTSTRAP = 1000
SEED = 16


def wilson(successes: int, total: int) -> tuple[float, float]:
    """The 95% Wilson score interval of a proportion, in percent."""
    if total == 0:
        return (0.0, 100.0)
    p = successes / total
    denominator = 1 + Z95**2 / total
    centre = (p + Z95**2 / (2 * total)) / denominator
    half = Z95 * math.sqrt(p * (1 - p) / total + Z95**2 / (4 * total**2)) / denominator
    return (round(100 * max(0.0, centre - half), 1), round(100 * min(1.0, centre + half), 1))


def adjusted_rand_index(truth: Sequence[Any], predicted: Sequence[Any]) -> float:
    """ARI of two labelings (any hashable labels; give each singleton its own label)."""
    n = len(truth)
    if n < 2:
        return 1.0
    _, t = np.unique(np.asarray([str(x) for x in truth]), return_inverse=True)
    _, p = np.unique(np.asarray([str(x) for x in predicted]), return_inverse=True)
    table = np.zeros((t.max() + 1, p.max() + 1), dtype=np.int64)
    np.add.at(table, (t, p), 1)

    def pairs(x: np.ndarray) -> float:
        return float((x * (x - 1) // 2).sum())

    index, rows, cols, total = pairs(table), pairs(table.sum(1)), pairs(table.sum(0)), n * (n - 1) / 2
    expected = rows * cols / total
    maximum = (rows + cols) / 2
    return 1.0 if maximum == expected else (index - expected) / (maximum - expected)


def _percentile_ci(values: list[float]) -> tuple[float, float]:
    return (round(float(np.percentile(values, 2.5)), 1), round(float(np.percentile(values, 97.5)), 1))


def bootstrap(metric: Callable[[np.ndarray], float], n: int, rounds: int = BOOTSTRAP) -> tuple[float, float]:
    """95% percentile interval of ``metric(indices)`` over resamples of ``range(n)`` with replacement."""
    rng = np.random.default_rng(SEED)
    return _percentile_ci([metric(rng.integers(0, n, n)) for _ in range(rounds)])


def campaign_labels(campaigns: Sequence[str | int | None], prefix: str) -> list[str]:
    """Campaign ids as ARI labels: a message of no campaign is a group of its own."""
    return [f"{prefix}{c}" if c is not None else f"{prefix}single-{i}" for i, c in enumerate(campaigns)]


def ari_with_ci(truth: Sequence[str | None], predicted: Sequence[int | None]) -> dict[str, Any]:
    """ARI (x100) of predicted campaigns against the labelled ones, with a group-bootstrap interval."""
    t_labels, p_labels = campaign_labels(truth, "t"), campaign_labels(predicted, "p")
    value = 100 * adjusted_rand_index(t_labels, p_labels)
    groups: dict[str, list[int]] = {}
    for i, label in enumerate(t_labels):
        groups.setdefault(label, []).append(i)
    members = list(groups.values())
    rng = np.random.default_rng(SEED)
    samples = []
    for _ in range(BOOTSTRAP):
        t_sample, p_sample = [], []
        drawn: dict[int, int] = {}
        for g in rng.integers(0, len(members), len(members)):
            k = drawn[int(g)] = drawn.get(int(g), -1) + 1  # the k-th draw of a group: replica k
            t_sample += [f"{t_labels[i]}#{k}" for i in members[g]]
            p_sample += [f"{p_labels[i]}#{k}" for i in members[g]]
        samples.append(100 * adjusted_rand_index(t_sample, p_sample))
    return {"value": round(value, 1), "ci": _percentile_ci(samples), "n": len(truth), "campaigns": len(members)}


def accuracy_with_ci(hits: Sequence[bool]) -> dict[str, Any]:
    """Accuracy in percent with the Wilson interval."""
    k, n = int(sum(hits)), len(hits)
    return {"value": round(100 * k / max(n, 1), 1), "ci": wilson(k, n), "hits": k, "n": n}


def macro_f1_with_ci(truth: Sequence[str], predicted: Sequence[str], labels: Sequence[str]) -> dict[str, Any]:
    """Macro-F1 (percent) with a bootstrap interval."""
    t, p = np.asarray(truth), np.asarray(predicted)
    value = macro_f1(list(t), list(p), labels)
    return {"value": round(value, 1), "ci": bootstrap(lambda idx: macro_f1(list(t[idx]), list(p[idx]), labels), len(t))}


def f1_with_ci(truth: Sequence[str], predicted: Sequence[str], positive: str) -> dict[str, Any]:
    """F1 of ``positive`` (percent) with a bootstrap interval."""
    t, p = np.asarray(truth), np.asarray(predicted)
    value = f1_score(list(t), list(p), positive)
    return {
        "value": round(value, 1),
        "ci": bootstrap(lambda idx: f1_score(list(t[idx]), list(p[idx]), positive), len(t)),
    }


def expected_calibration_error(confidence: Sequence[float], correct: Sequence[bool], bins: int = 10) -> float:
    """ECE in points (0-100): over ``bins`` equal-width bins of the top-1 probability, the
    bin-size-weighted mean of |accuracy - mean confidence|."""
    conf, right = np.asarray(confidence, dtype=float), np.asarray(correct, dtype=float)
    if not len(conf):
        return 0.0
    index = np.minimum((conf * bins).astype(int), bins - 1)
    gaps = [(index == b).sum() * abs(right[index == b].mean() - conf[index == b].mean()) for b in set(index.tolist())]
    return float(100 * sum(gaps) / len(conf))


def ece_with_ci(confidence: Sequence[float], correct: Sequence[bool]) -> dict[str, Any]:
    """ECE (points, lower is better) of top-1 probabilities with a bootstrap interval."""
    conf, right = np.asarray(confidence, dtype=float), np.asarray(correct, dtype=bool)
    value = expected_calibration_error(conf, right)
    return {
        "value": round(value, 1),
        "ci": bootstrap(lambda idx: expected_calibration_error(conf[idx], right[idx]), len(conf)),
    }
