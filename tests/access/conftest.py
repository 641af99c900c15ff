"""Two offices with every role (viewer included) and, in office A, one object of every kind a URL names."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest
from flask import Flask
from sqlalchemy import func, select

from inbox.models import (
    AnswerPair,
    Campaign,
    CannedReply,
    ChannelAccount,
    Contact,
    ContactFormSettings,
    ContactIdentity,
    Conversation,
    EmailAttachment,
    Membership,
    MergeSuggestion,
    Message,
    Note,
    OutgoingReply,
    ReplyState,
    Role,
    TagCorrection,
    User,
    db,
)
from inbox.services.access.users import create_user
from inbox.services.intake.store import store_incoming
from tests.factories import PASSWORD, incoming, office_with_users, plain_account

# Text only office A's data contains: none of it may reach office B or a viewer.
A_VOTER = "Griet Geheimvoter"
A_TEXT = "GEHEIM-A: mijn buurman Jozef woont op Kerkstraat 12"
A_OFFICE = "Kantoor Alfa"


@dataclass
class Office:
    """One office's id and its users by role."""

    id: int
    users: dict[str, User]


@dataclass
class World:
    """Offices A and B, and ids of office A's objects by URL argument name."""

    a: Office
    b: Office
    ids: dict[str, object] = field(default_factory=dict)

    def user(self, office: str, role: str) -> User:
        """The user of office ``a`` or ``b`` with that role."""
        return getattr(self, office).users[role]


def _office(name: str) -> Office:
    setup = office_with_users(name, require_approval=True)
    viewer = create_user(
        setup.office.id, f"viewer-{name.split()[-1].lower()}@example.test", "Vera Viewer", PASSWORD, Role.VIEWER
    )
    users = {"admin": setup.admin, "politician": setup.politician, "staff": setup.staff, "viewer": viewer}
    return Office(setup.office.id, users)


def build_world() -> World:
    """Office A with a voter, conversation, message, reply, note, campaign, suggestion, canned reply,
    earlier answer, attachment and form; office B with only its people and a conversation of its own."""
    a, b = _office(A_OFFICE), _office("Kantoor Beta")
    account = plain_account(a.id, handle="alfa_account")
    conversation_id = next(
        iter(store_incoming(account.id, [incoming(text=A_TEXT, author_id="griet")]).conversation_ids)
    )
    other_id = next(
        iter(store_incoming(account.id, [incoming(text="Tweede kiezer", author_id="tweede")]).conversation_ids)
    )
    store_incoming(plain_account(b.id, handle="beta_account").id, [incoming(text="Beta kiezer", author_id="beta")])
    conversation = db.session.get(Conversation, conversation_id)
    contact = db.session.get(Contact, conversation.contact_id)
    contact.display_name = A_VOTER
    other_contact_id = db.session.get(Conversation, other_id).contact_id
    message = db.session.execute(select(Message).where(Message.conversation_id == conversation_id)).scalar_one()
    identity = db.session.execute(select(ContactIdentity).where(ContactIdentity.contact_id == contact.id)).scalar_one()
    campaign = Campaign(office_id=a.id, label=A_TEXT, size=2, centroid=b"\0" * 8, fingerprints=b"\0" * 8)
    db.session.add(campaign)
    db.session.flush()
    if message.triage is not None:  # triage ran inline: make the message part of the campaign
        message.triage.campaign_id = campaign.id
    reply = OutgoingReply(
        office_id=a.id,
        conversation_id=conversation_id,
        author_id=a.users["staff"].id,
        in_reply_to_message_id=message.id,
        text="Beste Griet, wij bekijken het.",
        state=ReplyState.AWAITING_APPROVAL,
    )
    low, high = sorted((contact.id, other_contact_id))
    suggestion = MergeSuggestion(office_id=a.id, contact_a_id=low, contact_b_id=high, reason="name_postcode")
    canned = CannedReply(office_id=a.id, title="Dank", language="nl", body="Dank u, {voter_name}.")
    attachment = EmailAttachment(
        office_id=a.id,
        channel_account_id=account.id,
        message_external_id=message.external_id,
        position=0,
        filename="plan.txt",
        content_type="text/plain",
        size=len(A_TEXT),
        content=A_TEXT.encode(),
    )
    form = ContactFormSettings(office_id=a.id, form_key="alfa-form-key")
    note = Note(conversation_id=conversation_id, author_id=a.users["staff"].id, body=f"Note about {A_VOTER}")
    db.session.add_all([reply, suggestion, canned, attachment, form, note])
    db.session.flush()
    answer = AnswerPair(  # an earlier answer the "Answered before" panel may suggest
        office_id=a.id, reply_id=reply.id, question_message_id=message.id, conversation_id=conversation_id
    )
    db.session.add(answer)
    db.session.commit()
    world = World(a, b)
    world.ids = {
        "office_id": a.id,
        "conversation_id": conversation_id,
        "message_id": message.id,
        "reply_id": reply.id,
        "contact_id": contact.id,
        "identity_id": identity.id,
        "other_contact_id": other_contact_id,
        "suggestion_id": suggestion.id,
        "campaign_id": campaign.id,
        "canned_id": canned.id,
        "pair_id": answer.id,
        "attachment_id": attachment.id,
        "account_id": account.id,
        "user_id": a.users["staff"].id,
        "form_key": form.form_key,
        "language": "de",  # the catalogue's JSON export (public, no office data)
    }
    return world


def office_a_state(world: World) -> dict[str, object]:
    """What a refused request must not have changed in office A."""
    a = world.a.id
    conversation = db.session.get(Conversation, world.ids["conversation_id"])
    message = db.session.get(Message, world.ids["message_id"])
    reply = db.session.get(OutgoingReply, world.ids["reply_id"])

    def count(model: type, *where: object) -> int:
        return db.session.execute(select(func.count()).select_from(model).where(*where)).scalar_one()

    state = {
        "conversation": (conversation.status, conversation.assignee_id, conversation.contact_id),
        "message": (message.hidden_at, message.triage.campaign_id if message.triage else None),
        "reply": (reply.state, reply.text, reply.review_comment),
        "suggestion": db.session.get(MergeSuggestion, world.ids["suggestion_id"]).status,
        "contacts": count(Contact, Contact.office_id == a),
        "identities": count(ContactIdentity, ContactIdentity.office_id == a),
        "replies": count(OutgoingReply, OutgoingReply.office_id == a),
        "notes": count(Note, Note.conversation_id == conversation.id),
        "canned": count(CannedReply, CannedReply.office_id == a),
        "corrections": count(TagCorrection),
        "account": db.session.get(ChannelAccount, world.ids["account_id"]).disconnected_at,
        "roles": sorted(
            (m.user_id, str(m.role))
            for m in db.session.execute(select(Membership).where(Membership.office_id == a)).scalars()
        ),
    }
    db.session.rollback()
    return state


@pytest.fixture
def world(app: Flask) -> World:
    """Offices A and B on the test app (SQLite and PostgreSQL)."""
    return build_world()
