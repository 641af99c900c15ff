"""Account Activity payloads in the shape X documents (recorded as fixtures) are stored as X sends them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import requests
from flask import Flask
from sqlalchemy import select

from inbox.models import Conversation, Message, db
from tests.factories import office_with_users, x_account
from tests.ingest.test_x_webhooks import served
from tests.ingest.x_helpers import quiet_app

__all__ = ["quiet_app", "served"]

PAYLOADS = Path(__file__).parent / "payloads"


def documented(name: str, account_id: str) -> dict:
    """A recorded payload, addressed to this test's account."""
    return json.loads((PAYLOADS / name).read_text().replace("ACCOUNT_ID", account_id))


@pytest.mark.parametrize(
    "name, text, thread_prefix",
    [
        ("x_tweet_create_event.json", "@PoliticianBE Wanneer wordt de N8 in Aalst eindelijk veilig", "x:"),
        ("x_direct_message_event.json", "Dag, mag ik u een vraag stellen over de kinderopvang", "x-dm:"),
    ],
)
def test_a_documented_event_is_stored_once_under_its_voter(
    quiet_app: Flask, served: str, x_sandbox, name: str, text: str, thread_prefix: str
) -> None:
    sandbox, base_url = x_sandbox
    account = x_account(office_with_users().office.id, sandbox, base_url)
    body, headers = sandbox.signed_delivery(documented(name, account.external_id))

    for _ in range(2):  # X retries deliveries: the second one stores nothing
        assert requests.post(f"{served}/webhooks/x", data=body, headers=headers, timeout=5).status_code == 200

    db.session.expire_all()
    (message,) = db.session.execute(select(Message)).scalars().all()
    assert message.text.startswith(text)
    assert message.author_identity.display_name == "Griet Van Damme"
    conversation = db.session.get(Conversation, message.conversation_id)
    assert conversation.thread_key.startswith(thread_prefix)
