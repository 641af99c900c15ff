"""Replies to voters: write one, then deliver it through its channel exactly once."""

from __future__ import annotations

import logging
from datetime import timedelta

from sqlalchemy import and_, or_, select, update

from inbox.ingest.base import ChannelError
from inbox.ingest.registry import sender_for
from inbox.models import (
    ChannelAccount,
    Conversation,
    Direction,
    Message,
    OutgoingReply,
    ReplyState,
    TriageState,
    User,
    db,
    utcnow,
)
from inbox.services.audit import record_audit
from inbox.services.conversations import publish_conversation_changes, reply_view
from inbox.services.events import publish
from inbox.services.sql import insert_ignoring_conflict

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 5
MAX_REPLY_CHARS = 10_000
STALE_QUEUED_SECONDS = 30


class ReplyRejectedError(ValueError):
    """The reply cannot be accepted as written (empty, too long…); the message says why."""


def _latest_inbound(conversation_id: int) -> Message | None:
    return db.session.execute(
        select(Message)
        .where(Message.conversation_id == conversation_id, Message.direction == Direction.INBOUND)
        .order_by(Message.sent_at.desc(), Message.id.desc())
        .limit(1)
    ).scalar_one_or_none()


def create_reply(office_id: int, conversation_id: int, author: User, text: str) -> OutgoingReply:
    """Store a reply to the voter's latest message and queue it for delivery."""
    from inbox.jobs import deliver_reply_job

    body = text.strip()
    if not body:
        raise ReplyRejectedError("The reply is empty.")
    if len(body) > MAX_REPLY_CHARS:
        raise ReplyRejectedError(f"The reply is longer than {MAX_REPLY_CHARS} characters.")
    conversation = db.session.execute(
        select(Conversation).where(Conversation.id == conversation_id, Conversation.office_id == office_id)
    ).scalar_one_or_none()
    if conversation is None:
        raise LookupError("No such conversation in this office.")
    target = _latest_inbound(conversation.id)
    reply = OutgoingReply(
        office_id=office_id,
        conversation_id=conversation.id,
        author_id=author.id,
        in_reply_to_message_id=target.id if target else None,
        text=body,
        state=ReplyState.QUEUED,
    )
    db.session.add(reply)
    db.session.flush()
    record_audit(office_id, author.id, "reply.queued", "outgoing_reply", reply.id, {"conversation_id": conversation.id})
    db.session.commit()
    deliver_reply_job(reply.id)
    publish(office_id, "reply.updated", reply_view(reply, {author.id: author.name}))
    return reply


def _claim_for_sending(reply_id: int) -> bool:
    """Move a queued reply to ``sending`` atomically; False if someone else has it or it is done."""
    outcome = db.session.execute(
        update(OutgoingReply)
        .where(OutgoingReply.id == reply_id, OutgoingReply.state == ReplyState.QUEUED)
        .values(state=ReplyState.SENDING, attempts=OutgoingReply.attempts + 1, updated_at=utcnow())
    )
    db.session.commit()
    return outcome.rowcount == 1


def _fail(reply: OutgoingReply, error: ChannelError | Exception) -> None:
    detail = error.detail if isinstance(error, ChannelError) else f"unexpected error: {error}"
    retry = not (isinstance(error, ChannelError) and error.permanent) and reply.attempts < MAX_ATTEMPTS
    reply.state = ReplyState.FAILED
    reply.last_error = detail
    reply.error_kind = str(error.health) if isinstance(error, ChannelError) else "unexpected"
    if retry:
        retry_at = error.retry_at if isinstance(error, ChannelError) else None
        reply.next_attempt_at = retry_at or utcnow() + timedelta(seconds=10 * 2**reply.attempts)
    else:
        reply.next_attempt_at = None
    log.warning("reply %s failed (attempt %s): %s", reply.id, reply.attempts, detail)


def deliver_reply(reply_id: int) -> OutgoingReply | None:
    """Send a queued reply on the voter's channel and record the sent message.

    Idempotent: a reply that is not queued (already sent, being sent, awaiting approval)
    is left alone, so a duplicate job never sends twice.
    """
    if not _claim_for_sending(reply_id):
        return None
    reply = db.session.get(OutgoingReply, reply_id)
    assert reply is not None
    conversation = db.session.get(Conversation, reply.conversation_id)
    assert conversation is not None
    account = db.session.get(ChannelAccount, conversation.channel_account_id)
    assert account is not None
    target = db.session.get(Message, reply.in_reply_to_message_id) if reply.in_reply_to_message_id else None
    try:
        receipt = sender_for(account).send(
            account, reply.text, target.external_id if target else None, target.raw if target else {}
        )
    except Exception as error:
        _fail(reply, error)
    else:
        message_id = insert_ignoring_conflict(
            Message,
            {
                "office_id": reply.office_id,
                "conversation_id": conversation.id,
                "channel_account_id": account.id,
                "direction": Direction.OUTBOUND,
                "external_id": receipt.external_id,
                "in_reply_to_external_id": target.external_id if target else None,
                "author_user_id": reply.author_id,
                "text": reply.text,
                "raw": receipt.raw,
                "sent_at": receipt.sent_at,
                "received_at": utcnow(),
                "triage_state": TriageState.SKIPPED,
            },
            ["channel_account_id", "external_id"],
        )
        reply.state = ReplyState.SENT
        reply.external_id = receipt.external_id
        reply.sent_message_id = message_id
        reply.sent_at = receipt.sent_at
        reply.last_error = ""
        reply.next_attempt_at = None
        conversation.last_activity_at = max(conversation.last_activity_at, receipt.sent_at)
        record_audit(
            reply.office_id,
            reply.author_id,
            "reply.sent",
            "outgoing_reply",
            reply.id,
            {"external_id": receipt.external_id},
        )
    office_id = reply.office_id
    db.session.commit()
    names = dict(db.session.execute(select(User.id, User.name).where(User.id == reply.author_id)).all())
    publish(office_id, "reply.updated", reply_view(reply, names))
    publish_conversation_changes(office_id, [conversation.id], "conversation.updated")
    return reply


def claim_due_replies(limit: int = 100) -> list[int]:
    """Replies to (re)deliver now: failed ones whose retry time came, and queued ones whose job was lost."""
    now = utcnow()
    stale = now - timedelta(seconds=STALE_QUEUED_SECONDS)
    retry_ids = (
        db.session.execute(
            select(OutgoingReply.id)
            .where(
                or_(
                    and_(
                        OutgoingReply.state == ReplyState.FAILED,
                        OutgoingReply.next_attempt_at.is_not(None),
                        OutgoingReply.next_attempt_at <= now,
                    ),
                    and_(OutgoingReply.state == ReplyState.QUEUED, OutgoingReply.updated_at <= stale),
                )
            )
            .limit(limit)
        )
        .scalars()
        .all()
    )
    for reply_id in retry_ids:
        db.session.execute(
            update(OutgoingReply)
            .where(OutgoingReply.id == reply_id)
            .values(state=ReplyState.QUEUED, next_attempt_at=None, updated_at=now)
        )
    db.session.commit()
    return list(retry_ids)
