"""Names for what audit events point at, so /audit can say "Anna added Pieter as staff".

An event keeps ids (``target_type`` and ``target_id``, and user ids in its detail); this
module looks the names up in a few queries per page of events: a person's name, the voter
of a conversation, a reply or a message, a channel account's handle, a topic's code, a
canned reply's title. What no longer exists (erased, deleted)
has no name, and the page falls back to the kind of thing and its number.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import select

from inbox.models import (
    AuditEvent,
    Campaign,
    CannedReply,
    ChannelAccount,
    Contact,
    Conversation,
    Message,
    OutgoingReply,
    Topic,
    User,
    db,
)

# Detail keys that hold a user id (an assignment's from and to).
USER_DETAIL_ACTIONS = frozenset({"conversation.assigned"})


def _ids(values: Iterable[str]) -> set[int]:
    return {int(value) for value in values if str(value).isdigit()}


def _voters_of_conversations(ids: set[int]) -> dict[int, str]:
    if not ids:
        return {}
    rows = db.session.execute(
        select(Conversation.id, Contact.display_name)
        .join(Contact, Contact.id == Conversation.contact_id)
        .where(Conversation.id.in_(ids))
    )
    return {row[0]: row[1] for row in rows}


def _voters_through(column: Any, key: Any, ids: set[int]) -> dict[int, str]:
    """Voter names of replies or messages (``key`` their id, ``column`` their conversation id)."""
    if not ids:
        return {}
    rows = db.session.execute(
        select(key, Contact.display_name)
        .join(Conversation, Conversation.id == column)
        .join(Contact, Contact.id == Conversation.contact_id)
        .where(key.in_(ids))
    )
    return {row[0]: row[1] for row in rows}


def _names(column_id: Any, column_name: Any, ids: set[int]) -> dict[int, str]:
    if not ids:
        return {}
    return {row[0]: row[1] for row in db.session.execute(select(column_id, column_name).where(column_id.in_(ids)))}


def _channel_labels(ids: set[int]) -> dict[int, str]:
    if not ids:
        return {}
    rows = db.session.execute(
        select(ChannelAccount.id, ChannelAccount.kind, ChannelAccount.handle).where(ChannelAccount.id.in_(ids))
    )
    return {row[0]: f"{row[1]}:{row[2]}" for row in rows}


def target_labels(events: Iterable[AuditEvent]) -> dict[tuple[str, str], str]:
    """``{(target_type, target_id): name}`` for the events' targets that still exist."""
    wanted: dict[str, set[str]] = defaultdict(set)
    for event in events:
        if event.target_type and event.target_id:
            wanted[event.target_type].add(event.target_id)
    found: dict[str, Mapping[int, str]] = {
        "user": _names(User.id, User.name, _ids(wanted["user"])),
        "conversation": _voters_of_conversations(_ids(wanted["conversation"])),
        "contact": _names(Contact.id, Contact.display_name, _ids(wanted["contact"])),
        "outgoing_reply": _voters_through(
            OutgoingReply.conversation_id, OutgoingReply.id, _ids(wanted["outgoing_reply"])
        ),
        "message": _voters_through(Message.conversation_id, Message.id, _ids(wanted["message"])),
        "channel_account": _channel_labels(_ids(wanted["channel_account"])),
        "topic": _names(Topic.id, Topic.code, _ids(wanted["topic"])),
        "canned_reply": _names(CannedReply.id, CannedReply.title, _ids(wanted["canned_reply"])),
        "campaign": _names(Campaign.id, Campaign.label, _ids(wanted["campaign"])),
    }
    labels: dict[tuple[str, str], str] = {}
    for target_type, names in found.items():
        for target_id, name in names.items():
            labels[(target_type, str(target_id))] = name
    return labels


def detail_user_ids(events: Iterable[AuditEvent]) -> set[int]:
    """User ids named in the events' details (an assignment's from and to)."""
    ids: set[int] = set()
    for event in events:
        if event.action in USER_DETAIL_ACTIONS:
            ids |= {value for value in (event.detail or {}).values() if isinstance(value, int)}
    return ids
