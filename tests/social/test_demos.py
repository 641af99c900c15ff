"""The Mastodon and Bluesky demos: a sandbox, the office's account on it, voters writing."""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest
from flask import Flask
from sqlalchemy import func, select

from inbox.models import ChannelAccount, ChannelKind, Conversation, Message, OutgoingReply, ReplyState, db
from inbox.sandbox.bluesky import demo as bluesky_demo
from inbox.sandbox.mastodon import demo as mastodon_demo
from inbox.services.intake.polling import poll_account
from inbox.services.replies.outgoing import create_reply
from tests.factories import office_with_users


def wait_for_messages(account_id: int, count: int, timeout: float = 10.0) -> int:
    deadline = time.monotonic() + timeout
    stored = 0
    while time.monotonic() < deadline:
        poll_account(account_id)
        stored = db.session.execute(select(func.count(Message.id))).scalar_one()
        if stored >= count:
            break
        time.sleep(0.1)
    return stored


@pytest.mark.parametrize(
    ("start_demo", "kind"),
    [(mastodon_demo.start_demo, ChannelKind.MASTODON), (bluesky_demo.start_demo, ChannelKind.BLUESKY)],
)
def test_the_demo_connects_the_account_and_voters_write_and_get_answers(
    app: Flask, start_demo: Callable[..., Callable[[], None]], kind: ChannelKind
) -> None:
    setup = office_with_users()
    stop = start_demo(setup.office.id, interval_seconds=0.05)
    try:
        account = db.session.execute(select(ChannelAccount).where(ChannelAccount.kind == kind)).scalar_one()
        assert wait_for_messages(account.id, 3) >= 3
        conversation = db.session.execute(select(Conversation).order_by(Conversation.id)).scalars().first()
        reply = create_reply(setup.office.id, conversation.id, setup.staff, "Dank u, we bekijken het.")
        db.session.expire_all()
        assert db.session.get(OutgoingReply, reply.id).state == ReplyState.SENT
    finally:
        stop()
    stopped_at = db.session.execute(select(func.count(Message.id))).scalar_one()
    poll_account(account.id)
    time.sleep(0.2)
    poll_account(account.id)
    final = db.session.execute(select(func.count(Message.id))).scalar_one()
    assert final - stopped_at <= 1  # at most the post in flight when stop() came; the sandbox is gone afterwards


def test_restarting_the_demo_reuses_the_account(app: Flask) -> None:
    setup = office_with_users()
    mastodon_demo.start_demo(setup.office.id, interval_seconds=60)()
    mastodon_demo.start_demo(setup.office.id, interval_seconds=60)()
    accounts = db.session.execute(select(ChannelAccount).where(ChannelAccount.kind == ChannelKind.MASTODON))
    assert len(accounts.scalars().all()) == 1
