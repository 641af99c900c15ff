"""Admins search their office's audit trail (who, what, target, dates in the office's time zone),
page through it, and download it as CSV or JSON lines; every download is itself audited."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, datetime

from flask import Flask
from sqlalchemy import select

from inbox.models import AuditEvent, db
from inbox.services.audit.search import AuditFilters, office_zone, parse_audit_filters, search_audit
from inbox.services.audit.trail import record_audit
from tests.clients import logged_in_client
from tests.factories import office_with_users


def _at(event: AuditEvent, when: str) -> None:
    """Backdate an event as it is inserted (before the first flush; afterwards it is immutable)."""
    event.created_at = datetime.fromisoformat(when).astimezone(UTC)


def _trail(app: Flask) -> dict:
    ours, theirs = office_with_users("Kantoor Audit"), office_with_users("Ander kantoor")
    staff, admin = ours.staff.id, ours.admin.id
    # Europe/Brussels: 2026-03-29 is the day clocks go forward.
    _at(record_audit(ours.office.id, staff, "conversation.read", "conversation", 11), "2026-03-28T23:30:00+01:00")
    _at(record_audit(ours.office.id, staff, "conversation.assigned", "conversation", 11), "2026-03-29T00:30:00+01:00")
    _at(record_audit(ours.office.id, admin, "user.role_changed", "user", staff), "2026-03-29T23:59:00+02:00")
    _at(record_audit(ours.office.id, None, "digest.sent", "office", ours.office.id), "2026-03-30T00:00:00+02:00")
    _at(record_audit(ours.office.id, staff, "conversation_x.read", "conversation", 12), "2026-03-30T09:00:00+02:00")
    _at(record_audit(theirs.office.id, theirs.staff.id, "conversation.read", "conversation", 11), "2026-03-29T12:00")
    db.session.commit()
    return {"office": ours.office.id, "staff": staff, "admin": ours.admin, "staff_user": ours.staff, "theirs": theirs}


def _actions(office_id: int, filters: AuditFilters, **paging: object) -> list[str]:
    return [event["action"] for event in search_audit(office_id, filters, **paging).events]


def test_search_by_actor_action_target_and_office_days(app: Flask) -> None:
    trail = _trail(app)
    office = trail["office"]
    zone = office_zone(office)

    def found(**args: str) -> list[str]:
        return _actions(office, parse_audit_filters(args, zone))

    assert found(action="conversation.") == ["conversation.assigned", "conversation.read"]  # a prefix
    assert found(action="conversation_") == ["conversation_x.read"]  # "_" is no wildcard
    assert found(actor=str(trail["staff"]), target_type="conversation", target_id="11") == [
        "conversation.assigned",
        "conversation.read",
    ]
    assert found(actor="system", action="digest") == ["digest.sent"]
    # The 29th of March in Brussels: from 00:00 (+01:00) to 23:59:59 (+02:00), both included.
    assert found(since="2026-03-29", until="2026-03-29", action="") == ["user.role_changed", "conversation.assigned"]
    assert found(since="2026-03-30", until="2026-03-30") == ["conversation_x.read", "digest.sent"]
    assert found(until="2026-03-28") == ["conversation.read"]  # 23:30 on the 28th, Brussels time
    everything = found()
    assert "conversation.read" in everything and len([a for a in everything if a == "conversation.read"]) == 1


def test_keyset_pages_cover_everything_once_newest_first(app: Flask) -> None:
    trail = _trail(app)
    for number in range(23):
        record_audit(trail["office"], trail["staff"], "conversation.read", "conversation", 100 + number)
    db.session.commit()
    seen, cursor = [], None
    while True:
        page = search_audit(trail["office"], AuditFilters(action="conversation.read"), cursor=cursor, limit=10)
        seen += [event["id"] for event in page.events]
        record_audit(trail["office"], trail["staff"], "conversation.read", "conversation", 999)  # arrives meanwhile
        db.session.commit()
        if page.next_cursor is None:
            break
        cursor = int(page.next_cursor)
    assert len(seen) == 24 and seen == sorted(seen, reverse=True) and len(set(seen)) == 24


def test_the_admin_page_api_and_downloads(app: Flask) -> None:
    trail = _trail(app)
    admin = logged_in_client(app, trail["admin"])
    staff = logged_in_client(app, trail["staff_user"])
    assert "/audit" in admin.get("/").get_data(as_text=True)
    assert "/audit" not in staff.get("/").get_data(as_text=True)
    page = admin.get("/audit")
    assert page.status_code == 200 and "audit.js" in page.get_data(as_text=True)
    assert staff.get("/audit").status_code == 403 and staff.get("/api/admin/audit").status_code == 403

    answer = admin.get("/api/admin/audit?action=conversation.&limit=1").get_json()
    first = answer["events"][0]
    assert first["action"] == "conversation.assigned" and first["actor"] == "Staff User"
    assert first["local_time"] == "2026-03-29 00:30:00" and first["at"].startswith("2026-03-28T23:30:00")
    assert answer["next_cursor"]
    more = admin.get(f"/api/admin/audit?action=conversation.&limit=1&cursor={answer['next_cursor']}").get_json()
    assert [event["action"] for event in more["events"]] == ["conversation.read"] and more["next_cursor"] is None
    assert admin.get("/api/admin/audit?since=gisteren").status_code == 400
    assert "since" in admin.get("/api/admin/audit?since=gisteren").get_json()["error"]

    download = admin.post("/api/admin/audit/export", data={"format": "csv", "action": "conversation."})
    assert download.status_code == 200 and "attachment" in download.headers["Content-Disposition"]
    rows = list(csv.DictReader(io.StringIO(download.get_data(as_text=True))))
    assert [row["action"] for row in rows] == ["conversation.read", "conversation.assigned"]  # oldest first
    assert rows[0]["actor"] == "Staff User" and rows[0]["local_time"] == "2026-03-28 23:30:00"

    lines = admin.post("/api/admin/audit/export", data={"format": "jsonl"}).get_data(as_text=True).splitlines()
    events = [json.loads(line) for line in lines]
    assert {event["action"] for event in events} >= {"digest.sent", "user.role_changed", "audit.exported"}
    exports = db.session.execute(select(AuditEvent).where(AuditEvent.action == "audit.exported")).scalars().all()
    assert [(e.actor_user_id, e.detail["format"]) for e in exports] == [
        (trail["admin"].id, "csv"),
        (trail["admin"].id, "jsonl"),
    ]
    assert exports[0].detail["filters"] == {"action": "conversation."}
    assert admin.post("/api/admin/audit/export", data={"format": "xml"}).status_code == 400


def test_cli_export_and_formula_safe_csv(app: Flask) -> None:
    trail = _trail(app)
    record_audit(trail["office"], trail["staff"], "note.added", "conversation", 11, {"body": "=HYPERLINK(1)"})
    db.session.commit()
    runner = app.test_cli_runner()
    result = runner.invoke(args=["audit", "export", "--office", "Kantoor Audit", "--since", "2026-03-30"])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert "conversation_x.read" in [row["action"] for row in rows]
    assert "conversation.read" not in [row["action"] for row in rows]  # before the 30th
    note = next(row for row in rows if row["action"] == "note.added")
    assert note["detail"].startswith("{") and "=HYPERLINK" in note["detail"]
    assert all(not value.startswith("=") for row in rows for value in row.values())

    jsonl = runner.invoke(
        args=["audit", "export", "--office", "Kantoor Audit", "--format", "jsonl", "--action", "user."]
    )
    assert [json.loads(line)["action"] for line in jsonl.stdout.splitlines()] == ["user.added"] * 3 + [
        "user.role_changed"
    ]
    exported = db.session.execute(select(AuditEvent).where(AuditEvent.action == "audit.exported")).scalars().all()
    assert [(event.actor_user_id, event.detail["via"]) for event in exported] == [(None, "cli"), (None, "cli")]
    unknown = runner.invoke(args=["audit", "export", "--office", "Nergens"])
    assert unknown.exit_code == 2 and "Kantoor Audit" in unknown.output
