"""Two offices full of data, marked so that a leak shows, and a logged-in session per office and role.

Every string office A owns carries ``QXALPHA``; every string office B owns carries
``QXBRAVO``. Strings that identify or quote a voter (names, messages, notes, replies,
campaign letters, attachments) carry ``QXALPHAV``/``QXBRAVOV``, which a role that may not
see voter details must never receive. People's names carry no marker: an admin may add a
person of another office to theirs (by e-mail), and then sees that person legitimately.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta
from itertools import pairwise

from flask import Flask
from sqlalchemy import select

from inbox.ingest.base import Author, IncomingMessage
from inbox.models import (
    Campaign,
    CannedReply,
    ChannelAccount,
    ChannelKind,
    ContactIdentity,
    Conversation,
    DigestSettings,
    EmailAttachment,
    Message,
    OutgoingReply,
    ReplyState,
    Role,
    TagCorrection,
    Topic,
    TriageResult,
    TriageState,
    User,
    db,
    utcnow,
)
from inbox.services.access.users import create_office, create_user
from inbox.services.contacts.linking import suggest
from inbox.services.conversations.notes import add_note
from inbox.services.intake.store import store_incoming
from inbox.services.webform.submissions import form_for_office, set_consent_texts
from tests.factories import PASSWORD
from tests.security.sessions import Session, log_in, visitor

TAGS = {"A": "QXALPHA", "B": "QXBRAVO"}
NOWHERE = "http://127.0.0.1:9"  # the discard port: provider calls fail at once, never leave the machine
APP_SECRETS = {"A": "meta-app-secret-alpha", "B": "meta-app-secret-bravo"}
CONSUMER_SECRETS = {"A": "x-consumer-secret-alpha", "B": "x-consumer-secret-bravo"}
ACCOUNT_KINDS = (
    ChannelKind.X,
    ChannelKind.FACEBOOK,
    ChannelKind.INSTAGRAM,
    ChannelKind.EMAIL,
    ChannelKind.MASTODON,
    ChannelKind.BLUESKY,
)


def voter_marker(office: str) -> str:
    """The marker in every voter-detail string of ``office`` ("A" or "B")."""
    return TAGS[office] + "V"


def office_marker(office: str) -> str:
    """The marker in every string of ``office`` (voter details included)."""
    return TAGS[office]


@dataclass
class SeededOffice:
    """One office's id, people, form key and name."""

    key: str
    id: int
    name: str
    users: dict[Role, User] = field(default_factory=dict)
    form_key: str = ""


@dataclass
class World:
    """Both offices, the ids of their rows per table, and a session per office and role."""

    app: Flask
    offices: dict[str, SeededOffice]
    ids: dict[str, dict[str, list[int]]] = field(default_factory=dict)  # office → table → ids
    sessions: dict[str, Session] = field(default_factory=dict)
    prints: dict[str, dict[str, str]] = field(default_factory=dict)  # office → fingerprint, while known
    backend: str = "sqlite"

    def office_of(self, office_id: int) -> str | None:
        """ "A" or "B" for an office id."""
        return next((key for key, office in self.offices.items() if office.id == office_id), None)


def _account(office: str, office_id: int, kind: ChannelKind) -> ChannelAccount:
    handle = f"{kind.value}-{office.lower()}"
    credentials: dict[str, object] = {"access_token": f"token-{handle}"}
    settings: dict[str, object] = {"poll_seconds": 3600}
    if kind == ChannelKind.X:
        credentials |= {"consumer_key": "ck", "consumer_secret": CONSUMER_SECRETS[office], "access_token_secret": "s"}
        settings["api_base_url"] = NOWHERE
    elif kind in (ChannelKind.FACEBOOK, ChannelKind.INSTAGRAM):
        credentials |= {"app_secret": APP_SECRETS[office], "verify_token": f"verify-{office}"}
        settings["graph_base_url"] = NOWHERE
    elif kind == ChannelKind.EMAIL:
        credentials = {"smtp_host": "127.0.0.1", "smtp_port": 9, "smtp_security": "none", "imap_host": "127.0.0.1"}
        settings = {"from_address": f"office-{office.lower()}@kamer.example", "from_name": "Kabinet"}
    else:
        settings["api_base_url"] = NOWHERE
    account = ChannelAccount(
        office_id=office_id,
        kind=kind,
        handle=handle,
        external_id=f"{office}-{kind.value}-1000",
        credentials=credentials,
        settings=settings,
        next_poll_at=utcnow() + timedelta(days=365),
    )
    db.session.add(account)
    db.session.commit()
    return account


def _voter_messages(office: str, account: ChannelAccount, voters: int = 2) -> None:
    """Voters writing to ``account``: two messages each, this week and last week."""
    tag = voter_marker(office)
    now = utcnow()
    batch = []
    for number in range(voters):
        author = Author(
            external_id=f"{account.kind.value}-voter-{number}",
            handle=f"{tag}handle{number}",
            display_name=f"{tag} Voter {account.kind.value} {number}",
        )
        for age in (timedelta(hours=2), timedelta(days=8)):
            external = f"{account.kind.value}-{office}-{number}-{int(age.total_seconds())}"
            batch.append(
                IncomingMessage(
                    external_id=external,
                    thread_key=f"thread-{account.kind.value}-{number}",
                    author=author,
                    text=f"{tag} message about housing in Leuven {number} {external}",
                    sent_at=now - age,
                    subject=f"{tag} subject" if account.kind == ChannelKind.EMAIL else "",
                    raw={"comment_id": external, "post_id": "post-1", "item": "comment"},
                )
            )
    store_incoming(account.id, batch)


def _tag_messages(office_id: int, campaign_id: int) -> None:
    messages = db.session.execute(select(Message).where(Message.office_id == office_id).order_by(Message.id)).scalars()
    for position, message in enumerate(messages):
        message.triage_state = TriageState.DONE
        db.session.add(
            TriageResult(
                message_id=message.id,
                language="nl",
                topic="housing",
                topics=[{"code": "housing", "score": 0.9}],
                sentiment=("negative", "neutral", "positive")[position % 3],
                toxic=position % 5 == 4,
                needs_reply=True,
                campaign_id=campaign_id if position % 2 == 0 else None,
                model_version="seed",
                tags={},
            )
        )
    db.session.commit()


def _office_rows(key: str, office_id: int, users: dict[Role, User]) -> None:
    """Notes, replies in every state, a campaign, a topic, canned replies, suggestions, an attachment, a form."""
    tag, vtag = office_marker(key), voter_marker(key)
    staff, politician = users[Role.STAFF], users[Role.POLITICIAN]
    conversations = list(
        db.session.execute(select(Conversation).where(Conversation.office_id == office_id).order_by(Conversation.id))
        .scalars()
        .all()
    )
    campaign = Campaign(
        office_id=office_id, label=f"{vtag} campaign letter", size=4, centroid=b"\0" * 8, fingerprints=b"\0" * 8
    )
    db.session.add(campaign)
    db.session.commit()
    _tag_messages(office_id, campaign.id)
    for conversation in conversations[:3]:
        add_note(office_id, conversation.id, staff, f"{vtag} note @{politician.name.split()[0]} about the voter")
    for state, conversation in zip(ReplyState, conversations, strict=False):
        db.session.add(
            OutgoingReply(
                office_id=office_id,
                conversation_id=conversation.id,
                author_id=staff.id,
                text=f"{vtag} reply in state {state.value}",
                state=state,
                review_comment=f"{vtag} comment" if state == ReplyState.DRAFT else "",
                last_error="refused" if state == ReplyState.FAILED else "",
            )
        )
    db.session.add(
        Topic(
            office_id=office_id,
            code="housing",
            names={"nl": f"{tag} wonen", "en": f"{tag} housing"},
            descriptions={"nl": "wonen"},
            examples=[],
        )
    )
    db.session.add(
        CannedReply(
            office_id=office_id, title=f"{tag} thanks", language="nl", body=f"Dank u {{voter_name}}, {tag} canned"
        )
    )
    first_message = db.session.execute(
        select(Message).where(Message.office_id == office_id).order_by(Message.id)
    ).scalar()
    db.session.add(
        TagCorrection(
            office_id=office_id,
            message_id=first_message.id,
            user_id=staff.id,
            tag="topic",
            old_value="mobility",
            new_value="housing",
        )
    )
    email_message = db.session.execute(
        select(Message)
        .join(ChannelAccount, ChannelAccount.id == Message.channel_account_id)
        .where(Message.office_id == office_id, ChannelAccount.kind == ChannelKind.EMAIL)
        .order_by(Message.id)
    ).scalar()
    for position, (name, kind) in enumerate([("plan.txt", "text/plain"), ("page.html", "text/html")]):
        db.session.add(
            EmailAttachment(
                office_id=office_id,
                channel_account_id=email_message.channel_account_id,
                message_external_id=email_message.external_id,
                position=position,
                filename=f"{vtag}-{name}",
                content_type=kind,
                size=20,
                content=f"{vtag} attachment".encode(),
            )
        )
    db.session.add(
        DigestSettings(
            office_id=office_id, extra_recipients=[{"email": f"{tag.lower()}@example.test", "language": "nl"}]
        )
    )
    db.session.commit()
    contacts = sorted({c.contact_id for c in conversations})
    for first, second in pairwise(contacts):
        suggest(office_id, first, second, "name_postcode", {"name": f"{vtag} name", "postcode": "3000"})
    identities = db.session.execute(select(ContactIdentity).where(ContactIdentity.office_id == office_id)).scalars()
    for identity in identities:
        identity.contact.email = f"{vtag.lower()}-{identity.id}@voter.example"
        identity.contact.postcode = "3000"
    db.session.commit()
    form_for_office(office_id)
    set_consent_texts(office_id, users[Role.ADMIN].id, {"nl": f"{tag} consent tekst"})


def seed_office(key: str) -> SeededOffice:
    """One office with a user per role, an account per channel kind and voters on each."""
    tag = office_marker(key)
    office = create_office(f"{tag} Kabinet {key}")
    office.require_approval = True
    db.session.commit()
    users = {
        role: create_user(
            office.id, f"{role.value}-{key.lower()}@example.test", f"{role.value.title()} {key}", PASSWORD, role
        )
        for role in Role
    }
    for kind in ACCOUNT_KINDS:
        _voter_messages(key, _account(key, office.id, kind))
    _office_rows(key, office.id, users)
    form = form_for_office(office.id)
    return SeededOffice(key=key, id=office.id, name=office.name, users=users, form_key=form.form_key)


def build_world(app: Flask) -> World:
    """Seed offices A and B, note every row id per office, and log in every office's every role."""
    offices = {key: seed_office(key) for key in TAGS}
    world = World(app=app, offices=offices)
    world.sessions["anonymous"] = visitor(app)
    for key, office in offices.items():
        for role, user in office.users.items():
            name = f"{key}:{role.value}"
            world.sessions[name] = log_in(app, name, user, key, role)
    from tests.security.state import ids_by_office

    world.ids = ids_by_office(world)
    db.session.remove()
    return world
