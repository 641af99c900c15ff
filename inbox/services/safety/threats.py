"""Threats: escalated once per message, never hidden or closed, cleared only by an admin.

When triage tags an inbound message as a threat (``TriageResult.threat``),
:func:`record_threats` records a :class:`ThreatEscalation` in the same transaction (the
unique message id makes this happen exactly once, however often the message is
re-triaged), re-opens the conversation if it was closed or snoozed, and audits it. After
the commit, :func:`notify_threats` tells the office's admins and the politician at once:
a live ``threat.escalated`` event to each of them and an e-mail that names the
conversation but does not quote the threat. Only an admin can mark a message "not a
threat" (:func:`clear_threat`), which is audited and kept through re-triage.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import Any

from sqlalchemy import select

from inbox.live.events import publish, publish_to_user
from inbox.models import (
    Conversation,
    ConversationStatus,
    Direction,
    Membership,
    Message,
    Office,
    Role,
    ThreatEscalation,
    TriageResult,
    User,
    db,
    utcnow,
)
from inbox.services.access.account_mail import public_link, send_account_mail
from inbox.services.audit.trail import record_audit
from inbox.services.conversations.flags import refresh_toxic_flags
from inbox.services.conversations.summaries import publish_conversation_changes

log = logging.getLogger(__name__)

NOTIFIED_ROLES = (Role.ADMIN, Role.POLITICIAN)
MAIL_TEXTS = {
    "subject": {
        "nl": "Dringend: mogelijke bedreiging in conversatie #{conversation}",
        "fr": "Urgent : menace possible dans la conversation n°{conversation}",
        "de": "Dringend: mögliche Drohung in Unterhaltung #{conversation}",
        "en": "Urgent: possible threat in conversation #{conversation}",
    },
    "body": {
        "nl": "Dialoog heeft een bericht aan {office} als mogelijke bedreiging gemarkeerd.\n\nOpen het: {link}\n\n"
        "Een beheerder kan het als 'geen bedreiging' markeren of het bewijspakket voor de politie exporteren.",
        "fr": "Dialoog a signalé un message adressé à {office} comme menace possible.\n\nOuvrir : {link}\n\n"
        "Un administrateur peut le marquer « pas une menace » ou exporter le dossier de preuves pour la police.",
        "de": "Dialoog hat eine Nachricht an {office} als mögliche Drohung markiert.\n\nÖffnen: {link}\n\n"
        "Ein Admin kann sie als „keine Drohung“ markieren oder das Beweispaket für die Polizei exportieren.",
        "en": "Dialoog flagged a message to {office} as a possible threat.\n\nOpen it: {link}\n\n"
        "An admin can mark it 'not a threat' or export the evidence bundle for the police.",
    },
}


class NotAllowedError(PermissionError):
    """The user's role does not allow this (only an admin may clear a threat)."""


def record_threats(message_ids: Iterable[int]) -> list[int]:
    """Escalate each of these messages tagged a threat and not escalated before (the caller commits).

    Returns the ids of the new escalations, to pass to :func:`notify_threats` after the commit.
    """
    ids = sorted(set(message_ids))
    if not ids:
        return []
    db.session.flush()
    rows = db.session.execute(
        select(Message, TriageResult)
        .join(TriageResult, TriageResult.message_id == Message.id)
        .outerjoin(ThreatEscalation, ThreatEscalation.message_id == Message.id)
        .where(
            Message.id.in_(ids),
            Message.direction == Direction.INBOUND,
            TriageResult.threat.is_(True),
            ThreatEscalation.id.is_(None),
        )
    ).all()
    created = []
    for message, result in rows:
        escalation = ThreatEscalation(
            office_id=message.office_id,
            message_id=message.id,
            conversation_id=message.conversation_id,
            score=result.threat_score,
            rule=(result.tags or {}).get("threat_rule", "") or "",
            notified=[],
            details={},
            created_at=utcnow(),
        )
        db.session.add(escalation)
        conversation = db.session.get(Conversation, message.conversation_id)
        if conversation is not None and conversation.status in (ConversationStatus.CLOSED, ConversationStatus.SNOOZED):
            conversation.status, conversation.snoozed_until = ConversationStatus.OPEN, None
        record_audit(
            message.office_id,
            None,
            "threat.escalated",
            "message",
            message.id,
            {"score": result.threat_score, "rule": escalation.rule},
        )
        db.session.flush()
        created.append(escalation.id)
    return created


def _recipients(office_id: int) -> list[User]:
    return list(
        db.session.execute(
            select(User)
            .join(Membership, Membership.user_id == User.id)
            .where(Membership.office_id == office_id, Membership.role.in_(NOTIFIED_ROLES), User.is_active.is_(True))
            .order_by(User.id)
        ).scalars()
    )


def _mail(user: User, office_name: str, conversation_id: int) -> bool:
    """E-mail one recipient about the escalation (no quote of the message); False when not sent."""

    language = user.language if user.language in MAIL_TEXTS["body"] else "en"
    link = public_link(f"/?conversation={conversation_id}")
    subject = MAIL_TEXTS["subject"][language].format(conversation=conversation_id)
    body = MAIL_TEXTS["body"][language].format(office=office_name, link=link)
    try:
        return send_account_mail(user.email, subject, body)
    except Exception:  # a mail server down must not undo the escalation; the live event went out
        log.exception("threat e-mail to user %s failed", user.id)
        return False


def notify_threats(escalation_ids: Iterable[int]) -> None:
    """Tell admins and the politician about new escalations, live and by e-mail, once each."""

    for escalation_id in escalation_ids:
        escalation = db.session.get(ThreatEscalation, escalation_id)
        if escalation is None or escalation.details.get("notified_at"):
            continue
        office = db.session.get(Office, escalation.office_id)
        payload = {"conversation_id": escalation.conversation_id, "message_id": escalation.message_id}
        publish(escalation.office_id, "threat.escalated", payload)
        recipients = _recipients(escalation.office_id)
        mailed = []
        for user in recipients:
            publish_to_user(user.id, "threat.escalated", payload)
            if _mail(user, office.name if office else "", escalation.conversation_id):
                mailed.append(user.id)
        escalation.notified = [user.id for user in recipients]
        escalation.details = {**escalation.details, "notified_at": utcnow().isoformat(), "mailed": mailed}
        db.session.commit()


def _membership_role(office_id: int, user: User) -> Role | None:
    return db.session.execute(
        select(Membership.role).where(Membership.office_id == office_id, Membership.user_id == user.id)
    ).scalar_one_or_none()


def clear_threat(office_id: int, message_id: int, user: User) -> dict[str, Any]:
    """An admin marks a message "not a threat": tag off (kept through re-triage), escalation cleared, audited."""
    if _membership_role(office_id, user) != Role.ADMIN:
        raise NotAllowedError("Only an admin of the office can mark a message 'not a threat'.")
    message = db.session.execute(
        select(Message).where(Message.id == message_id, Message.office_id == office_id)
    ).scalar_one_or_none()
    if message is None or message.triage is None:
        raise LookupError("No such triaged message in this office.")
    result = message.triage
    old = result.threat
    result.threat = False
    result.corrected = sorted({*(result.corrected or []), "threat"})
    escalation = db.session.execute(
        select(ThreatEscalation).where(ThreatEscalation.message_id == message.id)
    ).scalar_one_or_none()
    if escalation is not None and escalation.cleared_at is None:
        escalation.cleared_at, escalation.cleared_by_id = utcnow(), user.id
    record_audit(office_id, user.id, "threat.cleared", "message", message.id, {"from": old, "to": False})
    refresh_toxic_flags([message.conversation_id])
    conversation_id = message.conversation_id
    db.session.commit()
    publish_conversation_changes(office_id, [conversation_id], "message.triaged")
    return {"message_id": message_id, "threat": False}
