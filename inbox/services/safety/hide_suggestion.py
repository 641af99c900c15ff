"""The "hide comment" suggestion: an abusive Facebook or Instagram comment that is still public.

When a voter's comment on the office's Facebook page or Instagram account is tagged abusive
(``TriageResult.toxic``, by triage or corrected by a person) or as a threat, and it is neither
hidden, nor deleted by the voter, nor dismissed by staff, the open conversation suggests hiding
it with one click (the existing :func:`inbox.services.replies.moderation.set_comment_hidden`).
Hiding only hides it on the channel: Dialoog keeps its copy, the raw payload and the tags.

A threat is evidence: a police-minded office exports the evidence bundle (``Report to police``)
*before* changing anything on the platform, so the bundle shows the comment as the public saw
it. The suggestion therefore says whether a bundle was exported for the comment
(``evidence_exported``, from the audit trail's ``threat.evidence_exported``), and the inbox
offers "hide" for a threat only once it was; it never hides or deletes anything by itself.
Staff may dismiss a suggestion (:func:`inbox.services.replies.moderation.dismiss_hide_suggestion`).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import exists, or_, select

from inbox.ingest.meta.messages import COMMENT, as_dict
from inbox.models import AuditEvent, ChannelAccount, ChannelKind, Direction, Message, TriageResult, db
from inbox.models.safety import HideSuggestionDismissal

HIDEABLE = (ChannelKind.FACEBOOK, ChannelKind.INSTAGRAM)


def hide_suggestion(office_id: int, conversation_id: int) -> dict[str, Any] | None:
    """The newest comment of this conversation to suggest hiding, or None.

    ``{"message_id", "channel": "facebook" | "instagram", "threat": bool, "evidence_exported": bool}``.
    """
    dismissed = exists().where(HideSuggestionDismissal.message_id == Message.id)
    candidates = db.session.execute(
        select(Message, ChannelAccount.kind, TriageResult.threat)
        .join(ChannelAccount, ChannelAccount.id == Message.channel_account_id)
        .join(TriageResult, TriageResult.message_id == Message.id)
        .where(
            Message.office_id == office_id,
            Message.conversation_id == conversation_id,
            Message.direction == Direction.INBOUND,
            ChannelAccount.kind.in_(HIDEABLE),
            Message.hidden_at.is_(None),
            Message.removed_at.is_(None),
            Message.withdrawn_at.is_(None),
            or_(TriageResult.toxic.is_(True), TriageResult.threat.is_(True)),
            ~dismissed,
        )
        .order_by(Message.sent_at.desc(), Message.id.desc())
    ).all()
    for message, kind, threat in candidates:
        if as_dict((message.raw or {}).get("meta")).get("type") != COMMENT:
            continue  # a direct message cannot be hidden
        return {
            "message_id": message.id,
            "channel": str(kind),
            "threat": bool(threat),
            "evidence_exported": bool(threat) and _evidence_exported(office_id, message.id),
        }
    return None


def _evidence_exported(office_id: int, message_id: int) -> bool:
    return (
        db.session.execute(
            select(AuditEvent.id)
            .where(
                AuditEvent.office_id == office_id,
                AuditEvent.action == "threat.evidence_exported",
                AuditEvent.target_type == "message",
                AuditEvent.target_id == str(message_id),
            )
            .limit(1)
        ).first()
        is not None
    )
