"""The office's queue: a filtered page of conversations, newest activity first.

Rules a staff member can rely on:

* **Status**: by default open and pending conversations, plus snoozed ones whose snooze
  has passed (they count as open and are shown with status ``open``). ``snoozed`` means
  still snoozed (until a future time, or without an end).
* **Threats first**: conversations holding a message tagged as a threat come before all
  others on the first page (newest first among them); later pages hold the rest.
  ``threat=true`` lists only them, ``threat=false`` only the others.
* **Tags** (language, topic, sentiment, toxic, campaign) match when *any* inbound message of
  the conversation carries *all* the requested tags together ("a negative message about
  housing"), because a voter's earlier message about housing keeps the thread a housing
  thread. A **topic** matches a message whose top topic is that code and clear, or whose
  second topic is that code; a top topic the model was unsure of (``topic_uncertain``) does
  not count under its guessed code but under ``topic=uncertain``. **needs_reply** is
  different: it reflects the *latest* inbound message only, the question the voter is
  waiting on now. Messages not triaged yet match no tag filter.
* **q** matches the text of the conversation's inbound messages (stemmed, see
  :mod:`inbox.services.search.words`) or the voter's names. A query without any letters or
  digits (``***``, quotes only) filters nothing.
* **Pages** are keyset pages: the cursor is the last row's (activity time, id), so new
  messages arriving while someone pages never cause gaps or duplicates among the rest; a
  conversation that gets new activity moves to the top (and arrives live by Socket.IO).

Each item is the row :func:`inbox.services.conversations.rows.queue_rows` makes, the same row
live events carry (tags and preview of the *latest inbound* message); see :func:`queue_page`.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, exists, func, literal, or_, select, tuple_

from inbox.models import (
    UNCERTAIN_TOPIC,
    ChannelAccount,
    Conversation,
    ConversationStatus,
    Direction,
    Membership,
    Message,
    TriageResult,
    db,
    utcnow,
)
from inbox.models.base import UTCDateTime
from inbox.services.conversations.queue_filters import Cursor, QueueFilterError, QueueFilters
from inbox.services.conversations.rows import queue_rows
from inbox.services.search.full_text import conversation_search_clause


@dataclass
class QueuePage:
    """One page of queue rows and the cursor of the next page (None on the last page)."""

    items: list[dict[str, Any]]
    next_cursor: str | None


def _status_clause(statuses: tuple[ConversationStatus, ...], now: datetime) -> ColumnElement[bool]:
    snoozed = Conversation.status == ConversationStatus.SNOOZED
    parts: list[ColumnElement[bool]] = []
    if ConversationStatus.OPEN in statuses:
        parts += [Conversation.status == ConversationStatus.OPEN, and_(snoozed, Conversation.snoozed_until <= now)]
    if ConversationStatus.PENDING in statuses:
        parts.append(Conversation.status == ConversationStatus.PENDING)
    if ConversationStatus.SNOOZED in statuses:
        parts.append(and_(snoozed, or_(Conversation.snoozed_until.is_(None), Conversation.snoozed_until > now)))
    if ConversationStatus.CLOSED in statuses:
        parts.append(Conversation.status == ConversationStatus.CLOSED)
    return or_(*parts)


def _assignee_clause(office_id: int, user_id: int, assignee: str | int) -> ColumnElement[bool] | None:
    if assignee == "anyone":
        return None
    if assignee == "unassigned":
        return Conversation.assignee_id.is_(None)
    chosen = user_id if assignee == "mine" else int(assignee)
    member = db.session.execute(
        select(Membership.id).where(Membership.office_id == office_id, Membership.user_id == chosen)
    ).first()
    if member is None:
        raise QueueFilterError(f"assignee: user {chosen} is not a member of this office")
    return Conversation.assignee_id == chosen


def topic_condition(topic: str) -> ColumnElement[bool]:
    """One message's topic test: ``uncertain`` matches an uncertain top topic; a code matches
    a clear top topic or a second topic (an uncertain guess never counts under its code)."""
    if topic == UNCERTAIN_TOPIC:
        return TriageResult.topic_uncertain.is_(True)
    clear = and_(TriageResult.topic == topic, TriageResult.topic_uncertain.is_not(True))
    return or_(clear, TriageResult.topic_second == topic)


def _tag_clause(office_id: int, filters: QueueFilters) -> ColumnElement[bool] | None:
    """Conversations with one inbound message carrying every requested tag."""
    conditions = []
    if filters.language is not None:
        conditions.append(TriageResult.language == filters.language)
    if filters.topic is not None:
        conditions.append(topic_condition(filters.topic))
    if filters.sentiment is not None:
        conditions.append(TriageResult.sentiment == filters.sentiment)
    if filters.toxic is not None:
        conditions.append(TriageResult.toxic.is_(filters.toxic))
    if filters.threat is False:
        conditions.append(TriageResult.threat.is_not(True))
    if filters.campaign_id is not None:
        conditions.append(TriageResult.campaign_id == filters.campaign_id)
    if not conditions:
        return None
    tagged = (
        select(Message.conversation_id)
        .join(TriageResult, TriageResult.message_id == Message.id)
        .where(Message.office_id == office_id, Message.direction == Direction.INBOUND, *conditions)
    )
    if filters.toxic is True:
        # few conversations hold a toxic message; the flag (kept by inbox.services.conversations.flags)
        # walks only those, through their partial index, in queue order
        flagged = and_(Conversation.has_toxic)  # bare, as the partial index's predicate is written
        return flagged if len(conditions) == 1 else and_(flagged, Conversation.id.in_(tagged))
    if filters.campaign_id is not None:
        # a campaign is small: gather its conversations first
        return Conversation.id.in_(tagged)
    # common tags: walk the queue in order and look into each conversation's messages
    return exists(tagged.where(Message.conversation_id == Conversation.id).correlate(Conversation))


def _latest_inbound_id() -> Any:
    return (
        select(func.max(Message.id))
        .where(Message.conversation_id == Conversation.id, Message.direction == Direction.INBOUND)
        .correlate(Conversation)
        .scalar_subquery()
    )


def _needs_reply_clause(needs_reply: bool) -> ColumnElement[bool]:
    return exists(
        select(TriageResult.id)
        .where(TriageResult.message_id == _latest_inbound_id(), TriageResult.needs_reply.is_(needs_reply))
        .correlate(Conversation)
    )


def _threat_clause(threat: bool | None) -> ColumnElement[bool]:
    """Threat conversations only (``True``), or never (otherwise: they are pinned above the pages)."""
    if threat is True:
        return and_(Conversation.has_threat)  # bare, as the partial index's predicate is written
    return Conversation.has_threat.is_(False)


def queue_statement(office_id: int, user_id: int, filters: QueueFilters, now: datetime) -> Select[tuple[Conversation]]:
    """The SELECT for one page (one row more than the limit, to know whether more follow)."""
    statement = select(Conversation).where(Conversation.office_id == office_id, _status_clause(filters.statuses, now))
    clauses = [
        _assignee_clause(office_id, user_id, filters.assignee),
        _tag_clause(office_id, filters),
        _needs_reply_clause(filters.needs_reply) if filters.needs_reply is not None else None,
        _threat_clause(filters.threat),
        conversation_search_clause(office_id, filters.query) if filters.query else None,
    ]
    if filters.channel is not None:
        accounts = select(ChannelAccount.id).where(
            ChannelAccount.office_id == office_id, ChannelAccount.kind == filters.channel
        )
        clauses.append(Conversation.channel_account_id.in_(accounts))
    if filters.cursor is not None:
        boundary = tuple_(
            literal(filters.cursor.last_activity_at, UTCDateTime()), literal(filters.cursor.conversation_id)
        )
        clauses.append(tuple_(Conversation.last_activity_at, Conversation.id) < boundary)
    statement = statement.where(*(clause for clause in clauses if clause is not None))
    return statement.order_by(Conversation.last_activity_at.desc(), Conversation.id.desc()).limit(filters.limit + 1)


def queue_page(office_id: int, user_id: int, filters: QueueFilters, *, now: datetime | None = None) -> QueuePage:
    """A page of the office's queue as ``user_id`` asked for it.

    Each item is a row of :func:`~inbox.services.conversations.rows.queue_rows` (the row live
    events carry): ``status`` is the effective one, ``tags``/``language``/``preview`` are those
    of the latest inbound message.

    Raises QueueFilterError for a filter that cannot apply to this office (an assignee who is
    not a member).
    """
    moment = now or utcnow()
    rows = list(db.session.execute(queue_statement(office_id, user_id, filters, moment)).scalars())
    more = len(rows) > filters.limit
    rows = rows[: filters.limit]
    pinned: list[Conversation] = []
    if filters.threat is None and filters.cursor is None:
        pinned = list(
            db.session.execute(queue_statement(office_id, user_id, replace(filters, threat=True), moment)).scalars()
        )[: filters.limit]
    items = queue_rows(pinned + rows, now=moment)
    next_cursor = Cursor(rows[-1].last_activity_at, rows[-1].id).encode() if more and rows else None
    return QueuePage(items, next_cursor)
