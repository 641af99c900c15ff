"""Response times and backlog, by SQL over messages and sent replies.

A conversation's response time in a week runs from its first inbound message of that week
to the first reply after it: an outbound message or a sent OutgoingReply, whichever is
earlier. The backlog is every conversation not closed whose voter wrote after the office's
last reply (as of the cutoff); it waits since the first such message.
"""

from __future__ import annotations

import math
import statistics
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, literal, select

from inbox.digest.counts import inbound_between
from inbox.models import (
    Conversation,
    ConversationStatus,
    Direction,
    Message,
    OutgoingReply,
    ReplyState,
    db,
)
from inbox.models.base import UTCDateTime

EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


@dataclass(frozen=True)
class FirstReply:
    """When the voter first wrote in the period and when the office first answered after that."""

    conversation_id: int
    first_inbound: datetime
    first_reply: datetime | None

    @property
    def seconds(self) -> float | None:
        """Time to first reply in seconds, or None while unanswered."""
        return (self.first_reply - self.first_inbound).total_seconds() if self.first_reply else None


def _first_after(conversation_id: Any, after: Any) -> tuple[Any, Any]:
    """Correlated subqueries: the first outbound message and the first sent reply at or after ``after``."""
    message = (
        select(func.min(Message.sent_at))
        .where(
            Message.conversation_id == conversation_id,
            Message.direction == Direction.OUTBOUND,
            Message.sent_at >= after,
        )
        .scalar_subquery()
    )
    reply = (
        select(func.min(OutgoingReply.sent_at))
        .where(
            OutgoingReply.conversation_id == conversation_id,
            OutgoingReply.state == ReplyState.SENT,
            OutgoingReply.sent_at >= after,
        )
        .scalar_subquery()
    )
    return message, reply


def first_replies(office_id: int, start: datetime, end: datetime) -> list[FirstReply]:
    """For each conversation with inbound messages in ``[start, end)``: first inbound and first reply after it.

    Per conversation lookups on the (conversation_id, sent_at) index keep this fast on big offices.
    """
    firsts = (
        select(Message.conversation_id.label("conversation_id"), func.min(Message.sent_at).label("first_in"))
        .where(inbound_between(office_id, start, end))
        .group_by(Message.conversation_id)
        .subquery("firsts")
    )
    message, reply = _first_after(firsts.c.conversation_id, firsts.c.first_in)
    rows = db.session.execute(select(firsts.c.conversation_id, firsts.c.first_in, message, reply)).all()
    result = []
    for conversation_id, first_in, by_message, by_reply in rows:
        answers = [_aware(value) for value in (by_message, by_reply) if value is not None]
        result.append(FirstReply(int(conversation_id), _aware(first_in), min(answers) if answers else None))
    return result


def _aware(value: Any) -> Any:
    """Timestamps from aggregates and subqueries may come back as text or naive on SQLite."""
    if value is None:
        return None
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def median_and_p90(seconds: list[float]) -> tuple[float | None, float | None]:
    """The median and the 90th percentile (nearest rank) of response times; (None, None) when empty."""
    if not seconds:
        return None, None
    ordered = sorted(seconds)
    rank = max(1, math.ceil(0.9 * len(ordered)))
    return float(statistics.median(ordered)), float(ordered[rank - 1])


@dataclass(frozen=True)
class Backlog:
    """Conversations still waiting for a reply at the cutoff, and the longest-waiting one."""

    count: int
    oldest_conversation_id: int | None
    oldest_since: datetime | None


def backlog(office_id: int, cutoff: datetime) -> Backlog:
    """Open (not closed) conversations whose voter wrote after the office's last reply, as of ``cutoff``."""
    last_message = (
        select(func.max(Message.sent_at))
        .where(
            Message.conversation_id == Conversation.id,
            Message.direction == Direction.OUTBOUND,
            Message.sent_at < cutoff,
        )
        .scalar_subquery()
    )
    last_reply = (
        select(func.max(OutgoingReply.sent_at))
        .where(
            OutgoingReply.conversation_id == Conversation.id,
            OutgoingReply.state == ReplyState.SENT,
            OutgoingReply.sent_at < cutoff,
        )
        .scalar_subquery()
    )
    open_conversations = (
        select(
            Conversation.id.label("conversation_id"),
            func.coalesce(last_message, literal(EPOCH, UTCDateTime())).label("last_message"),
            func.coalesce(last_reply, literal(EPOCH, UTCDateTime())).label("last_reply"),
        )
        .where(Conversation.office_id == office_id, Conversation.status != ConversationStatus.CLOSED)
        .subquery("open_conversations")
    )
    since = (
        select(func.min(Message.sent_at))
        .where(
            Message.conversation_id == open_conversations.c.conversation_id,
            Message.direction == Direction.INBOUND,
            Message.sent_at < cutoff,
            Message.sent_at > open_conversations.c.last_message,
            Message.sent_at > open_conversations.c.last_reply,
        )
        .scalar_subquery()
    )
    waiting = [
        (int(conversation_id), _aware(waiting_since))
        for conversation_id, waiting_since in db.session.execute(
            select(open_conversations.c.conversation_id, since.label("since"))
        )
        if waiting_since is not None
    ]
    if not waiting:
        return Backlog(0, None, None)
    oldest_id, oldest_since = min(waiting, key=lambda item: (item[1], item[0]))
    return Backlog(len(waiting), oldest_id, oldest_since)
