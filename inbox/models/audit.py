"""The audit trail: who did what to which record, append-only from the application.

Three layers keep it append-only: the database refuses UPDATE, DELETE and TRUNCATE on
``audit_event`` (triggers, migration 0013); the ORM refuses to flush a changed or deleted
:class:`AuditEvent` and to run a bulk ``update()``/``delete()`` on it (listeners below);
and ``office_id``/``actor_user_id`` are plain integers, not foreign keys, so deleting an
office or a user never needs to touch (or null out) its audit rows.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Index, Integer, String, event
from sqlalchemy.orm import Mapped, ORMExecuteState, Session, UOWTransaction, mapped_column

from inbox.models.base import Base, JSONType, UTCDateTime, utcnow


class AuditEvent(Base):
    """One audited action."""

    __tablename__ = "audit_event"
    __table_args__ = (
        Index("ix_audit_event_office_created", "office_id", "created_at"),
        Index("ix_audit_event_office_id_id", "office_id", "id"),
        Index("ix_audit_event_target", "target_type", "target_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    # Plain ids, not foreign keys: the row outlives the office or user it names.
    office_id: Mapped[int | None] = mapped_column(Integer)
    actor_user_id: Mapped[int | None] = mapped_column(Integer, index=True)
    action: Mapped[str] = mapped_column(String(80))
    target_type: Mapped[str] = mapped_column(String(40), default="")
    target_id: Mapped[str] = mapped_column(String(64), default="")
    detail: Mapped[dict[str, Any]] = mapped_column(JSONType, default=dict)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class AuditLogAppendOnlyError(RuntimeError):
    """Code tried to change or delete an audit event; the audit trail only ever grows."""


@event.listens_for(Session, "before_flush")
def _refuse_audit_changes(session: Session, _flush: UOWTransaction, _instances: object) -> None:
    """Refuse to flush an edited or deleted audit event (new ones are fine)."""
    for instance in session.deleted:
        if isinstance(instance, AuditEvent):
            raise AuditLogAppendOnlyError(
                f"audit event {instance.id} cannot be deleted: the audit trail is append-only"
            )
    for instance in session.dirty:
        if isinstance(instance, AuditEvent) and session.is_modified(instance, include_collections=False):
            raise AuditLogAppendOnlyError(
                f"audit event {instance.id} cannot be changed: the audit trail is append-only; "
                "record a new event instead (inbox.services.audit.trail.record_audit)"
            )


@event.listens_for(Session, "do_orm_execute")
def _refuse_bulk_audit_changes(state: ORMExecuteState) -> None:
    """Refuse ``update(AuditEvent)`` and ``delete(AuditEvent)`` statements run through the ORM."""
    if not (state.is_update or state.is_delete):
        return
    mapper = state.bind_mapper
    if mapper is not None and mapper.class_ is AuditEvent:
        verb = "updated" if state.is_update else "deleted"
        raise AuditLogAppendOnlyError(f"audit events cannot be {verb}: the audit trail is append-only")
