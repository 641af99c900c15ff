"""Triage stored messages and record the result with the version that produced it."""

from __future__ import annotations

import logging

from sqlalchemy import select

from inbox.models import Direction, Message, TriageResult, TriageState, db, utcnow
from inbox.services.conversations import publish_conversation_changes
from inbox.triage.pipeline import PIPELINE_VERSION, triage_texts

log = logging.getLogger(__name__)


def triage_messages(message_ids: list[int]) -> int:
    """Triage the given messages that are still pending; returns how many were triaged.

    Idempotent: messages already triaged are left alone, so running it twice changes
    nothing the second time.
    """
    messages = (
        db.session.execute(
            select(Message)
            .where(Message.id.in_(message_ids), Message.triage_state == TriageState.PENDING)
            .order_by(Message.id)
        )
        .scalars()
        .all()
    )
    inbound = [m for m in messages if m.direction == Direction.INBOUND]
    outputs = triage_texts([m.text for m in inbound])
    for message, output in zip(inbound, outputs, strict=True):
        db.session.add(
            TriageResult(
                message_id=message.id,
                language=output.language,
                language_confidence=output.language_confidence,
                tags=output.tags,
                model_version=PIPELINE_VERSION,
                created_at=utcnow(),
            )
        )
        message.triage_state = TriageState.DONE
    for message in messages:
        if message.direction != Direction.INBOUND:
            message.triage_state = TriageState.SKIPPED
    changed = {(m.office_id, m.conversation_id) for m in inbound}
    db.session.commit()
    for office_id in {office for office, _ in changed}:
        publish_conversation_changes(office_id, sorted(c for o, c in changed if o == office_id), "message.triaged")
    return len(inbound)


def pending_triage_ids(*, older_than_seconds: float, limit: int = 1000) -> list[int]:
    """Messages still waiting for triage (e.g. a worker died before it ran)."""
    from datetime import timedelta

    cutoff = utcnow() - timedelta(seconds=older_than_seconds)
    rows = db.session.execute(
        select(Message.id)
        .where(Message.triage_state == TriageState.PENDING, Message.received_at <= cutoff)
        .order_by(Message.id)
        .limit(limit)
    )
    return list(rows.scalars())
