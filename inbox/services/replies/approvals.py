"""The politician's approval of replies written in their name: approve, edit then approve, send back."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from inbox.live.events import publish, publish_to_user
from inbox.models import (
    Campaign,
    ChannelAccount,
    Contact,
    Conversation,
    OutgoingReply,
    ReplyState,
    Role,
    User,
    db,
)
from inbox.services.access.office_members import member_role
from inbox.services.answers.record import record_answer
from inbox.services.audit.trail import record_audit
from inbox.services.conversations.summaries import reply_view
from inbox.services.replies.campaign import duplicate_replies
from inbox.services.replies.outgoing import (
    ReplyRejectedError,
    check_reply_text,
    dispatch_reply,
    latest_inbound_message,
    reply_needs_approval,
)

DUPLICATE_COMMENT = "Not sent: this voter gets the campaign's answer on another channel."


class ApprovalRejectedError(ValueError):
    """The approval step is not allowed (not the politician, reply not awaiting approval…)."""


def _reply_in_state(office_id: int, reply_id: int, *states: ReplyState) -> OutgoingReply:
    reply = db.session.execute(
        select(OutgoingReply).where(OutgoingReply.id == reply_id, OutgoingReply.office_id == office_id)
    ).scalar_one_or_none()
    if reply is None:
        raise LookupError("No such reply in this office.")
    if reply.state not in states:
        raise ApprovalRejectedError(f"This reply is {reply.state}, not {' or '.join(states)}.")
    return reply


def _require_politician(office_id: int, user: User) -> None:
    if member_role(office_id, user.id) != Role.POLITICIAN:
        raise ApprovalRejectedError("Only the politician approves replies written in their name.")


def _push(reply: OutgoingReply, names: dict[int, str] | None = None) -> None:
    if names is None:
        names = dict(db.session.execute(select(User.id, User.name)).all())
    publish(reply.office_id, "reply.updated", reply_view(reply, names))


def approve_campaign(
    office_id: int, campaign_id: int, politician: User, excluded_reply_ids: set[int] | frozenset[int] = frozenset()
) -> dict[str, Any]:
    """One approval for a whole campaign answer: every reply of the campaign awaiting approval,
    except the excluded ones, is queued for delivery on its voter's own channel.

    Excluded replies stay awaiting approval (the politician decides on them one by one). The
    approval is audited once, with the count; each reply is delivered by its own job, and
    delivery claims a queued reply atomically, so approving twice sends nothing twice. A voter
    gets one answer: a waiting reply that would answer a voter a second time (identities linked
    after the answer was written, see :func:`duplicate_replies`) goes back to draft with a comment.
    """
    _require_politician(office_id, politician)
    campaign = db.session.execute(
        select(Campaign).where(Campaign.id == campaign_id, Campaign.office_id == office_id)
    ).scalar_one_or_none()
    if campaign is None:
        raise LookupError("No such campaign in this office.")
    waiting = (
        db.session.execute(
            select(OutgoingReply)
            .where(
                OutgoingReply.office_id == office_id,
                OutgoingReply.campaign_id == campaign.id,
                OutgoingReply.state == ReplyState.AWAITING_APPROVAL,
            )
            .order_by(OutgoingReply.id)
        )
        .scalars()
        .all()
    )
    duplicates = duplicate_replies(campaign.id)
    for reply in waiting:  # never two answers to one voter: a duplicate goes back to its author
        if reply.id in duplicates:
            reply.state = ReplyState.DRAFT
            reply.review_comment = DUPLICATE_COMMENT
    waiting = [reply for reply in waiting if reply.id not in duplicates]
    if not waiting:
        db.session.commit()
        raise ApprovalRejectedError("No reply of this campaign is awaiting approval.")
    approved = [reply for reply in waiting if reply.id not in excluded_reply_ids]
    if not approved:
        raise ApprovalRejectedError("Every voter is excluded: there is nothing to approve.")
    for reply in approved:
        reply.state = ReplyState.QUEUED
        reply.approved_by_id = politician.id
        reply.review_comment = ""
    record_audit(
        office_id,
        politician.id,
        "campaign.approved",
        "campaign",
        campaign.id,
        {
            "count": len(approved),
            "excluded": len(waiting) - len(approved),
            "reply_ids": [reply.id for reply in approved],
            **({"duplicates_returned": sorted(duplicates)} if duplicates else {}),
        },
    )
    db.session.commit()
    names = dict(db.session.execute(select(User.id, User.name)).all())
    for reply in approved:
        dispatch_reply(reply)
        _push(reply, names)
    return {
        "campaign_id": campaign.id,
        "approved": len(approved),
        "still_awaiting": len(waiting) - len(approved),
    }


def greeting_line(text: str) -> str:
    """The personalised opening of a reply ("Beste Lotte,"), for reviewing a campaign's voters."""
    first = text.strip().split("\n", 1)[0].strip()
    if len(first) > 80 and "," in first[:80]:
        first = first[: first.index(",") + 1]
    return first[:80] + ("…" if len(first) > 80 else "")


def approve_reply(office_id: int, reply_id: int, politician: User, edited_text: str | None = None) -> OutgoingReply:
    """Approve (optionally after editing) a reply awaiting approval; it is queued for sending."""
    _require_politician(office_id, politician)
    reply = _reply_in_state(office_id, reply_id, ReplyState.AWAITING_APPROVAL)
    detail: dict[str, Any] = {"edited": False}
    if edited_text is not None and edited_text.strip() != reply.text:
        body = edited_text.strip()
        check_reply_text(db.session.get(Conversation, reply.conversation_id), body)  # type: ignore[arg-type]
        detail = {"edited": True, "before": reply.text}
        reply.text = body
    reply.state = ReplyState.QUEUED
    reply.approved_by_id = politician.id
    reply.review_comment = ""

    record_answer(reply)  # the politician's approved wording, suggested from now on (issue 20)
    record_audit(office_id, politician.id, "reply.approved", "outgoing_reply", reply.id, detail)
    db.session.commit()
    dispatch_reply(reply)
    _push(reply)
    return reply


def send_back_reply(office_id: int, reply_id: int, politician: User, comment: str) -> OutgoingReply:
    """Return a reply to its author as a draft with the politician's comment."""
    _require_politician(office_id, politician)
    if not comment.strip():
        raise ApprovalRejectedError("Say what should change: the comment is empty.")
    reply = _reply_in_state(office_id, reply_id, ReplyState.AWAITING_APPROVAL)
    reply.state = ReplyState.DRAFT
    reply.review_comment = comment.strip()[:2000]
    record_audit(
        office_id, politician.id, "reply.sent_back", "outgoing_reply", reply.id, {"with_comment": bool(comment)}
    )
    db.session.commit()
    _push(reply)
    if reply.author_id and reply.author_id != politician.id:
        publish_to_user(
            reply.author_id, "reply.sent_back", {"reply_id": reply.id, "conversation_id": reply.conversation_id}
        )
    return reply


def resubmit_reply(office_id: int, reply_id: int, author: User, text: str) -> OutgoingReply:
    """The author revises a sent-back draft; it goes to approval again (or out, if no longer needed)."""
    reply = _reply_in_state(office_id, reply_id, ReplyState.DRAFT)
    if reply.author_id != author.id and member_role(office_id, author.id) != Role.POLITICIAN:
        raise ApprovalRejectedError("Only the author or the politician can revise this draft.")
    body = text.strip()
    try:
        check_reply_text(db.session.get(Conversation, reply.conversation_id), body)  # type: ignore[arg-type]
    except ReplyRejectedError as rejected:
        raise ApprovalRejectedError(str(rejected)) from rejected
    reply.text = body
    held = reply_needs_approval(office_id, author.id)
    reply.state = ReplyState.AWAITING_APPROVAL if held else ReplyState.QUEUED
    record_audit(office_id, author.id, "reply.resubmitted", "outgoing_reply", reply.id)
    db.session.commit()
    if not held:
        dispatch_reply(reply)
    _push(reply)
    return reply


def approval_queue(office_id: int) -> list[dict[str, Any]]:
    """Replies awaiting the politician, oldest first, with the voter's message they answer and
    the channel and office account the reply goes out on (``channel``, ``account``); a reply to
    a campaign carries ``campaign_id``, ``campaign_label`` and its personalised ``greeting``,
    so the approvals page can show the campaign's voters together under one approval."""
    rows = db.session.execute(
        select(
            OutgoingReply,
            Conversation,
            Contact.display_name,
            ChannelAccount.kind,
            ChannelAccount.handle,
            Campaign.label,
        )
        .join(Conversation, Conversation.id == OutgoingReply.conversation_id)
        .join(Contact, Contact.id == Conversation.contact_id)
        .join(ChannelAccount, ChannelAccount.id == Conversation.channel_account_id)
        .outerjoin(Campaign, Campaign.id == OutgoingReply.campaign_id)
        .where(OutgoingReply.office_id == office_id, OutgoingReply.state == ReplyState.AWAITING_APPROVAL)
        .order_by(OutgoingReply.id)
    ).all()
    names = dict(db.session.execute(select(User.id, User.name)).all())
    campaign_ids = {reply.campaign_id for reply, *_ in rows if reply.campaign_id}
    duplicates = set().union(*(duplicate_replies(campaign_id) for campaign_id in campaign_ids))
    queue = []
    for reply, conversation, voter, channel, account, campaign_label in rows:
        if reply.id in duplicates:  # one answer per voter: the approvals page lists voters once
            continue
        voter_message = latest_inbound_message(conversation.id)
        queue.append(
            {
                **reply_view(reply, names),
                "voter": voter,
                "channel": str(channel),
                "account": account,
                "voter_text": voter_message.text[:1000] if voter_message else "",
                "campaign_label": campaign_label or "",
                "greeting": greeting_line(reply.text),
                "created_at": reply.created_at.isoformat(),
            }
        )
    return queue
