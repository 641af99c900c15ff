"""What staff do with a suggestion: list them, use one, mark one not relevant here, mark an answer outdated.

Every action is audited like a tag correction (who, when, which conversation and answer).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from inbox.models import AnswerFeedback, AnswerPair, AnswerReuse, User, db, utcnow
from inbox.services.answers.canned_rank import ranked_canned
from inbox.services.answers.record import next_seq
from inbox.services.answers.suggest import answer_views, office_conversation, ranked_pairs, voter_question
from inbox.services.audit.trail import record_audit
from inbox.services.replies.canned import render_canned_reply


class SuggestionRejectedError(ValueError):
    """The suggestion cannot be used here (it holds another voter's personal data, or is outdated)."""


def suggestions_for(office_id: int, conversation_id: int) -> dict[str, Any]:
    """The panel's content: the three best earlier answers and the best canned replies, with the voter's language."""
    question = voter_question(office_id, conversation_id)
    answers = answer_views(office_id, question, ranked_pairs(office_id, question))
    return {
        "conversation_id": conversation_id,
        "language": question.language,
        "ready": question.vector is not None,
        "answers": answers,
        "canned": ranked_canned(office_id, question),
    }


def _pair(office_id: int, pair_id: int) -> AnswerPair:
    pair = db.session.execute(
        select(AnswerPair).where(AnswerPair.id == pair_id, AnswerPair.office_id == office_id)
    ).scalar_one_or_none()
    if pair is None:
        raise LookupError("No such earlier answer in this office.")
    return pair


def use_answer(office_id: int, conversation_id: int, pair_id: int, user: User) -> str:
    """The earlier answer's text for this voter (placeholders filled); the use is counted for the digest."""
    pair = _pair(office_id, pair_id)
    if pair.outdated_at is not None:
        raise SuggestionRejectedError("This answer was marked outdated.")
    question = voter_question(office_id, conversation_id)
    views = answer_views(office_id, question, [(0.0, _Only(pair.id))])
    if not views:
        raise LookupError("No such earlier answer in this office.")
    if views[0]["question_only"]:
        raise SuggestionRejectedError("This answer holds another voter's personal data; write your own.")
    db.session.add(AnswerReuse(office_id=office_id, pair_id=pair.id, conversation_id=conversation_id, user_id=user.id))
    record_audit(office_id, user.id, "answer.used", "conversation", conversation_id, {"answer_id": pair.id})
    db.session.commit()
    return str(views[0]["text"])


def use_canned(office_id: int, conversation_id: int, canned_id: int, user: User) -> str:
    """A canned reply filled for this voter; the use is counted for the digest."""
    office_conversation(office_id, conversation_id)
    text = render_canned_reply(office_id, canned_id, conversation_id)
    reuse = AnswerReuse(office_id=office_id, canned_id=canned_id, conversation_id=conversation_id, user_id=user.id)
    db.session.add(reuse)
    record_audit(office_id, user.id, "answer.used", "conversation", conversation_id, {"canned_id": canned_id})
    db.session.commit()
    return text


def mark_not_relevant(
    office_id: int, conversation_id: int, user: User, *, pair_id: int | None = None, canned_id: int | None = None
) -> None:
    """A person says this suggestion does not fit this conversation: never shown here again, ranked lower elsewhere."""
    office_conversation(office_id, conversation_id)
    if pair_id is not None:
        _pair(office_id, pair_id)
    elif canned_id is not None:
        from inbox.services.replies.canned import _office_canned

        _office_canned(office_id, canned_id)
    else:
        raise ValueError("pair_id or canned_id")
    db.session.add(
        AnswerFeedback(
            office_id=office_id, pair_id=pair_id, canned_id=canned_id, conversation_id=conversation_id, user_id=user.id
        )
    )
    detail = {"answer_id": pair_id} if pair_id is not None else {"canned_id": canned_id}
    record_audit(office_id, user.id, "answer.not_relevant", "conversation", conversation_id, detail)
    db.session.commit()


def mark_outdated(office_id: int, pair_id: int, user: User) -> None:
    """The policy changed: this answer is never suggested again (to anyone)."""
    pair = _pair(office_id, pair_id)
    if pair.outdated_at is None:
        pair.outdated_at, pair.outdated_by_id = utcnow(), user.id
        pair.seq = next_seq(office_id)
        record_audit(office_id, user.id, "answer.outdated", "outgoing_reply", pair.reply_id, {"answer_id": pair.id})
    db.session.commit()


class _Only:
    """A single candidate for :func:`answer_views` (to render one chosen answer)."""

    def __init__(self, pair_id: int) -> None:
        self.pair_id = pair_id
        self.similarity = 1.0
