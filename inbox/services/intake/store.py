"""Store a batch of incoming messages: the entry of every message into Dialoog.

Order matters for durability: rows (and the channel cursor) are committed first, then
triage is enqueued, then an event is published. A crash after the commit leaves messages
in triage state ``pending``, which the triage sweep picks up; a re-delivery of the same
messages finds them by (channel account, external id) and stores nothing twice.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from sqlalchemy import select

from inbox.ingest.base import Author, IncomingMessage
from inbox.jobs.queues import enqueue_triage
from inbox.models import (
    ChannelAccount,
    Contact,
    ContactIdentity,
    Conversation,
    ConversationStatus,
    Direction,
    Message,
    Office,
    db,
    utcnow,
)
from inbox.models.message import MessageMedia
from inbox.models.sql import insert_ignoring_conflict
from inbox.services.contacts.linking import link_contacts
from inbox.services.contacts.names import new_contact_name
from inbox.services.conversations.summaries import publish_conversation_changes
from inbox.services.intake.triage_order import triage_priority
from inbox.services.search.full_text import index_messages
from inbox.text import storable_json, storable_text

MAX_MEDIA = 20


@dataclass
class StoreResult:
    """Which messages were new, and how many were already stored."""

    new_message_ids: list[int] = field(default_factory=list)
    duplicates: int = 0
    conversation_ids: set[int] = field(default_factory=set)


def _key(value: str, column: Any) -> str:
    """An id or key that fits ``column``: storable, and when too long cut with a digest (still unique)."""
    value, limit = storable_text(value), column.type.length
    if len(value) <= limit:
        return value
    return value[: limit - 65] + "~" + hashlib.sha256(value.encode()).hexdigest()


def _storable(message: IncomingMessage) -> IncomingMessage:
    """The message with every string field a database can hold: voters' names, handles, subjects and
    ids come from providers too, and may carry NUL (refused by PostgreSQL), lone surrogates (refused by
    both) or be longer than their column (refused by PostgreSQL)."""
    author = message.author
    reply_to = message.in_reply_to_external_id
    voter = Author(
        _key(author.external_id, ContactIdentity.external_id),
        storable_text(author.handle),
        storable_text(author.display_name),
    )
    return replace(
        message,
        external_id=_key(message.external_id, Message.external_id),
        thread_key=_key(message.thread_key, Conversation.thread_key),
        author=voter,
        subject=storable_text(message.subject),
        in_reply_to_external_id=_key(reply_to, Message.in_reply_to_external_id) if reply_to is not None else None,
    )


def _identity_for(account: ChannelAccount, message: IncomingMessage) -> ContactIdentity:
    """Find the voter's identity on this channel, creating it and a contact on first sight."""
    lookup = (
        ContactIdentity.office_id == account.office_id,
        ContactIdentity.channel_kind == account.kind,
        ContactIdentity.external_id == message.author.external_id,
    )
    identity = db.session.execute(select(ContactIdentity).where(*lookup)).scalar_one_or_none()
    if identity is None:
        office = db.session.get(Office, account.office_id)
        name = new_contact_name(account.kind, message.author, office.language if office else "nl")
        contact = Contact(office_id=account.office_id, display_name=name)
        db.session.add(contact)
        db.session.flush()
        created = insert_ignoring_conflict(
            ContactIdentity,
            {
                "office_id": account.office_id,
                "contact_id": contact.id,
                "channel_kind": account.kind,
                "external_id": message.author.external_id,
                "handle": message.author.handle[:320],
                "display_name": message.author.display_name[:200],
                "created_at": utcnow(),
            },
            ["office_id", "channel_kind", "external_id"],
        )
        if created is None:  # another worker created it first
            db.session.delete(contact)
        identity = db.session.execute(select(ContactIdentity).where(*lookup)).scalar_one()
    return identity


def _conversation_for(account: ChannelAccount, message: IncomingMessage, contact_id: int) -> Conversation:
    """Find the conversation for the message's thread key, creating it on first message."""
    lookup = (Conversation.channel_account_id == account.id, Conversation.thread_key == message.thread_key)
    conversation = db.session.execute(select(Conversation).where(*lookup)).scalar_one_or_none()
    if conversation is None:
        now = utcnow()
        insert_ignoring_conflict(
            Conversation,
            {
                "office_id": account.office_id,
                "channel_account_id": account.id,
                "contact_id": contact_id,
                "thread_key": message.thread_key,
                "subject": message.subject[:300],
                "status": ConversationStatus.OPEN,
                "priority": 0,
                "last_activity_at": message.sent_at,
                "created_at": now,
            },
            ["channel_account_id", "thread_key"],
        )
        conversation = db.session.execute(select(Conversation).where(*lookup)).scalar_one()
    return conversation


def _already_stored(account_id: int, external_ids: list[str]) -> set[str]:
    """The subset of ``external_ids`` already stored for the account."""
    if not external_ids:
        return set()
    rows = db.session.execute(
        select(Message.external_id).where(
            Message.channel_account_id == account_id, Message.external_id.in_(external_ids)
        )
    )
    return set(rows.scalars())


def _insert_message(
    account: ChannelAccount, message: IncomingMessage, conversation_id: int, identity_id: int
) -> int | None:
    """Insert one message; returns its new id, or None if it was already stored."""
    return insert_ignoring_conflict(
        Message,
        {
            "office_id": account.office_id,
            "conversation_id": conversation_id,
            "channel_account_id": account.id,
            "direction": Direction.INBOUND,
            "external_id": message.external_id,
            "in_reply_to_external_id": message.in_reply_to_external_id,
            "author_identity_id": identity_id,
            "text": storable_text(message.text),
            "html": storable_text(message.html) if message.html is not None else None,
            "raw": storable_json(message.raw),
            "sent_at": message.sent_at,
            "received_at": utcnow(),
            "triage_state": "pending",
            "triage_priority": triage_priority(storable_text(message.text)),  # a possible threat is tagged first
        },
        ["channel_account_id", "external_id"],
    )


def _add_media(message_id: int, message: IncomingMessage) -> None:
    """Keep what the voter sent besides text (see :mod:`inbox.ingest.media`), in the message's order."""
    for position, item in enumerate(message.media[:MAX_MEDIA], start=1):
        db.session.add(
            MessageMedia(
                message_id=message_id,
                position=position,
                kind=storable_text(item.kind)[:16],
                url=storable_text(item.url)[:4000],
                provider_id=storable_text(item.provider_id)[:512],
                mime_type=storable_text(item.mime_type)[:127],
                alt_text=storable_text(item.alt_text)[:4000],
                preview_url=storable_text(item.preview_url)[:4000],
            )
        )


def _touch(conversation: Conversation, contact: Contact, sent_at: datetime) -> None:
    """Bring activity times forward and reopen a closed or snoozed conversation."""
    if sent_at > conversation.last_activity_at:
        conversation.last_activity_at = sent_at
    if conversation.status in (ConversationStatus.CLOSED, ConversationStatus.SNOOZED):
        conversation.status = ConversationStatus.OPEN
        conversation.snoozed_until = None
    if sent_at > contact.last_contact_at:
        contact.last_contact_at = sent_at


def _store_batch(account: ChannelAccount, messages: list[IncomingMessage], result: StoreResult) -> None:
    """Insert a batch in a fixed lock order (voters, threads, messages, updates), so that
    concurrent workers on PostgreSQL wait for each other instead of deadlocking."""
    identities = {
        author_id: _identity_for(account, next(m for m in messages if m.author.external_id == author_id))
        for author_id in sorted({m.author.external_id for m in messages})
    }
    link_contacts(account, messages, identities)  # one voter across channels (inbox.services.contacts.linking)
    conversations = {
        key: _conversation_for(
            account,
            first := next(m for m in messages if m.thread_key == key),
            identities[first.author.external_id].contact_id,
        )
        for key in sorted({m.thread_key for m in messages})
    }
    touched: dict[int, datetime] = {}
    for message in sorted(messages, key=lambda m: m.external_id):
        conversation = conversations[message.thread_key]
        new_id = _insert_message(account, message, conversation.id, identities[message.author.external_id].id)
        if new_id is None:
            result.duplicates += 1
            continue
        result.new_message_ids.append(new_id)
        _add_media(new_id, message)
        result.conversation_ids.add(conversation.id)
        touched[conversation.id] = max(touched.get(conversation.id, message.sent_at), message.sent_at)
    by_id = {c.id: c for c in conversations.values()}
    for conversation_id in sorted(touched):
        conversation = by_id[conversation_id]
        _touch(conversation, conversation.contact, touched[conversation_id])


def store_incoming(
    account_id: int, messages: list[IncomingMessage], *, cursor: dict[str, Any] | None = None
) -> StoreResult:
    """Store ``messages`` for a channel account, idempotently, and hand the new ones on.

    ``cursor`` (the channel's position after these messages) is saved in the same
    transaction, so the position never runs ahead of what is stored.
    """
    account = db.session.get(ChannelAccount, account_id)
    if account is None:
        raise LookupError(f"channel account {account_id} does not exist")
    result = StoreResult()
    unique = {message.external_id: message for message in map(_storable, messages)}
    known = _already_stored(account.id, list(unique))
    fresh = [message for external_id, message in unique.items() if external_id not in known]
    result.duplicates = len(messages) - len(fresh)
    if fresh:
        _store_batch(account, fresh, result)
    if cursor is not None:
        account.cursor = cursor
    office_id = account.office_id
    db.session.commit()
    if result.new_message_ids:
        index_messages(result.new_message_ids)
        enqueue_triage(result.new_message_ids)

        publish_conversation_changes(office_id, sorted(result.conversation_ids), "message.created")
    return result
