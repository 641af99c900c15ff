"""The suggestions for one conversation: the office's three best earlier answers, and its canned replies.

The voter's question is the conversation's inbound messages since the office last wrote
(their embeddings averaged); each earlier answer is found by the question it answered.
The ranking, fixed beforehand and never tuned on the evaluation set: cosine similarity of
the questions, plus a little for a reply in the voter's language and for the politician's
approved wording, minus a little per year of age (up to two) and per "not relevant" mark
elsewhere; an answer marked not relevant in this conversation, or outdated, never shows.
The same reply text given to many voters (a campaign) shows once.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass
from typing import Any

import numpy as np
from sqlalchemy import func, select

from inbox.models import (
    AnswerFeedback,
    AnswerPair,
    ChannelAccount,
    Contact,
    ContactIdentity,
    Conversation,
    Direction,
    Message,
    MessageEmbedding,
    OutgoingReply,
    TriageResult,
    User,
    db,
)
from inbox.services.access.office_members import politician_name
from inbox.services.answers.index import office_index
from inbox.services.answers.personal import as_template, personal_data
from inbox.services.contacts.names import greeting_name
from inbox.services.replies.canned import fill_placeholders

LANGUAGE_BONUS = 0.02
APPROVED_BONUS = 0.01
AGE_PENALTY_PER_YEAR = 0.01
MAX_AGE_YEARS = 2.0
NOT_RELEVANT_PENALTY = 0.02
MAX_NOT_RELEVANT = 3
MIN_SIMILARITY = 0.75
CANDIDATES = 40
SHOWN = 3
QUESTION_CHARS = 400
QUESTION_MESSAGES = 5


@dataclass
class VoterQuestion:
    """The open conversation's question as the index sees it."""

    conversation: Conversation
    vector: np.ndarray | None
    language: str | None


def office_conversation(office_id: int, conversation_id: int) -> Conversation:
    """The conversation, or LookupError when it is not this office's."""
    conversation = db.session.execute(
        select(Conversation).where(Conversation.id == conversation_id, Conversation.office_id == office_id)
    ).scalar_one_or_none()
    if conversation is None:
        raise LookupError("No such conversation in this office.")
    return conversation


def voter_question(office_id: int, conversation_id: int) -> VoterQuestion:
    """The voter's messages since the office last wrote (or the latest one): averaged embedding, language."""
    conversation = office_conversation(office_id, conversation_id)
    last_out = db.session.execute(
        select(func.max(Message.sent_at)).where(
            Message.conversation_id == conversation.id, Message.direction == Direction.OUTBOUND
        )
    ).scalar_one_or_none()
    rows = db.session.execute(
        select(Message.id, Message.sent_at, MessageEmbedding.embedding, TriageResult.language)
        .join(MessageEmbedding, MessageEmbedding.message_id == Message.id)
        .outerjoin(TriageResult, TriageResult.message_id == Message.id)
        .where(
            Message.conversation_id == conversation.id,
            Message.direction == Direction.INBOUND,
            Message.withdrawn_at.is_(None),
        )
        .order_by(Message.sent_at.desc(), Message.id.desc())
        .limit(QUESTION_MESSAGES)
    ).all()
    if not rows:
        return VoterQuestion(conversation, None, None)
    recent = [row for row in rows if last_out is None or row.sent_at > last_out] or rows[:1]
    vectors = np.stack([np.frombuffer(row.embedding, dtype="<f4") for row in recent])
    vector = vectors.mean(axis=0)
    return VoterQuestion(conversation, vector / (float(np.linalg.norm(vector)) or 1.0), recent[0].language)


def rank_score(similarity: float, *, same_language: bool, approved: bool, age_years: float, marks: int) -> float:
    """The ranking rule (module docstring) for one candidate."""
    return (
        similarity
        + (LANGUAGE_BONUS if same_language else 0.0)
        + (APPROVED_BONUS if approved else 0.0)
        - AGE_PENALTY_PER_YEAR * min(max(age_years, 0.0), MAX_AGE_YEARS)
        - NOT_RELEVANT_PENALTY * min(marks, MAX_NOT_RELEVANT)
    )


def _marks(office_id: int, conversation_id: int, pair_ids: list[int]) -> tuple[set[int], dict[int, int]]:
    """Pairs marked not relevant here, and how often each candidate was marked elsewhere."""
    here = set(
        db.session.execute(
            select(AnswerFeedback.pair_id).where(
                AnswerFeedback.conversation_id == conversation_id, AnswerFeedback.pair_id.is_not(None)
            )
        ).scalars()
    )
    counts = dict(
        db.session.execute(
            select(AnswerFeedback.pair_id, func.count())
            .where(AnswerFeedback.office_id == office_id, AnswerFeedback.pair_id.in_(pair_ids))
            .group_by(AnswerFeedback.pair_id)
        ).all()
    )
    return here, counts


def ranked_pairs(office_id: int, question: VoterQuestion, *, now: float | None = None) -> list[tuple[float, Any]]:
    """Candidate pairs from the index, scored by :func:`rank_score`, best first."""
    if question.vector is None:
        return []
    candidates = office_index(office_id).search(question.vector, CANDIDATES, question.conversation.id)
    candidates = [c for c in candidates if c.similarity >= MIN_SIMILARITY]
    if not candidates:
        return []
    here, counts = _marks(office_id, question.conversation.id, [c.pair_id for c in candidates])
    moment = now if now is not None else time.time()
    scored = [
        (
            rank_score(
                c.similarity,
                same_language=bool(question.language) and c.reply_language == question.language,
                approved=c.approved,
                age_years=(moment - c.answered_at) / (365.25 * 86400),
                marks=counts.get(c.pair_id, 0),
            ),
            c,
        )
        for c in candidates
        if c.pair_id not in here
    ]
    return sorted(scored, key=lambda item: -item[0])


def _voter_names(contact: Contact | None) -> list[str]:
    if contact is None:
        return []
    handles = db.session.execute(
        select(ContactIdentity.handle).where(ContactIdentity.contact_id == contact.id)
    ).scalars()
    return [contact.display_name or "", *(handle or "" for handle in handles)]


def _normal(text: str) -> str:
    return re.sub(r"\W+", " ", text.lower()).strip()


def answer_views(office_id: int, question: VoterQuestion, ranked: list[tuple[float, Any]]) -> list[dict[str, Any]]:
    """The best :data:`SHOWN` candidates as the panel shows them (placeholders filled for this voter)."""
    politician = politician_name(office_id)
    voter = greeting_name(question.conversation.contact)
    shown: list[dict[str, Any]] = []
    seen: set[str] = set()
    for score, candidate in ranked:
        if len(shown) == SHOWN:
            break
        row = db.session.execute(
            select(AnswerPair, OutgoingReply, Message, Conversation, ChannelAccount.kind)
            .join(OutgoingReply, OutgoingReply.id == AnswerPair.reply_id)
            .join(Message, Message.id == AnswerPair.question_message_id)
            .join(Conversation, Conversation.id == AnswerPair.conversation_id)
            .join(ChannelAccount, ChannelAccount.id == Conversation.channel_account_id)
            .where(AnswerPair.id == candidate.pair_id, AnswerPair.office_id == office_id)
        ).first()
        if row is None or row.AnswerPair.outdated_at is not None or row.Message.withdrawn_at is not None:
            continue  # erased, outdated or withdrawn since the index was read
        pair, reply, message = row.AnswerPair, row.OutgoingReply, row.Message
        earlier = db.session.get(Contact, row.Conversation.contact_id)
        names = _voter_names(earlier)
        template = as_template(reply.text, names, politician)
        key = _normal(template)
        if key in seen:
            continue
        seen.add(key)
        same_voter = earlier is not None and earlier.id == question.conversation.contact_id
        personal = [] if same_voter else personal_data(template, names)
        language = pair.reply_language or ""
        author = db.session.get(User, reply.author_id) if reply.author_id else None
        shown.append(
            {
                "id": pair.id,
                "similarity": round(candidate.similarity, 3),
                "score": round(score, 3),
                "question": message.text[:QUESTION_CHARS],
                "question_language": pair.question_language,
                "language": language,
                "other_language": bool(question.language and language and language != question.language),
                "answered_at": pair.answered_at.isoformat(),
                "author": author.name if author else "",
                "approved": pair.approved,
                "channel": str(row.kind),
                "conversation_id": pair.conversation_id,
                "personal_data": personal,
                "question_only": bool(personal),
                "text": None if personal else fill_placeholders(template, voter, politician, language or "nl"),
            }
        )
    return shown
