"""Adapting a trained head to an office's corrections, without its training data.

A linear correction ``x @ A + c`` is learned on the corrected messages (with a strong
L2 pull towards zero, so the head only moves where the office disagreed) and added to
the base head's logits. :func:`correction_head` keeps it as a small linear head of its
own (added to the base's logits at inference, whatever the base is: one head or language
experts).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from inbox.triage.heads import Head

ADAPT_L2 = 0.05
ADAPT_EPOCHS = 300
ADAPT_LR = 0.5


def _softmax(logits: np.ndarray) -> np.ndarray:
    shifted = logits - logits.max(axis=1, keepdims=True)
    exp = np.exp(shifted)
    return exp / exp.sum(axis=1, keepdims=True)


def fit_correction(
    base_logits: np.ndarray,
    features: np.ndarray,
    labels: Sequence[str],
    classes: Sequence[str],
    *,
    l2: float = ADAPT_L2,
    epochs: int = ADAPT_EPOCHS,
) -> tuple[np.ndarray, np.ndarray]:
    """Learn ``(A, c)`` so that ``softmax(base_logits + x @ A + c)`` fits the corrections."""
    x = np.asarray(features, dtype=np.float64)
    classes = list(classes)
    target = np.zeros((len(labels), len(classes)))
    target[np.arange(len(labels)), [classes.index(label) for label in labels]] = 1.0
    base_logits = np.asarray(base_logits, dtype=np.float64)
    a = np.zeros((x.shape[1], len(classes)))
    c = np.zeros(len(classes))
    for _ in range(epochs):
        gradient = (_softmax(base_logits + x @ a + c) - target) / len(labels)
        a -= ADAPT_LR * (x.T @ gradient + l2 * a)
        c -= ADAPT_LR * gradient.sum(axis=0)
    return a.astype(np.float32), c.astype(np.float32)


def correction_head(
    base_logits: np.ndarray,
    features: np.ndarray,
    labels: Sequence[str],
    classes: Sequence[str],
    *,
    name: str,
    correction_of: str,
    info: dict | None = None,
) -> Head:
    """A linear head whose logits, added to the base's (``base_logits`` on these ``features``), fit ``labels``.

    Marked ``info["correction_of"] = correction_of`` so the pipeline adds it to that base.
    """
    unknown = set(labels) - set(classes)
    if unknown:
        raise ValueError(f"labels not known to {correction_of}: {sorted(unknown)}")
    a, c = fit_correction(base_logits, features, labels, classes)
    details = {**(info or {}), "correction_of": correction_of, "corrections": len(labels)}
    return Head(name, classes, [(a, c)], multi_label=False, dtype="float32", info=details)
