"""Direct model inserts for digest tests: voters, conversations, messages with their triage tags."""

from __future__ import annotations

import itertools
from datetime import datetime

from inbox.models import (
    Campaign,
    ChannelAccount,
    ChannelKind,
    Contact,
    Conversation,
    ConversationStatus,
    Direction,
    Message,
    TriageResult,
    TriageState,
    db,
)

_ids = itertools.count(1)


def account(office_id: int, kind: ChannelKind = ChannelKind.X) -> ChannelAccount:
    """A channel account of the office that nothing polls."""
    row = ChannelAccount(office_id=office_id, kind=kind, handle=f"{kind.value}-{next(_ids)}", credentials={})
    db.session.add(row)
    db.session.flush()
    return row


def voter(office_id: int, name: str = "Voter") -> Contact:
    """A contact (voter) with a display name."""
    row = Contact(office_id=office_id, display_name=name)
    db.session.add(row)
    db.session.flush()
    return row


def conversation(
    office_id: int, channel: ChannelAccount, contact: Contact, status: ConversationStatus = ConversationStatus.OPEN
) -> Conversation:
    """A conversation of ``contact`` on ``channel``."""
    row = Conversation(
        office_id=office_id,
        channel_account_id=channel.id,
        contact_id=contact.id,
        thread_key=f"t-{next(_ids)}",
        status=status,
    )
    db.session.add(row)
    db.session.flush()
    return row


def inbound(
    conv: Conversation,
    sent_at: datetime,
    text: str = "Een vraag over de buurt.",
    *,
    topic: str | None = "mobility",
    sentiment: str | None = "neutral",
    campaign: Campaign | None = None,
    toxic: bool = False,
    uncertain: bool | None = None,
    second: str | None = None,
) -> Message:
    """A voter's message with triage tags (no triage row when ``topic`` and ``sentiment`` are None).

    ``uncertain``: the top topic is only a guess; ``second``: a second clear topic.
    """
    message = Message(
        office_id=conv.office_id,
        conversation_id=conv.id,
        channel_account_id=conv.channel_account_id,
        direction=Direction.INBOUND,
        external_id=f"in-{next(_ids)}",
        text=text,
        sent_at=sent_at,
        received_at=sent_at,
        triage_state=TriageState.DONE,
    )
    db.session.add(message)
    db.session.flush()
    if topic is not None or sentiment is not None:
        db.session.add(
            TriageResult(
                message_id=message.id,
                language="nl",
                topic=topic,
                topics=[{"code": topic, "score": 0.3 if uncertain else 0.9}] if topic else [],
                topic_uncertain=uncertain,
                topic_second=second,
                sentiment=sentiment,
                toxic=toxic,
                campaign_id=campaign.id if campaign else None,
                model_version="test",
            )
        )
    return message


def outbound(conv: Conversation, sent_at: datetime, text: str = "Bedankt, we kijken ernaar.") -> Message:
    """The office's reply in the conversation."""
    message = Message(
        office_id=conv.office_id,
        conversation_id=conv.id,
        channel_account_id=conv.channel_account_id,
        direction=Direction.OUTBOUND,
        external_id=f"out-{next(_ids)}",
        text=text,
        sent_at=sent_at,
        received_at=sent_at,
        triage_state=TriageState.SKIPPED,
    )
    db.session.add(message)
    db.session.flush()
    return message


def campaign(office_id: int, label: str) -> Campaign:
    """A coordinated campaign row."""
    row = Campaign(office_id=office_id, label=label, size=0, centroid=b"", fingerprints=b"")
    db.session.add(row)
    db.session.flush()
    return row
