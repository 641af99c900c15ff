"""Meta webhooks: handshake, signatures, malformed bodies, comments, edits, removals, DMs."""

from __future__ import annotations

import json

from flask import Flask
from sqlalchemy import select

from inbox.models import Conversation, Message, db
from inbox.sandbox.meta.state import webhook_signature
from tests.meta.conftest import MetaSetup, message_count, signed_post, stored


def feed_comment(page_id: str, post_id: str, comment_id: str, text: str, verb: str = "add") -> dict:
    """A page feed change as Meta documents it (Webhooks for Pages, field ``feed``)."""
    return {
        "object": "page",
        "entry": [
            {
                "id": page_id,
                "time": 1764165600,
                "changes": [
                    {
                        "field": "feed",
                        "value": {
                            "from": {"id": "24242424", "name": "Lieselotte Peeters"},
                            "post": {"status_type": "mobile_status_update", "is_published": True, "id": post_id},
                            "message": text,
                            "post_id": post_id,
                            "comment_id": comment_id,
                            "created_time": 1764165600,
                            "item": "comment",
                            "parent_id": post_id,
                            "verb": verb,
                        },
                    }
                ],
            }
        ],
    }


def test_the_verification_handshake_echoes_the_challenge_only_for_our_token(app: Flask, meta: MetaSetup) -> None:
    query = {"hub.mode": "subscribe", "hub.verify_token": meta.sandbox.verify_token, "hub.challenge": "1158201444"}
    answer = meta.client.get("/webhooks/meta", query_string=query)
    assert answer.status_code == 200 and answer.get_data(as_text=True) == "1158201444"

    wrong = meta.client.get("/webhooks/meta", query_string={**query, "hub.verify_token": "guess"})
    assert wrong.status_code == 403 and "1158201444" not in wrong.get_data(as_text=True)
    assert meta.client.get("/webhooks/meta", query_string={"hub.challenge": "1"}).status_code == 400


def test_forged_or_missing_signatures_are_refused_and_nothing_is_stored(app: Flask, meta: MetaSetup) -> None:
    body = json.dumps(feed_comment(meta.page.id, meta.post.id, "1_2", "Hallo")).encode()
    missing = meta.client.post("/webhooks/meta", data=body, content_type="application/json")
    forged = signed_post(meta.client, "not-the-app-secret", body)
    tampered = meta.client.post(
        "/webhooks/meta",
        data=body.replace(b"Hallo", b"Hacked"),
        headers={"X-Hub-Signature-256": webhook_signature(meta.sandbox.app_secret, body)},
    )
    assert [missing.status_code, forged.status_code, tampered.status_code] == [403, 403, 403]
    assert message_count() == 0

    assert signed_post(meta.client, meta.sandbox.app_secret, body).status_code == 200
    assert stored("1_2").text == "Hallo"


def test_malformed_bodies_with_a_valid_signature_get_400_and_store_nothing(app: Flask, meta: MetaSetup) -> None:
    secret = meta.sandbox.app_secret
    for body in (b'{"object": "page", "entry": [', b"", b"[1, 2]", b'{"object": "user", "entry": []}', b"\xff\xfe"):
        answer = signed_post(meta.client, secret, body)
        assert answer.status_code == 400, body
        assert "Malformed webhook body" in answer.get_json()["error"]
    assert message_count() == 0


def test_comments_are_added_edited_and_removed(app: Flask, meta: MetaSetup) -> None:
    sandbox = meta.sandbox
    comment = sandbox.comment(meta.post.id, "24242424", "Lieselotte Peeters", "Wanneer komt het fietspad?")
    second = sandbox.comment(meta.post.id, "24242424", "Lieselotte Peeters", "<script>alert(1)</script> 🚲 مرحبا")
    assert stored(comment.id).text == "Wanneer komt het fietspad?"
    assert stored(second.id).text == "<script>alert(1)</script> 🚲 مرحبا"
    threads = db.session.execute(select(Conversation.thread_key)).scalars().all()
    assert threads == [f"fb:{meta.post.id}:24242424"]  # one voter, one post: one conversation

    sandbox.edit_comment(comment.id, "Wanneer komt het fietspad langs de N8?")
    edited = stored(comment.id)
    assert edited.text == "Wanneer komt het fietspad langs de N8?"
    assert edited.raw["original_text"] == "Wanneer komt het fietspad?"
    assert [e["text"] for e in edited.raw["edits"]] == ["Wanneer komt het fietspad?"]

    sandbox.remove_comment(comment.id)
    sandbox.remove_comment(comment.id)  # replayed removal: no change
    removed = stored(comment.id)
    assert removed.removed_at is not None and removed.text == "Wanneer komt het fietspad langs de N8?"
    assert message_count() == 2


def test_messenger_and_instagram_messages_and_comments(app: Flask, meta: MetaSetup) -> None:
    sandbox = meta.sandbox
    dm = sandbox.direct_message(meta.page.id, "5550001", "Jens Maes", "Mijn trein had weer vertraging.")
    ig_dm = sandbox.direct_message(meta.instagram.id, "6660001", "julienlambert", "Les loyers à Liège ?")
    ig_comment = sandbox.comment(meta.media.id, "7770001", "celine_dpt", "Bravo pour votre visite !")
    ig_reply = sandbox.comment(meta.media.id, "7770002", "max_renard", "D'accord", parent_id=ig_comment.id)

    assert stored(dm.mid).text == "Mijn trein had weer vertraging."
    assert stored(ig_dm.mid).channel_account_id == meta.instagram_account.id
    assert stored(ig_reply.id).in_reply_to_external_id == ig_comment.id
    keys = set(db.session.execute(select(Conversation.thread_key)).scalars())
    assert keys == {
        "fb-dm:5550001",
        "ig-dm:6660001",
        f"ig:{meta.media.id}:7770001",
        f"ig:{meta.media.id}:7770002",
    }


def test_replays_are_stored_once_and_unknown_pages_are_acknowledged(app: Flask, meta: MetaSetup) -> None:
    body = json.dumps(feed_comment(meta.page.id, meta.post.id, "9_1", "Eén keer")).encode()
    for _ in range(3):
        assert signed_post(meta.client, meta.sandbox.app_secret, body).status_code == 200
    unknown = signed_post(meta.client, meta.sandbox.app_secret, feed_comment("999", "999_1", "999_2", "wie?"))
    assert unknown.status_code == 200 and unknown.get_json()["unrouted"] == 1
    assert db.session.execute(select(Message.external_id)).scalars().all() == ["9_1"]


def test_another_offices_app_cannot_write_into_this_page(app: Flask, meta: MetaSetup) -> None:
    from inbox.models import ChannelKind
    from inbox.sandbox.meta.api import MetaSandbox
    from tests.factories import office_with_users
    from tests.meta.conftest import connect

    other_app = MetaSandbox()
    other_page = other_app.add_account("facebook", "Ander", "199000000000001")
    connect(office_with_users("Ander kantoor").office.id, ChannelKind.FACEBOOK, other_page, other_app, meta.base_url)
    sneaky = feed_comment(meta.page.id, meta.post.id, "7_7", "Ingeschoven")  # our page, signed by their app
    answer = signed_post(meta.client, other_app.app_secret, sneaky)
    assert answer.status_code == 200 and answer.get_json()["unrouted"] == 1
    assert message_count() == 0


def test_hostile_and_huge_voter_text_is_kept_verbatim(app: Flask, meta: MetaSetup) -> None:
    huge = "‏مرحبا <img src=x onerror=alert(1)> 🇧🇪 " + "x" * 100_000
    comment = meta.sandbox.comment(meta.post.id, "24242424", "Lieselotte Peeters", huge)
    assert stored(comment.id).text == huge
