"""The notification centre: @mentions and assignments addressed to a user, read or unread.

Built from what is already stored, so nothing about a voter is copied: a mention is a note
whose ``mentions`` name the user, an assignment the audit event ``conversation.assigned``
to them by a colleague. A notification is read once the user has seen its conversation
since (opening it, or "mark as read", records that in :class:`ConversationRead`), so the
bell, the list and the queue's bold rows agree. Only the last ``WINDOW_DAYS`` count.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select

from inbox.models import AuditEvent, Contact, Conversation, ConversationRead, Note, User, db, utcnow
from inbox.services.conversations.read_state import mark_read

WINDOW_DAYS = 30
SCAN_LIMIT = 1000
LIST_LIMIT = 30
EXCERPT = 140


def _mentions(office_id: int, user_id: int, since: datetime) -> list[dict[str, Any]]:
    rows = db.session.execute(
        select(Note, User.name)
        .join(Conversation, Conversation.id == Note.conversation_id)
        .outerjoin(User, User.id == Note.author_id)
        .where(Conversation.office_id == office_id, Note.created_at >= since)
        .order_by(Note.id.desc())
        .limit(SCAN_LIMIT)
    ).all()
    return [
        {
            "id": f"mention-{note.id}",
            "kind": "mentioned",
            "conversation_id": note.conversation_id,
            "author": author or "",
            "excerpt": note.body[:EXCERPT],
            "at": note.created_at,
        }
        for note, author in rows
        if user_id in (note.mentions or []) and note.author_id != user_id
    ]


def _assignments(office_id: int, user_id: int, since: datetime) -> list[dict[str, Any]]:
    rows = db.session.execute(
        select(AuditEvent, User.name)
        .outerjoin(User, User.id == AuditEvent.actor_user_id)
        .where(
            AuditEvent.office_id == office_id,
            AuditEvent.action == "conversation.assigned",
            AuditEvent.created_at >= since,
        )
        .order_by(AuditEvent.id.desc())
        .limit(SCAN_LIMIT)
    ).all()
    return [
        {
            "id": f"assigned-{event.id}",
            "kind": "assigned",
            "conversation_id": int(event.target_id),
            "by": actor or "",
            "excerpt": "",
            "at": event.created_at,
        }
        for event, actor in rows
        if (event.detail or {}).get("to") == user_id
        and event.actor_user_id != user_id
        and str(event.target_id).isdigit()
    ]


def notifications_for(office_id: int, user_id: int) -> dict[str, Any]:
    """The user's notifications, newest first: ``{"items": [...], "unread": n}``.

    Each item: ``id``, ``kind`` (``mentioned`` or ``assigned``), ``conversation_id``,
    ``voter``, ``author`` or ``by``, ``excerpt`` (a mention's note), ``at`` and ``read``.
    """
    since = utcnow() - timedelta(days=WINDOW_DAYS)
    items = _mentions(office_id, user_id, since) + _assignments(office_id, user_id, since)
    conversation_ids = {item["conversation_id"] for item in items}
    voters = dict(
        db.session.execute(
            select(Conversation.id, Contact.display_name)
            .join(Contact, Contact.id == Conversation.contact_id)
            .where(Conversation.id.in_(conversation_ids), Conversation.office_id == office_id)
        ).all()
    )
    reads = dict(
        db.session.execute(
            select(ConversationRead.conversation_id, ConversationRead.read_at).where(
                ConversationRead.user_id == user_id, ConversationRead.conversation_id.in_(conversation_ids)
            )
        ).all()
    )
    shown = []
    for item in sorted(items, key=lambda item: item["at"], reverse=True):
        if item["conversation_id"] not in voters:
            continue  # erased, or no longer in this office
        read_at = reads.get(item["conversation_id"])
        shown.append(
            {
                **item,
                "voter": voters[item["conversation_id"]],
                "read": read_at is not None and read_at >= item["at"],
                "at": item["at"].isoformat(),
            }
        )
    shown = shown[:LIST_LIMIT]
    return {"items": shown, "unread": sum(1 for item in shown if not item["read"])}


def mark_notifications_read(office_id: int, user_id: int, conversation_ids: set[int] | None = None) -> dict[str, Any]:
    """Mark the user's notifications read (of these conversations, or all); returns the new list."""
    for item in notifications_for(office_id, user_id)["items"]:
        if not item["read"] and (conversation_ids is None or item["conversation_id"] in conversation_ids):
            mark_read(user_id, item["conversation_id"])
    return notifications_for(office_id, user_id)
