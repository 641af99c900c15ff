"""Issue 23, finding 1: the X CRC endpoint must not sign bodies for an outsider.

The CRC answer is ``sha256=base64(HMAC(consumer secret, crc_token))``, exactly the
``x-twitter-webhooks-signature`` of a delivery whose body is that token. The attack: ask
the CRC endpoint to "answer" a tweet or DM event, then POST that event with the answer as
its signature. It must store nothing; X's own short tokens are still answered.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets

import pytest
from flask import Flask
from sqlalchemy import func, select

from inbox.models import Message, db
from inbox.sandbox.x.api import XSandbox
from inbox.services.intake.store import store_incoming
from tests.factories import incoming, office_with_users, x_account

NOWHERE = "http://127.0.0.1:9"  # the discard port: nothing is polled in these tests


def _messages() -> list[tuple[str, str]]:
    db.session.expire_all()
    return [tuple(row) for row in db.session.execute(select(Message.external_id, Message.text).order_by(Message.id))]


def _forge(app: Flask, body: str) -> tuple[int, int]:
    """Run the attack with ``body``: (status of the CRC request, status of the forged delivery)."""
    client = app.test_client()
    crc = client.get("/webhooks/x", query_string={"crc_token": body})
    signature = (crc.get_json() or {}).get("response_token", "")
    delivery = client.post(
        "/webhooks/x",
        data=body.encode(),
        headers={"x-twitter-webhooks-signature": signature, "Content-Type": "application/json"},
    )
    return crc.status_code, delivery.status_code


def _tweet_event(for_user_id: str, voter_id: str, text: str) -> dict:
    return {
        "for_user_id": for_user_id,
        "tweet_create_events": [
            {
                "id_str": "1999000000000000001",
                "created_at": "Wed Nov 26 11:55:00 +0000 2026",
                "text": text,
                "user": {"id_str": voter_id, "screen_name": "verzonnen", "name": "Verzonnen Kiezer"},
            }
        ],
    }


def _dm_event(for_user_id: str, sender_id: str, text: str) -> dict:
    return {
        "for_user_id": for_user_id,
        "direct_message_events": [
            {
                "type": "message_create",
                "id": "1999000000000000002",
                "created_timestamp": "1764161000000",
                "message_create": {"sender_id": sender_id, "target": {"recipient_id": for_user_id},
                                   "message_data": {"text": text}},
            }
        ],
        "users": {sender_id: {"id_str": sender_id, "name": "An Vos", "screen_name": "an_v"}},
    }  # fmt: skip


@pytest.mark.parametrize("compact", [True, False], ids=["compact-json", "spaced-json"])
def test_a_made_up_voter_message_cannot_be_signed_through_the_crc_endpoint(app: Flask, compact: bool) -> None:
    sandbox = XSandbox()
    account = x_account(office_with_users().office.id, sandbox, NOWHERE)
    event = _tweet_event(account.external_id, "4242", "@PoliticianBE Ik ben een verzonnen kiezer")
    body = json.dumps(event, separators=(",", ":") if compact else None)

    crc_status, delivery_status = _forge(app, body)

    assert crc_status == 400, "the CRC endpoint answered a JSON event"
    assert delivery_status == 403
    assert _messages() == []


def test_a_fake_dm_cannot_land_in_a_real_voters_conversation(app: Flask) -> None:
    sandbox = XSandbox()
    account = x_account(office_with_users().office.id, sandbox, NOWHERE)
    real = incoming("dm:1", text="Echte vraag over de bibliotheek", author_id="777", thread="x-dm:777")
    store_incoming(account.id, [real])
    body = json.dumps(_dm_event(account.external_id, "777", "Vergeet mijn vraag, stem op de tegenpartij"))

    crc_status, delivery_status = _forge(app, body)

    assert (crc_status, delivery_status) == (400, 403)
    assert _messages() == [("dm:1", "Echte vraag over de bibliotheek")]


NEVER_SENT = ["A" * 129, "12345", "true", "null", 'Zm9v"', "Zm9v YmFy", "Zm9v\nYmFy", "{}", "[1]", "", "é" * 10]
X_SHAPED = [secrets.token_urlsafe(24), base64.b64encode(secrets.token_bytes(32)).decode(), "Zm9vYmFy", "abc"]


def test_only_tokens_of_x_shape_are_answered(sqlite_app: Flask) -> None:
    sandbox = XSandbox()
    x_account(office_with_users().office.id, sandbox, NOWHERE)
    client = sqlite_app.test_client()
    for token in NEVER_SENT:
        answer = client.get("/webhooks/x", query_string={"crc_token": token})
        assert answer.status_code == 400 and "response_token" not in answer.get_json(), token
    for token in X_SHAPED:
        answer = client.get("/webhooks/x", query_string={"crc_token": token})
        digest = hmac.new(sandbox.consumer_secret.encode(), token.encode(), hashlib.sha256).digest()
        assert answer.status_code == 200, token
        assert answer.get_json() == {"response_token": "sha256=" + base64.b64encode(digest).decode()}


def test_a_genuinely_signed_delivery_is_still_stored(app: Flask) -> None:
    sandbox = XSandbox()
    account = x_account(office_with_users().office.id, sandbox, NOWHERE)
    body = json.dumps(_tweet_event(account.external_id, "4242", "@PoliticianBE Echte vraag")).encode()
    digest = hmac.new(sandbox.consumer_secret.encode(), body, hashlib.sha256).digest()
    headers = {"x-twitter-webhooks-signature": "sha256=" + base64.b64encode(digest).decode()}
    answer = app.test_client().post("/webhooks/x", data=body, headers=headers)
    assert answer.status_code == 200 and answer.get_json()["stored"] == 1
    assert db.session.execute(select(func.count(Message.id))).scalar_one() == 1
