"""Exporting a voter: everything held about them, machine-readable, for admins and politicians only."""

from __future__ import annotations

import base64
import json

from flask import Flask
from sqlalchemy import select

from inbox.models import AuditEvent, Contact, db
from inbox.services.privacy.export import export_voter
from inbox.services.privacy.scope import VOTER_ROOTS, VOTER_TABLES
from tests.clients import logged_in_client
from tests.privacy.conftest import Voter
from tests.queue.conftest import Desk


def section(data: dict, path: str) -> list:
    """The rows of one export section, e.g. ``messages[].tags`` or ``links.handle_mentions``."""
    if path.startswith("messages[]."):
        key = path.removeprefix("messages[].")
        values = [message[key] for message in data["messages"]]
        return [row for value in values for row in (value if isinstance(value, list) else [value]) if row]
    node = data
    for part in path.split("."):
        node = node[part]
    return node if isinstance(node, list) else [node]


def test_every_table_that_refers_to_a_voter_is_in_the_export_and_the_erasure() -> None:
    """A new table with a foreign key to a contact, identity, conversation or message fails here
    until inbox/services/privacy/scope.py (and so the export and the erasure) covers it."""
    referring = {
        table.name
        for table in db.metadata.sorted_tables
        for key in table.foreign_keys
        if key.column.table.name in VOTER_ROOTS
    } | set(VOTER_ROOTS)
    missing = sorted(referring - set(VOTER_TABLES))
    assert missing == [], f"tables holding voter data without export/erasure coverage: {missing}"


def test_the_export_holds_every_kind_of_row_about_the_voter(
    app: Flask, desk: Desk, voters: tuple[Voter, Voter]
) -> None:
    erased, _ = voters
    data = export_voter(erased.contact_id, desk.setup.politician, office_id=desk.office_id)
    json.dumps(data)  # machine-readable as it is
    for table, path in VOTER_TABLES.items():
        assert section(data, path), f"the export has no {table} rows ({path})"
    assert data["contact"]["display_name"] == "Bertha Zq4471" and data["contact"]["email"] == erased.email
    assert {i["channel_kind"] for i in data["identities"]} == {"x", "email"}
    assert sorted(m["id"] for m in data["messages"]) == erased.message_ids
    inbound = [m for m in data["messages"] if m["direction"] == "in"]
    assert {m["channel"] for m in inbound} == {"x", "email"}
    for message in inbound:
        assert "zq4471" in message["text"]
        tags = message["tags"]
        assert tags["topic"] == "mobility" and tags["language"] == "nl"
        assert {"sentiment", "toxic", "needs_reply", "campaign_id", "topics", "model_version"} <= set(tags)
    x_message = next(m for m in inbound if m["channel"] == "x")
    assert x_message["tags"]["sentiment"] == "positive"  # as corrected
    assert [(c["tag"], c["old_value"], c["new_value"]) for c in x_message["tag_corrections"]] == [
        ("sentiment", "negative", "positive")
    ]
    mail = next(m for m in inbound if m["channel"] == "email")
    attachment = mail["attachments"][0]
    assert attachment["filename"] == "foto-zq4471.jpg"
    assert base64.b64decode(attachment["content"]) == b"JPEG zq4471"
    assert [(r["state"], r["author_name"]) for r in data["replies"]] == [("sent", "Staff User")]
    assert "zq4471" in data["notes"][0]["body"]
    assert data["form_posts"][0]["email"] == erased.email
    assert {(e["action"], e["target_type"]) for e in data["audit_events"]} >= {
        ("tag.corrected", "message"),
        ("note.added", "conversation"),
    }
    # nothing of the other voter
    assert "zq5582" not in json.dumps({k: v for k, v in data.items() if k != "links"})
    assert (
        db.session.execute(
            select(AuditEvent).where(
                AuditEvent.action == "voter.exported", AuditEvent.target_id == str(erased.contact_id)
            )
        )
        .scalar_one()
        .actor_user_id
        == desk.setup.politician.id
    )


def test_the_inbox_downloads_the_export_for_admins_and_politicians_only(
    app: Flask, desk: Desk, other_desk: Desk, voters: tuple[Voter, Voter]
) -> None:
    erased, _ = voters
    url = f"/api/privacy/voters/{erased.contact_id}/export"
    for user in (desk.setup.admin, desk.setup.politician):
        answer = logged_in_client(app, user).get(url)
        assert answer.status_code == 200
        assert answer.headers["Content-Disposition"].startswith('attachment; filename="voter-')
        assert answer.headers["Cache-Control"] == "no-store"
        assert len(answer.get_json()["messages"]) == 3
    assert logged_in_client(app, desk.setup.staff).get(url).status_code == 403
    assert logged_in_client(app, other_desk.setup.admin).get(url).status_code == 404
    erase = f"/api/privacy/voters/{erased.contact_id}/erase"
    body = {"confirm": "ERASE", "reason": "voter_request"}
    assert logged_in_client(app, desk.setup.staff).post(erase, json=body).status_code == 403
    assert logged_in_client(app, other_desk.setup.admin).post(erase, json=body).status_code == 404
    assert logged_in_client(app, other_desk.setup.politician).post(erase, json=body).status_code == 404
    admin = logged_in_client(app, desk.setup.admin)
    refused = admin.post(erase, json={"confirm": "yes", "reason": "voter_request"})
    assert refused.status_code == 422 and "confirmation word" in refused.get_json()["error"]
    assert db.session.get(Contact, erased.contact_id) is not None
    done = admin.post(erase, json={"confirm": "wissen", "reason": "objection"})
    assert done.status_code == 200 and sorted(done.get_json()["conversation_ids"]) == erased.conversation_ids
    db.session.expire_all()
    assert db.session.get(Contact, erased.contact_id) is None
    assert admin.get(url).status_code == 404
