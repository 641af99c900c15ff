"""The digest's numbers equal numbers computed here, independently, from the raw rows."""

from __future__ import annotations

import math
import random
import statistics
from collections import defaultdict
from datetime import datetime, timedelta

from flask import Flask
from sqlalchemy import select

from inbox.digest.compute import compute_digest
from inbox.digest.periods import Week, parse_week
from inbox.models import (
    ChannelAccount,
    ChannelKind,
    Conversation,
    ConversationStatus,
    Direction,
    Message,
    TriageResult,
    db,
)
from tests.digest import builders as b
from tests.factories import office_with_users

TOPICS = ["mobility", "housing", "climate", "health"]
SENTIMENTS = ["positive", "neutral", "negative", None]


def populate(office_id: int, week: Week, seed: int = 7) -> None:
    """Voters on two channels over six weeks: repeat writers, replies after varied delays, closed threads."""
    rng = random.Random(seed)
    channels = [b.account(office_id, ChannelKind.X), b.account(office_id, ChannelKind.EMAIL)]
    campaign = b.campaign(office_id, "Red buslijn 58")
    start = week.start_utc - timedelta(weeks=4)
    span = (week.end_utc - start).total_seconds() + 3 * 86400
    for number in range(45):
        voter = b.voter(office_id, f"Voter{number} Test")
        status = ConversationStatus.CLOSED if number % 7 == 0 else ConversationStatus.OPEN
        conversation = b.conversation(office_id, rng.choice(channels), voter, status)
        for _ in range(rng.randint(1, 4)):
            sent = start + timedelta(seconds=rng.uniform(0, span))
            topic = rng.choice(TOPICS) if rng.random() > 0.1 else None
            b.inbound(
                conversation,
                sent,
                f"bericht {rng.randint(0, 10**6)} over de buurt",
                topic=topic,
                sentiment=rng.choice(SENTIMENTS) if topic else None,
                campaign=campaign if number % 5 == 0 else None,
            )
            if rng.random() < 0.6:
                b.outbound(conversation, sent + timedelta(minutes=rng.randint(5, 60 * 72)))
    # the exact edges of the week: in, and just out
    edge = b.conversation(office_id, channels[0], b.voter(office_id, "Edge Case"))
    b.inbound(edge, week.start_utc, "first second of the week", topic="climate", sentiment="positive")
    b.inbound(edge, week.end_utc, "first second of the next week", topic="climate", sentiment="positive")
    db.session.commit()


def raw_rows() -> list[tuple[Message, Conversation, TriageResult | None, ChannelAccount]]:
    """Every message with its conversation, triage result and channel account."""
    statement = (
        select(Message, Conversation, TriageResult, ChannelAccount)
        .join(Conversation, Conversation.id == Message.conversation_id)
        .outerjoin(TriageResult, TriageResult.message_id == Message.id)
        .join(ChannelAccount, ChannelAccount.id == Message.channel_account_id)
    )
    return [tuple(row) for row in db.session.execute(statement)]


def in_week(message: Message, week: Week) -> bool:
    return message.direction == Direction.INBOUND and week.start_utc <= message.sent_at < week.end_utc


def topic_voters(rows: list, week: Week) -> dict[str, set[int]]:
    voters: dict[str, set[int]] = defaultdict(set)
    for message, conversation, triage, _ in rows:
        if in_week(message, week) and triage is not None and triage.topic:
            voters[triage.topic].add(conversation.contact_id)
    return voters


def test_digest_numbers_match_the_raw_rows(app: Flask) -> None:
    setup = office_with_users("Numbers office")
    office_id = setup.office.id
    week = parse_week("2026-03-23")
    populate(office_id, week)
    now = week.end_utc + timedelta(hours=30)
    digest = compute_digest(office_id, week, "en", "https://inbox.test", now=now)
    rows = raw_rows()

    # top concerns: distinct voters, change against last week, 4-week average, sentiment
    current = topic_voters(rows, week)
    previous = topic_voters(rows, week.shifted(-1))
    history = [topic_voters(rows, week.shifted(-back)) for back in range(1, 5)]
    assert digest.all_topics, "the generated week has topics"
    for line in digest.all_topics:
        assert line.voters == len(current[line.code]), line.code
        assert line.previous_voters == len(previous[line.code]), line.code
        assert line.average_voters == round(sum(len(h[line.code]) for h in history) / 4, 1), line.code
        sentiments = [t.sentiment for m, _, t, _ in rows if in_week(m, week) and t is not None and t.topic == line.code]
        assert (line.positive, line.neutral, line.negative) == (
            sentiments.count("positive"),
            sentiments.count("neutral"),
            sentiments.count("negative"),
        )
        assert line.link == f"https://inbox.test/?topic={line.code}&status=open"
    assert [line.voters for line in digest.all_topics] == sorted((len(v) for v in current.values()), reverse=True)
    assert digest.voters == len({c.contact_id for m, c, _, _ in rows if in_week(m, week)})
    assert digest.messages == sum(1 for m, *_ in rows if in_week(m, week))

    # messages per channel
    per_channel: dict[str, int] = defaultdict(int)
    for message, _, _, account in rows:
        if in_week(message, week):
            per_channel[str(account.kind)] += 1
    assert {line.kind: line.messages for line in digest.channels} == per_channel

    # answered share and response times: first inbound of the week → first reply after it
    first_in: dict[int, datetime] = {}
    for message, *_ in rows:
        if in_week(message, week):
            first_in[message.conversation_id] = min(
                first_in.get(message.conversation_id, message.sent_at), message.sent_at
            )
    delays = []
    for conversation_id, started in first_in.items():
        replies = [
            m.sent_at
            for m, *_ in rows
            if m.conversation_id == conversation_id and m.direction == Direction.OUTBOUND and m.sent_at >= started
        ]
        if replies:
            delays.append((min(replies) - started).total_seconds())
    kept = digest.kept_up
    assert kept.conversations == len(first_in)
    assert kept.answered == len(delays)
    ordered = sorted(delays)
    assert kept.median_seconds == statistics.median(ordered)
    assert kept.p90_seconds == ordered[math.ceil(0.9 * len(ordered)) - 1]

    # backlog at the end of the week: not closed, voter wrote after the last reply
    cutoff = week.end_utc
    waiting = []
    for conversation_id in {m.conversation_id for m, *_ in rows}:
        messages = [(m, c) for m, c, _, _ in rows if m.conversation_id == conversation_id and m.sent_at < cutoff]
        if not messages or messages[0][1].status == ConversationStatus.CLOSED:
            continue
        last_reply = max((m.sent_at for m, _ in messages if m.direction == Direction.OUTBOUND), default=None)
        unanswered = [
            m.sent_at
            for m, _ in messages
            if m.direction == Direction.INBOUND and (last_reply is None or m.sent_at > last_reply)
        ]
        if unanswered:
            waiting.append(min(unanswered))
    assert kept.backlog == len(waiting)
    assert kept.oldest_waiting_since == min(waiting)

    # campaigns: voters and answered conversations
    campaign_voters = {c.contact_id for m, c, t, _ in rows if in_week(m, week) and t is not None and t.campaign_id}
    assert [line.voters for line in digest.campaigns] == ([len(campaign_voters)] if campaign_voters else [])


def test_quotes_are_short_anonymised_and_signed_with_what_the_record_holds(app: Flask) -> None:
    setup = office_with_users("Quotes office")
    office_id = setup.office.id
    week = parse_week("2026-03-23")
    channel = b.account(office_id)
    anna = b.voter(office_id, "Anna Peeters")
    anna.postcode = "9400"
    handle = b.voter(office_id, "xx_bus_fan_99")
    long_text = "Bel me op 0470 12 34 56 of mail anna.peeters@example.be over buslijn 58. " + "Echt dringend! " * 4000
    b.inbound(b.conversation(office_id, channel, anna), week.start_utc + timedelta(hours=3), long_text)
    b.inbound(
        b.conversation(office_id, channel, handle),
        week.start_utc + timedelta(hours=4),
        "<script>alert('x')</script> De bus naar Ninove rijdt niet meer, zie https://example.com/bus?x=1 @minister",
    )
    db.session.commit()
    digest = compute_digest(office_id, week, "nl")
    quotes = {quote.attribution: quote.text for quote in digest.topics[0].quotes}
    assert set(quotes) == {"Anna, 9400", ""}  # no first name is made up from a handle
    assert len(quotes["Anna, 9400"]) <= 181 and quotes["Anna, 9400"].endswith("…")
    for text in quotes.values():
        assert "0470" not in text and "@" not in text and "example" not in text
