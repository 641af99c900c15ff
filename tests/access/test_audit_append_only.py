"""The audit trail only grows: the database refuses to change or delete it (SQLite and PostgreSQL),
the ORM refuses too, and erasing an office or a user leaves its audit rows in place."""

from __future__ import annotations

import pytest
from flask import Flask
from sqlalchemy import delete, select, text, update
from sqlalchemy.exc import DBAPIError

from inbox.models import AuditEvent, Office, User, db
from inbox.models.audit import AuditLogAppendOnlyError
from inbox.services.audit.trail import record_audit
from tests.factories import office_with_users


def _event(office_id: int | None = None, actor: int | None = None) -> int:
    event = record_audit(office_id, actor, "conversation.read", "conversation", 7, {"why": "test"})
    db.session.commit()
    return event.id


def _row(event_id: int) -> tuple:
    row = db.session.execute(
        text("SELECT office_id, actor_user_id, action, detail FROM audit_event WHERE id = :id"), {"id": event_id}
    ).one()
    db.session.rollback()
    return tuple(row)


REFUSED = [
    "UPDATE audit_event SET action = 'nothing.happened'",
    "UPDATE audit_event SET office_id = NULL",
    "DELETE FROM audit_event",
    "DELETE FROM audit_event WHERE id = :id",
]


def test_the_database_refuses_to_change_or_delete_audit_events(app: Flask) -> None:
    event_id = _event()
    before = _row(event_id)
    # SQLite has no TRUNCATE; PostgreSQL refuses it like the rest.
    statements = REFUSED + (["TRUNCATE audit_event"] if db.engine.dialect.name == "postgresql" else [])
    for statement in statements:
        with pytest.raises(DBAPIError, match="append-only"):
            db.session.execute(text(statement), {"id": event_id})
        db.session.rollback()
    assert _row(event_id) == before


def test_the_application_refuses_to_change_or_delete_an_audit_event(app: Flask) -> None:
    event = db.session.get(AuditEvent, _event())
    event.action = "nothing.happened"
    with pytest.raises(AuditLogAppendOnlyError, match="append-only"):
        db.session.commit()
    db.session.rollback()

    db.session.delete(db.session.get(AuditEvent, event.id))
    with pytest.raises(AuditLogAppendOnlyError, match="append-only"):
        db.session.flush()
    db.session.rollback()

    for bulk in (update(AuditEvent).values(action="x"), delete(AuditEvent).where(AuditEvent.id == event.id)):
        with pytest.raises(AuditLogAppendOnlyError):
            db.session.execute(bulk)
        db.session.rollback()
    assert db.session.get(AuditEvent, event.id).action == "conversation.read"
    record_audit(None, None, "still.possible")  # adding stays possible
    db.session.commit()


def test_erasing_a_user_and_an_office_leaves_their_audit_rows(app: Flask) -> None:
    setup = office_with_users("Kantoor dat stopt")
    office_id, staff_id = setup.office.id, setup.staff.id
    event_id = _event(office_id, staff_id)
    rows_before = db.session.execute(select(AuditEvent.id).where(AuditEvent.office_id == office_id)).scalars().all()
    assert len(rows_before) > 1  # office.created, user.added…, conversation.read

    db.session.delete(db.session.get(User, staff_id))
    db.session.commit()
    assert _row(event_id)[:2] == (office_id, staff_id)

    db.session.delete(db.session.get(Office, office_id))
    db.session.commit()
    assert db.session.get(Office, office_id) is None
    rows_after = db.session.execute(select(AuditEvent.id).where(AuditEvent.office_id == office_id)).scalars().all()
    assert rows_after == rows_before
    assert _row(event_id) == (office_id, staff_id, "conversation.read", _row(event_id)[3])
