"""Scores and splits in numpy: F1, macro-F1, accuracy, stratified k-fold."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np


def f1_score(truth: Sequence[str], predicted: Sequence[str], positive: str) -> float:
    """F1 of the ``positive`` class, in percent (0 when it is never predicted nor present)."""
    t = np.asarray(truth, dtype=object) == positive
    p = np.asarray(predicted, dtype=object) == positive
    tp = int((t & p).sum())
    denominator = int(t.sum() + p.sum())
    return 100.0 * 2 * tp / denominator if denominator else 0.0


def macro_f1(truth: Sequence[str], predicted: Sequence[str], labels: Sequence[str] | None = None) -> float:
    """Unweighted mean of per-class F1 over ``labels`` (default: the classes in ``truth``), in percent."""
    classes = list(labels) if labels is not None else sorted(set(truth))
    return float(np.mean([f1_score(truth, predicted, c) for c in classes]))


def accuracy(truth: Sequence[str], predicted: Sequence[str]) -> float:
    """Share of exact matches, in percent."""
    if not len(truth):
        return 0.0
    return 100.0 * float(np.mean(np.asarray(truth, dtype=object) == np.asarray(predicted, dtype=object)))


def stratified_folds(labels: Sequence[str], k: int = 5, seed: int = 0) -> list[np.ndarray]:
    """``k`` disjoint index arrays; each class is shuffled and dealt round-robin over the folds."""
    rng = np.random.default_rng(seed)
    folds: list[list[int]] = [[] for _ in range(k)]
    codes = np.asarray(labels, dtype=object)
    offset = 0
    for label in sorted(set(labels)):
        rows = rng.permutation(np.flatnonzero(codes == label))
        for i, row in enumerate(rows):
            folds[(offset + i) % k].append(int(row))
        offset += len(rows)
    return [np.sort(np.asarray(fold, dtype=int)) for fold in folds]
