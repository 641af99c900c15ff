"""The "hide comment" suggestion (issue 17): an abusive Facebook/Instagram comment still public is
suggested for hiding, one click hides it on the channel (the sandbox's state) and keeps our copy;
staff may dismiss it for the office; a threat asks for the evidence bundle first."""

from __future__ import annotations

from typing import Any

from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import func, select

from inbox.models import AuditEvent, db
from tests.clients import logged_in_client as logged_in
from tests.factories import office_with_users
from tests.meta.conftest import MetaSetup, stored

ABUSE = "Je bent een vuile leugenaar en een idioot, rot op uit de politiek."
THREAT = "We weten waar ge woont. Pas maar op."
CALM = "Wanneer komt er een premie voor dakisolatie?"


def suggestion(client: FlaskClient, external_id: str) -> Any:
    detail = client.get(f"/api/conversations/{stored(external_id).conversation_id}")
    assert detail.status_code == 200, detail.get_data(as_text=True)[:300]
    return detail.get_json()["hide_suggestion"]


def audits(action: str) -> int:
    return db.session.execute(select(func.count()).where(AuditEvent.action == action)).scalar_one()


def test_an_abusive_comment_is_suggested_and_hiding_it_keeps_our_copy(app: Flask, meta: MetaSetup) -> None:
    abusive = meta.sandbox.comment(meta.post.id, "801", "Boze Kiezer", ABUSE)
    calm = meta.sandbox.comment(meta.post.id, "802", "Rustige Kiezer", CALM)
    private = meta.sandbox.direct_message(meta.page.id, "803", "Boze Kiezer DM", ABUSE)
    message = stored(abusive.id)
    assert message.triage is not None and message.triage.toxic is True and not message.triage.threat
    assert stored(private.mid).triage.toxic is True
    client = logged_in(app, meta.setup.staff)

    assert suggestion(client, abusive.id) == {
        "message_id": message.id,
        "channel": "facebook",
        "threat": False,
        "evidence_exported": False,
    }
    assert suggestion(client, calm.id) is None  # not abusive
    assert suggestion(client, private.mid) is None  # a direct message cannot be hidden

    assert client.post(f"/api/messages/{message.id}/hide").status_code == 200  # the suggestion's one click
    assert meta.sandbox.find_comment(abusive.id).hidden
    assert suggestion(client, abusive.id) is None
    kept = stored(abusive.id)
    assert kept.text == ABUSE and kept.hidden_at is not None and kept.raw  # hidden there, kept here

    assert client.post(f"/api/messages/{message.id}/unhide").status_code == 200  # shown again: suggested again
    assert suggestion(client, abusive.id)["message_id"] == message.id


def test_staff_dismiss_the_suggestion_for_the_whole_office(app: Flask, meta: MetaSetup) -> None:
    abusive = meta.sandbox.comment(meta.media.id, "811", "troll_ig", ABUSE)
    message = stored(abusive.id)
    staff, politician = logged_in(app, meta.setup.staff), logged_in(app, meta.setup.politician)
    assert suggestion(politician, abusive.id)["channel"] == "instagram"

    outsider = logged_in(app, office_with_users("Ander kantoor").staff)
    assert outsider.post(f"/api/messages/{message.id}/hide-suggestion/dismiss").status_code == 404
    assert suggestion(politician, abusive.id) is not None

    url = f"/api/messages/{message.id}/hide-suggestion/dismiss"
    assert staff.post(url).status_code == 200
    assert staff.post(url).status_code == 200  # a second click changes nothing
    assert suggestion(politician, abusive.id) is None  # the colleague is not asked again
    assert audits("message.hide_suggestion_dismissed") == 1
    assert not meta.sandbox.find_comment(abusive.id).hidden  # dismissing leaves the comment as it is


def test_a_threat_comment_asks_for_the_evidence_bundle_first(app: Flask, meta: MetaSetup) -> None:
    threat = meta.sandbox.comment(meta.post.id, "821", "Anoniem", THREAT)
    message = stored(threat.id)
    assert message.triage is not None and message.triage.threat is True
    client = logged_in(app, meta.setup.staff)
    assert suggestion(client, threat.id) == {
        "message_id": message.id,
        "channel": "facebook",
        "threat": True,
        "evidence_exported": False,
    }
    assert not meta.sandbox.find_comment(threat.id).hidden  # a threat is never hidden by itself

    assert client.get(f"/api/messages/{message.id}/evidence.zip").status_code == 200
    assert suggestion(client, threat.id)["evidence_exported"] is True
    assert not meta.sandbox.find_comment(threat.id).hidden
