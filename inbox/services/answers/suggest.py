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
from sqlalchemy import case, func, select
from sqlalchemy.orm import joinedload

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
DETAIL_WINDOW = 8


@dataclass
class VoterQuestion:
    """The open conversation's question as the index sees it."""

    conversation: Conversation
    vector: np.ndarray | None
    language: str | None


def office_conversation(office_id: int, conversation_id: int) -> Conversation:
    """The conversation, or LookupError when it is not this office's."""
    conversation = (
        db.session.execute(
            select(Conversation)
            .options(joinedload(Conversation.contact).joinedload(Contact.identities))
            .where(Conversation.id == conversation_id, Conversation.office_id == office_id)
        )
        .unique()
        .scalar_one_or_none()
    )
    if conversation is None:
        raise LookupError("No such conversation in this office.")
    return conversation


def voter_question(office_id: int, conversation_id: int) -> VoterQuestion:
    """The voter's messages since the office last wrote (or the latest one): averaged embedding, language."""
    conversation = office_conversation(office_id, conversation_id)
    latest = db.session.execute(  # the newest messages both ways, newest first: one query
        select(Message.direction, Message.withdrawn_at, MessageEmbedding.embedding, TriageResult.language)
        .outerjoin(MessageEmbedding, MessageEmbedding.message_id == Message.id)
        .outerjoin(TriageResult, TriageResult.message_id == Message.id)
        .where(Message.conversation_id == conversation.id)
        .order_by(Message.sent_at.desc(), Message.id.desc())
        .limit(QUESTION_MESSAGES * 4)
    ).all()
    usable = [
        (index, row)
        for index, row in enumerate(latest)
        if row.direction == Direction.INBOUND and row.withdrawn_at is None and row.embedding is not None
    ][:QUESTION_MESSAGES]
    if not usable:
        return VoterQuestion(conversation, None, None)
    last_out = next((i for i, row in enumerate(latest) if row.direction == Direction.OUTBOUND), len(latest))
    recent = [row for index, row in usable if index < last_out] or [usable[0][1]]
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
    """Candidates marked not relevant here, and how often each was marked anywhere (one query)."""
    here: set[int] = set()
    counts: dict[int, int] = {}
    for pair_id, marks, in_here in db.session.execute(
        select(
            AnswerFeedback.pair_id,
            func.count(),
            func.max(case((AnswerFeedback.conversation_id == conversation_id, 1), else_=0)),
        )
        .where(AnswerFeedback.pair_id.in_(pair_ids))
        .group_by(AnswerFeedback.pair_id)
    ):
        counts[pair_id] = int(marks)
        if in_here:
            here.add(pair_id)
    return here, counts


def ranked_pairs(office_id: int, question: VoterQuestion, *, now: float | None = None) -> list[tuple[float, Any]]:
    """Candidate pairs from the index, scored by :func:`rank_score`, best first."""
    if question.vector is None:
        return []
    index = office_index(office_id)
    candidates = index.search(question.vector, CANDIDATES, question.conversation.id)
    candidates = [c for c in candidates if c.similarity >= MIN_SIMILARITY]
    if not candidates:
        return []
    here, counts = (
        _marks(office_id, question.conversation.id, [c.pair_id for c in candidates])
        if index.has_feedback
        else (set(), {})
    )
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


def _details(office_id: int, pair_ids: list[int]) -> dict[int, Any]:
    """What the panel shows of these pairs, in two queries: the rows (with authors), the earlier voters' handles."""
    rows = {
        row.AnswerPair.id: row
        for row in db.session.execute(
            select(
                AnswerPair,
                OutgoingReply.text.label("reply_text"),
                User.name.label("author_name"),
                Message.text.label("question_text"),
                Message.withdrawn_at,
                Conversation.contact_id,
                Contact.display_name,
                ChannelAccount.kind,
            )
            .join(OutgoingReply, OutgoingReply.id == AnswerPair.reply_id)
            .join(Message, Message.id == AnswerPair.question_message_id)
            .join(Conversation, Conversation.id == AnswerPair.conversation_id)
            .join(Contact, Contact.id == Conversation.contact_id)
            .join(ChannelAccount, ChannelAccount.id == Conversation.channel_account_id)
            .outerjoin(User, User.id == OutgoingReply.author_id)
            .where(AnswerPair.id.in_(pair_ids))  # by primary key (an office filter here made SQLite scan)
        )
        if row.AnswerPair.office_id == office_id
    }
    handles: dict[int, list[str]] = {}
    contacts = {row.contact_id for row in rows.values()}
    if contacts:
        for contact_id, handle in db.session.execute(
            select(ContactIdentity.contact_id, ContactIdentity.handle).where(ContactIdentity.contact_id.in_(contacts))
        ):
            handles.setdefault(contact_id, []).append(handle or "")
    return {
        pair_id: (row, [row.display_name or "", *handles.get(row.contact_id, [])], row.author_name or "")
        for pair_id, row in rows.items()
    }


def _normal(text: str) -> str:
    return re.sub(r"\W+", " ", text.lower()).strip()


def answer_views(office_id: int, question: VoterQuestion, ranked: list[tuple[float, Any]]) -> list[dict[str, Any]]:
    """The best :data:`SHOWN` candidates as the panel shows them (placeholders filled for this voter)."""
    politician = office_index(office_id).remember("politician", lambda: politician_name(office_id))
    voter = greeting_name(question.conversation.contact)
    shown: list[dict[str, Any]] = []
    seen: set[str] = set()
    for start in range(0, len(ranked), DETAIL_WINDOW):
        window = ranked[start : start + DETAIL_WINDOW]
        details = _details(office_id, [candidate.pair_id for _, candidate in window])
        for score, candidate in window:
            if len(shown) == SHOWN:
                return shown
            found = details.get(candidate.pair_id)
            if found is None:
                continue  # erased since the index was read
            row, names, author = found
            pair = row.AnswerPair
            if pair.outdated_at is not None or row.withdrawn_at is not None:
                continue
            template = as_template(row.reply_text, names, politician)
            key = _normal(template)
            if key in seen:
                continue
            seen.add(key)
            same_voter = row.contact_id == question.conversation.contact_id
            personal = [] if same_voter else personal_data(template, names)
            language = pair.reply_language or ""
            shown.append(
                {
                    "id": pair.id,
                    "similarity": round(candidate.similarity, 3),
                    "score": round(score, 3),
                    "question": row.question_text[:QUESTION_CHARS],
                    "question_language": pair.question_language,
                    "language": language,
                    "other_language": bool(question.language and language and language != question.language),
                    "answered_at": pair.answered_at.isoformat(),
                    "author": author,
                    "approved": pair.approved,
                    "channel": str(row.kind),
                    "conversation_id": pair.conversation_id,
                    "personal_data": personal,
                    "question_only": bool(personal),
                    "text": None if personal else fill_placeholders(template, voter, politician, language or "nl"),
                }
            )
    return shown
