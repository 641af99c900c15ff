"""Erase a voter: every row about them goes, in the database and in the search index.

What goes (see :data:`inbox.services.privacy.scope.VOTER_TABLES`): the contact and its
identities, their conversations with every message (both directions), the tags, tag
corrections and embeddings of those messages, the replies, notes and read marks of those
conversations, their e-mail attachments, their contact-form post log, merge suggestions,
handle mentions and split marks, and their rows in the full-text index (PostgreSQL
``message_search``/``contact_search``; SQLite FTS5 ``message_fts``/``contact_fts``, which
no foreign key cleans up). A campaign labelled with their words gets another member's
words as its label (or none).

What stays, without personal data: the numbers of past weeks (``erased_count``, see
:mod:`inbox.services.privacy.tally`), campaign sizes, an erasure ledger entry of keyed
hashes (:mod:`inbox.services.privacy.ledger`) and the audit event ``voter.erased`` with ids
and counts only. Audit events are never changed or deleted (the audit trail is
append-only); they refer to the voter by ids that no longer lead anywhere.

A voter who writes again after the erasure is a new contact: that message is new data and
is stored normally.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import bindparam, delete, func, select, text, tuple_, update

from inbox.live.events import publish
from inbox.models import (
    Campaign,
    Contact,
    ContactIdentity,
    Conversation,
    ConversationRead,
    EmailAttachment,
    FormPost,
    HandleMention,
    HideSuggestionDismissal,
    IdentitySplit,
    Membership,
    MergeSuggestion,
    Message,
    MessageEmbedding,
    Note,
    OutgoingReply,
    Role,
    TagCorrection,
    ThreatEscalation,
    TriageResult,
    User,
    db,
)
from inbox.services.answers.record import forget_answers
from inbox.services.audit.trail import record_audit
from inbox.services.conversations.flags import conversations_of_messages, refresh_toxic_flags
from inbox.services.privacy.ledger import contact_hashes, record_erasure
from inbox.services.privacy.scope import VoterScope, chunks, merge_suggestion_filter, voter_scope
from inbox.services.privacy.tally import record_erased_counts

#: roles that may export or erase a voter
PRIVACY_ROLES = (Role.ADMIN, Role.POLITICIAN)
#: why a voter is erased (GDPR art. 17(1) grounds); the audit keeps the code, never free text
REASONS = ("voter_request", "objection", "no_longer_needed", "unlawful", "other")
LABEL_CHARS = 200


class PrivacyPermissionError(PermissionError):
    """The actor may not export or erase voters of this office (admins and politicians may)."""


def check_privacy_role(actor: User | None, office_id: int) -> None:
    """Refuse unless ``actor`` is an admin or politician of the office (``None``: the operator's CLI)."""
    if actor is None:
        return
    role = db.session.execute(
        select(Membership.role).where(Membership.user_id == actor.id, Membership.office_id == office_id)
    ).scalar_one_or_none()
    if role not in PRIVACY_ROLES:
        raise PrivacyPermissionError("Only the office's admins and politicians may export or erase voter data.")


def office_contact(contact_id: int, office_id: int | None) -> Contact:
    """The contact, or LookupError when it does not exist (or belongs to another office)."""
    contact = db.session.get(Contact, contact_id)
    if contact is None or (office_id is not None and contact.office_id != office_id):
        raise LookupError(f"contact {contact_id} not found")
    return contact


def _delete_search_rows(message_ids: Sequence[int], contact_ids: Sequence[int]) -> None:
    postgres = db.session.get_bind().dialect.name == "postgresql"
    targets = (
        [("message_search", "message_id", message_ids), ("contact_search", "contact_id", contact_ids)]
        if postgres
        else [("message_fts", "rowid", message_ids), ("contact_fts", "rowid", contact_ids)]
    )
    for table, column, ids in targets:
        for chunk in chunks(ids):
            statement = text(f"DELETE FROM {table} WHERE {column} IN :ids").bindparams(bindparam("ids", expanding=True))
            db.session.execute(statement, {"ids": chunk})


def _label(body: str) -> str:
    return " ".join(body.split())[:LABEL_CHARS]


def _relabel_campaigns(message_ids: Sequence[int]) -> int:
    """Campaigns labelled with an erased message's words get the oldest remaining member's; returns how many."""
    erased = set(message_ids)
    words: dict[int, set[str]] = {}
    for chunk in chunks(message_ids):
        for campaign_id, body in db.session.execute(
            select(TriageResult.campaign_id, Message.text)
            .join(Message, Message.id == TriageResult.message_id)
            .where(TriageResult.message_id.in_(chunk), TriageResult.campaign_id.is_not(None))
        ):
            words.setdefault(int(campaign_id), set()).add(_label(body))
    changed = 0
    for campaign in db.session.execute(select(Campaign).where(Campaign.id.in_(words))).scalars():
        if campaign.label not in words[campaign.id]:
            continue
        members = db.session.execute(
            select(Message.id, Message.text)
            .join(TriageResult, TriageResult.message_id == Message.id)
            .where(TriageResult.campaign_id == campaign.id)
            .order_by(Message.id)
            .limit(len(erased) + 1)
        )
        campaign.label = next((_label(body) for mid, body in members if mid not in erased), "")
        changed += 1
    return changed


def _delete(model: type, column: Any, ids: Sequence[int], *extra: Any) -> int:
    total = 0
    for chunk in chunks(ids):
        result = db.session.execute(
            delete(model).where(column.in_(chunk), *extra).execution_options(synchronize_session=False)
        )
        total += result.rowcount or 0
    return total


def purge(scope: VoterScope, *, keep_counts: bool = True, delete_contacts: bool = True) -> dict[str, int]:
    """Delete everything in ``scope`` in the current transaction (the caller commits); counts per kind."""
    messages, conversations = scope.message_ids, scope.conversation_ids
    counts: dict[str, int] = {}
    if keep_counts:
        record_erased_counts(scope.office_id, messages, set(scope.contact_ids) if delete_contacts else None)
    counts["campaigns_relabelled"] = _relabel_campaigns(messages)
    _delete_search_rows(messages, scope.contact_ids if delete_contacts else [])
    touched = set(conversations_of_messages(messages)) - set(conversations)  # threads that stay
    pairs = []
    for chunk in chunks(messages):
        pairs.extend(
            db.session.execute(
                select(Message.channel_account_id, Message.external_id).where(Message.id.in_(chunk))
            ).all()
        )
    attachments = 0
    for start in range(0, len(pairs), 200):
        keys = [tuple(pair) for pair in pairs[start : start + 200]]
        attachments += (
            db.session.execute(
                delete(EmailAttachment)
                .where(tuple_(EmailAttachment.channel_account_id, EmailAttachment.message_external_id).in_(keys))
                .execution_options(synchronize_session=False)
            ).rowcount
            or 0
        )
    counts["attachments"] = attachments
    counts["tag_corrections"] = _delete(TagCorrection, TagCorrection.message_id, messages)

    counts["answers"] = forget_answers(scope.office_id, messages, conversations)  # out of every suggestion index
    _delete(MessageEmbedding, MessageEmbedding.message_id, messages)
    _delete(ThreatEscalation, ThreatEscalation.message_id, messages)
    _delete(HideSuggestionDismissal, HideSuggestionDismissal.message_id, messages)
    _delete(TriageResult, TriageResult.message_id, messages)
    counts["replies"] = _delete(OutgoingReply, OutgoingReply.conversation_id, conversations)
    for column in (OutgoingReply.in_reply_to_message_id, OutgoingReply.sent_message_id):
        for chunk in chunks(messages):
            db.session.execute(
                update(OutgoingReply)
                .where(column.in_(chunk))
                .values({column.key: None})
                .execution_options(synchronize_session=False)
            )
    counts["notes"] = _delete(Note, Note.conversation_id, conversations)
    _delete(ConversationRead, ConversationRead.conversation_id, conversations)
    counts["messages"] = _delete(Message, Message.id, messages)
    counts["conversations"] = _delete(Conversation, Conversation.id, conversations)
    refresh_toxic_flags(touched)
    counts["form_posts"] = (
        _delete(FormPost, func.lower(FormPost.email), sorted(scope.emails), FormPost.office_id == scope.office_id)
        if delete_contacts
        else 0
    )
    if delete_contacts:
        for chunk in chunks(scope.contact_ids):
            db.session.execute(
                delete(MergeSuggestion)
                .where(merge_suggestion_filter(chunk))
                .execution_options(synchronize_session=False)
            )
        _delete(HandleMention, HandleMention.contact_id, scope.contact_ids)
        _delete(IdentitySplit, IdentitySplit.identity_id, scope.identity_ids)
        counts["identities"] = _delete(ContactIdentity, ContactIdentity.contact_id, scope.contact_ids)
        counts["contacts"] = _delete(Contact, Contact.id, scope.contact_ids)
    db.session.expire_all()
    return counts


def erase_voter(
    contact_id: int, actor: User | None, reason: str = "voter_request", *, office_id: int | None = None
) -> dict:
    """Erase one voter (see the module docstring); audited as ``voter.erased`` with ids and counts only.

    ``office_id``: the office the request comes from (LookupError for another office's
    contact). ``actor`` must be an admin or politician of the office (None: the operator's CLI).
    ``reason`` is one of :data:`REASONS`. Returns ``{"contact_id", "conversation_ids", "counts"}``.
    """
    if reason not in REASONS:
        raise ValueError(f"reason must be one of {', '.join(REASONS)}")
    contact = office_contact(contact_id, office_id)
    office = contact.office_id
    check_privacy_role(actor, office)
    hashes = contact_hashes([contact_id])[contact_id]
    scope = voter_scope(office, [contact_id])
    counts = purge(scope)
    record_erasure(office, hashes)
    record_audit(
        office,
        actor.id if actor else None,
        "voter.erased",
        "contact",
        contact_id,
        {"reason": reason, "conversation_ids": scope.conversation_ids, "counts": counts},
    )
    db.session.commit()
    publish_erased(office, scope.conversation_ids)
    return {"contact_id": contact_id, "conversation_ids": scope.conversation_ids, "counts": counts}


def publish_erased(office_id: int, conversation_ids: Sequence[int]) -> None:
    """Tell open inboxes to drop these conversations (``conversation.erased``)."""
    if conversation_ids:
        publish(office_id, "conversation.erased", {"conversation_ids": list(conversation_ids)})
