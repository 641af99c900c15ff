"""A voter across channels: one contact's identities and history, merge suggestions, merge and unmerge.

Every function takes the office of the person asking and never reads or changes another
office's contacts (a contact of another office is reported as not found). Merges and
unmerges are audited; automatic links happen in :mod:`inbox.services.contacts.linking`.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import delete, select

from inbox.models import (
    ChannelAccount,
    Contact,
    ContactIdentity,
    Conversation,
    IdentitySplit,
    MergeSuggestion,
    Message,
    SuggestionStatus,
    db,
    utcnow,
)
from inbox.services.audit.trail import record_audit
from inbox.services.contacts.linking import absorb_contact, conversations_of_identity, move_identity
from inbox.services.conversations.summaries import publish_conversation_changes

HISTORY_LIMIT = 200
SNIPPET_LENGTH = 280


class MergeRejectedError(ValueError):
    """A merge or unmerge that makes no sense (the message says why)."""


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment else None


def _contact_in_office(office_id: int, contact_id: int) -> Contact:
    contact = db.session.get(Contact, contact_id)
    if contact is None or contact.office_id != office_id:
        raise LookupError(f"contact {contact_id} not found")
    return contact


def contact_card(contact: Contact) -> dict[str, Any]:
    """A contact's name, e-mail, postcode and identities."""
    return {
        "id": contact.id,
        "display_name": contact.display_name,
        "email": contact.email,
        "postcode": contact.postcode,
        "last_contact_at": _iso(contact.last_contact_at),
        "identities": [
            {
                "id": identity.id,
                "channel": str(identity.channel_kind),
                "external_id": identity.external_id,
                "handle": identity.handle,
                "display_name": identity.display_name,
            }
            for identity in sorted(contact.identities, key=lambda i: i.id)
        ],
    }


def contact_detail(office_id: int, contact_id: int) -> dict[str, Any]:
    """The contact with its identities, conversations and message history across channels, newest first."""
    contact = _contact_in_office(office_id, contact_id)
    rows = db.session.execute(
        select(Conversation, ChannelAccount.kind)
        .join(ChannelAccount, ChannelAccount.id == Conversation.channel_account_id)
        .where(Conversation.office_id == office_id, Conversation.contact_id == contact.id)
        .order_by(Conversation.last_activity_at.desc(), Conversation.id.desc())
    ).all()
    channel_of = {conversation.id: str(kind) for conversation, kind in rows}
    messages = db.session.execute(
        select(Message)
        .where(Message.conversation_id.in_(list(channel_of)))
        .order_by(Message.sent_at.desc(), Message.id.desc())
        .limit(HISTORY_LIMIT)
    ).scalars()
    return {
        "contact": contact_card(contact),
        "conversations": [
            {
                "id": conversation.id,
                "channel": str(kind),
                "subject": conversation.subject,
                "status": str(conversation.status),
                "last_activity_at": _iso(conversation.last_activity_at),
            }
            for conversation, kind in rows
        ],
        "history": [
            {
                "message_id": message.id,
                "conversation_id": message.conversation_id,
                "channel": channel_of[message.conversation_id],
                "direction": str(message.direction),
                "identity_id": message.author_identity_id,
                "text": message.text[:SNIPPET_LENGTH],
                "sent_at": _iso(message.sent_at),
            }
            for message in messages
        ],
    }


def list_suggestions(office_id: int) -> list[dict[str, Any]]:
    """The office's open merge suggestions, newest first, with both contacts."""
    suggestions = db.session.execute(
        select(MergeSuggestion)
        .where(MergeSuggestion.office_id == office_id, MergeSuggestion.status == SuggestionStatus.OPEN)
        .order_by(MergeSuggestion.id.desc())
    ).scalars()
    rows = []
    for suggestion in suggestions:
        first = db.session.get(Contact, suggestion.contact_a_id)
        second = db.session.get(Contact, suggestion.contact_b_id)
        if first is None or second is None:
            continue
        rows.append(
            {
                "id": suggestion.id,
                "reason": suggestion.reason,
                "detail": suggestion.detail,
                "created_at": _iso(suggestion.created_at),
                "contacts": [contact_card(first), contact_card(second)],
            }
        )
    return rows


def dismiss_suggestion(office_id: int, suggestion_id: int, actor_user_id: int) -> None:
    """Mark a suggestion as wrong so it is not shown again; audited."""
    suggestion = db.session.get(MergeSuggestion, suggestion_id)
    if suggestion is None or suggestion.office_id != office_id:
        raise LookupError(f"suggestion {suggestion_id} not found")
    suggestion.status = SuggestionStatus.DISMISSED
    record_audit(office_id, actor_user_id, "contact.suggestion_dismissed", "merge_suggestion", suggestion.id)
    db.session.commit()


def merge_contacts(office_id: int, keep_id: int, merge_id: int, actor_user_id: int) -> dict[str, Any]:
    """Move every identity and conversation of contact ``merge_id`` to ``keep_id`` and remove it; audited."""
    if keep_id == merge_id:
        raise MergeRejectedError("Choose two different contacts to merge.")
    keep = _contact_in_office(office_id, keep_id)
    merged = _contact_in_office(office_id, merge_id)
    identities = sorted(merged.identities, key=lambda i: i.id)
    conversation_ids = sorted(
        db.session.execute(select(Conversation.id).where(Conversation.contact_id == merged.id)).scalars()
    )
    detail = {
        "merged_contact_id": merged.id,
        "identity_ids": [identity.id for identity in identities],
        "conversation_ids": conversation_ids,
    }
    for suggestion in db.session.execute(
        select(MergeSuggestion).where(
            MergeSuggestion.contact_a_id == min(keep_id, merge_id),
            MergeSuggestion.contact_b_id == max(keep_id, merge_id),
        )
    ).scalars():
        suggestion.status = SuggestionStatus.MERGED
    db.session.flush()
    every_identity = [identity.id for identity in identities] + [identity.id for identity in keep.identities]
    db.session.execute(delete(IdentitySplit).where(IdentitySplit.identity_id.in_(every_identity)))
    for identity in identities:
        move_identity(identity, keep)
    if db.session.get(Contact, merge_id) is not None:  # a contact without identities
        db.session.execute(
            Conversation.__table__.update().where(Conversation.contact_id == merge_id).values(contact_id=keep.id)
        )
        absorb_contact(merged, keep)
    record_audit(office_id, actor_user_id, "contact.merged", "contact", keep.id, detail)
    db.session.commit()
    _publish(office_id, conversation_ids)
    return contact_detail(office_id, keep.id)


def unmerge_identity(office_id: int, identity_id: int, actor_user_id: int) -> dict[str, Any]:
    """Split one identity, with the conversations it wrote in, out into a contact of its own; audited."""
    identity = db.session.get(ContactIdentity, identity_id)
    if identity is None or identity.office_id != office_id:
        raise LookupError(f"identity {identity_id} not found")
    source = identity.contact
    if len(source.identities) < 2:
        raise MergeRejectedError("This identity is the contact's only one; there is nothing to split.")
    conversation_ids = conversations_of_identity(identity)
    is_mail = "@" in identity.external_id
    fresh = Contact(
        office_id=office_id,
        display_name=(identity.display_name or identity.handle or identity.external_id)[:200],
        email=identity.external_id.lower() if is_mail else None,
        created_at=utcnow(),
        last_contact_at=source.last_contact_at,
    )
    db.session.add(fresh)
    db.session.flush()
    move_identity(identity, fresh)
    if is_mail and source.email == fresh.email:
        source.email = next(
            (i.external_id.lower() for i in source.identities if "@" in i.external_id and i.id != identity.id), None
        )
    db.session.add(IdentitySplit(office_id=office_id, identity_id=identity.id, created_at=utcnow()))
    record_audit(
        office_id,
        actor_user_id,
        "contact.unmerged",
        "contact",
        source.id,
        {"identity_id": identity.id, "new_contact_id": fresh.id, "conversation_ids": conversation_ids},
    )
    db.session.commit()
    _publish(office_id, conversation_ids)
    return contact_detail(office_id, fresh.id)


def _publish(office_id: int, conversation_ids: list[int]) -> None:
    """Tell open inboxes that these conversations now show another contact."""
    if conversation_ids:
        publish_conversation_changes(office_id, conversation_ids, "conversation.updated")
