"""Fixtures for the privacy tests: offices, and voters with a row in every table that can hold voter data."""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import Any

import pytest
from flask import Flask
from sqlalchemy import select, text

from inbox.digest.periods import Week, week_containing
from inbox.models import (
    AnswerFeedback,
    AnswerReuse,
    ChannelKind,
    Contact,
    ContactIdentity,
    Conversation,
    Direction,
    EmailAttachment,
    FormPost,
    HandleMention,
    HideSuggestionDismissal,
    IdentitySplit,
    MergeSuggestion,
    Message,
    MessageEmbedding,
    OutgoingReply,
    ReplyState,
    ThreatEscalation,
    TriageState,
    db,
    utcnow,
)
from inbox.models.message import MessageMedia
from inbox.services.answers.record import record_answer
from inbox.services.conversations.notes import add_note
from inbox.services.conversations.read_state import mark_read
from inbox.services.intake.store import store_incoming
from inbox.services.learning.corrections import correct_tag
from tests.factories import incoming
from tests.queue.conftest import Desk, make_desk, tag
from tests.web.conftest import browser, live_inbox  # noqa: F401 (the browser fixtures, for the browser test)

_ids = itertools.count(1)


def last_week() -> Week:
    """The complete week before this one, in the office's time zone."""
    return week_containing(utcnow(), "Europe/Brussels").shifted(-1)


def store(
    account_id: int, body: str, *, author: str, name: str, sent_at: datetime, thread: str | None = None
) -> Message:
    """Store one inbound message through the real entry point (indexed for search, triaged inline)."""
    message = incoming(f"ext-{author}-{next(_ids)}", text=body, author_id=author, thread=thread, sent_at=sent_at)
    message = replace(message, author=replace(message.author, display_name=name, handle=author))
    result = store_incoming(account_id, [message])
    return db.session.get(Message, result.new_message_ids[0])


@dataclass
class Voter:
    """A voter and the ids of what they left behind; ``token`` is a word found only in their data."""

    name: str
    token: str
    email: str
    contact_id: int
    conversation_ids: list[int] = field(default_factory=list)
    message_ids: list[int] = field(default_factory=list)


def outbound(conversation: Conversation, body: str, sent_at: datetime) -> Message:
    """The office's answer as the channel returned it."""
    message = Message(
        office_id=conversation.office_id,
        conversation_id=conversation.id,
        channel_account_id=conversation.channel_account_id,
        direction=Direction.OUTBOUND,
        external_id=f"out-{next(_ids)}",
        text=body,
        sent_at=sent_at,
        received_at=sent_at,
        triage_state=TriageState.SKIPPED,
    )
    db.session.add(message)
    db.session.flush()
    return message


def full_voter(desk: Desk, name: str, token: str, sent_at: datetime, *, other: Voter | None = None) -> Voter:
    """A voter on X and e-mail with messages, tags, a correction, an embedding, an attachment, a sent
    reply, a note, a read mark, a merge suggestion (with ``other``), a handle mention, a split mark and a
    form post — a row in every table that refers to a voter."""
    setup = desk.setup
    x_message = store(
        desk.x.id,
        f"De N8 is levensgevaarlijk voor fietsers, {token} zegt iedereen in onze straat. Wat doet u eraan?",
        author=f"x-{token}",
        name=name,
        sent_at=sent_at,
    )
    tag(x_message, topic="mobility", sentiment="negative", needs_reply=True)
    db.session.add(
        MessageMedia(
            message_id=x_message.id,
            position=1,
            kind="image",
            url=f"https://pbs.twimg.com/media/{token}.jpg",
            mime_type="image/jpeg",
            alt_text=f"Foto van de N8 bij {token}",
        )
    )
    contact = db.session.get(Contact, db.session.get(Conversation, x_message.conversation_id).contact_id)
    address = f"{token}@voter.example"
    contact.email = address
    contact.postcode = "9000"
    identity = ContactIdentity(
        office_id=desk.office_id,
        contact_id=contact.id,
        channel_kind=ChannelKind.EMAIL,
        external_id=address,
        handle=address,
        display_name=name,
    )
    db.session.add(identity)
    db.session.commit()
    mail = store(
        desk.email.id,
        f"Beste, ook over de bushalte {token} wil ik iets zeggen: ze is al maanden kapot.",
        author=address,
        name=name,
        sent_at=sent_at + timedelta(hours=1),
    )
    tag(mail, topic="mobility", sentiment="neutral")
    db.session.add(
        EmailAttachment(
            office_id=desk.office_id,
            channel_account_id=desk.email.id,
            message_external_id=mail.external_id,
            position=0,
            filename=f"foto-{token}.jpg",
            content_type="image/jpeg",
            size=12,
            content=f"JPEG {token}".encode(),
        )
    )
    if db.session.get(MessageEmbedding, x_message.id) is None:
        db.session.add(
            MessageEmbedding(
                message_id=x_message.id,
                office_id=desk.office_id,
                embedding=b"\x00" * 16,
                fingerprint=b"\x01" * 8,
                encoder_version="test",
            )
        )
    conversation = db.session.get(Conversation, x_message.conversation_id)
    answer = outbound(conversation, f"Dag {name}, we bekijken de N8.", sent_at + timedelta(hours=2))
    reply = OutgoingReply(
        office_id=desk.office_id,
        conversation_id=conversation.id,
        author_id=setup.staff.id,
        in_reply_to_message_id=x_message.id,
        sent_message_id=answer.id,
        text=f"Dag {name}, we bekijken de N8.",
        state=ReplyState.SENT,
        sent_at=sent_at + timedelta(hours=2),
    )
    db.session.add(reply)
    db.session.flush()
    pair = record_answer(reply)  # "Answered before": the pair, a "not relevant" mark and a use (issue 20)
    assert pair is not None
    db.session.flush()
    for model in (AnswerFeedback, AnswerReuse):
        db.session.add(model(office_id=desk.office_id, pair_id=pair.id, conversation_id=conversation.id))
    db.session.add(
        ThreatEscalation(
            office_id=desk.office_id,
            message_id=x_message.id,
            conversation_id=conversation.id,
            score=0.9,
            rule="",
            notified=[],
            details={},
        )
    )
    db.session.add(HideSuggestionDismissal(office_id=desk.office_id, message_id=x_message.id))
    db.session.add(HandleMention(office_id=desk.office_id, contact_id=contact.id, handle=f"@{token}"))
    db.session.add(IdentitySplit(office_id=desk.office_id, identity_id=identity.id))
    db.session.add(FormPost(office_id=desk.office_id, client_ip="198.51.100.7", email=address))
    if other is not None:
        low, high = sorted((contact.id, other.contact_id))
        db.session.add(
            MergeSuggestion(
                office_id=desk.office_id,
                contact_a_id=low,
                contact_b_id=high,
                reason="name_postcode",
                detail={"postcode": "9000"},
            )
        )
    db.session.commit()
    correct_tag(desk.office_id, x_message.id, setup.staff, "sentiment", "positive")
    add_note(desk.office_id, conversation.id, setup.staff, f"{name} belde ook al over {token}.")
    mark_read(setup.staff.id, conversation.id)
    conversations = sorted({x_message.conversation_id, mail.conversation_id})
    messages = sorted({x_message.id, mail.id, answer.id})
    return Voter(name, token, address, contact.id, conversations, messages)


@pytest.fixture
def desk(app: Flask) -> Desk:
    """Office A, with an X and an e-mail account."""
    return make_desk("Kabinet A")


@pytest.fixture
def other_desk(app: Flask) -> Desk:
    """Office B, which must never reach office A's voters."""
    return make_desk("Kabinet B")


@pytest.fixture
def voters(desk: Desk) -> tuple[Voter, Voter]:
    """Two voters of office A who wrote last week: the one to erase and one who stays."""
    week = last_week()
    when = week.start_utc + timedelta(days=2, hours=9)
    stays = full_voter(desk, "Griet Zq5582", "zq5582", when)
    erased = full_voter(desk, "Bertha Zq4471", "zq4471", when + timedelta(hours=3), other=stays)
    return erased, stays


def search_table_rows() -> list[tuple[str, Any]]:
    """Every row of the full-text index tables of this database (outside the ORM models)."""
    names = (
        ("message_search", "contact_search")
        if db.session.get_bind().dialect.name == "postgresql"
        else ("message_fts", "contact_fts")
    )
    found = []
    for name in names:
        columns = "rowid, *" if name.endswith("_fts") else "*"
        found.extend((name, tuple(row)) for row in db.session.execute(text(f"SELECT {columns} FROM {name}")))
    return found


def every_row() -> list[tuple[str, Any]]:
    """Every row of every table, as (table, row), binary values included."""
    rows: list[tuple[str, Any]] = []
    for table in db.metadata.sorted_tables:
        rows.extend((table.name, tuple(row)) for row in db.session.execute(select(table)))
    return rows + search_table_rows()


def rows_mentioning(word: str) -> list[tuple[str, Any]]:
    """(table, row) of every row in which ``word`` appears, in any column, case-insensitively."""
    needle = word.casefold()

    def flat(value: Any) -> str:
        if isinstance(value, bytes | memoryview):
            return bytes(value).decode("latin-1")
        return str(value)

    return [(name, row) for name, row in every_row() if any(needle in flat(v).casefold() for v in row)]
