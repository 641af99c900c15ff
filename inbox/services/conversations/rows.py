"""The queue row: how one conversation looks in the inbox list, built in one place.

``GET /api/queue`` pages, ``GET /api/conversations``, the conversation detail's summary and
every live event (``message.created``, ``message.triaged``, ``conversation.updated``) carry
rows made by :func:`queue_rows`, so a row a live event brings is the row a reload shows.

A row's keys (``static/inbox/queue.js`` and ``queue_rows.js`` read them):

* ``id``, ``office_id``, ``contact_name``, ``channel``, ``subject``, ``has_threat``;
* ``status`` — the effective one: a snooze that has passed counts as ``open``;
  ``snoozed_until``; ``assignee`` (name) and ``assignee_id``;
* ``last_activity_at``; ``snippet`` and ``direction`` — the newest message of either
  direction (after a reply: the office's answer, ``"out"``);
* ``tags`` and ``language`` — of the newest **inbound** message (a reply carries no tags,
  so it never hides the voter's topic), with ``campaign_size`` (its distinct voters, see
  ``campaign_members``) and ``campaign_coordinated`` (enough voters to group the campaign's
  rows) when it belongs to a campaign; ``None`` while the conversation holds no inbound
  message. ``tags.topic_uncertain`` is true when the top topic is only a guess (shown as
  "uncertain (maybe …)"), false when clear, ``None`` when unknown (triaged before it was
  stored); ``tags.topic_second`` is a second clear topic or ``None``;
* ``preview`` and ``latest_inbound_id`` — the newest inbound message's start and id;
* ``waiting`` — inbound messages since the office last wrote;
* ``tag_sets`` — the distinct (language, topic, topic_uncertain, topic_second, sentiment,
  toxic, campaign_id) of the conversation's triaged inbound messages: the queue's tag filters match a conversation
  when *one* inbound message carries every requested tag, and the page decides with these
  whether a live row still belongs in a filtered queue (``matchesFilters``);
* ``generated_at`` — when the row was made (live events can overtake each other; a page
  keeps the row made last).

Rows for any number of conversations take three queries, whatever their number.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import case, func, select, union_all
from sqlalchemy.orm import contains_eager

from inbox.models import (
    ChannelAccount,
    Contact,
    Conversation,
    ConversationStatus,
    Direction,
    Message,
    TriageResult,
    User,
    db,
    utcnow,
)
from inbox.services.conversations.campaign_members import campaign_voter_counts, is_coordinated

SNIPPET_LENGTH = 280
PREVIEW_LENGTH = 140


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment else None


def tags_view(message: Message) -> dict[str, Any]:
    """A message's triage tags as the inbox shows them (and whether triage is still to come)."""
    triage: TriageResult | None = message.triage
    view: dict[str, Any] = {"state": str(message.triage_state), "error": message.triage_error or None}
    if triage is None:
        return view
    view.update(
        {
            "language": triage.language,
            "languages": (triage.tags or {}).get("languages", []),
            "topic": triage.topic,
            "topics": triage.topics or [],
            "topic_uncertain": triage.topic_uncertain,
            "topic_second": triage.topic_second,
            "sentiment": triage.sentiment,
            "sentiment_score": triage.sentiment_score,
            "toxic": triage.toxic,
            "threat": triage.threat,
            "threat_score": triage.threat_score,
            "needs_reply": triage.needs_reply,
            "campaign_id": triage.campaign_id,
            "truncated": triage.truncated,
            "corrected": triage.corrected or [],
        }
    )
    return view


def _newest_ids(conversation_ids: Sequence[int], *, inbound_only: bool) -> Any:
    statement = select(func.max(Message.id)).where(Message.conversation_id.in_(conversation_ids))
    if inbound_only:
        statement = statement.where(Message.direction == Direction.INBOUND)
    return statement.group_by(Message.conversation_id)


class LatestMessages:
    """Per conversation: its newest message and its newest inbound one."""

    def __init__(self, conversation_ids: Sequence[int]) -> None:
        """Load both messages of every conversation (with triage results) in one query."""
        self.newest: dict[int, Message] = {}
        self.inbound: dict[int, Message] = {}
        if not conversation_ids:
            return
        wanted = union_all(
            _newest_ids(conversation_ids, inbound_only=False), _newest_ids(conversation_ids, inbound_only=True)
        )
        found = db.session.execute(
            select(Message)
            .outerjoin(Message.triage)
            .where(Message.id.in_(wanted))
            .options(contains_eager(Message.triage))
            .order_by(Message.id)
        )
        for message in found.scalars():  # oldest first: the newest is set last
            self.newest[message.conversation_id] = message
            if message.direction == Direction.INBOUND:
                self.inbound[message.conversation_id] = message


# The tags the queue's filters match on one inbound message (queue.py's _tag_clause).
FILTERED_TAGS = ("language", "topic", "topic_uncertain", "topic_second", "sentiment", "toxic", "campaign_id")


class InboundTags:
    """Per conversation: inbound messages since the office last wrote, and the tag sets of its inbound messages."""

    def __init__(self, conversation_ids: Sequence[int]) -> None:
        """One grouped query over the conversations' inbound messages and their triage results."""
        self.waiting: dict[int, int] = {}
        self.tag_sets: dict[int, list[dict[str, Any]]] = {}
        if not conversation_ids:
            return
        outbound = Message.__table__.alias("outbound")
        last_out = (
            select(func.coalesce(func.max(outbound.c.id), 0))
            .where(outbound.c.conversation_id == Message.conversation_id, outbound.c.direction == Direction.OUTBOUND)
            .scalar_subquery()
        )
        tags = [getattr(TriageResult, name) for name in FILTERED_TAGS]
        grouped = db.session.execute(
            select(
                Message.conversation_id,
                func.count(TriageResult.id),
                func.sum(case((Message.id > last_out, 1), else_=0)),
                *tags,
            )
            .outerjoin(TriageResult, TriageResult.message_id == Message.id)
            .where(Message.conversation_id.in_(conversation_ids), Message.direction == Direction.INBOUND)
            .group_by(Message.conversation_id, *tags)
            .order_by(func.min(Message.id))  # each conversation's sets in the order its voter wrote them
        )
        for conversation_id, triaged, waiting, *values in grouped:
            self.waiting[conversation_id] = self.waiting.get(conversation_id, 0) + int(waiting or 0)
            if triaged:  # messages not triaged yet match no tag filter
                self.tag_sets.setdefault(conversation_id, []).append(dict(zip(FILTERED_TAGS, values, strict=True)))


def _names(conversation_ids: Sequence[int]) -> dict[int, tuple[str, str, str | None]]:
    """Per conversation: (channel kind, voter's name, assignee's name)."""
    rows = db.session.execute(
        select(Conversation.id, ChannelAccount.kind, Contact.display_name, User.name)
        .join(ChannelAccount, ChannelAccount.id == Conversation.channel_account_id)
        .join(Contact, Contact.id == Conversation.contact_id)
        .outerjoin(User, User.id == Conversation.assignee_id)
        .where(Conversation.id.in_(conversation_ids))
    ).all()
    return {row[0]: (str(row[1]), row[2], row[3]) for row in rows}


def effective_status(conversation: Conversation, now: datetime) -> str:
    """The status the inbox shows: a snooze that has passed counts as open."""
    if conversation.status == ConversationStatus.SNOOZED and (
        conversation.snoozed_until is not None and conversation.snoozed_until <= now
    ):
        return str(ConversationStatus.OPEN)
    return str(conversation.status)


def queue_rows(conversations: Sequence[Conversation], *, now: datetime | None = None) -> list[dict[str, Any]]:
    """The inbox rows of these conversations, in their order (keys: see the module's docstring)."""
    if not conversations:
        return []
    moment = now or utcnow()
    ids = [conversation.id for conversation in conversations]
    names = _names(ids)
    latest = LatestMessages(ids)
    inbound_tags = InboundTags(ids)
    # the distinct voters (contacts) in each campaign, counted as the campaign panel counts them
    campaign_voters = campaign_voter_counts(
        message.triage.campaign_id for message in latest.inbound.values() if message.triage is not None
    )
    generated_at = time.time()
    rows = []
    for conversation in conversations:
        channel, contact_name, assignee = names.get(conversation.id, ("", "", None))
        newest = latest.newest.get(conversation.id)
        inbound = latest.inbound.get(conversation.id)
        tags = tags_view(inbound) if inbound else None
        if tags is not None and tags.get("campaign_id"):
            tags["campaign_size"] = campaign_voters.get(tags["campaign_id"])
            tags["campaign_coordinated"] = is_coordinated(tags["campaign_size"] or 0)
        rows.append(
            {
                "id": conversation.id,
                "office_id": conversation.office_id,
                "contact_name": contact_name,
                "channel": channel,
                "status": effective_status(conversation, moment),
                "assignee": assignee if conversation.assignee_id else None,
                "assignee_id": conversation.assignee_id,
                "snoozed_until": _iso(conversation.snoozed_until),
                "subject": conversation.subject,
                "last_activity_at": _iso(conversation.last_activity_at),
                "snippet": newest.text[:SNIPPET_LENGTH] if newest else "",
                "direction": str(newest.direction) if newest else None,
                "language": tags.get("language") if tags else None,
                "tags": tags,
                "preview": inbound.text[:PREVIEW_LENGTH] if inbound else "",
                "latest_inbound_id": inbound.id if inbound else None,
                "waiting": inbound_tags.waiting.get(conversation.id, 0),
                "tag_sets": inbound_tags.tag_sets.get(conversation.id, []),
                "has_threat": conversation.has_threat,
                "generated_at": generated_at,
            }
        )
    return rows


def rows_for(conversation_ids: Sequence[int], *, now: datetime | None = None) -> list[dict[str, Any]]:
    """The rows of these conversations (those that still exist), newest activity first."""
    if not conversation_ids:
        return []
    conversations = db.session.execute(
        select(Conversation)
        .where(Conversation.id.in_(conversation_ids))
        .order_by(Conversation.last_activity_at.desc(), Conversation.id.desc())
    ).scalars()
    return queue_rows(list(conversations), now=now)
