"""Learning from an office's corrections: retrain its topic and sentiment heads, measure the gain.

The gain is measured by cross-validation over the office's own corrections: each fold's
corrected messages are predicted by a head trained without them, once with no
corrections at all (what the office had) and once with the other folds' corrections.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from flask import current_app

from inbox.config import PROJECT_DIR
from inbox.models import db
from inbox.services.corrections import corrections_for_learning
from inbox.services.office_models import save_office_head
from inbox.services.topics import topic_specs
from inbox.triage.heads import Head
from inbox.triage.models import get_triager
from inbox.triage.topics import train_topic_head

log = logging.getLogger(__name__)

FOLDS = 5
BACKGROUND_SAMPLE = 600  # Chamber questions used as background for an office head
BACKGROUND_CHARS = 300  # their opening (title and first lines): quick to embed, on topic
MIN_CORRECTIONS_TO_MEASURE = 5
DEFAULT_TRAINING_DATA = PROJECT_DIR.parent / "shared" / "data"


@dataclass
class LearningReport:
    """What retraining one head from corrections did."""

    tag: str
    corrections: int
    accuracy_before: float | None = None
    accuracy_after: float | None = None
    version: str = ""

    def describe(self) -> str:
        """One line for the CLI and the logs."""
        line = f"{self.tag}: retrained from {self.corrections} correction(s) -> {self.version}"
        if self.accuracy_before is not None and self.accuracy_after is not None:
            line += (
                f"; on the corrected messages (cross-validated) accuracy {self.accuracy_before:.0%}"
                f" -> {self.accuracy_after:.0%}"
            )
        return line


def _embedder() -> Callable[[Sequence[str]], np.ndarray]:
    settings = current_app.extensions["dialoog.settings"]
    encoder = get_triager(settings).encoder
    from inbox.triage.training.embed_cache import CachedEmbedder

    return CachedEmbedder(encoder.embed, encoder.version, settings.cache_dir / "embeddings", quiet=True)


def _background() -> list[tuple[str, str]]:
    """The Chamber's questions mapped to topic codes, when the training data is at hand."""
    from inbox.triage.training.data import chamber_topic_examples

    path = Path(os.environ.get("DIALOOG_TRAINING_DATA") or DEFAULT_TRAINING_DATA)
    if not (path / "topics").exists():
        return []
    examples = chamber_topic_examples(path)
    step = max(1, len(examples) // BACKGROUND_SAMPLE)
    return [(text[:BACKGROUND_CHARS], code) for text, code in examples[::step]]


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


def retrain_topic_head(office_id: int, *, measure: bool = False) -> LearningReport:
    """Train the office's topic head from its taxonomy and corrections, and store it."""
    specs = topic_specs(office_id)
    corrections = corrections_for_learning(office_id, "topic")
    embed = _embedder()
    background = _background()

    def train(using: Sequence[tuple[str, str]]) -> Head:
        return train_topic_head(embed, specs, corrections=using, background=background, name="topic")

    report = LearningReport("topic", len(corrections))
    if measure and len(corrections) >= MIN_CORRECTIONS_TO_MEASURE:
        report.accuracy_before, report.accuracy_after = cross_validated_gain(corrections, train, embed)
    head = train(corrections)
    report.version = head.version
    save_office_head(office_id, "topic", head, {"report": report.__dict__})
    db.session.commit()
    log.info("office %s: %s", office_id, report.describe())
    return report


def learn_from_corrections(office_id: int) -> list[LearningReport]:
    """Retrain every head the office can adapt from its corrections; measure each gain."""
    from inbox.services.sentiment_learning import retrain_sentiment_head

    return [retrain_topic_head(office_id, measure=True), retrain_sentiment_head(office_id, measure=True)]
