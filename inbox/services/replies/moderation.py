"""Moderation on Facebook and Instagram from the inbox, and the direct-message reply window.

``set_comment_hidden`` hides (or shows again) a voter's comment on the channel: on
Facebook ``POST /{comment-id}`` with ``is_hidden``, on Instagram ``POST /{ig-comment-id}``
with ``hide``. A hidden comment stays visible to its author and their friends but not to
everyone else; Dialoog keeps it and records ``Message.hidden_at``. Every change is audited.
``dismiss_hide_suggestion`` records that the office chose not to hide an abusive comment the
inbox suggested hiding (:mod:`inbox.services.safety.hide_suggestion`); audited too.

``reply_window`` tells the composer whether a reply can still go out: comments can be
answered at any time; direct messages only within 24 hours of the voter's last message.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select

from inbox.ingest.meta.graph import GraphClient, parse_graph_time
from inbox.ingest.meta.messages import COMMENT, DM, as_dict
from inbox.ingest.meta.send import dm_window_closes_at, window_refusal
from inbox.models import ChannelAccount, ChannelKind, Conversation, Direction, Message, User, db, utcnow
from inbox.models.safety import HideSuggestionDismissal
from inbox.models.sql import insert_ignoring_conflict
from inbox.services.audit.trail import record_audit
from inbox.services.conversations.summaries import publish_conversation_changes

HIDE_FIELD = {ChannelKind.FACEBOOK: "is_hidden", ChannelKind.INSTAGRAM: "hide"}
HIDE_PERMISSION = {ChannelKind.FACEBOOK: "pages_manage_engagement", ChannelKind.INSTAGRAM: "instagram_manage_comments"}


class ModerationRejectedError(ValueError):
    """The message cannot be hidden (not a Facebook/Instagram comment…); the text says why."""


@dataclass(frozen=True)
class ReplyWindow:
    """Whether a reply can be sent now, until when, and why (for the composer)."""

    open: bool
    closes_at: datetime | None
    reason: str

    def __iter__(self):  # type: ignore[no-untyped-def]
        """Unpack as ``open, closes_at, reason``."""
        return iter((self.open, self.closes_at, self.reason))


def _office_message(office_id: int, message_id: int) -> Message:
    message = db.session.execute(
        select(Message).where(Message.id == message_id, Message.office_id == office_id)
    ).scalar_one_or_none()
    if message is None:
        raise LookupError("No such message in this office.")
    return message


def set_comment_hidden(office_id: int, message_id: int, actor: User, hidden: bool) -> Message:
    """Hide (``hidden=True``) or unhide a voter's Facebook/Instagram comment on the channel.

    Raises LookupError (not in this office), ModerationRejectedError (not a comment), or
    ChannelError (Meta refused; its detail says why).
    """
    message = _office_message(office_id, message_id)
    account = db.session.get(ChannelAccount, message.channel_account_id)
    assert account is not None
    meta = as_dict((message.raw or {}).get("meta"))
    if account.kind not in HIDE_FIELD or message.direction != Direction.INBOUND or meta.get("type") != COMMENT:
        raise ModerationRejectedError("Only a voter's Facebook or Instagram comment can be hidden.")
    if message.removed_at is not None:
        raise ModerationRejectedError("The voter already deleted this comment.")
    field = HIDE_FIELD[account.kind]
    GraphClient(account).post(
        message.external_id, {field: "true" if hidden else "false"}, permission=HIDE_PERMISSION[account.kind]
    )
    message.hidden_at = utcnow() if hidden else None
    record_audit(
        office_id,
        actor.id,
        "message.hidden" if hidden else "message.unhidden",
        "message",
        message.id,
        {"channel": str(account.kind)},
    )
    db.session.commit()

    publish_conversation_changes(office_id, [message.conversation_id], "conversation.updated")
    return message


def dismiss_hide_suggestion(office_id: int, message_id: int, actor: User) -> None:
    """Stop suggesting to hide this comment, for the whole office (the comment stays as it is); audited once.

    Raises LookupError when the message is not in this office.
    """
    message = _office_message(office_id, message_id)
    created = insert_ignoring_conflict(
        HideSuggestionDismissal,
        {"office_id": office_id, "message_id": message.id, "dismissed_by_id": actor.id, "dismissed_at": utcnow()},
        ["message_id"],
    )
    if created is None:
        return  # dismissed before (by a colleague, or a second click)
    record_audit(office_id, actor.id, "message.hide_suggestion_dismissed", "message", message.id)
    db.session.commit()
    publish_conversation_changes(office_id, [message.conversation_id], "conversation.updated")


def reply_window(conversation_id: int, now: datetime | None = None) -> ReplyWindow:
    """Can the office answer this conversation now? ``(open, closes_at, reason)``.

    Direct messages on Facebook and Instagram: open until 24 hours after the voter's last
    message. Everything else: always open (``closes_at`` None).
    """
    conversation = db.session.get(Conversation, conversation_id)
    if conversation is None:
        raise LookupError("No such conversation.")
    account = db.session.get(ChannelAccount, conversation.channel_account_id)
    last = db.session.execute(
        select(Message)
        .where(Message.conversation_id == conversation_id, Message.direction == Direction.INBOUND)
        .order_by(Message.sent_at.desc(), Message.id.desc())
        .limit(1)
    ).scalar_one_or_none()
    is_dm = last is not None and as_dict((last.raw or {}).get("meta")).get("type") == DM
    if account is None or account.kind not in HIDE_FIELD or last is None or not is_dm:
        return ReplyWindow(True, None, "Replies on this channel can be sent at any time.")
    closes_at = dm_window_closes_at(parse_graph_time(as_dict(last.raw["meta"]).get("sent_at")))
    if (now or datetime.now(UTC)) > closes_at:
        return ReplyWindow(False, closes_at, window_refusal(closes_at))
    return ReplyWindow(
        True,
        closes_at,
        f"Meta accepts a direct reply until {closes_at:%Y-%m-%d %H:%M} UTC (24 hours after the voter's last message).",
    )
