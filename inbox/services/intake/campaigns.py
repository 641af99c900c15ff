"""Campaigns in the live inbox: remember each message's embedding, match it to form letters.

The matching rules are in :mod:`inbox.triage.campaigns`; here they meet the database. An
office's campaigns are matched one batch at a time (a lock per office), so two workers
never found the same campaign twice.
"""

from __future__ import annotations

import logging
import threading
from collections import defaultdict
from collections.abc import Iterable
from datetime import timedelta

import numpy as np
from sqlalchemy import select, text

from inbox.models import Campaign, Message, MessageEmbedding, TriageResult, db, utcnow
from inbox.services.answers.record import refresh_questions
from inbox.triage.campaigns import CampaignState, PoolItem, assign, decode_campaign, encode_campaign, fingerprint
from inbox.triage.pipeline import TriageOutput

log = logging.getLogger(__name__)

POOL_DAYS = 14
POOL_LIMIT = 3000
CAMPAIGN_ACTIVE_DAYS = 60
CAMPAIGN_LIMIT = 500
LABEL_CHARS = 200

_office_locks: dict[int, threading.Lock] = defaultdict(threading.Lock)


def record_embeddings(office_id: int, triaged: list[tuple[Message, TriageOutput]], encoder_version: str) -> None:
    """Keep each triaged message's embedding and fingerprint for campaign matching (caller commits)."""
    if not triaged:
        return
    ids = [message.id for message, _ in triaged]
    existing = {
        row.message_id: row
        for row in db.session.execute(select(MessageEmbedding).where(MessageEmbedding.message_id.in_(ids))).scalars()
    }
    for message, output in triaged:
        if output.embedding is None:
            continue
        row = existing.get(message.id) or MessageEmbedding(message_id=message.id, office_id=office_id)
        row.embedding = np.asarray(output.embedding, dtype="<f4").tobytes()
        row.fingerprint = fingerprint(message.text).astype("<u4").tobytes()
        row.encoder_version = encoder_version[:120]
        row.created_at = message.received_at
        db.session.add(row)

    refresh_questions(ids)  # a question answered before triage got to it (issue 20)


def _item(row: MessageEmbedding) -> PoolItem:
    return PoolItem(
        message_id=row.message_id,
        embedding=np.frombuffer(row.embedding, dtype="<f4"),
        fingerprint=np.frombuffer(row.fingerprint, dtype="<u4"),
        campaign_id=row.campaign_id,
    )


def _lock_office(office_id: int) -> None:
    """Serialise campaign matching per office across processes (PostgreSQL advisory lock)."""
    if db.session.get_bind().dialect.name == "postgresql":
        db.session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": 7_000_000 + office_id})


def assign_campaigns(office_id: int, message_ids: list[int]) -> set[int]:
    """Match the office's newly triaged messages to campaigns; returns the conversations whose
    messages joined or formed a campaign (the caller publishes them, once with its own changes)."""
    with _office_locks[office_id]:
        _lock_office(office_id)
        new_rows = list(
            db.session.execute(
                select(MessageEmbedding).where(
                    MessageEmbedding.message_id.in_(message_ids), MessageEmbedding.campaign_id.is_(None)
                )
            ).scalars()
        )
        if not new_rows:
            db.session.commit()
            return set()
        version = new_rows[0].encoder_version
        since = utcnow() - timedelta(days=POOL_DAYS)
        pool_rows = db.session.execute(
            select(MessageEmbedding)
            .where(
                MessageEmbedding.office_id == office_id,
                MessageEmbedding.campaign_id.is_(None),
                MessageEmbedding.encoder_version == version,
                MessageEmbedding.created_at >= since,
                MessageEmbedding.message_id.not_in(message_ids),
            )
            .order_by(MessageEmbedding.created_at.desc())
            .limit(POOL_LIMIT)
        ).scalars()
        campaigns = {
            c.id: c
            for c in db.session.execute(
                select(Campaign)
                .where(
                    Campaign.office_id == office_id,
                    Campaign.last_seen_at >= utcnow() - timedelta(days=CAMPAIGN_ACTIVE_DAYS),
                )
                .order_by(Campaign.last_seen_at.desc())
                .limit(CAMPAIGN_LIMIT)
            ).scalars()
        }
        states = _decoded_states(campaigns.values())
        result = assign([_item(r) for r in new_rows], states, [_item(r) for r in pool_rows])
        changed = _persist(office_id, result.campaigns, result.created, campaigns)
        members = {d.message_id: d.campaign_id for d in result.decisions if d.campaign_id is not None}
        members.update(result.pool_joined)
        conversation_ids = _tag_members(members, changed)
        db.session.commit()
    return conversation_ids


def _decoded_states(campaigns: Iterable[Campaign]) -> list[CampaignState]:
    """The matcher's state of each campaign; one whose stored centroid cannot be read is left out.

    It then takes no new members (and is logged by id), but never stops the office's triage.
    """
    states = []
    for campaign in campaigns:
        try:
            states.append(decode_campaign(campaign.id, campaign.centroid, campaign.fingerprints))
        except ValueError:
            log.warning("campaign %s has an unreadable centroid; it takes no new members", campaign.id)
    return states


def _persist(
    office_id: int, states: dict[int, CampaignState], created: list[int], campaigns: dict[int, Campaign]
) -> dict[int, int]:
    """Store created and changed campaigns; maps the matcher's ids (negative for new) to row ids."""
    ids: dict[int, int] = {}
    now = utcnow()
    for matcher_id, state in states.items():
        centroid, fingerprints = encode_campaign(state)
        if matcher_id in created:
            row = Campaign(office_id=office_id, first_seen_at=now, centroid=centroid, fingerprints=fingerprints)
            db.session.add(row)
            db.session.flush()
        else:
            row = campaigns[matcher_id]
            row.centroid, row.fingerprints = centroid, fingerprints
        row.size = state.size
        row.last_seen_at = now
        ids[matcher_id] = row.id
    return ids


def _tag_members(members: dict[int, int], ids: dict[int, int]) -> set[int]:
    """Write campaign ids onto embeddings and triage results; returns the conversations touched."""
    if not members:
        return set()
    final = {message_id: ids.get(campaign_id, campaign_id) for message_id, campaign_id in members.items()}
    embeddings = db.session.execute(select(MessageEmbedding).where(MessageEmbedding.message_id.in_(final))).scalars()
    for row in embeddings:
        row.campaign_id = final[row.message_id]
    results = db.session.execute(select(TriageResult).where(TriageResult.message_id.in_(final))).scalars()
    for result in results:
        if "campaign" not in (result.corrected or []):
            result.campaign_id = final[result.message_id]
    for campaign in db.session.execute(select(Campaign).where(Campaign.id.in_(set(final.values())))).scalars():
        if not campaign.label:
            first = db.session.execute(
                select(Message.text).where(Message.id == min(m for m, c in final.items() if c == campaign.id))
            ).scalar_one()
            campaign.label = " ".join(first.split())[:LABEL_CHARS]
    return set(db.session.execute(select(Message.conversation_id).where(Message.id.in_(final))).scalars())
