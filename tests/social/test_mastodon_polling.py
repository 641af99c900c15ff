"""Polling Mastodon mentions with the real Mastodon.py client against the loopback fake."""

from __future__ import annotations

import json
import logging
import time
from datetime import UTC, datetime, timedelta

import pytest
import requests
from flask import Flask
from sqlalchemy import func, select

from inbox.models import AccountHealth, ChannelAccount, Conversation, Message, db, utcnow
from inbox.models.message import MessageMedia
from inbox.services.intake.polling import claim_due_accounts, poll_account
from tests.factories import office_with_users
from tests.social.conftest import Fake, mastodon_account


def stored_texts() -> list[str]:
    return [m.text for m in db.session.execute(select(Message).order_by(Message.sent_at, Message.id)).scalars()]


def message_count() -> int:
    return db.session.execute(select(func.count(Message.id))).scalar_one()


def test_mentions_become_threaded_conversations_and_are_stored_once(app: Flask, mastodon: Fake) -> None:
    sandbox = mastodon.sandbox
    account = mastodon_account(office_with_users().office.id, mastodon)
    anna = sandbox.add_account("anna@mastodon.social", "Anna Peeters")
    bram = sandbox.add_account("bram", "Bram Maes")
    first = sandbox.post_status(anna["id"], "@els Wanneer komt er een fietspad langs de N8?", visibility="unlisted")
    sandbox.post_status(bram["id"], "@els @anna@mastodon.social Helemaal mee eens!", in_reply_to_id=first["id"])
    sandbox.post_status(anna["id"], "@els En wat met de bus 58 & <de tram>?", in_reply_to_id=first["id"])
    private = sandbox.post_status(bram["id"], "@els Pourquoi les loyers augmentent-ils autant ?", visibility="direct")
    sandbox.post_status(anna["id"], "Een bericht zonder vermelding")  # no mention: not for the office

    poll_account(account.id)
    poll_account(account.id)  # nothing new: nothing stored twice

    assert message_count() == 4
    assert "@els En wat met de bus 58 & <de tram>?" in stored_texts()  # HTML entities decoded
    threads = db.session.execute(select(Conversation.thread_key)).scalars().all()
    assert sorted(threads) == sorted(
        [
            f"mastodon:{first['id']}:{anna['id']}",  # anna's two statuses share her conversation
            f"mastodon:{first['id']}:{bram['id']}",  # bram answered in the same Mastodon thread
            f"mastodon:{private['id']}:{bram['id']}",  # his private question is a thread of its own
        ]
    )
    direct = db.session.execute(select(Message).where(Message.text.like("%loyers%"))).scalar_one()
    assert direct.raw["visibility"] == "direct"
    account = db.session.get(ChannelAccount, account.id)
    assert account.health == AccountHealth.OK
    newest = sandbox.notifications_for(mastodon.politician["id"])[0]["id"]
    assert account.cursor == {"last_notification_id": newest}


def test_a_backlog_is_read_page_by_page_and_resumes_without_gap(app: Flask, mastodon: Fake) -> None:
    sandbox = mastodon.sandbox
    account = mastodon_account(office_with_users().office.id, mastodon)
    voter = sandbox.add_account("lieselotte", "Lieselotte")
    for i in range(230):  # more than one poll's worth of 40-mention pages
        sandbox.post_status(voter["id"], f"@els bericht nummer {i}")

    poll_account(account.id)
    assert message_count() == 200  # five pages, the oldest first
    assert "@els bericht nummer 0" in stored_texts() and "@els bericht nummer 200" not in stored_texts()

    sandbox.post_status(voter["id"], "@els en nog een laatste")
    poll_account(account.id)
    assert message_count() == 231
    assert stored_texts()[-1] == "@els en nog een laatste"


def test_rate_limit_waits_for_the_reset_without_hot_retry(app: Flask, mastodon: Fake) -> None:
    sandbox = mastodon.sandbox
    account = mastodon_account(office_with_users().office.id, mastodon)
    voter = sandbox.add_account("jens", "Jens")
    sandbox.post_status(voter["id"], "@els hallo?")
    reset = datetime.now(UTC) + timedelta(minutes=3)
    sandbox.fail_next(
        "/api/v1/notifications",
        429,
        body='{"error":"Too many requests"}',
        headers={"X-RateLimit-Reset": reset.isoformat(), "X-RateLimit-Remaining": "0"},
    )
    before = sandbox.request_count("/api/v1/notifications")

    started = time.monotonic()
    assert poll_account(account.id) is None
    assert time.monotonic() - started < 2  # Mastodon.py did not sleep until the reset
    assert sandbox.request_count("/api/v1/notifications") - before == 1

    account = db.session.get(ChannelAccount, account.id)
    assert account.health == AccountHealth.RATE_LIMITED
    assert abs(account.next_poll_at.timestamp() - reset.timestamp()) < 3
    assert "rate limit" in account.health_detail
    assert account.id not in claim_due_accounts()  # not polled again before the reset

    account.next_poll_at = utcnow() - timedelta(seconds=1)
    db.session.commit()
    poll_account(account.id)
    assert stored_texts() == ["@els hallo?"]
    assert db.session.get(ChannelAccount, account.id).health == AccountHealth.OK


def test_server_errors_back_off_and_lose_nothing(app: Flask, mastodon: Fake) -> None:
    sandbox = mastodon.sandbox
    account = mastodon_account(office_with_users().office.id, mastodon)
    voter = sandbox.add_account("celine", "Céline")
    sandbox.post_status(voter["id"], "@els premier message")

    sandbox.fail_next("/api/v1/notifications", 503)
    assert poll_account(account.id) is None
    account = db.session.get(ChannelAccount, account.id)
    assert account.health == AccountHealth.PROVIDER_ERROR
    assert "server error (503)" in account.health_detail
    first_delay = account.next_poll_at - utcnow()
    assert first_delay > timedelta(0)

    sandbox.fail_next("/api/v1/notifications", 502, body="<html>Bad gateway</html>")
    assert poll_account(account.id) is None
    account = db.session.get(ChannelAccount, account.id)
    assert account.next_poll_at - utcnow() > first_delay  # backs off further
    assert account.cursor == {}

    poll_account(account.id)
    assert stored_texts() == ["@els premier message"]
    assert db.session.get(ChannelAccount, account.id).health == AccountHealth.OK


def test_revoked_token_is_reported_in_words_the_admin_understands(app: Flask, mastodon: Fake) -> None:
    account = mastodon_account(office_with_users().office.id, mastodon)
    mastodon.sandbox.revoke_token(account.credentials["access_token"])

    assert poll_account(account.id) is None
    account = db.session.get(ChannelAccount, account.id)
    assert account.health == AccountHealth.UNAUTHORIZED
    assert "revoked" in account.health_detail and "Reconnect the account" in account.health_detail
    assert account.next_poll_at > utcnow()


def test_hostile_status_html_is_stored_as_harmless_text(app: Flask, mastodon: Fake) -> None:
    sandbox = mastodon.sandbox
    account = mastodon_account(office_with_users().office.id, mastodon)
    voter = sandbox.add_account("mallory@evil.example", "<b>Mallory</b>")
    hostile = (
        '<p><span class="h-card"><a href="https://sandbox.social/@els" class="u-url mention">@<span>els</span></a>'
        "</span> Kijk hier <script>alert('x')</script><img src=x onerror=alert(1)>"
        '<a href="javascript:alert(2)">klik</a><style>body{display:none}</style></p>'
        "<p>\u202eاقرأ هذا\u202c 🇧🇪👨‍👩‍👧 line<br>two</p>"
    )
    sandbox.post_status(voter["id"], "@els x", content_html=hostile)
    long_body = "<p>@els " + ("Heel lang verhaal &amp; meer. " * 4000) + "</p>"  # ~100 KB
    sandbox.post_status(voter["id"], "@els y", content_html=long_body)

    poll_account(account.id)

    first, second = db.session.execute(select(Message).order_by(Message.id)).scalars()
    assert first.text == "@els Kijk hier klik\n\n\u202eاقرأ هذا\u202c 🇧🇪👨‍👩‍👧 line\ntwo"
    for field in (first.text, first.html):
        assert "script" not in field and "alert" not in field and "onerror" not in field and "display:none" not in field
    assert "javascript:" not in first.html and "<p>" in first.html
    assert second.text == ("@els " + "Heel lang verhaal & meer. " * 4000).strip()  # 100 KB, kept whole


def test_an_unreadable_mention_is_skipped_and_the_rest_of_the_page_is_stored(
    app: Flask, mastodon: Fake, caplog: pytest.LogCaptureFixture
) -> None:
    """One mention without a status id must not hold up the others, now or at the next poll."""
    sandbox = mastodon.sandbox
    account = mastodon_account(office_with_users().office.id, mastodon)
    voter = sandbox.add_account("dirk", "Dirk Claes")
    for text in ("@els eerste", "@els tweede", "@els derde"):
        sandbox.post_status(voter["id"], text)
    token = sandbox.issue_token(mastodon.politician["id"])
    page = requests.get(
        f"{mastodon.base_url}/api/v1/notifications", headers={"Authorization": f"Bearer {token}"}, timeout=5
    ).json()
    (broken,) = [n for n in page if "tweede" in n["status"]["content"]]
    del broken["status"]["id"]
    sandbox.fail_next("/api/v1/notifications", 200, body=json.dumps(page))

    with caplog.at_level(logging.WARNING, logger="inbox.ingest.unreadable"):
        assert poll_account(account.id) is not None
    assert stored_texts() == ["@els eerste", "@els derde"]
    account = db.session.get(ChannelAccount, account.id)
    assert account.health == AccountHealth.OK
    assert account.cursor == {"last_notification_id": max((n["id"] for n in page), key=int)}
    assert f"skipped an unreadable Mastodon mention (id {broken['id']!r}" in caplog.text
    assert "tweede" not in caplog.text  # the voter's words stay out of the log

    sandbox.post_status(voter["id"], "@els vierde")
    poll_account(account.id)
    assert stored_texts() == ["@els eerste", "@els derde", "@els vierde"]


def test_links_from_other_fediverse_servers_and_media_only_mentions(app: Flask, mastodon: Fake) -> None:
    """A Pleroma-style status writes only a shortened link label; a mention that is only a photo
    (``media_attachments`` with the voter's description) keeps its media."""
    sandbox, politician = mastodon.sandbox, mastodon.politician
    account = mastodon_account(office_with_users().office.id, mastodon)
    anna = sandbox.add_account("anna", "Anna Peeters")
    link = f'<a class="u-url mention" href="{politician["url"]}" rel="ugc">@<span>els</span></a>'
    mention = f'<span class="h-card">{link}</span>'
    sandbox.post_status(
        anna["id"],
        "@els Lees dit",
        content_html=f'<p>{mention} Lees dit: <a href="https://www.vrt.be/vrtnws/nl/2026/11/20/fietspad-n8-aalst/" '
        'rel="ugc">vrt.be/vrtnws/nl/2026/11/2…</a></p>',
    )
    photo = {
        "id": "22345792",
        "type": "image",
        "url": "https://files.sandbox.social/media_attachments/files/022/345/792/original/57859aede991da25.jpeg",
        "preview_url": "https://files.sandbox.social/media_attachments/files/022/345/792/small/57859aede991da25.jpeg",
        "remote_url": None,
        "description": "Overstroomde tunnel onder de N8",
        "blurhash": "UFBWY:8_0Jxv4mx]t8t64.%M-:IUWGWAt6M}",
        "meta": {"original": {"width": 640, "height": 480}},
    }
    sandbox.post_status(anna["id"], "@els", content_html=f"<p>{mention}</p>", media_attachments=[photo])

    poll_account(account.id)

    texts = stored_texts()
    assert "@els Lees dit: https://www.vrt.be/vrtnws/nl/2026/11/20/fietspad-n8-aalst/" in texts
    (kept,) = db.session.execute(select(MessageMedia)).scalars()
    assert (kept.kind, kept.mime_type, kept.alt_text, kept.provider_id) == (
        "image",
        "image/jpeg",
        "Overstroomde tunnel onder de N8",
        "22345792",
    )
    assert kept.url == photo["url"] and kept.preview_url == photo["preview_url"]
