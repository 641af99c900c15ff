"""Link a voter's identities as messages arrive: automatically where certain, as suggestions where likely.

Certain: the same e-mail address on the EMAIL channel and the website form (the identity
key of both is the lower-cased address) means one contact. Likely: the same name and
postcode, or a social handle in a message's signature that matches an X, Mastodon or
Bluesky identity of the office. Called by ``store_incoming`` inside its transaction.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import func, select, update

from inbox.ingest.base import IncomingMessage
from inbox.models import (
    ChannelAccount,
    ChannelKind,
    Contact,
    ContactIdentity,
    Conversation,
    HandleMention,
    IdentitySplit,
    MergeSuggestion,
    Message,
    SuggestionStatus,
    db,
    utcnow,
)
from inbox.models.sql import insert_ignoring_conflict
from inbox.services.audit.trail import record_audit
from inbox.services.contacts.signature_handles import handles_in, normalise_handle

MAIL_KINDS = (ChannelKind.EMAIL, ChannelKind.WEBFORM)
SOCIAL_KINDS = (ChannelKind.X, ChannelKind.MASTODON, ChannelKind.BLUESKY)


def link_contacts(
    account: ChannelAccount, messages: list[IncomingMessage], identities: dict[str, ContactIdentity]
) -> None:
    """Link the authors of a batch being stored (``identities`` by author external id)."""
    for author_id in sorted(identities):
        identity = identities[author_id]
        if account.kind in MAIL_KINDS:
            _link_by_email(identity)
        elif account.kind in SOCIAL_KINDS:
            _suggest_from_mentions(identity)
    for message in messages:
        identity = identities[message.author.external_id]
        postcode = str(message.raw.get("postcode") or "").strip()[:16] if isinstance(message.raw, dict) else ""
        if postcode:
            identity.contact.postcode = postcode
            _suggest_by_name_and_postcode(identity.contact)
        if account.kind in MAIL_KINDS:
            _record_mentions(identity.contact, handles_in(message.text))
    db.session.flush()


def is_split(identity_id: int) -> bool:
    """Whether staff split this identity out, so that it must not be linked automatically."""
    return (
        db.session.execute(
            select(IdentitySplit.id).where(IdentitySplit.identity_id == identity_id)
        ).scalar_one_or_none()
        is not None
    )


def _link_by_email(identity: ContactIdentity) -> None:
    address = identity.external_id.strip().lower()
    if "@" not in address:
        return
    contact = identity.contact
    if not contact.email:
        contact.email = address
    if is_split(identity.id):
        return
    split_ids = select(IdentitySplit.identity_id).where(IdentitySplit.office_id == identity.office_id)
    target_id = db.session.execute(
        select(ContactIdentity.contact_id)
        .where(
            ContactIdentity.office_id == identity.office_id,
            ContactIdentity.channel_kind.in_(MAIL_KINDS),
            func.lower(ContactIdentity.external_id) == address,
            ContactIdentity.contact_id != identity.contact_id,
            ContactIdentity.id.not_in(split_ids),
        )
        .order_by(ContactIdentity.contact_id)
        .limit(1)
    ).scalar_one_or_none()
    if target_id is None:
        return
    target = db.session.get(Contact, target_id)
    source_id = contact.id
    moved = move_identity(identity, target)
    record_audit(
        identity.office_id,
        None,
        "contact.linked_automatically",
        "contact",
        target.id,
        {"identity_id": identity.id, "from_contact_id": source_id, "conversation_ids": moved},
    )


def conversations_of_identity(identity: ContactIdentity) -> list[int]:
    """Conversations of the identity's contact in which this identity wrote."""
    return sorted(
        db.session.execute(
            select(Conversation.id)
            .join(Message, Message.conversation_id == Conversation.id)
            .where(Conversation.contact_id == identity.contact_id, Message.author_identity_id == identity.id)
            .distinct()
        ).scalars()
    )


def move_identity(identity: ContactIdentity, target: Contact) -> list[int]:
    """Move an identity with its conversations onto ``target``; drop the old contact if nothing is left."""
    source = identity.contact
    moved = conversations_of_identity(identity)
    identity.contact = target
    db.session.flush()
    remaining = db.session.execute(
        select(func.count(ContactIdentity.id)).where(ContactIdentity.contact_id == source.id)
    ).scalar_one()
    if remaining == 0:
        moved = sorted(
            set(moved)
            | set(db.session.execute(select(Conversation.id).where(Conversation.contact_id == source.id)).scalars())
        )
    if moved:
        db.session.execute(update(Conversation).where(Conversation.id.in_(moved)).values(contact_id=target.id))
    if remaining == 0:
        absorb_contact(source, target)
    db.session.flush()
    return moved


def absorb_contact(source: Contact, target: Contact) -> None:
    """Fold an emptied contact into ``target``: its details, mentions and suggestions; then delete it."""
    target.email = target.email or source.email
    target.postcode = target.postcode or source.postcode
    target.last_contact_at = max(target.last_contact_at, source.last_contact_at)
    for mention in db.session.execute(select(HandleMention).where(HandleMention.contact_id == source.id)).scalars():
        _record_mentions(target, {mention.handle})
    _repoint_suggestions(source.id, target.id)
    db.session.flush()
    db.session.delete(source)


def _repoint_suggestions(source_id: int, target_id: int) -> None:
    suggestions = db.session.execute(
        select(MergeSuggestion).where(
            (MergeSuggestion.contact_a_id == source_id) | (MergeSuggestion.contact_b_id == source_id)
        )
    ).scalars()
    for suggestion in suggestions:
        other = suggestion.contact_b_id if suggestion.contact_a_id == source_id else suggestion.contact_a_id
        if other != target_id and suggestion.status == SuggestionStatus.OPEN:
            suggest(suggestion.office_id, target_id, other, suggestion.reason, suggestion.detail)
        db.session.delete(suggestion)


def suggest(office_id: int, first_id: int, second_id: int, reason: str, detail: dict[str, str]) -> None:
    """Record that two contacts are likely one voter (once per pair and reason; dismissed ones stay dismissed)."""
    if first_id == second_id:
        return
    low, high = sorted((first_id, second_id))
    insert_ignoring_conflict(
        MergeSuggestion,
        {
            "office_id": office_id,
            "contact_a_id": low,
            "contact_b_id": high,
            "reason": reason,
            "detail": detail,
            "status": SuggestionStatus.OPEN,
            "created_at": utcnow(),
        },
        ["office_id", "contact_a_id", "contact_b_id", "reason"],
    )


def _suggest_by_name_and_postcode(contact: Contact) -> None:
    name = " ".join(contact.display_name.split()).lower()
    if not name or not contact.postcode:
        return
    others = db.session.execute(
        select(Contact.id, Contact.display_name).where(
            Contact.office_id == contact.office_id,
            Contact.id != contact.id,
            func.upper(Contact.postcode) == contact.postcode.upper(),
        )
    ).all()
    for other_id, other_name in others:
        if " ".join(other_name.split()).lower() == name:
            detail = {"name": contact.display_name, "postcode": contact.postcode}
            suggest(contact.office_id, contact.id, other_id, "name_postcode", detail)


def _record_mentions(contact: Contact, handles: Iterable[str]) -> None:
    for handle in sorted(set(handles)):
        values = {"office_id": contact.office_id, "contact_id": contact.id, "handle": handle[:320]}
        insert_ignoring_conflict(
            HandleMention, values | {"created_at": utcnow()}, ["office_id", "contact_id", "handle"]
        )
        matches = db.session.execute(
            select(ContactIdentity.contact_id, ContactIdentity.channel_kind, ContactIdentity.handle).where(
                ContactIdentity.office_id == contact.office_id,
                ContactIdentity.channel_kind.in_(SOCIAL_KINDS),
                func.lower(ContactIdentity.handle).in_([handle, f"@{handle}"]),
                ContactIdentity.contact_id != contact.id,
            )
        ).all()
        for other_id, kind, other_handle in matches:
            detail = {"handle": other_handle, "channel": str(kind)}
            suggest(contact.office_id, contact.id, other_id, "handle_in_signature", detail)


def _suggest_from_mentions(identity: ContactIdentity) -> None:
    handle = normalise_handle(identity.handle)
    if not handle:
        return
    mentions = db.session.execute(
        select(HandleMention.contact_id).where(
            HandleMention.office_id == identity.office_id,
            HandleMention.handle == handle,
            HandleMention.contact_id != identity.contact_id,
        )
    ).scalars()
    for contact_id in mentions:
        detail = {"handle": identity.handle, "channel": str(identity.channel_kind)}
        suggest(identity.office_id, contact_id, identity.contact_id, "handle_in_signature", detail)
