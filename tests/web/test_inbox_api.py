"""Working the queue together through the JSON API: assign, status, notes, approval, campaigns, access."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select

from inbox.models import AuditEvent, Conversation, ConversationStatus, OutgoingReply, ReplyState, User, db, utcnow
from inbox.services.conversations.status import wake_snoozed_conversations
from inbox.services.intake.polling import poll_account
from inbox.services.intake.store import store_incoming
from tests.clients import isolated_client, logged_in_client
from tests.factories import PASSWORD, incoming, office_with_users, plain_account, x_account


def client_for(app: Flask, user: User) -> FlaskClient:
    """A test client logged in as ``user``, sending the CSRF token like the page does."""
    return logged_in_client(app, user)


def stored_conversation(office_id: int, text: str = "Wanneer komt er een fietspad langs de N8?") -> Conversation:
    account = plain_account(office_id)
    result = store_incoming(account.id, [incoming(text=text)])
    return db.session.get(Conversation, next(iter(result.conversation_ids)))


def test_staff_assign_set_status_and_leave_notes_that_mention_colleagues(app: Flask) -> None:
    setup = office_with_users()
    conversation = stored_conversation(setup.office.id)
    staff = client_for(app, setup.staff)

    assert staff.post(f"/api/conversations/{conversation.id}/assign", json={"user_id": "me"}).status_code == 200
    row = staff.get("/api/conversations").get_json()["conversations"][0]
    assert row["assignee"] == setup.staff.name and row["assignee_id"] == setup.staff.id

    answer = staff.post(f"/api/conversations/{conversation.id}/assign", json={"user_id": setup.politician.id})
    assert answer.status_code == 200
    assert staff.post(f"/api/conversations/{conversation.id}/assign", json={"user_id": 99999}).status_code == 422

    status_url = f"/api/conversations/{conversation.id}/status"
    later = (utcnow() + timedelta(hours=2)).isoformat()
    answer = staff.post(status_url, json={"status": "snoozed", "snoozed_until": later})
    assert answer.status_code == 200
    past = (utcnow() - timedelta(hours=2)).isoformat()
    answer = staff.post(status_url, json={"status": "snoozed", "snoozed_until": past})
    assert answer.status_code == 422 and "future" in answer.get_json()["error"]
    assert staff.post(f"/api/conversations/{conversation.id}/status", json={"status": "gone"}).status_code == 400

    note = staff.post(f"/api/conversations/{conversation.id}/notes", json={"body": "@politician kan jij dit bekijken?"})
    assert note.status_code == 201
    assert note.get_json()["mentions"] == [setup.politician.id]
    detail = staff.get(f"/api/conversations/{conversation.id}").get_json()
    assert [n["body"] for n in detail["notes"]] == ["@politician kan jij dit bekijken?"]
    assert detail["summary"]["status"] == "snoozed"

    actions = set(db.session.execute(select(AuditEvent.action)).scalars())
    assert {"conversation.assigned", "conversation.status", "note.added", "conversation.read"} <= actions


def test_a_snoozed_conversation_wakes_up_when_its_time_comes(app: Flask) -> None:
    setup = office_with_users()
    conversation = stored_conversation(setup.office.id)
    conversation.status = ConversationStatus.SNOOZED
    conversation.snoozed_until = utcnow() - timedelta(seconds=1)
    db.session.commit()

    assert wake_snoozed_conversations() == 1
    db.session.expire_all()
    assert db.session.get(Conversation, conversation.id).status == ConversationStatus.OPEN


def test_a_staff_reply_waits_for_the_politician_who_approves_an_edited_version(app: Flask, x_sandbox) -> None:
    sandbox, base_url = x_sandbox
    setup = office_with_users(require_approval=True)
    account = x_account(setup.office.id, sandbox, base_url)
    voter = sandbox.add_user("lotte_v", "Lotte Verstraeten")
    tweet = sandbox.post_tweet(voter["id"], "@PoliticianBE Komt er meer kinderopvang in Gent?")
    poll_account(account.id)
    conversation = db.session.execute(select(Conversation)).scalar_one()
    staff, politician = client_for(app, setup.staff), client_for(app, setup.politician)

    drafted = staff.post(f"/api/conversations/{conversation.id}/replies", json={"text": "Ja, 200 plaatsen."})
    assert drafted.status_code == 202 and drafted.get_json()["state"] == "awaiting_approval"
    assert sandbox.replies_to(tweet["id"]) == []  # nothing leaves without approval

    queue = politician.get("/api/approvals").get_json()["replies"]
    assert [(r["text"], r["voter"]) for r in queue] == [("Ja, 200 plaatsen.", "Lotte Verstraeten")]
    assert "kinderopvang" in queue[0]["voter_text"]
    reply_id = queue[0]["id"]
    assert staff.post(f"/api/approvals/{reply_id}/approve", json={}).status_code == 422  # staff cannot approve

    answer = politician.post(f"/api/approvals/{reply_id}/approve", json={"text": "Ja: 200 extra plaatsen in 2027."})
    assert answer.status_code == 200
    assert [p["text"] for p in sandbox.replies_to(tweet["id"])] == ["Ja: 200 extra plaatsen in 2027."]
    db.session.expire_all()
    reply = db.session.get(OutgoingReply, reply_id)
    assert reply.state == ReplyState.SENT and reply.approved_by_id == setup.politician.id
    assert politician.get("/api/approvals").get_json()["replies"] == []


def test_a_reply_sent_back_returns_to_its_author_who_revises_it(app: Flask, x_sandbox) -> None:
    sandbox, base_url = x_sandbox
    setup = office_with_users(require_approval=True)
    account = x_account(setup.office.id, sandbox, base_url)
    voter = sandbox.add_user("tom_p", "Tom Peeters")
    sandbox.post_tweet(voter["id"], "@PoliticianBE Wat doet u aan de files op de R4?")
    poll_account(account.id)
    conversation = db.session.execute(select(Conversation)).scalar_one()
    staff, politician = client_for(app, setup.staff), client_for(app, setup.politician)

    reply_id = staff.post(f"/api/conversations/{conversation.id}/replies", json={"text": "Niets."}).get_json()["id"]
    assert politician.post(f"/api/approvals/{reply_id}/send-back", json={"comment": ""}).status_code == 422
    answer = politician.post(f"/api/approvals/{reply_id}/send-back", json={"comment": "Te kort, leg het plan uit."})
    assert answer.status_code == 200 and answer.get_json()["state"] == "draft"
    assert answer.get_json()["review_comment"] == "Te kort, leg het plan uit."

    revised = staff.post(f"/api/approvals/{reply_id}/resubmit", json={"text": "We investeren in de R4-fietsroute."})
    assert revised.get_json()["state"] == "awaiting_approval"


def test_answering_a_voter_a_colleague_already_answered_asks_first(app: Flask, x_sandbox) -> None:
    sandbox, base_url = x_sandbox
    setup = office_with_users()
    account = x_account(setup.office.id, sandbox, base_url)
    voter = sandbox.add_user("an_j", "An Janssens")
    tweet = sandbox.post_tweet(voter["id"], "@PoliticianBE Wanneer gaat het zwembad open?")
    poll_account(account.id)
    conversation = db.session.execute(select(Conversation)).scalar_one()
    staff, admin = client_for(app, setup.staff), client_for(app, setup.admin)
    opened = utcnow().isoformat()

    replies_url = f"/api/conversations/{conversation.id}/replies"
    first = staff.post(replies_url, json={"text": "In maart.", "seen_until": opened})
    assert first.status_code == 202
    clash = admin.post(replies_url, json={"text": "Eind maart.", "seen_until": opened})
    assert clash.status_code == 409 and setup.staff.name in clash.get_json()["error"]
    assert [p["text"] for p in sandbox.replies_to(tweet["id"])] == ["In maart."]

    forced = admin.post(
        f"/api/conversations/{conversation.id}/replies",
        json={"text": "Eind maart.", "seen_until": opened, "force": True},
    )
    assert forced.status_code == 202


def test_a_reply_too_long_for_x_is_refused_before_sending(app: Flask, x_sandbox) -> None:
    sandbox, base_url = x_sandbox
    setup = office_with_users()
    account = x_account(setup.office.id, sandbox, base_url)
    voter = sandbox.add_user("els_d", "Els D")
    tweet = sandbox.post_tweet(voter["id"], "@PoliticianBE Hoe zit het met de pensioenen?")
    poll_account(account.id)
    conversation = db.session.execute(select(Conversation)).scalar_one()
    staff = client_for(app, setup.staff)

    length = staff.post("/api/length", json={"conversation_id": conversation.id, "text": "é" * 281}).get_json()
    assert length == {"used": 281, "limit": 280, "ok": False, "unit": length["unit"]}
    answer = staff.post(f"/api/conversations/{conversation.id}/replies", json={"text": "é" * 281})
    assert answer.status_code == 422 and "280" in answer.get_json()["error"]
    assert sandbox.replies_to(tweet["id"]) == []


def test_canned_replies_are_kept_by_admins_and_filled_in_for_the_voter(app: Flask) -> None:
    setup = office_with_users()
    conversation = stored_conversation(setup.office.id)
    admin, staff = client_for(app, setup.admin), client_for(app, setup.staff)

    bad = admin.post("/api/admin/canned", json={"title": "Dank", "language": "nl", "body": "Dag {naam}"})
    assert bad.status_code == 422 and "{naam}" in bad.get_json()["error"]
    assert staff.post("/api/admin/canned", json={"title": "x", "language": "nl", "body": "x"}).status_code == 403
    created = admin.post(
        "/api/admin/canned",
        json={"title": "Dank", "language": "nl", "body": "Beste {voter_name}, dank voor je bericht. {politician_name}"},
    )
    assert created.status_code == 201
    canned_id = created.get_json()["id"]

    filled = staff.get(f"/api/canned/{canned_id}/for/{conversation.id}").get_json()["text"]
    assert filled == f"Beste {conversation.contact.display_name}, dank voor je bericht. {setup.politician.name}"


def test_unread_counts_follow_what_each_person_opened(app: Flask) -> None:
    setup = office_with_users()
    conversation = stored_conversation(setup.office.id)
    staff, politician = client_for(app, setup.staff), client_for(app, setup.politician)

    assert staff.get("/api/unread").get_json()["ids"] == [conversation.id]
    staff.get(f"/api/conversations/{conversation.id}")
    assert staff.get("/api/unread").get_json()["total"] == 0
    assert politician.get("/api/unread").get_json()["total"] == 1


def test_nobody_reaches_another_offices_conversations(app: Flask) -> None:
    ours, theirs = office_with_users("Ours"), office_with_users("Theirs")
    their_conversation = stored_conversation(theirs.office.id)
    us = client_for(app, ours.admin)
    cid = their_conversation.id

    for method, url, body in [
        ("get", f"/api/conversations/{cid}", None),
        ("post", f"/api/conversations/{cid}/assign", {"user_id": "me"}),
        ("post", f"/api/conversations/{cid}/status", {"status": "closed"}),
        ("post", f"/api/conversations/{cid}/notes", {"body": "hallo"}),
        ("post", f"/api/conversations/{cid}/replies", {"text": "hallo"}),
        ("post", "/api/length", {"conversation_id": cid, "text": "hallo"}),
    ]:
        answer = getattr(us, method)(url, json=body)
        assert answer.status_code == 404, (url, answer.status_code)
    assert us.get("/api/conversations").get_json()["conversations"] == []
    db.session.expire_all()
    assert db.session.get(Conversation, cid).status == ConversationStatus.OPEN


def test_pages_send_strict_security_headers_and_api_needs_csrf(app: Flask) -> None:
    setup = office_with_users()
    conversation = stored_conversation(setup.office.id)
    staff = client_for(app, setup.staff)

    page = staff.get("/")
    policy = page.headers["Content-Security-Policy"]
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy and "frame-ancestors 'none'" in policy
    assert page.headers["X-Content-Type-Options"] == "nosniff"
    assert "<script>" not in page.get_data(as_text=True)  # no inline scripts

    del staff.environ_base["HTTP_X_CSRFTOKEN"]
    forged = staff.post(f"/api/conversations/{conversation.id}/assign", json={"user_id": "me"})
    assert forged.status_code == 400


@pytest.mark.parametrize("language, expected", [("fr", "Boîte de réception"), ("en", "Inbox"), ("nl", "Inbox")])
def test_the_interface_speaks_the_users_language(app: Flask, language: str, expected: str) -> None:
    setup = office_with_users()
    staff = client_for(app, setup.staff)
    assert staff.put("/api/me/language", json={"language": language}).status_code == 200
    page = staff.get("/").get_data(as_text=True)
    assert f'<html lang="{language}">' in page and expected in page
    assert staff.put("/api/me/language", json={"language": "xx"}).status_code == 400


def test_repeated_wrong_passwords_are_throttled(app: Flask) -> None:
    setup = office_with_users()
    client = isolated_client(app)
    token = re.search(r'name="csrf_token" value="([^"]+)"', client.get("/login").get_data(as_text=True)).group(1)

    def attempt(password: str) -> int:
        return client.post(
            "/login", data={"email": setup.staff.email, "password": password, "csrf_token": token}
        ).status_code

    assert [attempt("wrong-password") for _ in range(5)] == [401] * 5
    assert attempt(PASSWORD) == 429  # even the right password waits now
    stored = db.session.execute(select(User.password_hash).where(User.id == setup.staff.id)).scalar_one()
    assert stored.startswith("$argon2id$")


def test_one_answer_reaches_every_voter_of_a_campaign_in_their_language(app: Flask, x_sandbox) -> None:
    from inbox.models import Campaign, Message, TriageResult

    sandbox, base_url = x_sandbox
    setup = office_with_users()
    account = x_account(setup.office.id, sandbox, base_url)
    letters = {
        "lotte_v": "@PoliticianBE Stop de sluiting van buslijn 58 in Ninove! Wij hebben die bus elke dag nodig.",
        "marc_d": "@PoliticianBE Arrêtez la fermeture de la ligne de bus 58 à Ninove ! Nous en avons besoin.",
    }
    tweets = {}
    for handle, text in letters.items():
        voter = sandbox.add_user(handle, handle.replace("_", " ").title())
        tweets[handle] = sandbox.post_tweet(voter["id"], text)
    poll_account(account.id)
    campaign = Campaign(office_id=setup.office.id, label="buslijn 58", size=2, centroid=b"", fingerprints=b"")
    db.session.add(campaign)
    db.session.flush()
    for triage in db.session.execute(select(TriageResult).join(Message)).scalars():
        triage.campaign_id = campaign.id
    db.session.commit()
    staff = client_for(app, setup.staff)

    overview = staff.get(f"/api/campaigns/{campaign.id}").get_json()
    assert overview["size"] == 2 and overview["languages"] == ["fr", "nl"]
    texts = {
        "nl": "Beste {voter_name}, lijn 58 blijft rijden. {politician_name}",
        "fr": "Cher {voter_name}, la ligne 58 reste.",
    }
    answered = staff.post(f"/api/campaigns/{campaign.id}/reply", json={"texts": texts}).get_json()

    assert {v["voter"]: v["reply_state"] for v in answered["voters"]} == {"Lotte V": "sent", "Marc D": "sent"}
    assert [p["text"] for p in sandbox.replies_to(tweets["lotte_v"]["id"])] == [
        f"Beste Lotte V, lijn 58 blijft rijden. {setup.politician.name}"
    ]
    assert [p["text"] for p in sandbox.replies_to(tweets["marc_d"]["id"])] == ["Cher Marc D, la ligne 58 reste."]

    staff.post(f"/api/campaigns/{campaign.id}/reply", json={"texts": texts})  # pressed twice
    assert len(sandbox.replies_to(tweets["lotte_v"]["id"])) == 1
    assert db.session.execute(select(OutgoingReply)).scalars().all().__len__() == 2


def test_a_reply_whose_sender_died_mid_send_is_never_sent_again_on_its_own(app: Flask, x_sandbox) -> None:
    from inbox.services.replies.outgoing import claim_due_replies, flag_uncertain_deliveries

    _sandbox, _base_url = x_sandbox
    setup = office_with_users()
    conversation = stored_conversation(setup.office.id)
    reply = OutgoingReply(
        office_id=setup.office.id,
        conversation_id=conversation.id,
        author_id=setup.staff.id,
        text="Dank je!",
        state=ReplyState.SENDING,
        attempts=1,
        updated_at=utcnow() - timedelta(minutes=10),
    )
    db.session.add(reply)
    db.session.commit()

    assert flag_uncertain_deliveries() == [reply.id]
    db.session.expire_all()
    stuck = db.session.get(OutgoingReply, reply.id)
    assert stuck.state == ReplyState.FAILED and "may already be on the channel" in stuck.last_error
    assert claim_due_replies() == []  # not retried without a person deciding

    staff = client_for(app, setup.staff)
    assert staff.post(f"/api/replies/{reply.id}/retry").status_code == 200  # a person checked and decided
    db.session.expire_all()
    assert db.session.get(OutgoingReply, reply.id).state in (ReplyState.SENT, ReplyState.FAILED)
    assert staff.post(f"/api/replies/{reply.id}/retry").status_code in (200, 422)
