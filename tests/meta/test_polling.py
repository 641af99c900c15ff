"""Polling Facebook and Instagram: backfill after a webhook outage, paging, no double storage, errors."""

from __future__ import annotations

import json
import time
from datetime import timedelta

from flask import Flask
from sqlalchemy import select

from inbox.models import AccountHealth, ChannelAccount, Conversation, Message, db, utcnow
from inbox.services.intake.polling import claim_due_accounts, poll_account
from tests.meta.conftest import MetaSetup, message_count, stored


def account(account_id: int) -> ChannelAccount:
    db.session.expire_all()
    found = db.session.get(ChannelAccount, account_id)
    assert found is not None
    return found


def test_webhook_then_poll_and_poll_then_webhook_store_each_comment_once(app: Flask, meta: MetaSetup) -> None:
    sandbox = meta.sandbox
    by_webhook = sandbox.comment(meta.post.id, "101", "Jens Maes", "Eerst via webhook")
    sandbox.direct_message(meta.page.id, "102", "Griet", "Eerst via webhook, in Messenger")
    assert message_count() == 2
    poll_account(meta.facebook_account.id)
    assert message_count() == 2

    sandbox.webhooks_enabled = False
    by_poll = sandbox.comment(meta.post.id, "103", "Wout Claes", "Eerst via polling")
    poll_account(meta.facebook_account.id)
    assert message_count() == 3
    sandbox.webhooks_enabled = True
    sandbox._deliver(sandbox._comment_event(sandbox.find_comment(by_poll.id), "add"))  # the late webhook
    assert message_count() == 3
    assert {stored(by_webhook.id).raw["source"], stored(by_poll.id).raw["source"]} == {"webhook", "poll"}


def test_polling_backfills_a_webhook_outage_through_every_page(app: Flask, meta: MetaSetup) -> None:
    sandbox = meta.sandbox
    sandbox.webhooks_enabled = False
    posts = [sandbox.add_post(meta.page.id, f"Post {i}") for i in range(120)]  # 5 feed pages of 25
    for i, post in enumerate(posts):
        sandbox.comment(post.id, f"v{i % 7}", f"Voter {i % 7}", f"Reactie op post {i}")
    for i in range(130):  # more comments on one post than one embedded page (100)
        sandbox.comment(posts[-1].id, "busy", "Drukke Kiezer", f"Nog een reactie {i}")
    top = sandbox.comment(posts[-1].id, "busy", "Drukke Kiezer", "Een vraag")
    sandbox.comment(posts[-1].id, "other", "Andere Kiezer", "Een antwoord", parent_id=top.id)

    poll_account(meta.facebook_account.id)
    first = account(meta.facebook_account.id)
    assert first.cursor["after"]  # stopped after 4 pages of posts, remembers where
    assert first.health == AccountHealth.OK
    poll_account(meta.facebook_account.id)
    assert account(meta.facebook_account.id).cursor == {"after": None}  # reached the end: next poll starts at the top
    assert message_count() == 120 + 130 + 2
    busy = db.session.execute(
        select(Conversation).where(Conversation.thread_key == f"fb:{posts[-1].id}:busy")
    ).scalar_one()
    assert db.session.query(Message).filter(Message.conversation_id == busy.id).count() == 131
    assert sandbox.request_count(f"{posts[-1].id}/comments") >= 1  # followed paging.next of the comments


def test_instagram_comments_and_replies_are_backfilled(app: Flask, meta: MetaSetup) -> None:
    sandbox = meta.sandbox
    sandbox.webhooks_enabled = False
    first = sandbox.comment(meta.media.id, "801", "lukas_schmitz", "Wann kommt die Bahn?")
    reply = sandbox.comment(meta.media.id, "802", "anna_kessler_sv", "Gute Frage!", parent_id=first.id)
    sandbox.comment(meta.media.id, meta.instagram.id, meta.instagram.name, "Own reply", parent_id=first.id)
    poll_account(meta.instagram_account.id)
    assert message_count() == 2  # the account's own reply is not a voter message
    assert stored(reply.id).in_reply_to_external_id == first.id
    assert stored(first.id).author_identity.handle == "lukas_schmitz"


def _fail_and_poll(meta: MetaSetup, code: int, **options: object) -> ChannelAccount:
    meta.sandbox.comment(meta.post.id, "301", "Céline Dupont", "Allô ?")
    meta.sandbox.fail_next(code, path="/feed", **options)
    before = meta.sandbox.request_count("/feed")
    started = time.monotonic()
    assert poll_account(meta.facebook_account.id) is None
    assert time.monotonic() - started < 3
    assert meta.sandbox.request_count("/feed") - before == 1  # no hot retry
    polled = account(meta.facebook_account.id)
    assert polled.next_poll_at is not None and polled.next_poll_at > utcnow()
    assert polled.id not in claim_due_accounts()
    return polled


def test_an_expired_token_asks_the_admin_to_reconnect(app: Flask, meta: MetaSetup) -> None:
    polled = _fail_and_poll(meta, 190, subcode=463)
    assert polled.health == AccountHealth.UNAUTHORIZED
    assert polled.health_detail == "the Facebook access token expired: reconnect the page"


def test_rate_limits_wait_for_the_time_meta_names(app: Flask, meta: MetaSetup) -> None:
    usage = json.dumps({meta.page.id: [{"type": "pages", "call_count": 100, "estimated_time_to_regain_access": 42}]})
    polled = _fail_and_poll(meta, 613, headers={"X-Business-Use-Case-Usage": usage})
    assert polled.health == AccountHealth.RATE_LIMITED
    assert abs((polled.next_poll_at - utcnow()) - timedelta(minutes=42)) < timedelta(minutes=1)
    for code in (4, 17, 32):
        meta.sandbox.fail_next(code, path="/feed")
        poll_account(meta.facebook_account.id)
        assert account(meta.facebook_account.id).health == AccountHealth.RATE_LIMITED


def test_missing_permissions_are_named(app: Flask, meta: MetaSetup) -> None:
    polled = _fail_and_poll(meta, 10)
    assert polled.health == AccountHealth.FORBIDDEN
    assert "pages_read_user_content" in polled.health_detail and "Reconnect the page" in polled.health_detail


def test_server_errors_back_off_and_lose_nothing(app: Flask, meta: MetaSetup) -> None:
    polled = _fail_and_poll(meta, 1, status=500)
    assert polled.health == AccountHealth.PROVIDER_ERROR
    assert message_count() == 1  # the webhook stored it anyway
    meta.sandbox.webhooks_enabled = False
    meta.sandbox.comment(meta.post.id, "302", "Max Renard", "Toujours là ?")
    polled.next_poll_at = utcnow() - timedelta(seconds=1)
    db.session.commit()
    poll_account(meta.facebook_account.id)
    assert account(meta.facebook_account.id).health == AccountHealth.OK
    assert message_count() == 2


def test_usage_near_the_limit_slows_polling_down(app: Flask, meta: MetaSetup) -> None:
    meta.sandbox.usage_percent, meta.sandbox.regain_minutes = 97, 20
    poll_account(meta.facebook_account.id)
    polled = account(meta.facebook_account.id)
    assert polled.health == AccountHealth.OK
    assert polled.next_poll_at - utcnow() > timedelta(minutes=19)


def test_direct_messages_missed_by_webhooks_are_backfilled(app: Flask, meta: MetaSetup) -> None:
    meta.sandbox.webhooks_enabled = False
    messenger = meta.sandbox.direct_message(meta.page.id, "111", "Lieselotte", "Hallo, ik heb een vraag.")
    instagram = meta.sandbox.direct_message(meta.instagram.id, "222", "lukas_schmitz", "Guten Tag!")
    poll_account(meta.facebook_account.id)
    poll_account(meta.instagram_account.id)
    assert stored(messenger.mid).text == "Hallo, ik heb een vraag."
    assert stored(instagram.mid).channel_account_id == meta.instagram_account.id
    keys = set(db.session.execute(select(Conversation.thread_key)).scalars())
    assert keys == {"fb-dm:111", "ig-dm:222"}  # the same threads the webhooks would have made


def test_a_cursor_meta_no_longer_accepts_restarts_at_the_newest_post(app: Flask, meta: MetaSetup) -> None:
    meta.sandbox.webhooks_enabled = False
    comment = meta.sandbox.comment(meta.post.id, "121", "Wout Claes", "Nog steeds geen antwoord?")
    stale = account(meta.facebook_account.id)
    stale.cursor = {"after": "bm90LWEtY3Vyc29y"}
    db.session.commit()
    poll_account(meta.facebook_account.id)
    assert account(meta.facebook_account.id).health == AccountHealth.OK
    assert stored(comment.id).text == "Nog steeds geen antwoord?"


def test_usage_at_100_percent_pauses_polling_as_rate_limited(app: Flask, meta: MetaSetup) -> None:
    meta.sandbox.usage_percent, meta.sandbox.regain_minutes = 100, 30
    before = meta.sandbox.request_count()
    assert poll_account(meta.facebook_account.id) is None
    assert meta.sandbox.request_count() - before == 1  # stops before spending more calls
    polled = account(meta.facebook_account.id)
    assert polled.health == AccountHealth.RATE_LIMITED and "100%" in polled.health_detail
    assert abs((polled.next_poll_at - utcnow()) - timedelta(minutes=30)) < timedelta(minutes=1)


def test_media_only_direct_messages_are_kept_alike_by_polling_and_webhooks(app: Flask, meta: MetaSetup) -> None:
    """A photo sent without words: no "[attachment]" text from the webhook, no empty message from polling;
    both keep the photo (Graph ``attachments{image_data}``, webhook ``attachments[].payload.url``)."""
    photo = {
        "id": "1351204735604938",
        "mime_type": "image/jpeg",
        "name": "image-1351204735604938.jpg",
        "size": 123456,
        "image_data": {
            "url": "https://scontent.xx.fbcdn.net/v/t1.15752-9/bus58_halte.jpg?stp=dst-jpg&_nc_cat=1",
            "preview_url": "https://scontent.xx.fbcdn.net/v/t1.15752-9/p280x280/bus58_halte.jpg?_nc_cat=1",
            "width": 1536,
            "height": 2048,
        },
    }
    by_webhook = meta.sandbox.direct_message(meta.page.id, "111", "Lieselotte", "", attachments=[photo])
    meta.sandbox.webhooks_enabled = False
    by_poll = meta.sandbox.direct_message(meta.page.id, "112", "Jens", "", attachments=[photo])
    poll_account(meta.facebook_account.id)

    for mid in (by_webhook.mid, by_poll.mid):
        message = stored(mid)
        assert message.text == ""
        (kept,) = message.media
        assert (kept.kind, kept.url) == ("image", photo["image_data"]["url"])
    polled = stored(by_poll.mid).media[0]
    assert (polled.mime_type, polled.provider_id, polled.preview_url) == (
        "image/jpeg",
        "1351204735604938",
        photo["image_data"]["preview_url"],
    )
