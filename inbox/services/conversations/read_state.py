"""Read state per staff member: which open conversations have activity they have not seen."""

from __future__ import annotations

from sqlalchemy import and_, or_, select

from inbox.models import Conversation, ConversationRead, ConversationStatus, db, utcnow
from inbox.models.sql import insert_ignoring_conflict
from inbox.services.audit.trail import record_audit
from inbox.services.conversations.summaries import conversation_detail


def mark_read(user_id: int, conversation_id: int) -> None:
    """Record that the user has seen the conversation as it is now."""
    now = utcnow()
    created = insert_ignoring_conflict(
        ConversationRead,
        {"user_id": user_id, "conversation_id": conversation_id, "read_at": now},
        ["user_id", "conversation_id"],
    )
    if created is None:
        db.session.execute(
            ConversationRead.__table__.update()
            .where(ConversationRead.user_id == user_id, ConversationRead.conversation_id == conversation_id)
            .values(read_at=now)
        )
    db.session.commit()


def unread_conversations(office_id: int, user_id: int, limit: int = 500) -> dict[str, object]:
    """Open or pending conversations with activity after the user last read them, and how many are theirs."""
    read = ConversationRead.__table__.alias("r")
    rows = db.session.execute(
        select(Conversation.id, Conversation.assignee_id)
        .outerjoin(read, and_(read.c.conversation_id == Conversation.id, read.c.user_id == user_id))
        .where(
            Conversation.office_id == office_id,
            Conversation.status.in_([ConversationStatus.OPEN, ConversationStatus.PENDING]),
            or_(read.c.read_at.is_(None), read.c.read_at < Conversation.last_activity_at),
        )
        .order_by(Conversation.last_activity_at.desc())
        .limit(limit)
    ).all()
    return {
        "ids": [conversation_id for conversation_id, _ in rows],
        "mine": sum(1 for _, assignee in rows if assignee == user_id),
        "total": len(rows),
    }


def read_conversation(office_id: int, user_id: int, conversation_id: int) -> dict[str, object] | None:
    """A conversation as the page shows it, its reading audited and marked read; None if not in the office."""

    detail = conversation_detail(office_id, conversation_id)
    if detail is None:
        return None
    record_audit(office_id, user_id, "conversation.read", "conversation", conversation_id)
    db.session.commit()
    mark_read(user_id, conversation_id)
    return detail
