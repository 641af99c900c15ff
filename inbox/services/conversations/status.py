"""Open, pending, snoozed until a time, closed: where a conversation stands, and waking snoozed ones."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select

from inbox.models import Conversation, ConversationStatus, User, db, utcnow
from inbox.services.audit.trail import record_audit
from inbox.services.conversations.summaries import publish_conversation_changes


class StatusRejectedError(ValueError):
    """The status change is not possible as asked (a snooze without a future time…)."""


def set_conversation_status(
    office_id: int,
    conversation_id: int,
    actor: User,
    status: ConversationStatus,
    snoozed_until: datetime | None = None,
) -> Conversation:
    """Set the status; a snooze needs a time in the future. Audited and pushed live."""
    if status == ConversationStatus.SNOOZED:
        if snoozed_until is None or snoozed_until <= utcnow():
            raise StatusRejectedError("Snooze until a time in the future.")
    else:
        snoozed_until = None
    conversation = db.session.execute(
        select(Conversation).where(Conversation.id == conversation_id, Conversation.office_id == office_id)
    ).scalar_one_or_none()
    if conversation is None:
        raise LookupError("No such conversation in this office.")
    detail = {"from": str(conversation.status), "to": str(status)}
    if snoozed_until:
        detail["until"] = snoozed_until.isoformat()
    conversation.status = status
    conversation.snoozed_until = snoozed_until
    record_audit(office_id, actor.id, "conversation.status", "conversation", conversation.id, detail)
    db.session.commit()
    publish_conversation_changes(office_id, [conversation.id], "conversation.updated")
    return conversation


def wake_snoozed_conversations(limit: int = 500) -> int:
    """Reopen conversations whose snooze time has come; returns how many woke up."""
    due = (
        db.session.execute(
            select(Conversation)
            .where(Conversation.status == ConversationStatus.SNOOZED, Conversation.snoozed_until <= utcnow())
            .limit(limit)
        )
        .scalars()
        .all()
    )
    by_office: dict[int, list[int]] = {}
    for conversation in due:
        conversation.status = ConversationStatus.OPEN
        conversation.snoozed_until = None
        by_office.setdefault(conversation.office_id, []).append(conversation.id)
    db.session.commit()
    for office_id, ids in by_office.items():
        publish_conversation_changes(office_id, ids, "conversation.updated")
    return len(due)
