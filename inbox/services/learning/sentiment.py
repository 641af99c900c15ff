"""Learning an office's sentiment correction from its corrections (see ``inbox.triage.adapt``).

The office keeps the committed sentiment heads (shared head and language experts) and
gets a small linear correction, added to their logits, learned from its corrected
messages. The correction is stored as the office's ``sentiment`` head.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict

import numpy as np
from flask import current_app

from inbox.models import db
from inbox.services.learning.measure import (
    MIN_CORRECTIONS_TO_MEASURE,
    LearningReport,
    cross_validated_gain,
    learning_pairs,
)
from inbox.services.learning.office_models import save_office_head
from inbox.triage.adapt import correction_head
from inbox.triage.heads import Head, _softmax
from inbox.triage.language import identify_language
from inbox.triage.models import get_triager
from inbox.triage.sentiment import combined_version, sentiment_probabilities


class _Scored:
    """The base's logits plus an optional correction, over rows keyed by text (for cross-validation)."""

    def __init__(self, labels: list[str], base_logits: dict[str, np.ndarray], features: dict[str, np.ndarray]):
        self.labels, self.base_logits, self.features = labels, base_logits, features
        self.correction: Head | None = None

    def rows(self, texts: Sequence[str]) -> np.ndarray:
        """Stand-in for embeddings: the texts' indices, resolved in :meth:`predict_proba`."""
        return np.asarray(list(texts), dtype=object)

    def predict_proba(self, texts: np.ndarray) -> np.ndarray:
        logits = np.stack([self.base_logits[t] for t in texts])
        if self.correction is not None:
            logits = logits + self.correction.logits(np.stack([self.features[t] for t in texts]))
        return _softmax(logits)


def sentiment_candidate(office_id: int, *, measure: bool = False) -> tuple[Head | None, LearningReport]:
    """Learn (not store) the office's sentiment correction from its corrections; optionally measure.

    Returns None as the head when the office has no sentiment corrections.
    """
    triager = get_triager(current_app.extensions["dialoog.settings"])
    base = triager.heads["sentiment"]
    corrections = learning_pairs(office_id, "sentiment")
    report = LearningReport("sentiment", len(corrections))
    if not corrections:
        report.version = base.version
        return None, report
    texts = list(dict.fromkeys(text for text, _ in corrections))
    features = triager.encoder.embed(texts)
    languages = [identify_language(text).language for text in texts]
    probabilities, labels = sentiment_probabilities(base, features, languages)
    base_logits = dict(zip(texts, np.log(np.clip(probabilities, 1e-9, 1.0)), strict=True))
    vectors = dict(zip(texts, features, strict=True))

    def train(using: Sequence[tuple[str, str]]) -> _Scored:
        scored = _Scored(list(labels), base_logits, vectors)
        if using:
            scored.correction = correction_head(
                np.stack([base_logits[t] for t, _ in using]),
                np.stack([vectors[t] for t, _ in using]),
                [label for _, label in using],
                labels,
                name="sentiment",
                correction_of="sentiment",
                info={"base_version": base.version},
            )
        return scored

    if measure and len(corrections) >= MIN_CORRECTIONS_TO_MEASURE:
        scorer = train([])
        report.accuracy_before, report.accuracy_after = cross_validated_gain(corrections, train, scorer.rows)
    head = train(corrections).correction
    report.version = combined_version(base, head)
    return head, report


def retrain_sentiment_head(office_id: int, *, measure: bool = False) -> LearningReport:
    """Learn the office's sentiment correction from its sentiment corrections and store it."""
    head, report = sentiment_candidate(office_id, measure=measure)
    if head is not None:
        save_office_head(office_id, "sentiment", head, {"report": asdict(report)})
        db.session.commit()
    return report
