"""Re-triage after a model change: find messages tagged by other versions, tag them again."""

from __future__ import annotations

from flask import current_app
from sqlalchemy import select

from inbox.models import Direction, Message, Office, TriageResult, TriageState, db
from inbox.services.intake.triage import triage_messages
from inbox.services.learning.office_models import office_heads
from inbox.triage.models import get_triager


def messages_to_retriage(*, office_name: str | None = None, everything: bool = False) -> list[int]:
    """Inbound messages not tagged by the current models (all of them with ``everything``)."""
    triager = get_triager(current_app.extensions["dialoog.settings"])
    offices = db.session.execute(select(Office).where(Office.name == office_name) if office_name else select(Office))
    ids: list[int] = []
    for office in offices.scalars():
        current = triager.versions(*office_heads(office.id))
        rows = db.session.execute(
            select(Message.id, Message.triage_state, TriageResult.versions)
            .outerjoin(TriageResult, TriageResult.message_id == Message.id)
            .where(Message.office_id == office.id, Message.direction == Direction.INBOUND)
            .order_by(Message.id)
        )
        ids.extend(
            message_id
            for message_id, state, versions in rows
            if everything or state != TriageState.DONE or versions != current
        )
    return ids


def retriage_batch(message_ids: list[int]) -> int:
    """Triage these messages again now, keeping corrected tags; returns how many were tagged."""
    return triage_messages(message_ids, force=True)
