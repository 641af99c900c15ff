"""Payloads in the shapes Meta documents (tests/meta/payloads) are stored as the inbox expects."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from flask import Flask
from sqlalchemy import select

from inbox.ingest.meta_graph import graph_error
from inbox.models import AccountHealth, Conversation, db
from tests.meta.conftest import MetaSetup, message_count, signed_post, stored

PAYLOADS = Path(__file__).parent / "payloads"


def payload(name: str, meta: MetaSetup) -> bytes:
    text = (PAYLOADS / name).read_text(encoding="utf-8")
    return text.replace("{PAGE_ID}", meta.page.id).replace("{IG_ID}", meta.instagram.id).encode()


@pytest.mark.parametrize(
    ("name", "external_id", "thread_key", "text"),
    [
        (
            "page_feed_comment_add.json",
            "1122334455667788_998877665544332",
            "fb:{PAGE_ID}_1122334455667788:6098403510212345",
            "Wanneer wordt de N8 eindelijk veilig voor fietsers?",
        ),
        (
            "messenger_message.json",
            "m_AG5Hz2Uq7tuwNEhXfYYKj8mJEM_QPpz5jdCK48PnKAjSdjfipqxqMvK8ma6AC8fplwlqLP_5cgXIbu7I3rBN0P",
            "fb-dm:7209381234567890",
            "Bonjour, ma pension ne suffit plus. Que proposez-vous ?",
        ),
        (
            "instagram_comment.json",
            "17865799348089039",
            "ig:17918195224117851:1789001234567890",
            "Wann kommt die Bahn nach Eupen wieder pünktlich?",
        ),
        (
            "instagram_message.json",
            "aWdfZAG1faXRlbToxOklHTWVzc2FnZAUlEOjE3ODQxNDAwMDAwMDAwMDAxOjM0MDI4MjM2Njg0MTcxMDMwMTI0NDI1ODc0NzE3",
            "ig-dm:5432109876543210",
            "Hi! Can I register to vote in Brussels as an expat?",
        ),
    ],
)
def test_documented_webhooks_are_stored(
    app: Flask, meta: MetaSetup, name: str, external_id: str, thread_key: str, text: str
) -> None:
    assert signed_post(meta.client, meta.sandbox.app_secret, payload(name, meta)).status_code == 200
    message = stored(external_id)
    assert message.text == text
    conversation = db.session.get(Conversation, message.conversation_id)
    assert conversation is not None and conversation.thread_key == thread_key.replace("{PAGE_ID}", meta.page.id)


def test_the_pages_own_messenger_echo_is_not_a_voter_message(app: Flask, meta: MetaSetup) -> None:
    assert signed_post(meta.client, meta.sandbox.app_secret, payload("messenger_echo.json", meta)).status_code == 200
    assert message_count() == 0
    assert db.session.execute(select(Conversation)).first() is None


def test_the_documented_expired_token_error_reads_as_reconnect_the_page() -> None:
    body = json.loads((PAYLOADS / "graph_error_token_expired.json").read_text())
    error = graph_error(400, body, {})
    assert error.health == AccountHealth.UNAUTHORIZED and error.permanent
    assert error.detail == "the Facebook access token expired: reconnect the page"
