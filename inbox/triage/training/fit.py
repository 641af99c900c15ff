"""Fitting heads in numpy: weighted softmax / sigmoid regression and 1-hidden-layer MLPs.

Full-batch or mini-batch Adam with L2 on the weights, optional dropout on the hidden
layer, a cosine learning-rate decay and a fixed seed, so training is reproducible and
needs nothing beyond numpy. Inputs are standardised while training and the scaling is
folded back into the first layer, so a head takes raw embeddings.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from inbox.triage.heads import Layer


@dataclass(frozen=True)
class FitConfig:
    """Hyper-parameters. ``hidden=0`` fits a linear head; ``batch_size=0`` means full batch."""

    hidden: int = 0
    l2: float = 1e-3
    epochs: int = 200
    lr: float = 0.01
    batch_size: int = 0
    dropout: float = 0.0
    multi_label: bool = False
    seed: int = 0


def one_hot(labels: Sequence[str], classes: Sequence[str]) -> np.ndarray:
    """``(n, len(classes))`` float32 one-hot targets."""
    index = {c: i for i, c in enumerate(classes)}
    targets = np.zeros((len(labels), len(classes)), dtype=np.float32)
    targets[np.arange(len(labels)), [index[label] for label in labels]] = 1.0
    return targets


class _Adam:
    """Adam over a list of arrays, updated in place."""

    def __init__(self, params: list[np.ndarray], beta1: float = 0.9, beta2: float = 0.999) -> None:
        self.params = params
        self.m = [np.zeros_like(p) for p in params]
        self.v = [np.zeros_like(p) for p in params]
        self.beta1, self.beta2, self.t = beta1, beta2, 0

    def step(self, grads: list[np.ndarray], lr: float) -> None:
        self.t += 1
        correction1 = 1 - self.beta1**self.t
        correction2 = 1 - self.beta2**self.t
        for p, g, m, v in zip(self.params, grads, self.m, self.v, strict=True):
            m *= self.beta1
            m += (1 - self.beta1) * g
            v *= self.beta2
            v += (1 - self.beta2) * g * g
            p -= lr * (m / correction1) / (np.sqrt(v / correction2) + 1e-8)


def _output_grad(logits: np.ndarray, targets: np.ndarray, weights: np.ndarray, multi_label: bool) -> np.ndarray:
    """d(weighted mean loss)/d(logits) for softmax cross-entropy or per-label BCE."""
    if multi_label:
        probs = 0.5 * (1.0 + np.tanh(0.5 * logits))
    else:
        shifted = np.exp(logits - logits.max(axis=1, keepdims=True))
        probs = shifted / shifted.sum(axis=1, keepdims=True)
    return (probs - targets) * (weights / weights.sum())[:, None]


def fit_layers(
    features: np.ndarray,
    targets: np.ndarray,
    config: FitConfig,
    sample_weight: np.ndarray | None = None,
) -> list[Layer]:
    """Fit a head on ``features (n, d)`` and ``targets (n, k)`` (one-hot, multi-hot or soft).

    Returns float32 ``(weight, bias)`` layers ready for :class:`inbox.triage.heads.Head`.
    """
    x_raw = np.asarray(features, dtype=np.float64)
    y = np.asarray(targets, dtype=np.float32)
    n, d = x_raw.shape
    k = y.shape[1]
    w = np.ones(n, dtype=np.float32) if sample_weight is None else np.asarray(sample_weight, dtype=np.float32)
    mean = x_raw.mean(axis=0)
    scale = x_raw.std(axis=0) + 1e-6
    x = ((x_raw - mean) / scale).astype(np.float32)
    rng = np.random.default_rng(config.seed)
    if config.hidden:
        params = [
            rng.normal(0.0, np.sqrt(2.0 / d), (d, config.hidden)).astype(np.float32),
            np.zeros(config.hidden, dtype=np.float32),
            rng.normal(0.0, np.sqrt(1.0 / config.hidden), (config.hidden, k)).astype(np.float32),
            np.zeros(k, dtype=np.float32),
        ]
    else:
        params = [np.zeros((d, k), dtype=np.float32), np.zeros(k, dtype=np.float32)]
    adam = _Adam(params)
    batch = config.batch_size if 0 < config.batch_size < n else n
    steps_per_epoch = int(np.ceil(n / batch))
    total_steps = config.epochs * steps_per_epoch
    step = 0
    for _ in range(config.epochs):
        order = rng.permutation(n) if batch < n else np.arange(n)
        for start in range(0, n, batch):
            rows = order[start : start + batch]
            lr = float(config.lr * 0.5 * (1 + np.cos(np.pi * step / total_steps)))
            adam.step(_gradients(params, x[rows], y[rows], w[rows], config, rng), lr)
            step += 1
    return _fold_scaling(params, mean, scale)


def _gradients(
    params: list[np.ndarray], x: np.ndarray, y: np.ndarray, w: np.ndarray, config: FitConfig, rng: np.random.Generator
) -> list[np.ndarray]:
    """Gradients of the weighted loss plus L2 (weights only) for one batch."""
    if len(params) == 2:
        weight, _ = params
        grad = _output_grad(x @ weight + params[1], y, w, config.multi_label)
        return [x.T @ grad + config.l2 * weight, grad.sum(axis=0)]
    w1, b1, w2, b2 = params
    pre = x @ w1 + b1
    hidden = np.maximum(pre, 0.0)
    if config.dropout:
        keep = (rng.random(hidden.shape, dtype=np.float32) >= config.dropout) / np.float32(1.0 - config.dropout)
        hidden = hidden * keep
    grad_out = _output_grad(hidden @ w2 + b2, y, w, config.multi_label)
    grad_hidden = grad_out @ w2.T * (pre > 0)
    if config.dropout:
        grad_hidden *= keep
    return [
        x.T @ grad_hidden + config.l2 * w1,
        grad_hidden.sum(axis=0),
        hidden.T @ grad_out + config.l2 * w2,
        grad_out.sum(axis=0),
    ]


def _fold_scaling(params: list[np.ndarray], mean: np.ndarray, scale: np.ndarray) -> list[Layer]:
    """Turn weights for standardised inputs into weights for raw inputs."""
    first_w = params[0].astype(np.float64) / scale[:, None]
    first_b = params[1].astype(np.float64) - mean @ first_w
    layers: list[Layer] = [(first_w.astype(np.float32), first_b.astype(np.float32))]
    for i in range(2, len(params), 2):
        layers.append((params[i].astype(np.float32), params[i + 1].astype(np.float32)))
    return layers


def average_logits(members: Sequence[Sequence[Layer]]) -> list[Layer]:
    """One head equivalent to averaging the logits of several heads of the same depth.

    Linear heads average directly; 1-hidden-layer MLPs are placed side by side (hidden
    widths add up) with their output weights divided by the number of members.
    """
    count = len(members)
    depths = {len(m) for m in members}
    if depths == {1}:
        return [(sum(m[0][0] for m in members) / count, sum(m[0][1] for m in members) / count)]
    if depths != {2}:
        raise ValueError("can only merge linear heads or 1-hidden-layer MLPs")
    first = (np.concatenate([m[0][0] for m in members], axis=1), np.concatenate([m[0][1] for m in members]))
    second = (np.concatenate([m[1][0] for m in members], axis=0) / count, sum(m[1][1] for m in members) / count)
    return [first, second]
