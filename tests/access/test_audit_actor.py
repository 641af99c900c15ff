"""What an admin does on /admin is recorded as theirs, never as the system's."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from flask import Flask

from inbox.models import db
from inbox.services.audit.search import parse_audit_filters, search_audit
from tests.clients import logged_in_client
from tests.factories import office_with_users


def test_adding_a_person_on_the_admin_page_names_the_admin_on_the_audit_trail(sqlite_app: Flask) -> None:
    setup = office_with_users("Kabinet Actor")
    setup.admin.name = "Anna"
    db.session.commit()
    office_id, anna_id = setup.office.id, setup.admin.id
    admin = logged_in_client(sqlite_app, setup.admin)

    added = admin.post("/api/admin/users", json={"email": "pieter@example.test", "name": "Pieter", "role": "staff"})
    assert added.status_code == 201, added.get_data(as_text=True)
    role = admin.put(f"/api/admin/users/{setup.staff.id}/role", json={"role": "viewer"})
    assert role.status_code == 200

    events = search_audit(office_id, parse_audit_filters({"action": "user."}, ZoneInfo("UTC")))
    by_action = {event["action"]: event for event in events.events}
    for action in ("user.invited", "user.role_changed"):
        assert (by_action[action]["actor_id"], by_action[action]["actor"]) == (anna_id, "Anna"), action
