"""A voter edited or deleted a comment on the channel after Dialoog stored it.

Edited: the message text becomes the new text; every earlier text is kept in
``raw["edits"]`` (oldest first, each ``{"text", "replaced_at"}``) and the first one also in
``raw["original_text"]``; the message is triaged again. Deleted: ``Message.removed_at`` is
set (the text stays, so staff still see what was said) and ``raw["removed"]`` holds the
provider's notice. Both are idempotent: a replayed webhook changes nothing.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select

from inbox.ingest.base import IncomingMessage
from inbox.jobs.queues import enqueue_triage
from inbox.models import Message, TriageState, db, utcnow
from inbox.services.conversations.summaries import publish_conversation_changes
from inbox.services.intake.store import store_incoming
from inbox.services.intake.triage_order import triage_priority
from inbox.text import storable_text


def _stored(account_id: int, external_id: str) -> Message | None:
    return db.session.execute(
        select(Message).where(Message.channel_account_id == account_id, Message.external_id == external_id)
    ).scalar_one_or_none()


def _publish(message: Message) -> None:

    publish_conversation_changes(message.office_id, [message.conversation_id], "conversation.updated")


def record_comment_edit(account_id: int, edited: IncomingMessage, edited_at: datetime | None = None) -> bool:
    """Replace a stored comment's text with its edited text (storing it as new if it was never seen).

    Returns True when something changed.
    """
    message = _stored(account_id, edited.external_id)
    if message is None:
        return bool(store_incoming(account_id, [edited]).new_message_ids)
    new_text = storable_text(edited.text)
    if new_text == message.text:
        return False
    raw: dict[str, Any] = dict(message.raw or {})
    raw.setdefault("original_text", message.text)
    raw["edits"] = [*raw.get("edits", []), {"text": message.text, "replaced_at": (edited_at or utcnow()).isoformat()}]
    message.raw = raw
    message.text = new_text
    message.triage_state = TriageState.PENDING
    message.triage_priority = triage_priority(new_text)
    db.session.commit()
    enqueue_triage([message.id])
    _publish(message)
    return True


def record_comment_removal(account_id: int, external_id: str, notice: dict[str, Any] | None = None) -> bool:
    """Mark a stored comment as deleted by the voter; False when unknown or already marked."""
    message = _stored(account_id, external_id)
    if message is None or message.removed_at is not None:
        return False
    message.removed_at = utcnow()
    message.raw = {**(message.raw or {}), "removed": notice or {}}
    db.session.commit()
    _publish(message)
    return True
