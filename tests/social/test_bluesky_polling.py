"""Polling Bluesky notifications with the real atproto client against the loopback fake."""

from __future__ import annotations

import time
from datetime import timedelta

from flask import Flask
from sqlalchemy import func, select

from inbox.models import AccountHealth, ChannelAccount, Conversation, Message, db, utcnow
from inbox.models.message import MessageMedia
from inbox.services.intake.polling import claim_due_accounts, poll_account
from tests.factories import office_with_users
from tests.social.conftest import Fake, bluesky_account

SESSION = "com.atproto.server.createSession"
NOTIFICATIONS = "app.bsky.notification.listNotifications"


def stored_texts() -> list[str]:
    return [m.text for m in db.session.execute(select(Message).order_by(Message.sent_at, Message.id)).scalars()]


def message_count() -> int:
    return db.session.execute(select(func.count(Message.id))).scalar_one()


def test_mentions_and_replies_become_threaded_conversations_once(app: Flask, bluesky: Fake) -> None:
    sandbox, politician = bluesky.sandbox, bluesky.politician
    account = bluesky_account(office_with_users().office.id, bluesky)
    anna = sandbox.add_account("anna.bsky.social", "Anna Peeters")
    bram = sandbox.add_account("bram.bsky.social", "Bram Maes")
    own_post = sandbox.post_text(politician["did"], "Vandaag stemt het parlement over de N8.")
    first = sandbox.post_text(anna["did"], "@els.bsky.social Wanneer komt het fietspad langs de N8?", langs=["nl"])
    sandbox.post_text(anna["did"], "@els.bsky.social En de bus 58?", reply_to=first["uri"])
    answer = sandbox.post_text(bram["did"], "Eindelijk! 🚲", reply_to=own_post["uri"])  # a reply, no mention
    sandbox.post_text(bram["did"], "Iets over het weer")  # neither: not for the office

    poll_account(account.id)
    poll_account(account.id)  # nothing new: nothing stored twice

    assert message_count() == 3
    threads = db.session.execute(select(Conversation.thread_key)).scalars().all()
    assert sorted(threads) == sorted(
        [f"bluesky:{first['uri']}:{anna['did']}", f"bluesky:{own_post['uri']}:{bram['did']}"]
    )
    reply = db.session.execute(select(Message).where(Message.external_id == answer["uri"])).scalar_one()
    assert reply.raw["reason"] == "reply" and reply.raw["root"] == own_post
    account = db.session.get(ChannelAccount, account.id)
    assert account.health == AccountHealth.OK
    assert account.external_id == politician["did"]
    assert sandbox.request_count(SESSION) == 1  # the second poll reused the stored session


def test_a_backlog_is_paged_through_and_the_cursor_resumes(app: Flask, bluesky: Fake) -> None:
    sandbox = bluesky.sandbox
    account = bluesky_account(office_with_users().office.id, bluesky)
    voter = sandbox.add_account("lieselotte.bsky.social", "Lieselotte")
    for i in range(270):  # more than one poll's worth of 50-notification pages
        sandbox.post_text(voter["did"], f"@els.bsky.social bericht nummer {i}")

    poll_account(account.id)
    assert message_count() == 250
    assert "page_cursor" in db.session.get(ChannelAccount, account.id).cursor

    sandbox.post_text(voter["did"], "@els.bsky.social en nog een laatste")
    poll_account(account.id)
    poll_account(account.id)
    assert message_count() == 271
    assert "page_cursor" not in db.session.get(ChannelAccount, account.id).cursor
    assert sandbox.request_count(SESSION) == 1


def test_rate_limit_waits_for_the_reset_without_hot_retry(app: Flask, bluesky: Fake) -> None:
    sandbox = bluesky.sandbox
    account = bluesky_account(office_with_users().office.id, bluesky)
    voter = sandbox.add_account("jens.bsky.social", "Jens")
    sandbox.post_text(voter["did"], "@els.bsky.social hallo?")
    reset = int(time.time()) + 240
    sandbox.fail_next(
        NOTIFICATIONS,
        429,
        body='{"error":"RateLimitExceeded","message":"Rate Limit Exceeded"}',
        headers={"ratelimit-reset": str(reset), "ratelimit-remaining": "0"},
    )

    started = time.monotonic()
    assert poll_account(account.id) is None
    assert time.monotonic() - started < 3
    assert sandbox.request_count(NOTIFICATIONS) == 1

    account = db.session.get(ChannelAccount, account.id)
    assert account.health == AccountHealth.RATE_LIMITED
    assert abs(account.next_poll_at.timestamp() - reset) < 2
    assert account.id not in claim_due_accounts()

    account.next_poll_at = utcnow() - timedelta(seconds=1)
    db.session.commit()
    poll_account(account.id)
    assert stored_texts() == ["@els.bsky.social hallo?"]
    assert db.session.get(ChannelAccount, account.id).health == AccountHealth.OK


def test_server_errors_back_off_and_lose_nothing(app: Flask, bluesky: Fake) -> None:
    sandbox = bluesky.sandbox
    account = bluesky_account(office_with_users().office.id, bluesky)
    voter = sandbox.add_account("celine.bsky.social", "Céline")
    sandbox.post_text(voter["did"], "@els.bsky.social premier message")

    sandbox.fail_next(NOTIFICATIONS, 500)
    assert poll_account(account.id) is None
    account = db.session.get(ChannelAccount, account.id)
    assert account.health == AccountHealth.PROVIDER_ERROR and "server error (500)" in account.health_detail
    first_delay = account.next_poll_at - utcnow()

    sandbox.fail_next(NOTIFICATIONS, 502, body="<html>bad gateway</html>")
    assert poll_account(account.id) is None
    account = db.session.get(ChannelAccount, account.id)
    assert account.next_poll_at - utcnow() > first_delay
    assert account.cursor == {}

    poll_account(account.id)
    assert stored_texts() == ["@els.bsky.social premier message"]


def test_revoked_app_password_is_reported_in_words_the_admin_understands(app: Flask, bluesky: Fake) -> None:
    account = bluesky_account(office_with_users().office.id, bluesky)
    poll_account(account.id)  # a session is stored
    bluesky.sandbox.revoke_password(bluesky.politician["did"])

    assert poll_account(account.id) is None
    account = db.session.get(ChannelAccount, account.id)
    assert account.health == AccountHealth.UNAUTHORIZED
    assert "revoked" in account.health_detail and "Reconnect the account" in account.health_detail
    assert bluesky.sandbox.request_count(SESSION) == 2  # the stale session, then one login attempt; no loop


def test_an_expiring_session_is_refreshed_and_stored(app: Flask, bluesky: Fake) -> None:
    bluesky.sandbox.access_ttl = 60  # the client refreshes 15 minutes before expiry: at every call
    account = bluesky_account(office_with_users().office.id, bluesky)
    poll_account(account.id)
    stored = db.session.get(ChannelAccount, account.id).credentials["session"]

    poll_account(account.id)

    account = db.session.get(ChannelAccount, account.id)
    assert account.health == AccountHealth.OK
    assert bluesky.sandbox.request_count("com.atproto.server.refreshSession") >= 2
    assert account.credentials["session"] != stored
    # each refresh retires the previous refresh token: only a stored newest session avoids a new login
    assert bluesky.sandbox.request_count(SESSION) == 1


def test_hostile_text_is_stored_exactly_and_safely(app: Flask, bluesky: Fake) -> None:
    sandbox = bluesky.sandbox
    account = bluesky_account(office_with_users().office.id, bluesky)
    voter = sandbox.add_account("mallory.bsky.social", "<script>alert(1)</script>")
    hostile = "@els.bsky.social <script>alert('x')</script> \u202eاقرأ\u202c 🇧🇪👨‍👩‍👧 nul:\x00 " + "lang " * 20_000
    sandbox.post_text(voter["did"], hostile)

    poll_account(account.id)

    message = db.session.execute(select(Message)).scalar_one()
    assert message.text == hostile.replace("\x00", "\ufffd")  # kept as text (escaped when shown), NUL replaced
    assert len(message.text) > 100_000


def test_quote_posts_and_media_only_replies_arrive_with_their_media(app: Flask, bluesky: Fake) -> None:
    """A quote post (``app.bsky.embed.record``) notifies with reason ``quote``; a reply that is only a
    photo (``app.bsky.embed.images``, alt text written by the voter) is kept with its image."""
    sandbox, politician = bluesky.sandbox, bluesky.politician
    account = bluesky_account(office_with_users().office.id, bluesky)
    anna = sandbox.add_account("anna.bsky.social", "Anna Peeters")
    own_post = sandbox.post_text(politician["did"], "Vandaag stemt het parlement over de N8.")
    sandbox.create_post(
        anna["did"],
        {
            "$type": "app.bsky.feed.post",
            "text": "En wat met de fietsers in Aalst? Niets over in dit plan.",
            "createdAt": "2026-11-20T10:00:00.000Z",
            "embed": {"$type": "app.bsky.embed.record", "record": own_post},
        },
    )
    blob = "bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku"
    photo = {"$type": "blob", "ref": {"$link": blob}, "mimeType": "image/jpeg", "size": 348221}
    sandbox.create_post(
        anna["did"],
        {
            "$type": "app.bsky.feed.post",
            "text": "",
            "createdAt": "2026-11-20T10:05:00.000Z",
            "reply": {"root": own_post, "parent": own_post},
            "embed": {
                "$type": "app.bsky.embed.images",
                "images": [
                    {"image": photo, "alt": "Put in het fietspad op de N8", "aspectRatio": {"width": 4, "height": 3}}
                ],
            },
        },
    )

    poll_account(account.id)

    by_reason = {m.raw["reason"]: m for m in db.session.execute(select(Message)).scalars()}
    assert by_reason["quote"].text == "En wat met de fietsers in Aalst? Niets over in dit plan."
    assert by_reason["quote"].raw["quoted"] == own_post["uri"]
    (image,) = db.session.execute(
        select(MessageMedia).where(MessageMedia.message_id == by_reason["reply"].id)
    ).scalars()
    assert (image.kind, image.mime_type, image.alt_text, image.provider_id) == (
        "image",
        "image/jpeg",
        "Put in het fietspad op de N8",
        blob,
    )
    assert image.url == f"https://cdn.bsky.app/img/feed_fullsize/plain/{anna['did']}/{blob}@jpeg"
