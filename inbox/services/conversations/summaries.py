"""Reading conversations for the inbox, and telling open inboxes that one changed."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import aliased, joinedload, selectinload

from inbox.live.events import publish
from inbox.models import (
    ChannelAccount,
    Contact,
    ContactIdentity,
    Conversation,
    Message,
    OutgoingReply,
    User,
    db,
)
from inbox.models.message import MessageMedia
from inbox.services.conversations.notes import conversation_notes
from inbox.services.conversations.rows import SNIPPET_LENGTH, LatestMessages, queue_rows, rows_for, tags_view
from inbox.services.safety.hide_suggestion import hide_suggestion


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment else None


def list_conversations(office_id: int, *, limit: int = 100) -> list[dict[str, Any]]:
    """The office's conversations of every status as queue rows, most recent activity first."""
    conversations = db.session.execute(
        select(Conversation)
        .where(Conversation.office_id == office_id)
        .order_by(Conversation.last_activity_at.desc(), Conversation.id.desc())
        .limit(limit)
    ).scalars()
    return queue_rows(list(conversations))


def media_view(item: MessageMedia) -> dict[str, str]:
    """A media item as the conversation view shows it; only http(s) links are handed to the page."""
    safe = lambda url: url if url.startswith(("https://", "http://")) else ""  # noqa: E731
    return {
        "kind": item.kind,
        "url": safe(item.url),
        "preview_url": safe(item.preview_url),
        "mime_type": item.mime_type,
        "alt_text": item.alt_text,
    }


def conversation_detail(office_id: int, conversation_id: int) -> dict[str, Any] | None:
    """One conversation with all its messages and replies, or None if not in this office."""
    conversation = db.session.execute(
        select(Conversation)
        .where(Conversation.id == conversation_id, Conversation.office_id == office_id)
        .options(joinedload(Conversation.contact))
    ).scalar_one_or_none()
    if conversation is None:
        return None
    author = aliased(ContactIdentity)
    messages = db.session.execute(
        select(Message, author)
        .outerjoin(author, Message.author_identity_id == author.id)
        .where(Message.conversation_id == conversation.id)
        .options(joinedload(Message.triage), selectinload(Message.media))
        .order_by(Message.sent_at, Message.id)
    ).all()
    user_names = dict(db.session.execute(select(User.id, User.name)).all())
    replies = db.session.execute(
        select(OutgoingReply).where(OutgoingReply.conversation_id == conversation.id).order_by(OutgoingReply.id)
    ).scalars()
    return {
        "summary": queue_rows([conversation])[0],
        "contact": _contact_card(conversation.contact),
        "messages": [
            {
                "id": message.id,
                "direction": str(message.direction),
                "author": (identity.display_name or identity.handle)
                if identity
                else user_names.get(message.author_user_id, ""),
                "handle": identity.handle if identity else "",
                "text": message.text,
                "sent_at": _iso(message.sent_at),
                "language": message.triage.language if message.triage else None,
                "tags": tags_view(message) if message.direction == "in" else None,
                "hidden_at": _iso(message.hidden_at),
                "removed_at": _iso(message.removed_at),
                "edited": bool((message.raw or {}).get("edits")),
                "attachments": len((message.raw or {}).get("attachments") or []),
                "withdrawn_at": _iso(message.withdrawn_at),
                "media": [media_view(item) for item in message.media],
            }
            for message, identity in messages
        ],
        "replies": [reply_view(reply, user_names) for reply in replies],
        "hide_suggestion": hide_suggestion(office_id, conversation.id),
        "notes": conversation_notes(conversation.id),
        "history": voter_history(conversation.contact_id, conversation.id),
    }


def voter_history(contact_id: int, current_conversation_id: int, limit: int = 50) -> list[dict[str, Any]]:
    """The voter's other conversations on every channel, newest first."""
    rows = db.session.execute(
        select(Conversation, ChannelAccount.kind)
        .join(ChannelAccount, ChannelAccount.id == Conversation.channel_account_id)
        .where(Conversation.contact_id == contact_id, Conversation.id != current_conversation_id)
        .order_by(Conversation.last_activity_at.desc())
        .limit(limit)
    ).all()
    latest = LatestMessages([conversation.id for conversation, _kind in rows]).newest
    return [
        {
            "id": conversation.id,
            "channel": str(kind),
            "status": str(conversation.status),
            "last_activity_at": _iso(conversation.last_activity_at),
            "snippet": latest[conversation.id].text[:SNIPPET_LENGTH] if conversation.id in latest else "",
        }
        for conversation, kind in rows
    ]


def reply_view(reply: OutgoingReply, user_names: dict[int, str] | None = None) -> dict[str, Any]:
    """A reply and its delivery state, as the conversation page shows it."""
    names = user_names or {}
    return {
        "id": reply.id,
        "conversation_id": reply.conversation_id,
        "text": reply.text,
        "state": str(reply.state),
        "attempts": reply.attempts,
        "error": reply.last_error,
        "author": names.get(reply.author_id, "") if reply.author_id else "",
        "author_id": reply.author_id,
        "approved_by": names.get(reply.approved_by_id, "") if reply.approved_by_id else "",
        "review_comment": reply.review_comment,
        "campaign_id": reply.campaign_id,
        "created_at": _iso(reply.created_at),
        "sent_at": _iso(reply.sent_at),
        "next_attempt_at": _iso(reply.next_attempt_at),
        "external_id": reply.external_id,
    }


def _contact_card(contact: Contact) -> dict[str, Any]:
    return {
        "id": contact.id,
        "name": contact.display_name,
        "identities": [
            {"channel": str(identity.channel_kind), "handle": identity.handle, "name": identity.display_name}
            for identity in contact.identities
        ],
    }


# Rows per live event: a page of polled mentions or a triage batch travels as one frame
# to each open inbox (one frame per row cost each web process a send per row and inbox).
ROWS_PER_EVENT = 100


def publish_conversation_changes(office_id: int, conversation_ids: list[int], event: str) -> None:
    """Send the fresh queue rows of these conversations to the office's open inboxes.

    The rows travel together: ``{"conversations": [row, ...]}``, at most
    :data:`ROWS_PER_EVENT` in one event.
    """
    rows = rows_for(conversation_ids)
    for start in range(0, len(rows), ROWS_PER_EVENT):
        publish(office_id, event, {"conversations": rows[start : start + ROWS_PER_EVENT]})
