"""Topic heads an office can change: trained in about a second from descriptions and examples.

:func:`train_topic_head` learns a sigmoid (multi-label-capable) linear head from each
topic's names, descriptions and example messages, optional background data (such as the
Chamber's parliamentary questions mapped onto the codes) and the office's corrections,
which weigh more. Each topic's total weight grows only with the square root of its number
of samples, so a topic an admin just added (descriptions + a few examples) is not drowned
by topics with hundreds of background questions.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime

import numpy as np

from inbox.triage.heads import Head
from inbox.triage.taxonomy import TopicSpec
from inbox.triage.training.fit import FitConfig, fit_layers, one_hot

__all__ = ["TopicSpec", "topics_from_scores", "train_topic_head"]

EmbedFn = Callable[[Sequence[str]], np.ndarray]
SPEC_WEIGHT = 1.0
EXAMPLE_WEIGHT = 1.0
BACKGROUND_WEIGHT = 1.0
CORRECTION_WEIGHT = 4.0
BALANCE_POWER = 0.5
TOPIC_FIT = FitConfig(l2=0.03, epochs=120, lr=0.05, multi_label=True, seed=0)
# The committed default head learns from ~2,200 Chamber questions: a one-hidden-layer MLP does
# better there (settings chosen by 5-fold CV on half of the questions). Office heads, retrained
# when an admin adds a topic, stay linear: they train in about a second.
DEFAULT_TOPIC_FIT = FitConfig(hidden=512, dropout=0.5, l2=0.01, epochs=30, lr=1e-3, batch_size=128, multi_label=True)


def _class_balance(labels: list[str], weights: np.ndarray, power: float) -> np.ndarray:
    """Rescale ``weights`` so each class's total weight is ``total ** (1 - power)`` (power 1: equal)."""
    out = weights.copy()
    codes = np.asarray(labels, dtype=object)
    for code in set(labels):
        rows = codes == code
        total = weights[rows].sum()
        out[rows] *= total ** (1.0 - power) / total
    return out * (len(out) / out.sum())


def encoder_version(embed: EmbedFn) -> str | None:
    """The encoder version behind ``embed`` (a CachedEmbedder, or a TextEncoder's bound ``embed``)."""
    for owner in (embed, getattr(embed, "__self__", None)):
        version = getattr(owner, "version", None)
        if isinstance(version, str):
            return version
    return None


def train_topic_head(
    encoder_embed: EmbedFn,
    topics: Sequence[TopicSpec],
    examples: Sequence[tuple[str, str]] = (),
    corrections: Sequence[tuple[str, str]] = (),
    background: Sequence[tuple[str, str]] = (),
    *,
    name: str = "topic",
    config: FitConfig = TOPIC_FIT,
    correction_weight: float = CORRECTION_WEIGHT,
    background_weight: float = BACKGROUND_WEIGHT,
) -> Head:
    """Train a topic head over ``topics`` (labels in the given order).

    ``examples``, ``corrections`` and ``background`` are ``(text, code)`` pairs; pairs whose
    code is not among ``topics`` are ignored. Texts are embedded in one call to
    ``encoder_embed``. Corrections weigh ``correction_weight`` times an example before class
    balancing; background ``background_weight`` times.
    """
    codes = [topic.code for topic in topics]
    if len(set(codes)) != len(codes) or len(codes) < 2:
        raise ValueError("need at least two topics with distinct codes")
    known = set(codes)
    texts: list[str] = []
    labels: list[str] = []
    weights: list[float] = []

    def add(pairs: Sequence[tuple[str, str]], weight: float) -> int:
        kept = [(text, code) for text, code in pairs if code in known and text.strip()]
        texts.extend(text for text, _ in kept)
        labels.extend(code for _, code in kept)
        weights.extend([weight] * len(kept))
        return len(kept)

    add([(text, topic.code) for topic in topics for text in topic.training_texts()], SPEC_WEIGHT)
    counts = {
        "examples": add(examples, EXAMPLE_WEIGHT),
        "background": add(background, background_weight),
        "corrections": add(corrections, correction_weight),
    }
    missing = known - set(labels)
    if missing:
        raise ValueError(f"topics without any text to learn from: {sorted(missing)}")
    features = np.asarray(encoder_embed(texts), dtype=np.float32)
    sample_weight = _class_balance(labels, np.asarray(weights), BALANCE_POWER)
    layers = fit_layers(features, one_hot(labels, codes), config, sample_weight)
    info = {
        "trained_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "recipe": {
            **{k: getattr(config, k) for k in ("hidden", "dropout", "l2", "epochs", "lr", "batch_size", "seed")},
            "class_balance_power": BALANCE_POWER,
            "weights": {
                "spec": SPEC_WEIGHT,
                "example": EXAMPLE_WEIGHT,
                "background": background_weight,
                "correction": correction_weight,
            },
        },
        "training_data": {"topic_descriptions": len(texts) - sum(counts.values()), **counts},
        "topics": {topic.code: topic.names for topic in topics},
    }
    version = encoder_version(encoder_embed)
    if version:
        info["encoder_version"] = version
    return Head(name, codes, layers, multi_label=True, info=info)


def topics_from_scores(scores: np.ndarray, labels: Sequence[str], threshold: float = 0.5) -> list[tuple[str, float]]:
    """``(code, score)`` pairs scoring at least ``threshold``, best first; always at least the top one.

    ``scores`` is one row of a topic head's ``predict_proba`` output.
    """
    row = np.asarray(scores, dtype=np.float64).reshape(-1)
    if row.shape[0] != len(labels) or not len(labels):
        raise ValueError(f"{row.shape[0]} scores for {len(labels)} labels")
    order = np.argsort(-row, kind="stable")
    picked = [(labels[i], float(row[i])) for i in order if row[i] >= threshold]
    return picked or [(labels[order[0]], float(row[order[0]]))]
