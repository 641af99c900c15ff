"""One answer to a whole campaign: each voter on their own channel, in their language, by name."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from inbox.models import (
    Campaign,
    ChannelAccount,
    Contact,
    Conversation,
    Message,
    Office,
    OutgoingReply,
    ReplyState,
    TriageResult,
    User,
    db,
)
from inbox.services.access.office_members import politician_name
from inbox.services.contacts.names import greeting_name
from inbox.services.conversations.campaign_members import letter_and_variants
from inbox.services.replies.canned import fill_placeholders
from inbox.services.replies.outgoing import ReplyRejectedError, create_reply

ANSWERED_STATES = (ReplyState.AWAITING_APPROVAL, ReplyState.QUEUED, ReplyState.SENDING, ReplyState.SENT)


def _campaign(office_id: int, campaign_id: int) -> Campaign:
    campaign = db.session.execute(
        select(Campaign).where(Campaign.id == campaign_id, Campaign.office_id == office_id)
    ).scalar_one_or_none()
    if campaign is None:
        raise LookupError("No such campaign in this office.")
    return campaign


def _members(campaign_id: int) -> list[tuple[Conversation, str, str | None, str]]:
    """Each conversation of the campaign once, with its channel, the voter's language and
    what the voter wrote (their first message in the campaign)."""
    first_message = (
        select(Message.conversation_id, func.min(Message.id).label("message_id"))
        .join(TriageResult, TriageResult.message_id == Message.id)
        .where(TriageResult.campaign_id == campaign_id)
        .group_by(Message.conversation_id)
        .subquery()
    )
    rows = db.session.execute(
        select(Conversation, ChannelAccount.kind, TriageResult.language, Message.text)
        .join(first_message, first_message.c.conversation_id == Conversation.id)
        .join(TriageResult, TriageResult.message_id == first_message.c.message_id)
        .join(Message, Message.id == first_message.c.message_id)
        .join(ChannelAccount, ChannelAccount.id == Conversation.channel_account_id)
        .order_by(Conversation.id)
    ).all()
    return [(conversation, str(kind), language, text or "") for conversation, kind, language, text in rows]


def campaign_overview(office_id: int, campaign_id: int) -> dict[str, Any]:
    """The campaign with each voter's channel, language and the delivery state of their answer,
    and what they wrote: the letter (the most common text) and its variants (see
    :func:`letter_and_variants`). ``size`` counts the voters, as the queue row does."""
    campaign = _campaign(office_id, campaign_id)
    members = _members(campaign.id)
    replies = {
        reply.conversation_id: reply
        for reply in db.session.execute(
            select(OutgoingReply).where(OutgoingReply.campaign_id == campaign.id).order_by(OutgoingReply.id)
        ).scalars()
    }
    names = dict(
        db.session.execute(
            select(Contact.id, Contact.display_name).where(Contact.id.in_({c.contact_id for c, *_ in members}))
        ).all()
    )
    voters = []
    for conversation, channel, language, _text in members:
        reply = replies.get(conversation.id)
        voters.append(
            {
                "conversation_id": conversation.id,
                "voter": names.get(conversation.contact_id, ""),
                "channel": channel,
                "language": language,
                "reply_state": str(reply.state) if reply else None,
                "reply_error": reply.last_error if reply else "",
            }
        )
    languages = sorted({voter["language"] or "und" for voter in voters})
    wrote = letter_and_variants([(names.get(c.contact_id, ""), text) for c, _, _, text in members])
    return {
        "id": campaign.id,
        "label": campaign.label,
        "size": len(voters),
        "languages": languages,
        "voters": voters,
        **wrote,
    }


def reply_to_campaign(office_id: int, campaign_id: int, author: User, texts: dict[str, str]) -> dict[str, Any]:
    """Answer every voter of the campaign not yet answered, with the text for their language.

    ``texts`` maps a language code to the answer; a voter whose language has no text gets
    the office's language, else the first text given. ``{voter_name}`` and
    ``{politician_name}`` are filled in per voter. Voters already answered are skipped, so
    sending twice answers nobody twice. Returns the campaign overview with per-voter results.
    """
    texts = {language: text for language, text in texts.items() if text and text.strip()}
    if not texts:
        raise ReplyRejectedError("Write the answer in at least one language.")
    campaign = _campaign(office_id, campaign_id)
    office = db.session.get(Office, office_id)
    fallback = texts.get(office.language if office else "") or next(iter(texts.values()))
    signed_by = politician_name(office_id)
    answered = set(
        db.session.execute(
            select(OutgoingReply.conversation_id).where(
                OutgoingReply.campaign_id == campaign.id, OutgoingReply.state.in_(ANSWERED_STATES)
            )
        ).scalars()
    )
    problems: dict[int, str] = {}
    for conversation, _channel, language, _text in _members(campaign.id):
        if conversation.id in answered:
            continue
        voter = greeting_name(conversation.contact)
        body = fill_placeholders(texts.get(language or "", fallback), voter, signed_by, language or "nl")
        try:
            create_reply(office_id, conversation.id, author, body, campaign_id=campaign.id)
        except ReplyRejectedError as rejected:
            problems[conversation.id] = str(rejected)
    overview = campaign_overview(office_id, campaign.id)
    for voter in overview["voters"]:
        if voter["conversation_id"] in problems:
            voter["reply_state"] = "rejected"
            voter["reply_error"] = problems[voter["conversation_id"]]
    return overview
