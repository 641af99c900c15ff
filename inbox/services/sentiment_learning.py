"""Adapting the sentiment head to an office's corrections (see ``inbox.triage.adapt``)."""

from __future__ import annotations

from collections.abc import Sequence

from flask import current_app

from inbox.models import db
from inbox.services.corrections import corrections_for_learning
from inbox.services.learning import MIN_CORRECTIONS_TO_MEASURE, LearningReport, cross_validated_gain
from inbox.services.office_models import save_office_head
from inbox.triage.adapt import adapted_head
from inbox.triage.heads import Head
from inbox.triage.models import get_triager


def retrain_sentiment_head(office_id: int, *, measure: bool = False) -> LearningReport:
    """Adapt the committed sentiment head to the office's sentiment corrections and store it."""
    triager = get_triager(current_app.extensions["dialoog.settings"])
    base = triager.heads["sentiment"]
    corrections = corrections_for_learning(office_id, "sentiment")
    report = LearningReport("sentiment", len(corrections))
    if not corrections:
        report.version = base.version
        return report
    embed = triager.encoder.embed
    features = embed([text for text, _ in corrections])
    cache = dict(zip([text for text, _ in corrections], features, strict=True))

    def train(using: Sequence[tuple[str, str]]) -> Head:
        if not using:
            return base
        return adapted_head(base, _rows(cache, [t for t, _ in using]), [label for _, label in using], name="sentiment")

    if measure and len(corrections) >= MIN_CORRECTIONS_TO_MEASURE:
        report.accuracy_before, report.accuracy_after = cross_validated_gain(
            corrections, train, lambda texts: _rows(cache, texts)
        )
    head = train(corrections)
    report.version = head.version
    save_office_head(office_id, "sentiment", head, {"report": report.__dict__})
    db.session.commit()
    return report


def _rows(cache: dict, texts: Sequence[str]):  # type: ignore[no-untyped-def]
    import numpy as np

    return np.stack([cache[text] for text in texts])
