"""The audit trail: every change to voter data or delivery is recorded here."""

from __future__ import annotations

from typing import Any

from inbox.models import AuditEvent, db, utcnow


def record_audit(
    office_id: int | None,
    actor_user_id: int | None,
    action: str,
    target_type: str = "",
    target_id: int | str = "",
    detail: dict[str, Any] | None = None,
) -> AuditEvent:
    """Add an audit event to the current transaction (the caller commits with its change)."""
    event = AuditEvent(
        office_id=office_id,
        actor_user_id=actor_user_id,
        action=action,
        target_type=target_type,
        target_id=str(target_id),
        detail=detail or {},
        created_at=utcnow(),
    )
    db.session.add(event)
    return event
