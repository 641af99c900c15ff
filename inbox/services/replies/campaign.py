"""One answer to a whole campaign: each voter on their own channel, in their language, by name."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

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
from inbox.services.conversations.campaign_members import (
    CampaignVoter,
    campaign_voters,
    is_coordinated,
    letter_and_variants,
)
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


@dataclass
class _Member:
    """A voter of the campaign with the conversation their answer goes to (see ``campaign_voters``)."""

    voter: CampaignVoter
    conversation: Conversation
    channel: str
    channels: list[str]
    language: str | None
    text: str


def _members(campaign_id: int) -> list[_Member]:
    """Each voter of the campaign once (linked identities are one voter): the conversation of
    their most recent campaign message, its channel, that message's language, every channel
    they used, and what they wrote (their first message in the campaign)."""
    voters = campaign_voters(campaign_id)
    if not voters:
        return []
    conversation_ids = {c for voter in voters for c in voter.conversation_ids}
    conversations = {
        conversation.id: (conversation, str(kind))
        for conversation, kind in db.session.execute(
            select(Conversation, ChannelAccount.kind)
            .join(ChannelAccount, ChannelAccount.id == Conversation.channel_account_id)
            .where(Conversation.id.in_(conversation_ids))
        ).all()
    }
    message_ids = {v.first_message_id for v in voters} | {v.latest_message_id for v in voters}
    texts = dict(db.session.execute(select(Message.id, Message.text).where(Message.id.in_(message_ids))).all())
    languages = dict(
        db.session.execute(
            select(TriageResult.message_id, TriageResult.language).where(TriageResult.message_id.in_(message_ids))
        ).all()
    )
    members = []
    for voter in voters:
        conversation, channel = conversations[voter.conversation_id]
        channels = list(dict.fromkeys(conversations[c][1] for c in voter.conversation_ids))
        text = texts.get(voter.first_message_id) or ""
        members.append(_Member(voter, conversation, channel, channels, languages.get(voter.latest_message_id), text))
    return members


def _replies_by_voter(campaign_id: int, members: list[_Member]) -> dict[int, OutgoingReply]:
    """The campaign's newest reply to each voter, on any of their conversations (by contact)."""
    contact_of = {c: member.voter.contact_id for member in members for c in member.voter.conversation_ids}
    replies: dict[int, OutgoingReply] = {}
    for reply in db.session.execute(
        select(OutgoingReply).where(OutgoingReply.campaign_id == campaign_id).order_by(OutgoingReply.id)
    ).scalars():
        contact_id = contact_of.get(reply.conversation_id)
        if contact_id is not None:
            replies[contact_id] = reply
    return replies


def answered_voters(campaign_id: int) -> set[int]:
    """The contacts that already have this campaign's answer (awaiting approval, queued or sent),
    on whichever of their conversations: a voter gets one answer per campaign."""
    return set(
        db.session.execute(
            select(Conversation.contact_id)
            .join(OutgoingReply, OutgoingReply.conversation_id == Conversation.id)
            .where(OutgoingReply.campaign_id == campaign_id, OutgoingReply.state.in_(ANSWERED_STATES))
        ).scalars()
    )


def campaign_overview(office_id: int, campaign_id: int) -> dict[str, Any]:
    """The campaign with each voter once: the channel their answer goes to (that of their most
    recent campaign message), every channel they used, their language and the delivery state
    of their answer, and what they wrote: the letter (the most common text) and its variants
    (see :func:`letter_and_variants`). ``size`` counts the voters, as the queue row does."""
    campaign = _campaign(office_id, campaign_id)
    members = _members(campaign.id)
    replies = _replies_by_voter(campaign.id, members)
    names = dict(
        db.session.execute(
            select(Contact.id, Contact.display_name).where(Contact.id.in_({m.voter.contact_id for m in members}))
        ).all()
    )
    voters = []
    for member in members:
        reply = replies.get(member.voter.contact_id)
        voters.append(
            {
                "conversation_id": member.conversation.id,
                "voter": names.get(member.voter.contact_id, ""),
                "channel": member.channel,
                "channels": member.channels,
                "language": member.language,
                "reply_state": str(reply.state) if reply else None,
                "reply_error": reply.last_error if reply else "",
            }
        )
    languages = sorted({voter["language"] or "und" for voter in voters})
    wrote = letter_and_variants([(names.get(m.voter.contact_id, ""), m.text) for m in members])
    return {
        "id": campaign.id,
        "label": campaign.label,
        "size": len(voters),
        "coordinated": is_coordinated(len(voters)),
        "languages": languages,
        "voters": voters,
        **wrote,
    }


def reply_to_campaign(office_id: int, campaign_id: int, author: User, texts: dict[str, str]) -> dict[str, Any]:
    """Answer every voter of the campaign not yet answered, with the text for their language.

    ``texts`` maps a language code to the answer; a voter whose language has no text gets
    the office's language, else the first text given. ``{voter_name}`` and
    ``{politician_name}`` are filled in per voter. Each voter (contact) is answered once, on
    the channel of their most recent campaign message; a voter already answered on any of
    their channels is skipped, so sending twice answers nobody twice. Returns the campaign
    overview with per-voter results.
    """
    texts = {language: text for language, text in texts.items() if text and text.strip()}
    if not texts:
        raise ReplyRejectedError("Write the answer in at least one language.")
    campaign = _campaign(office_id, campaign_id)
    office = db.session.get(Office, office_id)
    fallback = texts.get(office.language if office else "") or next(iter(texts.values()))
    signed_by = politician_name(office_id)
    answered = answered_voters(campaign.id)
    problems: dict[int, str] = {}
    for member in _members(campaign.id):
        if member.voter.contact_id in answered:
            continue
        conversation, language = member.conversation, member.language
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


def duplicate_replies(campaign_id: int) -> set[int]:
    """Replies of the campaign awaiting approval that would answer a voter a second time.

    Two identities linked after the answer was written leave one voter with two waiting
    replies, or with a waiting one next to one already queued or sent. Per voter the reply to
    keep is one already queued or sent, else the waiting one on the conversation of their most
    recent campaign message, else their newest waiting one; the others are duplicates.
    """
    voters = campaign_voters(campaign_id)
    contact_of = {c: voter.contact_id for voter in voters for c in voter.conversation_ids}
    target = {voter.contact_id: voter.conversation_id for voter in voters}
    waiting: dict[int, list[OutgoingReply]] = {}
    already: set[int] = set()
    for reply in db.session.execute(
        select(OutgoingReply).where(OutgoingReply.campaign_id == campaign_id).order_by(OutgoingReply.id)
    ).scalars():
        contact_id = contact_of.get(reply.conversation_id)
        if contact_id is None:
            continue
        if reply.state == ReplyState.AWAITING_APPROVAL:
            waiting.setdefault(contact_id, []).append(reply)
        elif reply.state in ANSWERED_STATES:
            already.add(contact_id)
    duplicates: set[int] = set()
    for contact_id, replies in waiting.items():
        if contact_id in already:
            duplicates.update(reply.id for reply in replies)
            continue
        keep = next((r for r in replies if r.conversation_id == target[contact_id]), replies[-1])
        duplicates.update(reply.id for reply in replies if reply is not keep)
    return duplicates
