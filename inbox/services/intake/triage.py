"""Triage stored messages and record the tags with the versions that produced them.

Triage never blocks ingestion: messages are stored first, triaged by a job, and a
message whose triage fails stays in the inbox untagged, marked, and is retried.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from datetime import timedelta

from flask import current_app
from sqlalchemy import or_, select, update

from inbox.models import Direction, Message, TriageResult, TriageState, db, utcnow
from inbox.services.conversations.flags import refresh_toxic_flags
from inbox.services.conversations.summaries import publish_conversation_changes
from inbox.services.intake.campaigns import assign_campaigns, record_embeddings
from inbox.services.learning.office_models import office_heads
from inbox.services.safety.threats import notify_threats, record_threats
from inbox.services.search.full_text import index_messages
from inbox.triage.models import get_triager
from inbox.triage.pipeline import TriageOutput

log = logging.getLogger(__name__)

MAX_TRIAGE_ATTEMPTS = 5


def _apply(result: TriageResult, output: TriageOutput, versions: dict[str, str]) -> None:
    """Write fresh tags onto a result, keeping every tag a person corrected."""
    corrected = set(result.corrected or [])
    if "language" not in corrected:
        result.language, result.language_confidence = output.language, output.language_confidence
    if "topic" not in corrected:
        result.topics = [{"code": code, "score": round(score, 4)} for code, score in output.topics]
        result.topic = output.topics[0][0] if output.topics else None
        result.topic_uncertain, result.topic_second = output.topic_uncertain, output.topic_second
    if "sentiment" not in corrected:
        result.sentiment, result.sentiment_score = output.sentiment, output.sentiment_score
    if "toxic" not in corrected:
        result.toxic, result.toxicity_score = output.toxic, output.toxicity_score
    if "threat" not in corrected:
        result.threat, result.threat_score = output.threat, output.threat_score
    if "needs_reply" not in corrected:
        result.needs_reply, result.needs_reply_score = output.needs_reply, output.needs_reply_score
    result.truncated = output.truncated
    result.tags = {"languages": list(output.languages)} if output.languages else {}
    if output.threat_rule:
        result.tags["threat_rule"] = output.threat_rule
    result.versions = versions
    result.model_version = versions["encoder"][:200]


def _triage_office(office_id: int, messages: list[Message]) -> list[tuple[Message, TriageOutput]]:
    """Run the pipeline over one office's messages and store the results."""

    settings = current_app.extensions["dialoog.settings"]
    triager = get_triager(settings)
    topic_head, sentiment_head = office_heads(office_id)
    outputs = triager.analyse([m.text for m in messages], topic_head=topic_head, sentiment_head=sentiment_head)
    versions = triager.versions(topic_head, sentiment_head)
    existing = {
        r.message_id: r
        for r in db.session.execute(
            select(TriageResult).where(TriageResult.message_id.in_([m.id for m in messages]))
        ).scalars()
    }
    done = []
    for message, output in zip(messages, outputs, strict=True):
        message.triage_attempts += 1
        if output.error:
            message.triage_state = TriageState.FAILED
            message.triage_error = output.error[:2000]
            message.triage_retry_at = utcnow() + timedelta(seconds=30 * 2**message.triage_attempts)
            log.warning("triage of message %s failed: %s", message.id, output.error)
            continue
        result = existing.get(message.id) or TriageResult(message_id=message.id, created_at=utcnow())
        _apply(result, output, versions)
        db.session.add(result)
        message.triage_state = TriageState.DONE
        message.triage_error = ""
        message.triage_retry_at = None
        done.append((message, output))
    record_embeddings(office_id, done, versions["encoder"])
    return done


def triage_messages(message_ids: list[int], *, force: bool = False) -> int:
    """Triage the given messages (pending or failed ones; all of them with ``force``).

    Idempotent: messages already triaged are left alone unless ``force`` (re-triage with
    new models), so running it twice changes nothing the second time; on PostgreSQL the
    messages are locked, so a duplicate job running at the same time skips them.
    """

    states = [TriageState.PENDING, TriageState.FAILED] + ([TriageState.DONE] if force else [])
    messages = (
        db.session.execute(
            select(Message)
            .where(Message.id.in_(message_ids), Message.triage_state.in_(states))
            .order_by(Message.id)
            # a duplicate job running now skips what it holds; NO KEY: rows referring to them are not blocked
            .with_for_update(skip_locked=True, key_share=True)
        )
        .scalars()
        .all()
    )
    by_office: dict[int, list[Message]] = defaultdict(list)
    for message in messages:
        if message.direction == Direction.INBOUND:
            by_office[message.office_id].append(message)
        else:
            message.triage_state = TriageState.SKIPPED
    triaged: dict[int, list[tuple[Message, TriageOutput]]] = {}
    for office_id, group in by_office.items():
        triaged[office_id] = _triage_office(office_id, group)
    changed = {office_id: sorted({m.conversation_id for m in group}) for office_id, group in by_office.items()}
    done_ids = {office_id: [message.id for message, _ in done] for office_id, done in triaged.items() if done}
    refresh_toxic_flags(cid for conversation_ids in changed.values() for cid in conversation_ids)
    escalations = record_threats([message.id for done in triaged.values() for message, _ in done])
    db.session.commit()  # (expires the loaded rows: ids are read above, not one query each afterwards)
    index_messages(message_ids)
    for office_id, conversation_ids in changed.items():
        touched = set(conversation_ids)
        try:
            if office_id in done_ids:
                touched |= assign_campaigns(office_id, done_ids[office_id])
        finally:  # one event per conversation, with its tags and campaign, even if matching failed
            publish_conversation_changes(office_id, sorted(touched), "message.triaged")
    notify_threats(escalations)
    return sum(len(done) for done in triaged.values())


def claim_stale_triage(*, older_than_seconds: float, limit: int = 1000) -> list[int]:
    """Messages to queue again: pending too long (a worker died) or failed and due a retry.

    Each is leased for a while, so a backed-up queue is not flooded with the same ids.
    """
    now = utcnow()
    cutoff = now - timedelta(seconds=older_than_seconds)
    due = or_(Message.triage_retry_at.is_(None), Message.triage_retry_at <= now)
    ids = list(
        db.session.execute(
            select(Message.id)
            .where(
                or_(
                    (Message.triage_state == TriageState.PENDING) & (Message.received_at <= cutoff) & due,
                    (Message.triage_state == TriageState.FAILED)
                    & (Message.triage_attempts < MAX_TRIAGE_ATTEMPTS)
                    & Message.triage_retry_at.is_not(None)
                    & (Message.triage_retry_at <= now),
                )
            )
            .order_by(Message.id)
            .limit(limit)
        ).scalars()
    )
    if ids:
        lease = now + timedelta(seconds=max(older_than_seconds * 4, 60))
        db.session.execute(update(Message).where(Message.id.in_(ids)).values(triage_retry_at=lease))
    db.session.commit()
    return ids
