"""Anonymous counts of erased messages, so the figures of past weeks stay what they were.

When a voter is erased (or removed by retention) their inbound messages are first counted
per office week into ``erased_count``: voters and messages in total, per topic (with the
sentiment split), per channel and per campaign. No text, no ids, no times finer than the
week. The digest and the dashboard add these numbers to what they count from the
remaining messages (:mod:`inbox.digest.counts` calls the ``add_*`` functions below).

Not kept: response times and answered shares of erased conversations, and phrases (the
digest's "rising" phrases are read from text, which is gone).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Sequence
from datetime import datetime

from sqlalchemy import and_, func, select, update

from inbox.digest.data import TopicCount
from inbox.digest.periods import week_containing
from inbox.digest.recipients import settings_for
from inbox.models import ChannelAccount, Conversation, Direction, ErasedCount, Message, TriageResult, counted_topic, db
from inbox.models.sql import insert_ignoring_conflict

Period = tuple[datetime, datetime]
_SENTIMENTS = ("positive", "neutral", "negative")


def record_erased_counts(office_id: int, message_ids: Sequence[int], voters: Collection[int] | None = None) -> int:
    """Count the inbound messages among ``message_ids`` into ``erased_count``; returns how many.

    Call it before the messages are deleted, in the same transaction. ``voters``: the
    contacts that go (a message of theirs in another voter's conversation counts as a
    message, not as a voter, since that voter stays); None counts every conversation's voter.
    """
    timezone = settings_for(office_id).timezone
    # (week, dimension, key) -> [voter set, messages, positive, neutral, negative]
    cells: dict[tuple[datetime, str, str], list] = defaultdict(lambda: [set(), 0, 0, 0, 0])
    counted = 0
    for start in range(0, len(message_ids), 500):
        statement = (
            select(
                Message.sent_at,
                Conversation.contact_id,
                ChannelAccount.kind,
                counted_topic(),  # an uncertain topic stays counted apart, as the digest counts it
                TriageResult.sentiment,
                TriageResult.campaign_id,
            )
            .join(Conversation, Conversation.id == Message.conversation_id)
            .join(ChannelAccount, ChannelAccount.id == Message.channel_account_id)
            .outerjoin(TriageResult, TriageResult.message_id == Message.id)
            .where(
                Message.id.in_(message_ids[start : start + 500]),
                Message.office_id == office_id,
                Message.direction == Direction.INBOUND,
            )
        )
        for sent_at, contact_id, kind, topic, sentiment, campaign_id in db.session.execute(statement):
            week = week_containing(sent_at, timezone).start_utc
            keys = [("total", ""), ("topic", topic or ""), ("channel", str(kind))]
            if campaign_id is not None:
                keys.append(("campaign", str(campaign_id)))
            for dimension, key in keys:
                cell = cells[(week, dimension, key)]
                if voters is None or contact_id in voters:
                    cell[0].add(contact_id)
                cell[1] += 1
                if sentiment in _SENTIMENTS:
                    cell[2 + _SENTIMENTS.index(sentiment)] += 1
            counted += 1
    for (week, dimension, key), (voters, messages, positive, neutral, negative) in cells.items():
        where = and_(
            ErasedCount.office_id == office_id,
            ErasedCount.week_start == week,
            ErasedCount.dimension == dimension,
            ErasedCount.key == key,
        )
        zero = {"voters": 0, "messages": 0, "positive": 0, "neutral": 0, "negative": 0}
        insert_ignoring_conflict(
            ErasedCount,
            {"office_id": office_id, "week_start": week, "dimension": dimension, "key": key, **zero},
            ["office_id", "week_start", "dimension", "key"],
        )
        db.session.execute(
            update(ErasedCount)
            .where(where)
            .values(
                voters=ErasedCount.voters + len(voters),
                messages=ErasedCount.messages + messages,
                positive=ErasedCount.positive + positive,
                neutral=ErasedCount.neutral + neutral,
                negative=ErasedCount.negative + negative,
            )
            .execution_options(synchronize_session=False)
        )
    return counted


def _rows(office_id: int, periods: Sequence[Period], dimension: str) -> list[tuple[int, str, TopicCount]]:
    """(period index, key, counts) of one dimension, each row in the period its week starts in."""
    if not periods:
        return []
    statement = (
        select(
            ErasedCount.week_start,
            ErasedCount.key,
            func.sum(ErasedCount.voters),
            func.sum(ErasedCount.messages),
            func.sum(ErasedCount.positive),
            func.sum(ErasedCount.neutral),
            func.sum(ErasedCount.negative),
        )
        .where(
            ErasedCount.office_id == office_id,
            ErasedCount.dimension == dimension,
            ErasedCount.week_start >= min(start for start, _ in periods),
            ErasedCount.week_start < max(end for _, end in periods),
        )
        .group_by(ErasedCount.week_start, ErasedCount.key)
    )
    found = []
    for week, key, voters, messages, pos, neu, neg in db.session.execute(statement):
        for index, (start, end) in enumerate(periods):
            if start <= week < end:
                counts = TopicCount(int(voters), int(messages), int(pos or 0), int(neu or 0), int(neg or 0))
                found.append((index, key, counts))
                break
    return found


def _add(target: TopicCount, extra: TopicCount) -> None:
    target.voters += extra.voters
    target.messages += extra.messages
    target.positive += extra.positive
    target.neutral += extra.neutral
    target.negative += extra.negative


def add_erased_topic_counts(
    office_id: int, periods: Sequence[Period], found: list[dict[str | None, TopicCount]]
) -> None:
    """Add erased voters and messages per topic (key "" is untagged, None in ``found``)."""
    for index, key, counts in _rows(office_id, periods, "topic"):
        _add(found[index].setdefault(key or None, TopicCount()), counts)


def add_erased_totals(office_id: int, periods: Sequence[Period], found: list[TopicCount]) -> None:
    """Add erased voters, messages and sentiment to each period's totals."""
    for index, _key, counts in _rows(office_id, periods, "total"):
        _add(found[index], counts)


def add_erased_voters(office_id: int, periods: Sequence[Period], found: list[tuple[int, int]]) -> None:
    """Add erased (voters, messages) to each period's pair."""
    for index, _key, counts in _rows(office_id, periods, "total"):
        voters, messages = found[index]
        found[index] = (voters + counts.voters, messages + counts.messages)


def add_erased_channels(office_id: int, start: datetime, end: datetime, found: dict[str, tuple[int, int]]) -> None:
    """Add erased (messages, voters) per channel kind."""
    for _index, key, counts in _rows(office_id, [(start, end)], "channel"):
        messages, voters = found.get(key, (0, 0))
        found[key] = (messages + counts.messages, voters + counts.voters)


def erased_campaigns(office_id: int, start: datetime, end: datetime) -> dict[int, tuple[int, int]]:
    """campaign id -> erased (voters, messages) in the period."""
    found: dict[int, tuple[int, int]] = {}
    for _index, key, counts in _rows(office_id, [(start, end)], "campaign"):
        voters, messages = found.get(int(key), (0, 0))
        found[int(key)] = (voters + counts.voters, messages + counts.messages)
    return found
