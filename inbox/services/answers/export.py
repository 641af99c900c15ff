"""A voter's rows in "Answered before", for their export: the answers given to their questions, and the
feedback and uses recorded on their conversations (which suggestion, never another voter's words)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import select

from inbox.models import AnswerFeedback, AnswerPair, AnswerReuse, db


def _json(value: Any) -> Any:
    if isinstance(value, bytes):
        return value.hex()
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


def answered_before(message_ids: Sequence[int]) -> dict[int, list[dict[str, Any]]]:
    """Message id -> the answer pairs recorded for that question (reply id, languages, embedding…)."""
    found: dict[int, list[dict[str, Any]]] = {}
    ids = list(message_ids)
    for start in range(0, len(ids), 500):
        rows = db.session.execute(
            select(AnswerPair)
            .where(AnswerPair.question_message_id.in_(ids[start : start + 500]))
            .order_by(AnswerPair.id)
        ).scalars()
        for pair in rows:
            entry = {
                column.name: _json(getattr(pair, column.key))
                for column in AnswerPair.__table__.columns
                if column.name != "question_message_id"
            }
            found.setdefault(pair.question_message_id, []).append(entry)
    return found


def conversation_marks(conversation_ids: Sequence[int]) -> dict[str, list[dict[str, Any]]]:
    """ "Not relevant" marks and uses of suggestions on these conversations; the suggestion itself is
    named only by kind (an earlier answer to someone else, or a canned reply), not by id."""
    ids = list(conversation_ids)
    out: dict[str, list[dict[str, Any]]] = {"answer_feedback": [], "answer_reuse": []}
    for key, model, when in (
        ("answer_feedback", AnswerFeedback, AnswerFeedback.created_at),
        ("answer_reuse", AnswerReuse, AnswerReuse.used_at),
    ):
        for start in range(0, len(ids), 500):
            rows = db.session.execute(
                select(model).where(model.conversation_id.in_(ids[start : start + 500])).order_by(when)
            ).scalars()
            for row in rows:
                entry = {
                    "id": row.id,
                    "conversation_id": row.conversation_id,
                    "user_id": row.user_id,
                    "suggestion": "canned_reply" if row.canned_id is not None else "earlier_answer",
                    "at": _json(getattr(row, when.key)),
                }
                if key == "answer_feedback":
                    entry["kind"] = row.kind
                out[key].append(entry)
    return out
