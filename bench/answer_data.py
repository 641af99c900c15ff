"""Loading answered questions for the "Answered before" benchmark: one office, bulk inserts.

Each earlier exchange becomes what the running app would hold: a contact, a conversation
on the office's X account, the voter's message with its triage language and embedding,
the office's sent reply, and the answer pair the send recorded. Query conversations get a
contact, a conversation and the voter's message with its embedding, unanswered.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import numpy as np
from sqlalchemy import func, insert, select, text

from inbox.models import (
    AnswerIndexState,
    AnswerPair,
    ChannelAccount,
    ChannelKind,
    Contact,
    Conversation,
    Direction,
    Message,
    MessageEmbedding,
    OutgoingReply,
    ReplyState,
    Role,
    TriageResult,
    TriageState,
    db,
)
from inbox.services.access.users import create_office, create_user

BATCH = 2000
NOW = datetime(2026, 12, 7, tzinfo=UTC)


@dataclass
class Exchange:
    """An earlier voter question and the office's answer (``answer`` None: a new, unanswered question)."""

    question: str
    question_language: str
    vector: np.ndarray
    answer: str | None = None
    answer_language: str | None = None
    days_ago: float = 30.0


@dataclass
class Office:
    """The benchmark office: its id, its X account, a staff member who writes the replies."""

    office_id: int
    account_id: int
    staff_id: int


def make_office(name: str = "Bench office") -> Office:
    """One office with a politician and a staff member, and an X account nothing polls."""
    office = create_office(name)
    staff = create_user(
        office.id, f"staff-{name}@example.test".replace(" ", "-"), "Staff Bench", "bench-pw-123456", Role.STAFF
    )
    create_user(
        office.id, f"pol-{name}@example.test".replace(" ", "-"), "Politician Bench", "bench-pw-123456", Role.POLITICIAN
    )
    account = ChannelAccount(
        office_id=office.id, kind=ChannelKind.X, handle="bench", external_id="bench", credentials={}
    )
    db.session.add(account)
    db.session.commit()
    return Office(office.id, account.id, staff.id)


def _next_ids(model: type) -> int:
    return int(db.session.execute(select(func.coalesce(func.max(model.id), 0))).scalar_one()) + 1


def load(office: Office, exchanges: list[Exchange], label: str = "voter") -> list[int]:
    """Insert the exchanges (in batches); returns the conversation id of each, in order."""
    conversation_ids: list[int] = []
    version = db.session.get(AnswerIndexState, office.office_id)
    seq = version.version if version else 0
    for start in range(0, len(exchanges), BATCH):
        batch = exchanges[start : start + BATCH]
        contact0, conversation0 = _next_ids(Contact), _next_ids(Conversation)
        message0, reply0 = _next_ids(Message), _next_ids(OutgoingReply)
        contacts, conversations, messages, tags, vectors, replies, pairs = [], [], [], [], [], [], []
        answers = 0
        for offset, item in enumerate(batch):
            n = start + offset
            asked = NOW - timedelta(days=item.days_ago)
            contact_id, conversation_id, message_id = contact0 + offset, conversation0 + offset, message0 + offset
            contacts.append({"id": contact_id, "office_id": office.office_id, "display_name": f"{label.title()} {n}"})
            conversations.append(
                {
                    "id": conversation_id,
                    "office_id": office.office_id,
                    "channel_account_id": office.account_id,
                    "contact_id": contact_id,
                    "thread_key": f"{label}-{n}",
                    "last_activity_at": asked,
                }
            )
            messages.append(
                {
                    "id": message_id,
                    "office_id": office.office_id,
                    "conversation_id": conversation_id,
                    "channel_account_id": office.account_id,
                    "direction": Direction.INBOUND,
                    "external_id": f"{label}-q-{n}",
                    "text": item.question,
                    "sent_at": asked,
                    "received_at": asked,
                    "triage_state": TriageState.DONE,
                }
            )
            tags.append({"message_id": message_id, "language": item.question_language, "model_version": "bench"})
            blob = np.asarray(item.vector, dtype="<f4").tobytes()
            vectors.append(
                {
                    "message_id": message_id,
                    "office_id": office.office_id,
                    "embedding": blob,
                    "fingerprint": b"",
                    "encoder_version": "bench",
                    "created_at": asked,
                }
            )
            conversation_ids.append(conversation_id)
            if item.answer is None:
                continue
            reply_id = reply0 + answers
            answers += 1
            seq += 1
            answered = asked + timedelta(hours=4)
            replies.append(
                {
                    "id": reply_id,
                    "office_id": office.office_id,
                    "conversation_id": conversation_id,
                    "author_id": office.staff_id,
                    "in_reply_to_message_id": message_id,
                    "text": item.answer,
                    "state": ReplyState.SENT,
                    "sent_at": answered,
                    "created_at": answered,
                }
            )
            pairs.append(
                {
                    "office_id": office.office_id,
                    "reply_id": reply_id,
                    "question_message_id": message_id,
                    "conversation_id": conversation_id,
                    "embedding": blob,
                    "question_language": item.question_language,
                    "reply_language": item.answer_language,
                    "approved": False,
                    "answered_at": answered,
                    "seq": seq,
                }
            )
        for model, rows in (
            (Contact, contacts),
            (Conversation, conversations),
            (Message, messages),
            (TriageResult, tags),
            (MessageEmbedding, vectors),
            (OutgoingReply, replies),
            (AnswerPair, pairs),
        ):
            if rows:
                db.session.execute(insert(model), rows)
        db.session.commit()
    _set_version(office.office_id, seq)
    if db.session.get_bind().dialect.name == "postgresql":  # explicit ids: move the sequences past them
        for model in (Contact, Conversation, Message, OutgoingReply, AnswerPair, TriageResult):
            table = model.__tablename__
            db.session.execute(
                text(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT MAX(id) FROM {table}))")
            )
        db.session.commit()
    return conversation_ids


def _set_version(office_id: int, seq: int) -> None:
    state = db.session.get(AnswerIndexState, office_id)
    if state is None:
        db.session.add(AnswerIndexState(office_id=office_id, version=seq, removals=0))
    else:
        state.version = seq
    db.session.commit()
