"""What Dialoog holds about a voter: the rows, table by table, that export and erasure go through.

``VOTER_TABLES`` names every table that refers to a contact, identity, conversation or
message (directly by foreign key, or by another key such as an attachment's message id or
a form post's e-mail address), with what the export and the erasure do with it. A test
compares it with the foreign keys in the models, so a new table that refers to a voter
fails until it is added here and covered by both.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import or_, select

from inbox.models import Contact, ContactIdentity, Conversation, MergeSuggestion, Message, OutgoingReply, db

#: table -> where its rows appear in a voter export (the erasure deletes them all).
VOTER_TABLES: dict[str, str] = {
    "contact": "contact",
    "contact_identity": "identities",
    "conversation": "conversations",
    "message": "messages",
    "triage_result": "messages[].tags",
    "tag_correction": "messages[].tag_corrections",
    "threat_escalation": "messages[].threat_escalation",
    "hide_suggestion_dismissal": "messages[].hide_suggestion_dismissal",  # staff chose to leave a comment visible
    "message_embedding": "messages[].embedding",
    "email_attachment": "messages[].attachments",
    "message_media": "messages[].media",  # erased with its message (ON DELETE CASCADE)
    "outgoing_reply": "replies",
    "note": "notes",
    "conversation_read": "reads",
    "contact_merge_suggestion": "links.merge_suggestions",
    "contact_handle_mention": "links.handle_mentions",
    "contact_identity_split": "links.identity_splits",
    "contact_form_post": "form_posts",
    "audit_event": "audit_events",
    "answer_pair": "messages[].answered_before",  # issue 20: the answers given to their questions
    "answer_feedback": "answer_feedback",
    "answer_reuse": "answer_reuse",
}
#: the tables the foreign-key check looks for references to.
VOTER_ROOTS = ("contact", "contact_identity", "conversation", "message")

CHUNK = 500


def chunks(ids: Sequence[int], size: int = CHUNK) -> list[list[int]]:
    """``ids`` cut into lists of at most ``size`` (IN lists stay small on every database)."""
    values = list(ids)
    return [values[start : start + size] for start in range(0, len(values), size)]


@dataclass
class VoterScope:
    """The ids of everything that belongs to a set of contacts of one office."""

    office_id: int
    contact_ids: list[int]
    identity_ids: list[int] = field(default_factory=list)
    conversation_ids: list[int] = field(default_factory=list)
    message_ids: list[int] = field(default_factory=list)
    reply_ids: list[int] = field(default_factory=list)
    emails: set[str] = field(default_factory=set)


def voter_scope(office_id: int, contact_ids: Sequence[int], before: datetime | None = None) -> VoterScope:
    """Everything of these contacts; with ``before``, only conversations and messages stored until then.

    Messages are the messages of the voters' conversations plus any message one of their
    identities wrote elsewhere (their words in another thread).
    """
    scope = VoterScope(office_id, sorted(set(contact_ids)))
    conversations: set[int] = set()
    identities: set[int] = set()
    for chunk in chunks(scope.contact_ids):
        identities.update(
            db.session.execute(
                select(ContactIdentity.id).where(
                    ContactIdentity.contact_id.in_(chunk), ContactIdentity.office_id == office_id
                )
            ).scalars()
        )
        statement = select(Conversation.id).where(
            Conversation.contact_id.in_(chunk), Conversation.office_id == office_id
        )
        if before is not None:
            statement = statement.where(Conversation.created_at <= before)
        conversations.update(db.session.execute(statement).scalars())
        for contact_email, external in db.session.execute(
            select(Contact.email, ContactIdentity.external_id)
            .outerjoin(ContactIdentity, ContactIdentity.contact_id == Contact.id)
            .where(Contact.id.in_(chunk), Contact.office_id == office_id)
        ):
            scope.emails.update(value.lower() for value in (contact_email, external) if value and "@" in value)
    scope.identity_ids = sorted(identities)
    scope.conversation_ids = sorted(conversations)
    messages: set[int] = set()
    for chunk in chunks(scope.conversation_ids):
        messages.update(db.session.execute(select(Message.id).where(Message.conversation_id.in_(chunk))).scalars())
        scope.reply_ids.extend(
            db.session.execute(select(OutgoingReply.id).where(OutgoingReply.conversation_id.in_(chunk))).scalars()
        )
    for chunk in chunks(scope.identity_ids):
        statement = select(Message.id).where(Message.author_identity_id.in_(chunk), Message.office_id == office_id)
        if before is not None:
            statement = statement.where(Message.received_at <= before)
        messages.update(db.session.execute(statement).scalars())
    if before is not None:  # the voters' later conversations: only the messages stored until then
        for chunk in chunks(scope.contact_ids):
            messages.update(
                db.session.execute(
                    select(Message.id)
                    .join(Conversation, Conversation.id == Message.conversation_id)
                    .where(
                        Conversation.contact_id.in_(chunk),
                        Conversation.office_id == office_id,
                        Message.received_at <= before,
                    )
                ).scalars()
            )
    scope.message_ids = sorted(messages)
    scope.reply_ids = sorted(set(scope.reply_ids))
    return scope


def merge_suggestion_filter(contact_ids: Sequence[int]):  # type: ignore[no-untyped-def]
    """WHERE clause: merge suggestions naming any of these contacts."""

    return or_(MergeSuggestion.contact_a_id.in_(contact_ids), MergeSuggestion.contact_b_id.in_(contact_ids))
