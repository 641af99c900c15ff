"""Correcting a tag in one click: stored with who made it, kept through re-triage, learned from."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from inbox.models import Message, TagCorrection, TriageResult, User, db, utcnow
from inbox.services.audit.trail import record_audit
from inbox.services.conversations.flags import refresh_toxic_flags
from inbox.services.conversations.summaries import publish_conversation_changes
from inbox.services.learning.topics import office_topic_codes
from inbox.triage.pipeline import SENTIMENT_LABELS

CORRECTABLE_TAGS = ("topic", "sentiment", "toxic", "needs_reply", "language", "campaign")


class CorrectionRejectedError(ValueError):
    """The correction names an unknown tag or value; the message says which are allowed."""


def _validated(office_id: int, tag: str, value: Any) -> Any:
    if tag == "topic":
        codes = office_topic_codes(office_id)
        if value not in codes:
            raise CorrectionRejectedError(f"Unknown topic {value!r}; choose one of: {', '.join(codes)}.")
        return value
    if tag == "sentiment":
        if value not in SENTIMENT_LABELS:
            raise CorrectionRejectedError(f"Sentiment must be one of {', '.join(SENTIMENT_LABELS)}.")
        return value
    if tag in ("toxic", "needs_reply"):
        if not isinstance(value, bool):
            raise CorrectionRejectedError(f"{tag} must be true or false.")
        return value
    if tag == "language":
        if not isinstance(value, str) or not 2 <= len(value) <= 8:
            raise CorrectionRejectedError("Language must be a language code such as nl, fr, en or de.")
        return value.lower()
    if tag == "campaign":
        if value is not None:
            raise CorrectionRejectedError("A message can only be taken out of its campaign (value null).")
        return None
    raise CorrectionRejectedError(f"Unknown tag {tag!r}; correctable tags: {', '.join(CORRECTABLE_TAGS)}.")


def _set(result: TriageResult, tag: str, value: Any) -> Any:
    """Set the tag on the result; returns the old value."""
    if tag == "topic":
        old = result.topic
        others = [t for t in result.topics or [] if t.get("code") != value]
        result.topics = [{"code": value, "score": 1.0}, *others]
        result.topic = value
        result.topic_uncertain, result.topic_second = False, None  # a person chose: clear, and the only topic
        return old
    column = {"campaign": "campaign_id"}.get(tag, tag)
    old = getattr(result, column)
    setattr(result, column, value)
    if tag == "sentiment":
        result.sentiment_score = 1.0
    return old


def correct_tag(office_id: int, message_id: int, user: User, tag: str, value: Any) -> TagCorrection:
    """Replace one tag of a message by a person's choice, remember who did it, tell the inbox."""
    message = db.session.execute(
        select(Message).where(Message.id == message_id, Message.office_id == office_id)
    ).scalar_one_or_none()
    if message is None:
        raise LookupError("No such message in this office.")
    value = _validated(office_id, tag, value)
    result = message.triage
    if result is None:
        result = TriageResult(message_id=message.id, model_version="manual", versions={}, created_at=utcnow())
        db.session.add(result)
    old = _set(result, tag, value)
    result.corrected = sorted({*(result.corrected or []), tag})
    correction = TagCorrection(
        office_id=office_id, message_id=message.id, user_id=user.id, tag=tag, old_value=old, new_value=value
    )
    db.session.add(correction)
    record_audit(office_id, user.id, "tag.corrected", "message", message.id, {"tag": tag, "from": old, "to": value})
    conversation_id = message.conversation_id
    if tag == "toxic":
        refresh_toxic_flags([conversation_id])
    db.session.commit()
    publish_conversation_changes(office_id, [conversation_id], "message.triaged")
    return correction


def corrections_for_learning(office_id: int, tag: str) -> list[tuple[str, Any]]:
    """(message text, corrected value) pairs of the office for ``tag``, the latest per message."""
    rows = db.session.execute(
        select(Message.id, Message.text, TagCorrection.new_value)
        .join(TagCorrection, TagCorrection.message_id == Message.id)
        .where(TagCorrection.office_id == office_id, TagCorrection.tag == tag)
        .order_by(TagCorrection.id)
    ).all()
    latest: dict[int, tuple[str, Any]] = {}
    for message_id, text, value in rows:
        latest[message_id] = (text, value)
    return list(latest.values())
