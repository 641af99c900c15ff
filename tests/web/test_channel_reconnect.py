"""Reconnecting a channel account without retyping its secrets (issue 21), with the connect-time checks."""

from __future__ import annotations

from flask import Flask
from sqlalchemy import select

from inbox.models import AccountHealth, AuditEvent, ChannelAccount, db
from tests.factories import office_with_users
from tests.web.test_inbox_api import client_for


def _connected_x(app: Flask, x_sandbox):  # type: ignore[no-untyped-def]
    sandbox, base_url = x_sandbox
    setup = office_with_users()
    politician = sandbox.add_user("ElsBE", "Els")
    token, secret = sandbox.issue_access_token(politician["id"])
    values = {
        "consumer_key": sandbox.consumer_key,
        "consumer_secret": sandbox.consumer_secret,
        "access_token": token,
        "access_token_secret": secret,
        "api_base_url": base_url,
    }
    admin = client_for(app, setup.admin)
    connected = admin.post("/api/admin/channels", json={"kind": "x", "handle": "ElsBE", "values": values})
    assert connected.status_code == 201, connected.get_json()
    return setup, admin, connected.get_json()["id"], values


def test_a_disconnected_account_reconnects_with_its_stored_secrets(app: Flask, x_sandbox) -> None:
    sandbox, _ = x_sandbox
    setup, admin, account_id, values = _connected_x(app, x_sandbox)
    assert admin.delete(f"/api/admin/channels/{account_id}").get_json()["disconnected"] is True

    (listed,) = admin.get("/api/admin/channels").get_json()["channels"]
    fields = {field["name"]: field for field in listed["fields"]}
    assert listed["reconnectable"] is True
    assert fields["access_token"] == {
        "name": "access_token",
        "required": True,
        "secret": True,
        "stored": True,
        "value": None,
    }
    assert fields["api_base_url"]["value"] == values["api_base_url"]  # not a secret: shown to fill the form
    page = admin.get("/api/admin/channels").get_data(as_text=True)
    assert values["access_token"] not in page and values["consumer_secret"] not in page

    asked_before = sandbox.request_count("/2/users/me")
    again = admin.post(f"/api/admin/channels/{account_id}/reconnect", json={})
    assert again.status_code == 200, again.get_json()
    assert again.get_json()["disconnected"] is False and again.get_json()["health"] == "ok"
    assert sandbox.request_count("/2/users/me") == asked_before + 1  # X is asked whose credentials they are
    db.session.expire_all()
    account = db.session.get(ChannelAccount, account_id)
    assert account.credentials == {k: v for k, v in values.items() if k != "api_base_url"}
    event = db.session.execute(select(AuditEvent).where(AuditEvent.action == "channel.reconnected")).scalar_one()
    assert event.actor_user_id == setup.admin.id and event.target_id == str(account_id)
    assert set(event.detail["kept"]) == {"consumer_key", "consumer_secret", "access_token", "access_token_secret"}
    assert values["access_token"] not in str(event.detail)


def test_an_edit_keeps_the_secrets_left_empty_and_replaces_the_typed_one(app: Flask, x_sandbox) -> None:
    sandbox, _ = x_sandbox
    _, admin, account_id, values = _connected_x(app, x_sandbox)
    account = db.session.get(ChannelAccount, account_id)
    new_token, new_secret = sandbox.issue_access_token(account.external_id)
    edit = {"access_token": new_token, "access_token_secret": new_secret, "consumer_key": "", "consumer_secret": ""}
    answer = admin.post(f"/api/admin/channels/{account_id}/reconnect", json={"values": edit})
    assert answer.status_code == 200, answer.get_json()
    db.session.expire_all()
    credentials = db.session.get(ChannelAccount, account_id).credentials
    assert credentials["access_token"] == new_token and credentials["consumer_secret"] == values["consumer_secret"]


def test_a_reconnect_still_runs_the_ownership_and_host_checks(app: Flask, x_sandbox) -> None:
    sandbox, _ = x_sandbox
    setup, admin, account_id, values = _connected_x(app, x_sandbox)
    admin.delete(f"/api/admin/channels/{account_id}")

    sandbox.fail_next("/2/users/me", 401, body='{"title": "Unauthorized", "status": 401}')
    refused = admin.post(f"/api/admin/channels/{account_id}/reconnect", json={})
    assert refused.status_code == 422 and "401" in refused.get_json()["error"]

    elsewhere = {"api_base_url": "http://10.20.30.40/"}
    ssrf = admin.post(f"/api/admin/channels/{account_id}/reconnect", json={"values": elsewhere})
    assert ssrf.status_code == 422 and "api_base_url" in ssrf.get_json()["error"]

    other = sandbox.add_user("JanBE", "Jan")
    token, secret = sandbox.issue_access_token(other["id"])
    claim = {"user_id": other["id"], "access_token": token, "access_token_secret": secret}
    moved = admin.post(f"/api/admin/channels/{account_id}/reconnect", json={"values": {**claim, "user_id": "12345"}})
    assert moved.status_code == 422  # a typed id must still be the provider's answer

    db.session.expire_all()
    account = db.session.get(ChannelAccount, account_id)
    assert account.disconnected_at is not None and account.health == AccountHealth.MISCONFIGURED
    assert account.settings["api_base_url"] == values["api_base_url"]

    stranger = client_for(app, office_with_users("Kabinet B").admin)
    assert stranger.post(f"/api/admin/channels/{account_id}/reconnect", json={}).status_code == 404
    assert client_for(app, setup.staff).post(f"/api/admin/channels/{account_id}/reconnect", json={}).status_code == 403


def test_forgetting_the_secrets_means_typing_them_again(app: Flask, x_sandbox) -> None:
    _, admin, account_id, values = _connected_x(app, x_sandbox)
    assert admin.delete(f"/api/admin/channels/{account_id}?forget=1").status_code == 200
    db.session.expire_all()
    assert db.session.get(ChannelAccount, account_id).credentials == {}
    (listed,) = admin.get("/api/admin/channels").get_json()["channels"]
    assert listed["reconnectable"] is False
    missing = admin.post(f"/api/admin/channels/{account_id}/reconnect", json={})
    assert missing.status_code == 422 and "consumer_key" in missing.get_json()["error"]
    typed = admin.post(f"/api/admin/channels/{account_id}/reconnect", json={"values": values})
    assert typed.status_code == 200 and typed.get_json()["disconnected"] is False
    actions = set(db.session.execute(select(AuditEvent.action)).scalars())
    assert {"channel.secrets_forgotten", "channel.disconnected", "channel.reconnected"} <= actions
