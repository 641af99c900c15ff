"""Payloads in the shapes Meta documents (tests/meta/payloads) are stored as the inbox expects."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from flask import Flask
from sqlalchemy import select

from inbox.ingest.meta.graph import graph_error
from inbox.models import AccountHealth, AuditEvent, Conversation, MessageEmbedding, db
from inbox.models.message import MessageMedia
from inbox.services.conversations.summaries import conversation_detail
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


def deliver(name: str, meta: MetaSetup) -> int:
    """POST a documented payload, signed as Meta signs it; the status code."""
    return signed_post(meta.client, meta.sandbox.app_secret, payload(name, meta)).status_code


def test_instagram_standby_events_of_the_handover_protocol_are_stored(app: Flask, meta: MetaSetup) -> None:
    """When another app owns the thread, Meta delivers the voter's message under ``standby``."""
    assert (
        signed_post(meta.client, meta.sandbox.app_secret, payload("instagram_standby_message.json", meta)).status_code
        == 200
    )
    message = stored(
        "aWdfZAG1faXRlbToxOklHTWVzc2FnZAUlEOjE3ODQxNDAwMDAwMDAwMDAxOjM0MDI4MjM2Njg0MTcxMDMwMTI0NDI1ODc0NzE4"
    )
    assert message.text == "Mijn vraag over de kinderbijslag is nog niet beantwoord."


def test_an_instagram_unsend_takes_the_words_out_of_the_inbox(app: Flask, meta: MetaSetup) -> None:
    mid = "aWdfZAG1faXRlbToxOklHTWVzc2FnZAUlEOjE3ODQxNDAwMDAwMDAwMDAxOjM0MDI4MjM2Njg0MTcxMDMwMTI0NDI1ODc0NzE3"
    assert deliver("instagram_message.json", meta) == 200
    for _ in range(2):  # Meta retries: the replay changes nothing
        assert deliver("instagram_unsend.json", meta) == 200

    message = stored(mid)
    assert message.withdrawn_at is not None
    assert message.text == "" and "register to vote" not in json.dumps(message.raw)
    assert db.session.get(MessageEmbedding, message.id) is None
    assert message_count() == 1  # no empty second message
    shown = conversation_detail(message.office_id, message.conversation_id)["messages"]
    assert shown[0]["withdrawn_at"] and "register to vote" not in json.dumps(shown)
    (event,) = db.session.execute(select(AuditEvent).where(AuditEvent.action == "message.withdrawn")).scalars()
    assert event.target_id == str(message.id) and "register" not in json.dumps(event.detail)


def test_a_media_only_messenger_message_keeps_its_media_and_no_placeholder(app: Flask, meta: MetaSetup) -> None:
    assert deliver("messenger_image_only.json", meta) == 200
    message = stored("m_1457764197618:41d102a3e1ae206a38")
    assert message.text == ""
    kept = db.session.execute(select(MessageMedia).where(MessageMedia.message_id == message.id)).scalars().all()
    assert [(m.kind, m.mime_type) for m in kept] == [("image", "image/jpeg"), ("video", "video/mp4")]
    assert kept[0].url.startswith("https://scontent.xx.fbcdn.net/") and "pothole_n8.jpg" in kept[0].url
    (shown,) = conversation_detail(message.office_id, message.conversation_id)["messages"]
    assert [item["kind"] for item in shown["media"]] == ["image", "video"]
