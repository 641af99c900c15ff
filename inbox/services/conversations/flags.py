"""Tags kept on the conversation itself, so the queue filters on them without a join.

``Conversation.has_toxic`` says that *some inbound message* of the conversation is tagged
toxic (by triage or by a person), the queue's rule for the ``toxic=true`` filter (see
:mod:`inbox.services.conversations.queue`). It is derived data: :func:`refresh_toxic_flags` recomputes it
from the messages, so calling it too often is harmless and calling it is always correct.
Every service that changes a message's toxic tag, or which messages a conversation holds,
calls it for the conversations concerned in the same transaction, before committing:

* triage and re-triage (:func:`inbox.services.intake.triage.triage_messages`),
* a person's correction (:func:`inbox.services.learning.corrections.correct_tag`),
* an erasure that deletes messages of conversations that stay
  (:func:`inbox.services.privacy.erasure.purge`); use :func:`conversations_of_messages`
  *before* deleting the messages to know which.

Migration 0011 fills the flag for rows stored before it existed.

``Conversation.has_threat`` is kept the same way, by the same function (safety issue 17): it
pins the conversation to the top of the queue and backs the ``threat=true`` filter.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import exists, select, update

from inbox.models import Conversation, Direction, Message, TriageResult, db

CHUNK = 500


def _any_inbound_tagged(tag: object) -> object:
    """True when some inbound message of the (correlated) conversation has ``tag`` (a TriageResult flag) set."""
    return (
        exists()
        .where(
            Message.conversation_id == Conversation.id,
            Message.direction == Direction.INBOUND,
            TriageResult.message_id == Message.id,
            tag.is_(True),  # type: ignore[attr-defined]
        )
        .correlate(Conversation)
    )


def refresh_toxic_flags(conversation_ids: Iterable[int]) -> None:
    """Recompute ``has_toxic`` and ``has_threat`` of these conversations from their messages (the caller commits).

    Ids of conversations that no longer exist are ignored.
    """
    ids = sorted(set(conversation_ids))
    if not ids:
        return
    db.session.flush()
    for start in range(0, len(ids), CHUNK):
        db.session.execute(
            update(Conversation)
            .where(Conversation.id.in_(ids[start : start + CHUNK]))
            .values(
                has_toxic=_any_inbound_tagged(TriageResult.toxic), has_threat=_any_inbound_tagged(TriageResult.threat)
            )
            .execution_options(synchronize_session="fetch")
        )


def conversations_of_messages(message_ids: Iterable[int]) -> list[int]:
    """The conversations these messages belong to (ask before deleting or moving them)."""
    ids = sorted(set(message_ids))
    found: set[int] = set()
    for start in range(0, len(ids), CHUNK):
        found.update(
            db.session.execute(
                select(Message.conversation_id).where(Message.id.in_(ids[start : start + CHUNK])).distinct()
            ).scalars()
        )
    return sorted(found)
