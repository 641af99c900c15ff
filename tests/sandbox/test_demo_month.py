"""The demo's month of history: what a new user sees from minute one on a fresh database."""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta

import pytest
from flask import Flask
from sqlalchemy import func, select

from inbox.demo import DEMO_OFFICE, seed_demo, start_month_seeding
from inbox.digest.compute import compute_digest
from inbox.digest.dashboard import dashboard_data
from inbox.digest.periods import week_containing
from inbox.models import (
    ChannelAccount,
    ChannelKind,
    Conversation,
    ConversationStatus,
    Direction,
    Message,
    OutgoingReply,
    ReplyState,
    TriageResult,
    db,
)
from inbox.sandbox.demo_month import already_seeded, seed_month
from inbox.services.access.users import find_office
from inbox.services.answers.feedback import suggestions_for
from tests.answers.test_suggestions import post

CREDENTIALS = {"consumer_key": "k", "consumer_secret": "s", "access_token": "t", "access_token_secret": "u"}


def _demo_office_with_channels() -> int:
    """The demo office as ``python -m inbox demo`` seeds it, with an account on each further channel."""
    seed_demo("http://127.0.0.1:9", CREDENTIALS)
    office = find_office(DEMO_OFFICE)
    assert office is not None
    for number, kind in enumerate(
        (ChannelKind.FACEBOOK, ChannelKind.INSTAGRAM, ChannelKind.EMAIL, ChannelKind.WEBFORM, ChannelKind.MASTODON)
    ):
        db.session.add(
            ChannelAccount(
                office_id=office.id, kind=kind, handle=f"demo-{kind}", external_id=f"d{number}", credentials={}
            )
        )
    db.session.commit()
    return office.id


def test_a_fresh_demo_shows_a_month_of_answered_conversations_a_campaign_and_last_weeks_figures(
    sqlite_app: Flask, caplog: pytest.LogCaptureFixture
) -> None:
    office_id = _demo_office_with_channels()
    now = datetime.now(UTC)
    with caplog.at_level(logging.INFO, logger="inbox.demo"):
        seeding = start_month_seeding(sqlite_app, office_id)  # as run_demo does, beside the web server
        pages = []
        while seeding.is_alive():  # the inbox answers while the month fills in
            pages.append(sqlite_app.test_client().get("/login").status_code)
            seeding.join(timeout=2)
    assert pages and set(pages) == {200}
    lines = [record.getMessage() for record in caplog.records if record.getMessage().startswith("demo history:")]
    assert any("tagged" in line for line in lines) and "answered" in lines[-1], lines  # the progress in the log
    stored = int(lines[-1].split()[2])
    assert 150 <= stored <= 260
    assert seed_month(office_id, "Els Vermeulen", now=now) == 0 and already_seeded(office_id)  # once

    history = Message.external_id.like("demo-month-%")
    oldest, newest = db.session.execute(
        select(func.min(Message.sent_at), func.max(Message.sent_at)).where(history)
    ).one()
    assert (now - oldest.replace(tzinfo=UTC)).days >= 28 and (now - newest.replace(tzinfo=UTC)) < timedelta(days=2)
    languages = set(db.session.execute(select(TriageResult.language).join(Message).where(history)).scalars())
    assert {"nl", "fr", "en", "de"} <= languages  # tagged by triage, not written by hand
    kinds = set(
        db.session.execute(
            select(ChannelAccount.kind).join(Message).where(history, Message.office_id == office_id)
        ).scalars()
    )
    assert len(kinds) >= 5

    sent = db.session.execute(select(OutgoingReply).where(OutgoingReply.state == ReplyState.SENT)).scalars().all()
    assert len(sent) >= 100 and all(reply.sent_at is not None for reply in sent)
    assert min(reply.sent_at for reply in sent) < now - timedelta(days=25)
    closed = db.session.execute(
        select(func.count(Conversation.id)).where(Conversation.status == ConversationStatus.CLOSED)
    ).scalar_one()
    assert closed >= 30
    campaign_replies = [reply for reply in sent if reply.campaign_id is not None]
    assert len(campaign_replies) >= 10  # last week's form letter, answered with one campaign answer
    assert len({reply.campaign_id for reply in campaign_replies}) == 1

    last_week = week_containing(now).shifted(-1)
    digest = compute_digest(office_id, last_week, "nl", now=now)
    assert digest.messages >= 25 and digest.previous_voters >= 20  # "this week vs last week" has both
    assert [line.voters for line in digest.campaigns][:1] and digest.campaigns[0].voters >= 10
    board = dashboard_data(office_id, last_week.shifted(-3), week_containing(now), "nl")
    assert sum(1 for week in board.weeks if week.messages and week.answered) >= 3

    account = db.session.execute(
        select(ChannelAccount).where(ChannelAccount.office_id == office_id, ChannelAccount.kind == ChannelKind.X)
    ).scalar_one()
    asking = post(
        account, "@ElsVermeulenBE De bus in ons dorp rijdt maar één keer per uur. Komt er een betere regeling?"
    )
    answers = suggestions_for(office_id, asking.conversation_id)["answers"]
    assert answers and any("dienstregeling" in answer["text"] for answer in answers)  # "answered before"

    inbound_open = db.session.execute(
        select(func.count(Conversation.id)).where(Conversation.status == ConversationStatus.OPEN)
    ).scalar_one()
    assert inbound_open >= 20  # some of the month is still to do
    assert db.session.execute(
        select(func.count(Message.id)).where(Message.direction == Direction.OUTBOUND)
    ).scalar_one()
