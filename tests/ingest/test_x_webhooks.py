"""X Account Activity webhooks: CRC, signatures over the raw body, and no double storage with polling."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from collections.abc import Iterator

import pytest
import requests
from flask import Flask
from sqlalchemy import func, select

from inbox.models import Conversation, Message, db
from inbox.sandbox.server import LoopbackServer
from inbox.services.intake.polling import poll_account
from tests.factories import office_with_users, x_account
from tests.ingest.x_helpers import quiet_app, voters

__all__ = ["quiet_app"]


@pytest.fixture
def served(quiet_app: Flask) -> Iterator[str]:
    """The Dialoog app served on loopback, so the X sandbox can call its webhook."""
    with LoopbackServer(quiet_app) as server:
        yield server.base_url


def _count() -> int:
    db.session.expire_all()
    return db.session.execute(select(func.count(Message.id))).scalar_one()


def _texts() -> list[str]:
    db.session.expire_all()
    return list(db.session.execute(select(Message.text).order_by(Message.id)).scalars())


def _connected(sandbox, base_url: str, served: str):  # type: ignore[no-untyped-def]
    account = x_account(office_with_users().office.id, sandbox, base_url)
    config = sandbox.register_webhook(f"{served}/webhooks/x")
    assert config["valid"], "the CRC check failed"
    sandbox.subscribe(account.external_id)
    return account


def test_crc_answer_is_the_hmac_of_the_token_with_the_consumer_secret(quiet_app: Flask, x_sandbox) -> None:
    sandbox, base_url = x_sandbox
    client = quiet_app.test_client()
    assert client.get("/webhooks/x?crc_token=abc").status_code == 404  # no X account yet: nothing to sign with
    x_account(office_with_users().office.id, sandbox, base_url)
    answer = client.get("/webhooks/x?crc_token=Zm9vYmFy")
    digest = hmac.new(sandbox.consumer_secret.encode(), b"Zm9vYmFy", hashlib.sha256).digest()
    assert answer.get_json() == {"response_token": "sha256=" + base64.b64encode(digest).decode()}
    assert client.get("/webhooks/x").status_code == 400


def test_webhook_first_then_polling_stores_once(served: str, x_sandbox) -> None:
    sandbox, base_url = x_sandbox
    account = _connected(sandbox, base_url, served)
    anna, bram = voters(sandbox)
    first = sandbox.post_tweet(anna["id"], "@PoliticianBE Wanneer komt het fietspad? <script>x</script> & meer")
    long = sandbox.post_tweet(bram["id"], "@PoliticianBE " + "lang bericht " * 20)  # over 140: extended_tweet
    sandbox.post_tweet(anna["id"], "@PoliticianBE nog iets", in_reply_to_tweet_id=first["id"])
    sandbox.send_dm(anna["id"], account.external_id, "Een privébericht 🙂")
    sandbox.post_tweet(account.external_id, "Een eigen post van het kantoor")  # delivered, but not a voter message

    assert sandbox.deliver_webhooks() == [200, 200, 200, 200, 200]
    assert _count() == 4
    assert "@PoliticianBE " + "lang bericht " * 20 in _texts()
    assert "@PoliticianBE Wanneer komt het fietspad? <script>x</script> & meer" in _texts()
    threads = set(db.session.execute(select(Conversation.thread_key)).scalars())
    assert threads == {f"x:{first['id']}:{anna['id']}", f"x-dm:{anna['id']}", f"x:{long['id']}:{bram['id']}"}

    poll_account(account.id)  # polling finds the same posts and DM
    assert _count() == 4


def test_polling_first_then_webhook_stores_once(served: str, x_sandbox) -> None:
    sandbox, base_url = x_sandbox
    account = _connected(sandbox, base_url, served)
    (anna,) = voters(sandbox, 1)
    sandbox.post_tweet(anna["id"], "@PoliticianBE eerst gepold")
    sandbox.send_dm(anna["id"], account.external_id, "DM eerst gepold")

    poll_account(account.id)
    assert _count() == 2
    assert sandbox.deliver_webhooks() == [200, 200]
    assert _count() == 2
    assert sandbox.deliver_webhooks() == []  # and a replayed delivery stores nothing either


def test_replayed_delivery_is_stored_once(served: str, x_sandbox) -> None:
    sandbox, base_url = x_sandbox
    account = _connected(sandbox, base_url, served)
    (anna,) = voters(sandbox, 1)
    sandbox.post_tweet(anna["id"], "@PoliticianBE twee keer bezorgd")
    (payload,) = sandbox.pending_webhook_events()
    body, headers = sandbox.signed_delivery(payload)
    for _ in range(2):
        assert requests.post(f"{served}/webhooks/x", data=body, headers=headers, timeout=5).status_code == 200
    assert _texts() == ["@PoliticianBE twee keer bezorgd"]
    poll_account(account.id)
    assert _texts() == ["@PoliticianBE twee keer bezorgd"]


@pytest.mark.parametrize(
    "signature",
    [None, "sha256=" + base64.b64encode(b"0" * 32).decode(), "sha256=forged", ""],
    ids=["missing", "wrong", "garbage", "empty"],
)
def test_forged_or_missing_signature_is_refused_and_nothing_stored(served: str, x_sandbox, signature) -> None:
    sandbox, base_url = x_sandbox
    _connected(sandbox, base_url, served)
    (anna,) = voters(sandbox, 1)
    sandbox.post_tweet(anna["id"], "@PoliticianBE vervalst")
    (payload,) = sandbox.pending_webhook_events()
    body, headers = sandbox.signed_delivery(payload)
    headers.pop("x-twitter-webhooks-signature")
    if signature is not None:
        headers["x-twitter-webhooks-signature"] = signature
    assert requests.post(f"{served}/webhooks/x", data=body, headers=headers, timeout=5).status_code == 403
    # a body changed after signing fails too
    body2, headers2 = sandbox.signed_delivery(payload)
    tampered = body2.replace(b"vervalst", b"VERVALST")
    assert requests.post(f"{served}/webhooks/x", data=tampered, headers=headers2, timeout=5).status_code == 403
    assert _count() == 0


@pytest.mark.parametrize(
    "body",
    [
        b'{"for_user_id": "1", "tweet_create_events": [{"id_str": "5", "te',
        b"[1, 2, 3]",
        b'{"tweet_create_events": []}',
        b'{"for_user_id": "1", "tweet_create_events": [{"id_str": "5"}]}',
        b'{"for_user_id": "1", "direct_message_events": "nope"}',
    ],
    ids=["truncated", "not-an-object", "no-for-user", "no-user", "not-a-list"],
)
def test_signed_but_malformed_body_gets_400(served: str, x_sandbox, body: bytes) -> None:
    sandbox, base_url = x_sandbox
    _connected(sandbox, base_url, served)
    digest = hmac.new(sandbox.consumer_secret.encode(), body, hashlib.sha256).digest()
    headers = {"x-twitter-webhooks-signature": "sha256=" + base64.b64encode(digest).decode()}
    answer = requests.post(f"{served}/webhooks/x", data=body, headers=headers, timeout=5)
    assert answer.status_code == 400
    assert "Malformed" in answer.json()["error"]
    assert _count() == 0


def test_event_for_an_unknown_account_is_acknowledged_and_ignored(served: str, x_sandbox) -> None:
    sandbox, base_url = x_sandbox
    _connected(sandbox, base_url, served)
    payload = {"for_user_id": "999", "direct_message_events": [], "tweet_create_events": []}
    body = json.dumps(payload).encode()
    digest = hmac.new(sandbox.consumer_secret.encode(), body, hashlib.sha256).digest()
    headers = {"x-twitter-webhooks-signature": "sha256=" + base64.b64encode(digest).decode()}
    answer = requests.post(f"{served}/webhooks/x", data=body, headers=headers, timeout=5)
    assert answer.status_code == 200 and answer.json()["accounts"] == 0
    assert _count() == 0


def test_hostile_voter_text_arrives_intact_by_webhook(served: str, x_sandbox) -> None:
    sandbox, base_url = x_sandbox
    account = _connected(sandbox, base_url, served)
    (anna,) = voters(sandbox, 1)
    hostile = "\u202e<img src=x onerror=alert(1)> مرحبا \x00 👨‍👩‍👧 " + "lang " * 20_000
    sandbox.send_dm(anna["id"], account.external_id, hostile)
    assert sandbox.deliver_webhooks() == [200]
    (text,) = _texts()
    assert text == hostile.replace("\x00", "\ufffd")
