"""Keeping the office's answers findable: one pair per reply that was sent or approved, forgotten on erasure.

Every change takes the next ``seq`` of the office (the ``answer_index_state`` row is locked
until the transaction ends, so ``seq`` follows commit order); the in-memory indexes read
what is newer than their copy. The caller commits.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import delete, select, update
from sqlalchemy.dialects import postgresql, sqlite

from inbox.models import (
    AnswerFeedback,
    AnswerIndexState,
    AnswerPair,
    AnswerReuse,
    Direction,
    Message,
    MessageEmbedding,
    OutgoingReply,
    Role,
    TriageResult,
    db,
    utcnow,
)
from inbox.services.access.office_members import member_role
from inbox.triage.language import identify_language

CHUNK = 500


def _lock_state(office_id: int) -> AnswerIndexState:
    dialect = db.session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    db.session.execute(
        insert(AnswerIndexState)
        .values(office_id=office_id, version=0, removals=0)
        .on_conflict_do_nothing(index_elements=["office_id"])
    )
    return db.session.execute(
        select(AnswerIndexState).where(AnswerIndexState.office_id == office_id).with_for_update()
    ).scalar_one()


def next_seq(office_id: int, *, removal: bool = False) -> int:
    """The office's next change number (and, for a removal, a new removals count)."""
    state = _lock_state(office_id)
    state.version += 1
    if removal:
        state.removals += 1
    db.session.flush()
    return state.version


def _question(reply: OutgoingReply) -> Message | None:
    """The voter message a reply answered: the one it was written to, else the latest before it."""
    if reply.in_reply_to_message_id:
        message = db.session.get(Message, reply.in_reply_to_message_id)
        if message is not None and message.direction == Direction.INBOUND:
            return message
    return db.session.execute(
        select(Message)
        .where(
            Message.conversation_id == reply.conversation_id,
            Message.direction == Direction.INBOUND,
            Message.sent_at <= (reply.created_at or utcnow()),
        )
        .order_by(Message.sent_at.desc(), Message.id.desc())
        .limit(1)
    ).scalar_one_or_none()


def _embedding_and_language(message_id: int) -> tuple[bytes | None, str | None]:
    embedding = db.session.execute(
        select(MessageEmbedding.embedding).where(MessageEmbedding.message_id == message_id)
    ).scalar_one_or_none()
    language = db.session.execute(
        select(TriageResult.language).where(TriageResult.message_id == message_id)
    ).scalar_one_or_none()
    return embedding, language


def record_answer(reply: OutgoingReply) -> AnswerPair | None:
    """Remember a reply that was sent or approved, with the question it answered (idempotent).

    The politician's wording (approved by them, or written by them) counts as approved.
    Without a voter message before it (the office wrote first) nothing is recorded.
    """
    question = _question(reply)
    if question is None or question.withdrawn_at is not None:
        return None
    embedding, language = _embedding_and_language(question.id)
    author_role = member_role(reply.office_id, reply.author_id) if reply.author_id else None
    seq = next_seq(reply.office_id)
    pair = db.session.execute(select(AnswerPair).where(AnswerPair.reply_id == reply.id)).scalar_one_or_none()
    if pair is None:
        pair = AnswerPair(office_id=reply.office_id, reply_id=reply.id, answered_at=reply.sent_at or utcnow())
    pair.question_message_id = question.id
    pair.conversation_id = reply.conversation_id
    pair.embedding = embedding
    pair.question_language = language
    guess = identify_language(reply.text)
    pair.reply_language = guess.language if guess.language != "und" else language
    pair.approved = reply.approved_by_id is not None or author_role == Role.POLITICIAN
    if reply.sent_at is not None:
        pair.answered_at = reply.sent_at
    pair.seq = seq
    db.session.add(pair)
    return pair


def refresh_questions(message_ids: Sequence[int]) -> int:
    """Give pairs whose question was embedded (or re-embedded) after the reply the new embedding."""
    changed = 0
    for start in range(0, len(message_ids), CHUNK):
        chunk = list(message_ids[start : start + CHUNK])
        pairs = db.session.execute(select(AnswerPair).where(AnswerPair.question_message_id.in_(chunk))).scalars()
        for pair in pairs:
            embedding, language = _embedding_and_language(pair.question_message_id)
            if embedding is None or (embedding == pair.embedding and language == pair.question_language):
                continue
            pair.embedding, pair.question_language = embedding, language
            pair.seq = next_seq(pair.office_id)
            changed += 1
    return changed


def forget_answers(office_id: int, message_ids: Sequence[int], conversation_ids: Sequence[int]) -> int:
    """Erasure and retention: drop the pairs of these messages and conversations, and the feedback and
    uses recorded on those conversations; every process's index drops them at its next search."""
    removed = 0
    for column, ids in ((AnswerPair.question_message_id, message_ids), (AnswerPair.conversation_id, conversation_ids)):
        for start in range(0, len(ids), CHUNK):
            chunk = list(ids[start : start + CHUNK])
            pair_ids = list(db.session.execute(select(AnswerPair.id).where(column.in_(chunk))).scalars())
            if not pair_ids:
                continue
            db.session.execute(
                update(AnswerReuse)
                .where(AnswerReuse.pair_id.in_(pair_ids))
                .values(pair_id=None)
                .execution_options(synchronize_session=False)
            )
            db.session.execute(
                delete(AnswerFeedback)
                .where(AnswerFeedback.pair_id.in_(pair_ids))
                .execution_options(synchronize_session=False)
            )
            removed += (
                db.session.execute(
                    delete(AnswerPair).where(AnswerPair.id.in_(pair_ids)).execution_options(synchronize_session=False)
                ).rowcount
                or 0
            )
    for model in (AnswerFeedback, AnswerReuse):
        for start in range(0, len(conversation_ids), CHUNK):
            chunk = list(conversation_ids[start : start + CHUNK])
            db.session.execute(
                delete(model).where(model.conversation_id.in_(chunk)).execution_options(synchronize_session=False)
            )
    if removed:
        next_seq(office_id, removal=True)
    return removed


def backfill_answers(office_id: int) -> int:
    """Record every sent or approved reply of the office that has no pair yet (upgrades, imports)."""
    from inbox.models import ReplyState

    known = select(AnswerPair.reply_id).where(AnswerPair.office_id == office_id)
    replies = db.session.execute(
        select(OutgoingReply).where(
            OutgoingReply.office_id == office_id,
            (OutgoingReply.state == ReplyState.SENT) | OutgoingReply.approved_by_id.is_not(None),
            OutgoingReply.id.not_in(known),
        )
    ).scalars()
    return sum(record_answer(reply) is not None for reply in list(replies))
