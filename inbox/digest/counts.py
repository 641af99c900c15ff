"""SQL aggregation of one office's inbound messages over one period (a week, usually).

Every function takes UTC bounds ``[start, end)`` and counts by ``Message.sent_at`` (when the
voter wrote). Voters are distinct contacts, reached through the message's conversation.
Voters erased since (by request or retention) stay counted: their weekly numbers are kept,
without text, in ``erased_count`` and added here (:mod:`inbox.services.privacy.tally`).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import and_, case, distinct, func, select

from inbox.digest.data import TopicCount
from inbox.models import (
    Campaign,
    ChannelAccount,
    Conversation,
    Direction,
    Message,
    TriageResult,
    counted_topic,
    db,
)
from inbox.services.conversations.campaign_members import campaign_voter_counts, is_coordinated
from inbox.services.privacy.tally import (
    add_erased_channels,
    add_erased_topic_counts,
    add_erased_totals,
    add_erased_voters,
    erased_campaigns,
)


def inbound_between(office_id: int, start: datetime, end: datetime) -> Any:
    """The WHERE clause: the office's inbound messages written in ``[start, end)``."""
    return and_(
        Message.office_id == office_id,
        Message.direction == Direction.INBOUND,
        Message.sent_at >= start,
        Message.sent_at < end,
    )


def _sentiment(label: str) -> Any:
    return func.sum(case((TriageResult.sentiment == label, 1), else_=0))


Period = tuple[datetime, datetime]


def _bucket(periods: list[Period]) -> Any:
    """The index of the period a message's ``sent_at`` falls in (NULL outside them all)."""
    return case(
        *[((Message.sent_at >= start) & (Message.sent_at < end), index) for index, (start, end) in enumerate(periods)]
    )


def _counted(office_id: int, periods: list[Period], *group: Any) -> Any:
    """SELECT bucket, *group, voters, messages, positive, neutral, negative over all ``periods`` in one scan."""
    bucket = _bucket(periods).label("bucket")
    return (
        select(
            bucket,
            *group,
            func.count(distinct(Conversation.contact_id)),
            func.count(Message.id),
            _sentiment("positive"),
            _sentiment("neutral"),
            _sentiment("negative"),
        )
        .select_from(Message)
        .join(Conversation, Conversation.id == Message.conversation_id)
        .outerjoin(TriageResult, TriageResult.message_id == Message.id)
        .where(inbound_between(office_id, min(start for start, _ in periods), max(end for _, end in periods)))
        .group_by(bucket, *group)
    )


def topic_counts_by_period(office_id: int, periods: list[Period]) -> list[dict[str | None, TopicCount]]:
    """For each period: voters, messages and sentiment per topic code (None: not triaged or no topic).

    A message whose top topic is uncertain counts under ``uncertain`` (``UNCERTAIN_TOPIC``), not
    under its guessed code, so the codes and ``uncertain`` still partition the messages.
    """
    found: list[dict[str | None, TopicCount]] = [{} for _ in periods]
    for bucket, topic, voters, messages, pos, neu, neg in db.session.execute(
        _counted(office_id, periods, counted_topic().label("counted_topic"))
    ):
        if bucket is not None:
            found[int(bucket)][topic] = TopicCount(
                int(voters), int(messages), int(pos or 0), int(neu or 0), int(neg or 0)
            )
    add_erased_topic_counts(office_id, periods, found)  # erased voters stay counted (no text, no ids)
    return found


def totals_by_period(office_id: int, periods: list[Period]) -> list[TopicCount]:
    """For each period: distinct voters, messages and sentiment counts over all topics."""
    found = [TopicCount() for _ in periods]
    for bucket, voters, messages, pos, neu, neg in db.session.execute(_counted(office_id, periods)):
        if bucket is not None:
            found[int(bucket)] = TopicCount(int(voters), int(messages), int(pos or 0), int(neu or 0), int(neg or 0))
    add_erased_totals(office_id, periods, found)
    return found


def voters_by_period(office_id: int, periods: list[Period]) -> list[tuple[int, int]]:
    """For each period: (distinct voters, messages) — the totals without the triage join."""
    bucket = _bucket(periods).label("bucket")
    statement = (
        select(bucket, func.count(distinct(Conversation.contact_id)), func.count(Message.id))
        .select_from(Message)
        .join(Conversation, Conversation.id == Message.conversation_id)
        .where(inbound_between(office_id, min(start for start, _ in periods), max(end for _, end in periods)))
        .group_by(bucket)
    )
    found = [(0, 0) for _ in periods]
    for index, voters, messages in db.session.execute(statement):
        if index is not None:
            found[int(index)] = (int(voters), int(messages))
    add_erased_voters(office_id, periods, found)
    return found


def totals(office_id: int, start: datetime, end: datetime) -> TopicCount:
    """Distinct voters, messages and sentiment counts over all topics in ``[start, end)``."""
    return totals_by_period(office_id, [(start, end)])[0]


def channel_counts(office_id: int, start: datetime, end: datetime) -> dict[str, tuple[int, int]]:
    """(messages, distinct voters) per channel kind."""
    statement = (
        select(ChannelAccount.kind, func.count(Message.id), func.count(distinct(Conversation.contact_id)))
        .select_from(Message)
        .join(Conversation, Conversation.id == Message.conversation_id)
        .join(ChannelAccount, ChannelAccount.id == Message.channel_account_id)
        .where(inbound_between(office_id, start, end))
        .group_by(ChannelAccount.kind)
    )
    found = {str(kind): (int(messages), int(voters)) for kind, messages, voters in db.session.execute(statement)}
    add_erased_channels(office_id, start, end, found)
    return found


def campaign_rows(office_id: int, start: datetime, end: datetime) -> list[tuple[int, str, int, int, list[set[int]]]]:
    """(campaign id, label, voters, messages, each live voter's conversations) of the coordinated
    campaigns with messages in the period.

    Voters are distinct contacts (linked identities are one voter, a repeated letter counts
    once; erased voters as the tally kept them). A campaign is listed only when it is
    coordinated: :data:`~inbox.services.conversations.campaign_members.MIN_CAMPAIGN_VOTERS`
    distinct voters in all (or in the period), so one voter repeating a letter is none.
    """
    statement = (
        select(
            TriageResult.campaign_id,
            func.count(distinct(Conversation.contact_id)),
            func.count(Message.id),
        )
        .select_from(Message)
        .join(Conversation, Conversation.id == Message.conversation_id)
        .join(TriageResult, TriageResult.message_id == Message.id)
        .where(inbound_between(office_id, start, end), TriageResult.campaign_id.is_not(None))
        .group_by(TriageResult.campaign_id)
    )
    sizes = {int(cid): (int(voters), int(messages)) for cid, voters, messages in db.session.execute(statement)}
    for cid, (voters, messages) in erased_campaigns(office_id, start, end).items():
        live_voters, live_messages = sizes.get(cid, (0, 0))
        sizes[cid] = (live_voters + voters, live_messages + messages)
    in_all = campaign_voter_counts(sizes)
    sizes = {cid: size for cid, size in sizes.items() if is_coordinated(max(in_all.get(cid, 0), size[0]))}
    if not sizes:
        return []
    triples = db.session.execute(
        select(TriageResult.campaign_id, Conversation.contact_id, Message.conversation_id)
        .select_from(Message)
        .join(Conversation, Conversation.id == Message.conversation_id)
        .join(TriageResult, TriageResult.message_id == Message.id)
        .where(inbound_between(office_id, start, end), TriageResult.campaign_id.in_(sizes))
        .distinct()
    )
    voters_of: dict[int, dict[int, set[int]]] = {cid: {} for cid in sizes}
    for cid, contact_id, conversation_id in triples:
        voters_of[int(cid)].setdefault(int(contact_id), set()).add(int(conversation_id))
    labels = dict(db.session.execute(select(Campaign.id, Campaign.label).where(Campaign.id.in_(sizes))).all())
    return [
        (cid, str(labels.get(cid) or ""), voters, messages, list(voters_of[cid].values()))
        for cid, (voters, messages) in sizes.items()
    ]
