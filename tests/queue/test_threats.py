"""Threats through the real pipeline: pinned on top, escalated once, cleared by an admin only, reported."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from pathlib import Path

from flask import Flask
from sqlalchemy import func, select

from inbox.models import AuditEvent, Conversation, ThreatEscalation, User, db
from inbox.services.intake.triage import triage_messages
from tests.clients import logged_in_client
from tests.queue.conftest import Desk, post
from tests.queue.test_queue_filters import ids

THREAT = "We weten waar ge woont. Pas maar op."
QUESTION = "Wanneer komt er eindelijk een veilig fietspad langs de N8 in Ninove? Kunt u dat navragen?"
METAPHOR = "Deze begroting vermoordt de cultuursector, en dat weet u zelf ook."


def _audits(action: str) -> int:
    return db.session.execute(select(func.count()).where(AuditEvent.action == action)).scalar_one()


def _escalations() -> list[ThreatEscalation]:
    return list(db.session.execute(select(ThreatEscalation)).scalars())


def test_a_threat_goes_to_the_top_and_is_escalated_exactly_once(desk: Desk) -> None:
    threat = post(desk.x, THREAT, voter="menace")
    calm = post(desk.x, QUESTION, voter="calm")
    critic = post(desk.x, METAPHOR, voter="critic")
    assert threat.triage is not None and threat.triage.threat is True
    assert calm.triage.threat is False and critic.triage.threat is False
    # newest activity first, except the threat: always on top of the first page
    assert ids(desk, {}) == [threat.conversation_id, critic.conversation_id, calm.conversation_id]
    assert ids(desk, {"threat": "true"}) == [threat.conversation_id]
    assert ids(desk, {"threat": "false"}) == [critic.conversation_id, calm.conversation_id]

    [escalation] = _escalations()
    assert escalation.message_id == threat.id
    assert sorted(escalation.notified) == sorted([desk.setup.admin.id, desk.setup.politician.id])
    assert desk.setup.staff.id not in escalation.notified
    triage_messages([threat.id, calm.id], force=True)  # a new model version re-tags it: nobody is told twice
    assert len(_escalations()) == 1 and _audits("threat.escalated") == 1


def test_a_threat_reopens_a_closed_conversation(desk: Desk) -> None:
    first = post(desk.x, QUESTION, voter="v", thread="t")
    conversation = db.session.get(Conversation, first.conversation_id)
    conversation.status = "closed"
    db.session.commit()
    post(desk.x, "Ik weet waar je woont en ik kom je morgen opzoeken.", voter="v", thread="t")
    assert str(db.session.get(Conversation, first.conversation_id).status) == "open"


def test_only_an_admin_can_mark_not_a_threat(app: Flask, desk: Desk) -> None:
    threat = post(desk.x, THREAT, voter="menace")
    url = f"/api/messages/{threat.id}/not-threat"
    for user in (desk.setup.staff, desk.setup.politician):
        refused = logged_in_client(app, user).post(url)
        assert refused.status_code == 403, refused.get_data(as_text=True)[:300]
    assert ids(desk, {"threat": "true"}) == [threat.conversation_id]
    assert logged_in_client(app, desk.setup.admin).post(url).status_code == 200
    assert ids(desk, {"threat": "true"}) == []
    assert _audits("threat.cleared") == 1
    [escalation] = _escalations()
    assert escalation.cleared_by_id == desk.setup.admin.id
    triage_messages([threat.id], force=True)  # the admin's decision survives re-triage
    assert ids(desk, {"threat": "true"}) == []


def test_the_evidence_bundle_holds_the_message_as_received_with_hashes(app: Flask, desk: Desk) -> None:
    earlier = post(desk.x, "Eerder bericht van dezelfde kiezer.", voter="menace", thread="older")
    threat = post(desk.x, THREAT, voter="menace")
    staff = logged_in_client(app, desk.setup.staff)
    answer = staff.get(f"/api/messages/{threat.id}/evidence.zip")
    assert answer.status_code == 200 and answer.mimetype == "application/zip"
    assert "attachment" in answer.headers["Content-Disposition"]
    bundle = zipfile.ZipFile(io.BytesIO(answer.data))
    files = {name: bundle.read(name) for name in bundle.namelist()}
    assert files["message.txt"].decode("utf-8") == THREAT
    manifest = json.loads(files["manifest.json"])
    listed = {entry["name"]: entry["sha256"] for entry in manifest["files"]}
    assert set(listed) | {"manifest.json", "SHA256SUMS"} == set(files)
    for name, digest in listed.items():
        assert hashlib.sha256(files[name]).hexdigest() == digest
        assert f"{digest}  {name}" in files["SHA256SUMS"].decode()
    record = json.loads(files["message.json"])
    assert record["provider_message_id"] == threat.external_id
    assert record["sent_at"]["utc"].endswith("+00:00") and record["sent_at"]["local"].endswith(("+01:00", "+02:00"))
    sender = json.loads(files["sender.json"])
    assert [i["provider_id"] for i in sender["identities"]] == ["menace"]
    assert [m["message_id"] for m in json.loads(files["other_messages.json"])] == [earlier.id]
    assert _audits("threat.evidence_exported") == 1
    other = staff.get("/api/messages/999999/evidence.zip")
    assert other.status_code == 404


def test_the_admin_and_the_politician_hear_of_a_threat_live(app: Flask, desk: Desk, other_desk: Desk) -> None:
    from inbox.extensions import socketio

    def listen(user: User):  # type: ignore[no-untyped-def]
        browser = logged_in_client(app, user)
        with app.app_context():  # its own g, as in a real server: a shared one would mix logins
            return socketio.test_client(app, flask_test_client=browser)

    admin, politician = listen(desk.setup.admin), listen(desk.setup.politician)
    stranger = listen(other_desk.setup.admin)
    threat = post(desk.x, THREAT, voter="menace")
    for client in (admin, politician):
        heard = [event for event in client.get_received() if event["name"] == "threat.escalated"]
        assert heard and heard[0]["args"][0] == {"conversation_id": threat.conversation_id, "message_id": threat.id}
    assert [e for e in stranger.get_received() if e["name"] == "threat.escalated"] == []


def test_the_admin_and_the_politician_get_one_mail_without_the_threat_in_it(tmp_path: Path) -> None:
    from aiosmtpd.controller import Controller

    from tests.conftest import make_app
    from tests.contacts.conftest import Mailbox, free_port
    from tests.queue.conftest import make_desk

    mailbox = Mailbox(port=free_port())
    controller = Controller(mailbox, hostname="127.0.0.1", port=mailbox.port)
    controller.start()
    smtp = {"DIALOOG_SMTP_HOST": "127.0.0.1", "DIALOOG_SMTP_PORT": str(mailbox.port), "DIALOOG_SMTP_SECURITY": "none"}
    app = make_app(tmp_path, **smtp)
    try:
        with app.app_context():
            desk = make_desk("Kabinet Mail")
            threat = post(desk.x, THREAT, voter="menace")
            triage_messages([threat.id], force=True)
            for user in (desk.setup.admin, desk.setup.politician):
                [mail] = mailbox.messages_to(user.email)
                body = mail.get_body(preferencelist=("plain",)).get_content()
                assert f"/?conversation={threat.conversation_id}" in body and "woont" not in body
            assert mailbox.messages_to(desk.setup.staff.email) == []
            db.session.remove()
    finally:
        controller.stop()


def test_the_digest_and_dashboard_count_threats_and_abuse_without_quoting_them(desk: Desk) -> None:
    from inbox.digest.compute import compute_digest
    from inbox.digest.dashboard import dashboard_data
    from inbox.digest.periods import week_containing
    from inbox.digest.render import render_digest

    threat = post(desk.x, THREAT, voter="menace")
    post(desk.x, "Je bent een vuile leugenaar en een idioot, rot op uit de politiek.", voter="rude")
    post(desk.x, QUESTION, voter="calm")
    week = week_containing(threat.sent_at)
    digest = compute_digest(desk.office_id, week, "nl")
    assert (digest.threats, digest.abusive) == (1, 1)
    rendered = render_digest(digest)
    assert "1 bedreigingen en 1 kwetsende berichten" in rendered.text
    assert "woont" not in rendered.text and "woont" not in rendered.html
    [figures] = dashboard_data(desk.office_id, week, week, "nl").weeks
    assert (figures.threats, figures.abusive) == (1, 1)
