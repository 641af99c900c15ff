"""A voter withdrew a message on the channel (Instagram or Messenger "unsend").

The provider means: this message should no longer exist. Dialoog therefore takes its
words out of the inbox at once: the text, the HTML, the media rows, the provider's
payload (which repeats the text) and the text's embedding are deleted, and the search
index forgets them. What stays is what the audit trail and the GDPR ledger need and
nothing that was said: the row (so the thread keeps its shape and a replay of the
message is not stored again),
``withdrawn_at``, and an audit event naming the message, without its content.
Idempotent: a replayed unsend changes nothing.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import delete, select

from inbox.models import Message, MessageEmbedding, TriageState, db, utcnow
from inbox.models.message import MessageMedia
from inbox.services.answers.record import forget_answers
from inbox.services.audit.trail import record_audit
from inbox.services.conversations.summaries import publish_conversation_changes
from inbox.services.search.full_text import index_messages_strict

KEPT_RAW_KEYS = ("meta", "source")


def withdraw_message(account_id: int, external_id: str, withdrawn_at: datetime | None = None) -> bool:
    """Take a message the voter unsent out of the inbox; False when unknown or already withdrawn."""
    message = db.session.execute(
        select(Message).where(Message.channel_account_id == account_id, Message.external_id == external_id)
    ).scalar_one_or_none()
    if message is None or message.withdrawn_at is not None:
        return False
    raw: dict[str, Any] = message.raw or {}
    message.withdrawn_at = withdrawn_at or utcnow()
    message.text = ""
    message.html = None
    message.raw = {key: raw[key] for key in KEPT_RAW_KEYS if key in raw} | {
        "withdrawn": {"at": message.withdrawn_at.isoformat(), "by": "voter"}
    }
    if message.triage_state == TriageState.PENDING:
        message.triage_state = TriageState.SKIPPED
    db.session.execute(delete(MessageMedia).where(MessageMedia.message_id == message.id))
    db.session.execute(delete(MessageEmbedding).where(MessageEmbedding.message_id == message.id))  # made of the words
    forget_answers(message.office_id, [message.id], [])  # its copy in "Answered before" too (issue 20)
    record_audit(
        message.office_id, None, "message.withdrawn", "message", message.id, {"channel_account_id": account_id}
    )

    index_messages_strict([message.id])  # in the same transaction: the words are never findable afterwards
    db.session.commit()

    publish_conversation_changes(message.office_id, [message.conversation_id], "conversation.updated")
    return True
