"""Polling X mentions with the real tweepy client against the loopback X API."""

from __future__ import annotations

import json
import logging
import time
from datetime import timedelta

import pytest
from flask import Flask
from sqlalchemy import func, select

from inbox.models import AccountHealth, ChannelAccount, Conversation, Message, db, utcnow
from inbox.services.intake.polling import claim_due_accounts, poll_account
from tests.factories import office_with_users, x_account


def mention_texts() -> list[str]:
    return [m.text for m in db.session.execute(select(Message).order_by(Message.id)).scalars()]


def voters(sandbox, count: int = 3) -> list[dict]:
    return [sandbox.add_user(f"voter{i}", f"Voter {i}") for i in range(count)]


def test_mentions_are_stored_threaded_and_not_twice(app: Flask, x_sandbox) -> None:
    sandbox, base_url = x_sandbox
    setup = office_with_users()
    account = x_account(setup.office.id, sandbox, base_url)
    anna, bram, chloe = voters(sandbox)
    first = sandbox.post_tweet(anna["id"], "@PoliticianBE Wanneer komt er een fietspad langs de N8?")
    sandbox.post_tweet(
        bram["id"], "@PoliticianBE @voter0 Helemaal mee eens, het is gevaarlijk!", in_reply_to_tweet_id=first["id"]
    )
    sandbox.post_tweet(
        anna["id"], "@PoliticianBE Nog een vraag: & wat met de bus <58>?", in_reply_to_tweet_id=first["id"]
    )
    sandbox.post_tweet(chloe["id"], "@PoliticianBE Pourquoi les loyers augmentent-ils autant à Liège ?")

    poll_account(account.id)
    poll_account(account.id)  # nothing new: nothing stored twice

    assert db.session.execute(select(func.count(Message.id))).scalar_one() == 4
    assert "@PoliticianBE Nog een vraag: & wat met de bus <58>?" in mention_texts()
    threads = db.session.execute(select(Conversation.thread_key)).scalars().all()
    assert len(threads) == 3  # anna's two posts share her thread; bram replied in the same X conversation
    assert f"x:{first['id']}:{anna['id']}" in threads
    account = db.session.get(ChannelAccount, account.id)
    assert account.cursor["since_id"] == max((t["id"] for t in sandbox.mentions_of(account.external_id)), key=int)
    assert account.health == AccountHealth.OK


def test_a_backlog_is_paged_through_and_the_cursor_resumes(app: Flask, x_sandbox) -> None:
    sandbox, base_url = x_sandbox
    setup = office_with_users()
    account = x_account(setup.office.id, sandbox, base_url)
    (voter,) = voters(sandbox, 1)
    for i in range(620):  # more than one poll's worth of 100-mention pages
        sandbox.post_tweet(voter["id"], f"@PoliticianBE bericht nummer {i}")

    poll_account(account.id)
    assert db.session.execute(select(func.count(Message.id))).scalar_one() == 500
    assert "pagination_token" in db.session.get(ChannelAccount, account.id).cursor

    sandbox.post_tweet(voter["id"], "@PoliticianBE en nog een laatste")
    poll_account(account.id)
    poll_account(account.id)
    assert db.session.execute(select(func.count(Message.id))).scalar_one() == 621


def test_rate_limit_backs_off_until_reset_without_hot_retry(app: Flask, x_sandbox) -> None:
    sandbox, base_url = x_sandbox
    setup = office_with_users()
    account = x_account(setup.office.id, sandbox, base_url)
    (voter,) = voters(sandbox, 1)
    sandbox.post_tweet(voter["id"], "@PoliticianBE hallo?")
    reset = int(time.time()) + 120
    sandbox.fail_next("/2/users/", 429, headers={"x-rate-limit-reset": str(reset), "x-rate-limit-remaining": "0"})
    before = sandbox.request_count("/2/users/")

    started = time.monotonic()
    assert poll_account(account.id) is None
    assert time.monotonic() - started < 2
    assert sandbox.request_count("/2/users/") - before == 1

    account = db.session.get(ChannelAccount, account.id)
    assert account.health == AccountHealth.RATE_LIMITED
    assert abs(account.next_poll_at.timestamp() - reset) < 2
    assert account.id not in claim_due_accounts()  # not due before the reset

    account.next_poll_at = utcnow() - timedelta(seconds=1)
    db.session.commit()
    poll_account(account.id)
    assert mention_texts() == ["@PoliticianBE hallo?"]
    assert db.session.get(ChannelAccount, account.id).health == AccountHealth.OK


def test_server_errors_and_garbage_back_off_and_lose_nothing(app: Flask, x_sandbox) -> None:
    sandbox, base_url = x_sandbox
    setup = office_with_users()
    account = x_account(setup.office.id, sandbox, base_url)
    (voter,) = voters(sandbox, 1)
    sandbox.post_tweet(voter["id"], "@PoliticianBE eerste")

    sandbox.fail_next("/2/users/", 503)
    assert poll_account(account.id) is None
    account = db.session.get(ChannelAccount, account.id)
    assert account.health == AccountHealth.PROVIDER_ERROR
    first_delay = account.next_poll_at - utcnow()

    sandbox.fail_next("/2/users/", 200, body=b'{"data": [ {"id": "1", "te')
    assert poll_account(account.id) is None
    account = db.session.get(ChannelAccount, account.id)
    assert "malformed" in account.health_detail
    assert account.next_poll_at - utcnow() > first_delay  # backs off further
    assert account.cursor == {}

    poll_account(account.id)
    assert mention_texts() == ["@PoliticianBE eerste"]


def test_revoked_token_is_reported_in_words_the_admin_understands(app: Flask, x_sandbox) -> None:
    sandbox, base_url = x_sandbox
    setup = office_with_users()
    account = x_account(setup.office.id, sandbox, base_url)
    credentials = dict(account.credentials)
    credentials["access_token_secret"] = "revoked"
    account.credentials = credentials
    db.session.commit()

    assert poll_account(account.id) is None
    account = db.session.get(ChannelAccount, account.id)
    assert account.health == AccountHealth.UNAUTHORIZED
    assert "Reconnect the account" in account.health_detail
    assert account.next_poll_at > utcnow()


def test_an_unreadable_mention_is_skipped_and_the_rest_of_the_page_is_stored(
    app: Flask, x_sandbox, caplog: pytest.LogCaptureFixture
) -> None:
    """Mentions without an id or with an object for text are left out; the others and later ones arrive."""
    sandbox, base_url = x_sandbox
    account = x_account(office_with_users().office.id, sandbox, base_url)
    (voter,) = voters(sandbox, 1)

    def tweet(tweet_id: str, text: object) -> dict:
        return {"id": tweet_id, "text": text, "author_id": voter["id"], "conversation_id": tweet_id,
                "created_at": "2026-11-27T09:00:00.000Z", "edit_history_tweet_ids": [tweet_id]}  # fmt: skip

    no_id = tweet("0", "@PoliticianBE zonder id")
    del no_id["id"]
    page = {
        "data": [
            tweet("1004", "@PoliticianBE vierde"),
            no_id,
            tweet("1002", {"b": "x"}),
            tweet("1001", "@PoliticianBE eerste"),
        ],
        "includes": {"users": [{"id": voter["id"], "name": voter["name"], "username": voter["username"]}]},
        "meta": {"newest_id": "1004", "oldest_id": "1001", "result_count": 4},
    }
    sandbox.fail_next(f"/2/users/{account.external_id}/mentions", 200, body=json.dumps(page))

    with caplog.at_level(logging.WARNING, logger="inbox.ingest.unreadable"):
        assert poll_account(account.id) is not None
    assert sorted(mention_texts()) == ["@PoliticianBE eerste", "@PoliticianBE vierde"]
    account = db.session.get(ChannelAccount, account.id)
    assert account.health == AccountHealth.OK and account.cursor["since_id"] == "1004"
    assert "skipped an unreadable X mention (an item without an id" in caplog.text
    assert "skipped an unreadable X mention (id '1002'" in caplog.text
    assert "zonder id" not in caplog.text  # the voter's words stay out of the log

    sandbox.post_tweet(voter["id"], "@PoliticianBE een latere vraag")
    poll_account(account.id)
    assert "@PoliticianBE een latere vraag" in mention_texts()
