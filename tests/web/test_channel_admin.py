"""An admin connects a channel account from the admin API, sees it work, and disconnects it."""

from __future__ import annotations

from flask import Flask
from sqlalchemy import select

from inbox.models import ChannelAccount, Conversation, OutgoingReply, ReplyState, db
from inbox.services.intake.polling import claim_due_accounts, poll_account
from inbox.services.replies.outgoing import create_reply
from tests.factories import office_with_users
from tests.web.test_inbox_api import client_for


def test_an_admin_connects_and_disconnects_an_x_account(app: Flask, x_sandbox) -> None:
    sandbox, base_url = x_sandbox
    setup = office_with_users()
    politician = sandbox.add_user("ElsBE", "Els")
    token, secret = sandbox.issue_access_token(politician["id"])
    admin, staff = client_for(app, setup.admin), client_for(app, setup.staff)
    values = {
        "user_id": politician["id"],
        "consumer_key": sandbox.consumer_key,
        "consumer_secret": sandbox.consumer_secret,
        "access_token": token,
        "access_token_secret": secret,
        "api_base_url": base_url,
    }

    kinds = {entry["kind"] for entry in admin.get("/api/admin/channels/kinds").get_json()["kinds"]}
    assert kinds == {"x", "facebook", "instagram", "email", "webform", "mastodon", "bluesky"}
    body = {"kind": "x", "handle": "ElsBE", "values": values}
    assert staff.post("/api/admin/channels", json=body).status_code == 403
    missing = admin.post("/api/admin/channels", json={**body, "values": {"user_id": politician["id"]}})
    assert missing.status_code == 422 and "consumer_key" in missing.get_json()["error"]
    connected = admin.post("/api/admin/channels", json=body)
    assert connected.status_code == 201 and connected.get_json()["health"] == "ok"
    account = db.session.execute(select(ChannelAccount)).scalar_one()
    assert account.credentials["access_token"] == token  # kept encrypted at rest (see test_secrets_at_rest)

    voter = sandbox.add_user("an_v", "An Vos")
    sandbox.post_tweet(voter["id"], "@ElsBE Wanneer komt de nieuwe bibliotheek?")
    poll_account(account.id)
    conversation = db.session.execute(select(Conversation)).scalar_one()

    answer = admin.delete(f"/api/admin/channels/{account.id}")
    assert answer.status_code == 200 and answer.get_json()["disconnected"] is True
    db.session.expire_all()
    assert db.session.get(ChannelAccount, account.id).credentials["access_token"] == token  # kept for a reconnect
    assert account.id not in claim_due_accounts()
    reply = create_reply(setup.office.id, conversation.id, setup.staff, "Volgend jaar.")
    db.session.expire_all()
    failed = db.session.get(OutgoingReply, reply.id)
    assert failed.state == ReplyState.FAILED and "disconnected" in failed.last_error
    assert db.session.get(Conversation, conversation.id) is not None  # the voter's conversation stays

    again = admin.post("/api/admin/channels", json=body)  # reconnect
    assert again.status_code == 201 and again.get_json()["disconnected"] is False
