"""Replies to voters: write one, then deliver it through its channel exactly once."""

from __future__ import annotations

import logging
import time
from datetime import datetime, timedelta

from sqlalchemy import and_, or_, select, update
from sqlalchemy.exc import OperationalError

from inbox.ingest.base import ChannelError, SentReceipt, text_as_posted_by
from inbox.ingest.registry import SENDERS, reply_length, sender_for, sender_for_kind
from inbox.jobs.queues import enqueue
from inbox.live.events import publish
from inbox.models import (
    AccountHealth,
    ChannelAccount,
    ChannelKind,
    Conversation,
    Direction,
    Message,
    Office,
    OutgoingReply,
    ReplyState,
    Role,
    TriageState,
    User,
    db,
    utcnow,
)
from inbox.models.sql import insert_ignoring_conflict
from inbox.services.access.office_members import member_role
from inbox.services.answers.record import record_answer
from inbox.services.audit.trail import record_audit
from inbox.services.conversations.summaries import publish_conversation_changes, reply_view

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 5
MAX_REPLY_CHARS = 10_000
STALE_QUEUED_SECONDS = 30
STUCK_SENDING_SECONDS = 300


class ReplyRejectedError(ValueError):
    """The reply cannot be accepted as written (empty, too long…); the message says why."""


class ReplyCollisionError(Exception):
    """A colleague answered this voter after the author opened the conversation."""

    def __init__(self, colleague: str, at: datetime) -> None:
        super().__init__(f"{colleague} already answered this voter at {at.isoformat(timespec='minutes')}.")
        self.colleague = colleague
        self.at = at


def latest_inbound_message(conversation_id: int) -> Message | None:
    return db.session.execute(
        select(Message)
        .where(Message.conversation_id == conversation_id, Message.direction == Direction.INBOUND)
        .order_by(Message.sent_at.desc(), Message.id.desc())
        .limit(1)
    ).scalar_one_or_none()


def create_reply(
    office_id: int,
    conversation_id: int,
    author: User,
    text: str,
    *,
    seen_until: datetime | None = None,
    force: bool = False,
    campaign_id: int | None = None,
) -> OutgoingReply:
    """Store a reply to the voter's latest message; queue it, or hold it for the politician's approval.

    A reply needs approval when the office requires it and the author is not the politician.
    ``seen_until`` is when the author last saw the conversation: if a colleague answered the
    voter since, :class:`ReplyCollisionError` says who, unless ``force``.
    """
    body = text.strip()
    conversation = _office_conversation(office_id, conversation_id)
    check_reply_text(conversation, body)
    if seen_until is not None and not force:
        _refuse_if_answered_since(conversation.id, author.id, seen_until)
    target = latest_inbound_message(conversation.id)
    held = reply_needs_approval(office_id, author.id)
    reply = OutgoingReply(
        office_id=office_id,
        conversation_id=conversation.id,
        author_id=author.id,
        in_reply_to_message_id=target.id if target else None,
        text=body,
        state=ReplyState.AWAITING_APPROVAL if held else ReplyState.QUEUED,
        campaign_id=campaign_id,
    )
    db.session.add(reply)
    db.session.flush()
    action = "reply.awaiting_approval" if held else "reply.queued"
    record_audit(office_id, author.id, action, "outgoing_reply", reply.id, {"conversation_id": conversation.id})
    db.session.commit()
    if not held:
        dispatch_reply(reply)
    publish(office_id, "reply.updated", reply_view(reply, {author.id: author.name}))
    return reply


def dispatch_reply(reply: OutgoingReply) -> None:
    """Hand a queued reply to the delivery job."""
    enqueue("deliver_reply_job", reply.id)


def reply_needs_approval(office_id: int, author_id: int) -> bool:
    """Whether a reply by this author waits for the politician (the office's rule)."""
    office = db.session.get(Office, office_id)
    return bool(office and office.require_approval) and member_role(office_id, author_id) != Role.POLITICIAN


def check_reply_text(conversation: Conversation, body: str) -> None:
    """Refuse an empty reply, or one longer than the voter's channel allows."""
    if not body:
        raise ReplyRejectedError("The reply is empty.")
    if len(body) > MAX_REPLY_CHARS:
        raise ReplyRejectedError(f"The reply is longer than {MAX_REPLY_CHARS} characters.")
    kind = db.session.execute(
        select(ChannelAccount.kind).where(ChannelAccount.id == conversation.channel_account_id)
    ).scalar_one()
    length = reply_length(kind, text_as_posted(conversation, kind, body), thread_key=conversation.thread_key)
    if not length.ok:
        raise ReplyRejectedError(
            f"The reply is {length.used} {length.unit} long; {kind} allows {length.limit}. Shorten it."
        )


def text_as_posted(conversation: Conversation, kind: ChannelKind, body: str) -> str:
    """The reply as the channel will publish it (its sender may change it, e.g. add a mention)."""
    if kind not in SENDERS:
        return body
    voter = latest_inbound_message(conversation.id)
    return text_as_posted_by(sender_for_kind(kind), body, voter.raw if voter else {})


def _office_conversation(office_id: int, conversation_id: int) -> Conversation:
    conversation = db.session.execute(
        select(Conversation).where(Conversation.id == conversation_id, Conversation.office_id == office_id)
    ).scalar_one_or_none()
    if conversation is None:
        raise LookupError("No such conversation in this office.")
    return conversation


def _refuse_if_answered_since(conversation_id: int, author_id: int, since: datetime) -> None:
    """Raise ReplyCollisionError when someone else replied to this conversation after ``since``."""
    other = db.session.execute(
        select(OutgoingReply, User.name)
        .join(User, User.id == OutgoingReply.author_id)
        .where(
            OutgoingReply.conversation_id == conversation_id,
            OutgoingReply.author_id != author_id,
            OutgoingReply.created_at > since,
            OutgoingReply.state != ReplyState.DRAFT,
        )
        .order_by(OutgoingReply.id.desc())
        .limit(1)
    ).first()
    if other is not None:
        reply, name = other
        raise ReplyCollisionError(name, reply.created_at)


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
    is left alone, so a duplicate job never sends twice. Once the channel has taken the
    reply, recording it is retried on a transient database error (a deadlock, a dropped
    connection) rather than leaving it "sending" and later "uncertain".
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
        if account.disconnected_at is not None:
            raise ChannelError(
                AccountHealth.MISCONFIGURED,
                f"the {account.kind} account {account.handle} was disconnected: an admin must connect it again",
                permanent=True,
            )
        receipt = sender_for(account).send(
            account, reply.text, target.external_id if target else None, target.raw if target else {}
        )
    except Exception as error:
        _fail(reply, error)
        db.session.commit()
    else:
        reply = _record_sent(reply_id, receipt)
    office_id, conversation_id = reply.office_id, reply.conversation_id
    names = dict(db.session.execute(select(User.id, User.name).where(User.id == reply.author_id)).all())
    publish(office_id, "reply.updated", reply_view(reply, names))
    publish_conversation_changes(office_id, [conversation_id], "conversation.updated")
    return reply


RECORD_ATTEMPTS = 5


def _record_sent(reply_id: int, receipt: SentReceipt) -> OutgoingReply:
    """Store what the channel took: the outbound message, the reply as sent, its answer pair, the audit.

    One transaction, retried from the start after a transient database error; the channel
    is not called again.
    """
    for attempt in range(1, RECORD_ATTEMPTS + 1):
        try:
            reply = _apply_sent(reply_id, receipt)
            db.session.commit()
            return reply
        except OperationalError as error:
            db.session.rollback()
            if attempt == RECORD_ATTEMPTS:
                raise
            log.warning("recording sent reply %s failed (%s); trying again", reply_id, error.orig or error)
            time.sleep(0.1 * 2**attempt)
    raise AssertionError("unreachable")


def _apply_sent(reply_id: int, receipt: SentReceipt) -> OutgoingReply:
    reply = db.session.get(OutgoingReply, reply_id)
    assert reply is not None
    conversation = db.session.get(Conversation, reply.conversation_id)
    assert conversation is not None
    target = db.session.get(Message, reply.in_reply_to_message_id) if reply.in_reply_to_message_id else None
    message_id = insert_ignoring_conflict(
        Message,
        {
            "office_id": reply.office_id,
            "conversation_id": conversation.id,
            "channel_account_id": conversation.channel_account_id,
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
    record_answer(reply)  # "Answered before" (issue 20): findable by the question it answered
    record_audit(
        reply.office_id, reply.author_id, "reply.sent", "outgoing_reply", reply.id, {"external_id": receipt.external_id}
    )
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


def flag_uncertain_deliveries(stuck_after_seconds: float = STUCK_SENDING_SECONDS) -> list[int]:
    """Replies left in ``sending`` (a worker died mid-send) become failed, never retried on their own.

    The provider may or may not have published them; sending again could answer the voter
    twice, so a person checks the channel and decides. The reason says so.
    """
    cutoff = utcnow() - timedelta(seconds=stuck_after_seconds)
    stuck = (
        db.session.execute(
            select(OutgoingReply).where(OutgoingReply.state == ReplyState.SENDING, OutgoingReply.updated_at <= cutoff)
        )
        .scalars()
        .all()
    )
    for reply in stuck:
        reply.state = ReplyState.FAILED
        reply.error_kind = "uncertain"
        reply.next_attempt_at = None
        reply.last_error = (
            "The sender stopped while delivering this reply: it may already be on the channel. "
            "Check the voter's thread there before sending it again."
        )
        record_audit(reply.office_id, None, "reply.delivery_uncertain", "outgoing_reply", reply.id)
    db.session.commit()
    for reply in stuck:
        publish(reply.office_id, "reply.updated", reply_view(reply))
    return [reply.id for reply in stuck]


def retry_reply(office_id: int, reply_id: int, actor: User) -> OutgoingReply:
    """A person sends a failed reply again (after checking the channel, for an uncertain one)."""
    reply = db.session.execute(
        select(OutgoingReply).where(OutgoingReply.id == reply_id, OutgoingReply.office_id == office_id)
    ).scalar_one_or_none()
    if reply is None:
        raise LookupError("No such reply in this office.")
    if reply.state != ReplyState.FAILED:
        raise ReplyRejectedError(f"Only a failed reply can be sent again; this one is {reply.state}.")
    reply.state = ReplyState.QUEUED
    reply.next_attempt_at = None
    record_audit(office_id, actor.id, "reply.retried", "outgoing_reply", reply.id, {"attempts": reply.attempts})
    db.session.commit()
    dispatch_reply(reply)
    publish(office_id, "reply.updated", reply_view(reply, {actor.id: actor.name}))
    return reply
