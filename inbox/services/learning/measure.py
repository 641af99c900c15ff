"""Measuring what learning from corrections gains: cross-validated accuracy on the corrected messages."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
from flask import current_app

from inbox.services.learning.corrections import corrections_for_learning
from inbox.triage.heads import Head
from inbox.triage.models import get_triager
from inbox.triage.pipeline import model_text
from inbox.triage.training.embed_cache import CachedEmbedder

FOLDS = 5
MIN_CORRECTIONS_TO_MEASURE = 2  # fewer cannot be cross-validated


@dataclass
class LearningReport:
    """What retraining one head from corrections did (``kept``: stored for the office)."""

    tag: str
    corrections: int
    accuracy_before: float | None = None
    accuracy_after: float | None = None
    version: str = ""
    kept: bool = True

    @property
    def gain(self) -> float | None:
        """Cross-validated accuracy gain on the corrected messages, or None when not measured."""
        if self.accuracy_before is None or self.accuracy_after is None:
            return None
        return self.accuracy_after - self.accuracy_before

    def describe(self) -> str:
        """One line for the CLI and the logs."""
        line = f"{self.tag}: retrained from {self.corrections} correction(s) -> {self.version}"
        if self.gain is not None:
            line += (
                f"; on the corrected messages (cross-validated) accuracy {self.accuracy_before:.0%}"
                f" -> {self.accuracy_after:.0%}"
            )
        return line if self.kept else f"{line}; not kept (no gain), the office keeps its current head"


def office_embedder() -> Callable[[Sequence[str]], np.ndarray]:
    """The triage encoder's embedding, cached on disk by text and encoder version."""
    settings = current_app.extensions["dialoog.settings"]
    encoder = get_triager(settings).encoder
    return CachedEmbedder(encoder.embed, encoder.version, settings.cache_dir / "embeddings", quiet=True)


def learning_pairs(office_id: int, tag: str) -> list[tuple[str, str]]:
    """The office's corrections of ``tag`` as (text as the encoder sees it, label) pairs."""
    return [(model_text(text), str(value)) for text, value in corrections_for_learning(office_id, tag)]


def cross_validated_gain(
    pairs: Sequence[tuple[str, str]],
    train: Callable[[Sequence[tuple[str, str]]], Head],
    embed: Callable[[Sequence[str]], np.ndarray],
) -> tuple[float, float]:
    """Accuracy on corrected messages of a head trained without corrections vs with the other folds'."""
    texts = [text for text, _ in pairs]
    truth = np.asarray([label for _, label in pairs], dtype=object)
    features = embed(texts)
    base = train([])
    before = np.asarray(base.labels, dtype=object)[base.predict_proba(features).argmax(axis=1)]
    after = np.empty(len(pairs), dtype=object)
    folds = np.arange(len(pairs)) % min(FOLDS, len(pairs))
    for fold in np.unique(folds):
        held = folds == fold
        head = train([pair for pair, h in zip(pairs, held, strict=True) if not h])
        after[held] = np.asarray(head.labels, dtype=object)[head.predict_proba(features[held]).argmax(axis=1)]
    return float((before == truth).mean()), float((after == truth).mean())
