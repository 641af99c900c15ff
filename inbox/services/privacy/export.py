"""Export everything Dialoog holds about one voter, as one JSON document (GDPR art. 15 and 20).

The sections follow :data:`inbox.services.privacy.scope.VOTER_TABLES`: the contact and its
identities on every channel; every conversation (status, assignee) with every message in
both directions, each with its triage tags (language, topics, sentiment, toxicity, threat,
needs-reply, campaign and the model versions), the corrections people made to them, the
embedding computed from it and its attachments (base64); the replies written to the voter
with their delivery state; internal notes; who of the office read the conversations and
when; merge suggestions, handle mentions and split marks; contact-form posts (the consent
given is in the message's ``raw.consent``); and the audit events about all of these.
Binary values are base64 strings, times ISO 8601 in UTC.
"""

from __future__ import annotations

import base64
import enum
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, inspect, select

from inbox.models import (
    AuditEvent,
    ChannelAccount,
    ContactIdentity,
    Conversation,
    ConversationRead,
    EmailAttachment,
    FormPost,
    HandleMention,
    HideSuggestionDismissal,
    IdentitySplit,
    MergeSuggestion,
    Message,
    MessageEmbedding,
    Note,
    Office,
    OutgoingReply,
    TagCorrection,
    ThreatEscalation,
    TriageResult,
    User,
    db,
    utcnow,
)
from inbox.services.answers.export import answered_before, conversation_marks
from inbox.services.audit.trail import record_audit
from inbox.services.privacy.erasure import check_privacy_role, office_contact
from inbox.services.privacy.scope import VOTER_TABLES, chunks, merge_suggestion_filter, voter_scope

FORMAT = "dialoog.voter-export/1"


def json_value(value: Any) -> Any:
    """A column value as JSON: times ISO 8601, bytes base64, enums their value."""
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, bytes | memoryview):
        return base64.b64encode(bytes(value)).decode()
    if isinstance(value, enum.Enum):
        return value.value
    return value


def row_dict(instance: Any, leave_out: Iterable[str] = ()) -> dict[str, Any]:
    """Every mapped column of ``instance`` (by column name) as JSON values."""
    skip = set(leave_out)
    return {
        attribute.columns[0].name: json_value(getattr(instance, attribute.key))
        for attribute in inspect(type(instance)).column_attrs
        if attribute.columns[0].name not in skip
    }


def _rows(model: type, column: Any, ids: Sequence[Any], *extra: Any) -> list[Any]:
    found: list[Any] = []
    for chunk in chunks(ids):
        found.extend(db.session.execute(select(model).where(column.in_(chunk), *extra)).scalars())
    return sorted(found, key=lambda row: inspect(row).identity)


def _user_names(ids: Iterable[int | None]) -> dict[int, str]:
    wanted = sorted({i for i in ids if i})
    return dict(db.session.execute(select(User.id, User.name).where(User.id.in_(wanted))).all()) if wanted else {}


def _messages(messages: list[Message], accounts: dict[int, ChannelAccount]) -> list[dict[str, Any]]:

    message_ids = [message.id for message in messages]
    answers = answered_before(message_ids)
    tags = {row.message_id: row for row in _rows(TriageResult, TriageResult.message_id, message_ids)}
    embeddings = {row.message_id: row for row in _rows(MessageEmbedding, MessageEmbedding.message_id, message_ids)}
    threats = {row.message_id: row for row in _rows(ThreatEscalation, ThreatEscalation.message_id, message_ids)}
    dismissals = {
        row.message_id: row for row in _rows(HideSuggestionDismissal, HideSuggestionDismissal.message_id, message_ids)
    }
    corrections: dict[int, list[TagCorrection]] = {}
    for row in _rows(TagCorrection, TagCorrection.message_id, message_ids):
        corrections.setdefault(row.message_id, []).append(row)
    names = _user_names([m.author_user_id for m in messages] + [c.user_id for cs in corrections.values() for c in cs])
    out = []
    for message in messages:
        account = accounts.get(message.channel_account_id)
        attachments = db.session.execute(
            select(EmailAttachment)
            .where(
                EmailAttachment.channel_account_id == message.channel_account_id,
                EmailAttachment.message_external_id == message.external_id,
            )
            .order_by(EmailAttachment.position)
        ).scalars()
        entry = row_dict(message)
        entry["channel"] = str(account.kind) if account else None
        entry["author_user_name"] = names.get(message.author_user_id or 0)
        triage = tags.get(message.id)
        entry["tags"] = row_dict(triage, leave_out=("id", "message_id")) if triage else None
        entry["tag_corrections"] = [
            {**row_dict(c, leave_out=("message_id",)), "user_name": names.get(c.user_id or 0)}
            for c in corrections.get(message.id, [])
        ]
        embedding = embeddings.get(message.id)
        entry["embedding"] = row_dict(embedding, leave_out=("message_id",)) if embedding else None
        threat = threats.get(message.id)
        entry["threat_escalation"] = row_dict(threat, leave_out=("message_id",)) if threat else None
        dismissal = dismissals.get(message.id)
        entry["hide_suggestion_dismissal"] = (
            row_dict(dismissal, leave_out=("message_id", "office_id")) if dismissal else None
        )
        entry["attachments"] = [row_dict(a, leave_out=("office_id",)) for a in attachments]
        entry["media"] = [row_dict(item, leave_out=("message_id",)) for item in message.media]
        entry["answered_before"] = answers.get(message.id, [])
        out.append(entry)
    return out


def _audit_events(office_id: int, targets: dict[str, dict[int, datetime]]) -> list[dict[str, Any]]:
    """Audit events about these rows (target type -> id -> when the row was made).

    Events older than the row are left out: SQLite may give a new row the id of an
    erased one, and the erased voter's events must not show up in someone else's export.
    """
    found: dict[int, AuditEvent] = {}
    for target_type, made in targets.items():
        for chunk in chunks([str(i) for i in made]):  # type: ignore[arg-type]
            statement = select(AuditEvent).where(
                AuditEvent.office_id == office_id,
                AuditEvent.target_type == target_type,
                AuditEvent.target_id.in_(chunk),
            )
            for event in db.session.execute(statement).scalars():
                if event.created_at >= made[int(event.target_id)]:
                    found[event.id] = event
    return [row_dict(found[key]) for key in sorted(found)]


def export_voter(contact_id: int, actor: User | None, *, office_id: int | None = None) -> dict[str, Any]:
    """Everything held about one voter, as a JSON-ready dict; audited as ``voter.exported``.

    ``office_id``: the office the request comes from (LookupError for another office's
    contact). ``actor`` must be an admin or politician of the office (None: the operator's CLI).
    """

    contact = office_contact(contact_id, office_id)
    office = db.session.get(Office, contact.office_id)
    assert office is not None
    check_privacy_role(actor, office.id)
    scope = voter_scope(office.id, [contact_id])
    identities = _rows(ContactIdentity, ContactIdentity.contact_id, [contact_id])
    conversations = _rows(Conversation, Conversation.id, scope.conversation_ids)
    accounts = {
        a.id: a
        for a in db.session.execute(select(ChannelAccount).where(ChannelAccount.office_id == office.id)).scalars()
    }
    messages = _rows(Message, Message.id, scope.message_ids)
    replies = _rows(OutgoingReply, OutgoingReply.id, scope.reply_ids)
    notes = _rows(Note, Note.conversation_id, scope.conversation_ids)
    reads = _rows(ConversationRead, ConversationRead.conversation_id, scope.conversation_ids)
    suggestions = list(
        db.session.execute(
            select(MergeSuggestion).where(merge_suggestion_filter([contact_id])).order_by(MergeSuggestion.id)
        ).scalars()
    )
    names = _user_names(
        [c.assignee_id for c in conversations]
        + [r.author_id for r in replies]
        + [r.approved_by_id for r in replies]
        + [n.author_id for n in notes]
        + [r.user_id for r in reads]
    )
    data: dict[str, Any] = {
        "format": FORMAT,
        "exported_at": utcnow().isoformat(),
        "office": {"id": office.id, "name": office.name},
        "contact": row_dict(contact),
        "identities": [row_dict(i) for i in identities],
        "conversations": [
            {
                **row_dict(c),
                "channel": str(accounts[c.channel_account_id].kind) if c.channel_account_id in accounts else None,
                "channel_account": accounts[c.channel_account_id].handle if c.channel_account_id in accounts else None,
                "assignee_name": names.get(c.assignee_id or 0),
            }
            for c in conversations
        ],
        "messages": _messages(messages, accounts),
        "replies": [
            {
                **row_dict(r),
                "author_name": names.get(r.author_id or 0),
                "approved_by_name": names.get(r.approved_by_id or 0),
            }
            for r in replies
        ],
        "notes": [{**row_dict(n), "author_name": names.get(n.author_id or 0)} for n in notes],
        "reads": [{**row_dict(r), "user_name": names.get(r.user_id)} for r in reads],
        "links": {
            "merge_suggestions": [row_dict(s) for s in suggestions],
            "handle_mentions": [row_dict(h) for h in _rows(HandleMention, HandleMention.contact_id, [contact_id])],
            "identity_splits": [
                row_dict(s) for s in _rows(IdentitySplit, IdentitySplit.identity_id, scope.identity_ids)
            ],
        },
        "form_posts": [
            row_dict(p)
            for p in _rows(FormPost, func.lower(FormPost.email), sorted(scope.emails), FormPost.office_id == office.id)
        ],
        "audit_events": _audit_events(
            office.id,
            {
                "contact": {contact.id: contact.created_at},
                "conversation": {c.id: c.created_at for c in conversations},
                "message": {m.id: m.received_at for m in messages},
                "outgoing_reply": {r.id: r.created_at for r in replies},
                "merge_suggestion": {s.id: s.created_at for s in suggestions},
            },
        ),
    }

    data.update(conversation_marks(scope.conversation_ids))
    data["tables"] = sorted(VOTER_TABLES)
    counts = {
        "conversations": len(conversations),
        "messages": len(data["messages"]),
        "replies": len(replies),
        "notes": len(notes),
        "attachments": sum(len(m["attachments"]) for m in data["messages"]),
    }
    data["counts"] = counts
    record_audit(office.id, actor.id if actor else None, "voter.exported", "contact", contact_id, {"counts": counts})
    db.session.commit()
    return data
