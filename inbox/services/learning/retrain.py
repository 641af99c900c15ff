"""Learning from an office's corrections: retrain its topic and sentiment heads, measure the gain.

The gain is measured by cross-validation over the office's own corrections: each fold's
corrected messages are predicted by a head trained without them, once with no
corrections at all (what the office had) and once with the other folds' corrections.

``triage learn`` retrains on demand. At night :func:`claim_nightly_learning` (called from
the scheduler's tick) claims each office, in its own time zone, at most once a day and only
when it has new corrections; a job on the triage worker then runs :func:`learn_overnight`,
which keeps a new head only when its measured gain is not negative. Every nightly run is
recorded in the audit log with its figures.
"""

from __future__ import annotations

import logging
import os
import time as clock
from collections.abc import Sequence
from dataclasses import asdict
from datetime import UTC, datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import func, select

from inbox.config import PROJECT_DIR
from inbox.models import AuditEvent, Office, TagCorrection, db, utcnow
from inbox.services.audit.trail import record_audit
from inbox.services.learning.measure import (
    MIN_CORRECTIONS_TO_MEASURE,
    LearningReport,
    cross_validated_gain,
    learning_pairs,
    office_embedder,
)
from inbox.services.learning.office_models import save_office_head
from inbox.services.learning.sentiment import retrain_sentiment_head, sentiment_candidate
from inbox.services.learning.topics import topic_specs
from inbox.triage.heads import Head
from inbox.triage.topics import train_topic_head
from inbox.triage.training.data import chamber_topic_examples

log = logging.getLogger(__name__)

BACKGROUND_SAMPLE = 600  # Chamber questions used as background for an office head
BACKGROUND_CHARS = 300  # their opening (title and first lines): quick to embed, on topic
DEFAULT_TRAINING_DATA = PROJECT_DIR.parent / "shared" / "data"
LEARNED_TAGS = ("topic", "sentiment")
NIGHT = (time(1, 0), time(5, 0))  # local time window of the nightly run [start, end)
NIGHTLY_STARTED = "triage.learning.nightly_started"
NIGHTLY_DONE = "triage.learning.nightly"
CHECK_INTERVAL_SECONDS = 300.0
_state = {"next_check": 0.0}


def _background() -> list[tuple[str, str]]:
    """The Chamber's questions mapped to topic codes, when the training data is at hand."""

    path = Path(os.environ.get("DIALOOG_TRAINING_DATA") or DEFAULT_TRAINING_DATA)
    if not (path / "topics").exists():
        return []
    examples = chamber_topic_examples(path)
    step = max(1, len(examples) // BACKGROUND_SAMPLE)
    return [(text[:BACKGROUND_CHARS], code) for text, code in examples[::step]]


def topic_candidate(office_id: int, *, measure: bool = False) -> tuple[Head, LearningReport]:
    """Train (not store) the office's topic head from its taxonomy and corrections; optionally measure."""
    specs = topic_specs(office_id)
    corrections = learning_pairs(office_id, "topic")
    embed = office_embedder()
    background = _background()

    def train(using: Sequence[tuple[str, str]]) -> Head:
        return train_topic_head(embed, specs, corrections=using, background=background, name="topic")

    report = LearningReport("topic", len(corrections))
    if measure and len(corrections) >= MIN_CORRECTIONS_TO_MEASURE:
        report.accuracy_before, report.accuracy_after = cross_validated_gain(corrections, train, embed)
    head = train(corrections)
    report.version = head.version
    return head, report


def retrain_topic_head(office_id: int, *, measure: bool = False) -> LearningReport:
    """Train the office's topic head from its taxonomy and corrections, and store it."""
    head, report = topic_candidate(office_id, measure=measure)
    save_office_head(office_id, "topic", head, {"report": asdict(report)})
    db.session.commit()
    log.info("office %s: %s", office_id, report.describe())
    return report


def learn_from_corrections(office_id: int) -> list[LearningReport]:
    """Retrain every head the office can adapt from its corrections; measure each gain."""
    return [retrain_topic_head(office_id, measure=True), retrain_sentiment_head(office_id, measure=True)]


# --- the nightly run -------------------------------------------------------------------------


def _zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("Europe/Brussels")


def _watermarks(office_id: int | None = None) -> dict[int, dict[str, int]]:
    """Per office and learned tag, the id of its newest correction (one grouped query)."""
    query = select(TagCorrection.office_id, TagCorrection.tag, func.max(TagCorrection.id)).where(
        TagCorrection.tag.in_(LEARNED_TAGS)
    )
    if office_id is not None:
        query = query.where(TagCorrection.office_id == office_id)
    marks: dict[int, dict[str, int]] = {}
    for office, tag, newest in db.session.execute(query.group_by(TagCorrection.office_id, TagCorrection.tag)):
        marks.setdefault(office, {})[tag] = int(newest)
    return marks


def _last_started(office_ids: Sequence[int]) -> dict[int, AuditEvent]:
    """The latest nightly-start audit event of each office that has one."""
    newest = (
        select(func.max(AuditEvent.id))
        .where(AuditEvent.action == NIGHTLY_STARTED, AuditEvent.office_id.in_(office_ids))
        .group_by(AuditEvent.office_id)
    )
    events = db.session.execute(select(AuditEvent).where(AuditEvent.id.in_(newest))).scalars()
    return {int(event.office_id): event for event in events if event.office_id is not None}


def _new_tags(marks: dict[str, int], started: AuditEvent | None) -> list[str]:
    """Learned tags with corrections newer than the ones the last nightly run saw."""
    seen = (started.detail or {}).get("watermarks", {}) if started else {}
    return [tag for tag in LEARNED_TAGS if marks.get(tag, 0) > int(seen.get(tag, 0))]


def claim_nightly_learning(now: datetime | None = None, *, force: bool = False) -> list[int]:
    """Offices whose nightly learning is due now; each is claimed (audited) so it runs once.

    Due: it is night in the office's time zone (01:00-05:00), no nightly run started today
    there, and it has topic or sentiment corrections newer than its last run. Cheap when
    nothing is due: pure clock arithmetic plus two grouped queries, at most every
    ``CHECK_INTERVAL_SECONDS`` (unless ``force``). The caller runs :func:`learn_overnight`.
    """
    if not force and clock.monotonic() < _state["next_check"]:
        return []
    _state["next_check"] = clock.monotonic() + CHECK_INTERVAL_SECONDS
    now = now or utcnow()
    local_days = {}
    for office_id, zone_name in db.session.execute(select(Office.id, Office.timezone)).all():
        local = now.astimezone(_zone(zone_name))
        if NIGHT[0] <= local.time() < NIGHT[1]:
            local_days[office_id] = local.date().isoformat()
    marks = _watermarks() if local_days else {}
    candidates = [office_id for office_id in local_days if office_id in marks]
    started = _last_started(candidates) if candidates else {}
    claimed = []
    for office_id in candidates:
        event = started.get(office_id)
        if event is not None and (event.detail or {}).get("local_date") == local_days[office_id]:
            continue  # already ran (or is running) tonight
        tags = _new_tags(marks[office_id], event)
        if not tags:
            continue
        db.session.execute(select(Office.id).where(Office.id == office_id).with_for_update())
        latest = _last_started([office_id]).get(office_id)
        if (latest.id if latest else None) != (event.id if event else None):
            continue  # another scheduler claimed it meanwhile
        detail = {"local_date": local_days[office_id], "watermarks": marks[office_id], "tags": tags}
        record_audit(office_id, None, NIGHTLY_STARTED, "office", office_id, detail)
        db.session.commit()
        claimed.append(office_id)
    db.session.commit()  # end the read transaction (and release the row lock) when nothing was claimed
    return claimed


def learn_overnight(office_id: int) -> list[LearningReport]:
    """Retrain the office's heads whose tag has new corrections; keep each only if its gain >= 0.

    The gain is cross-validated on the office's corrected messages (see
    :func:`cross_validated_gain`); a head whose gain cannot be measured (fewer than two
    corrections) or is negative is not stored. The figures go to the audit log.
    """
    started = _last_started([office_id]).get(office_id)
    tags = list((started.detail or {}).get("tags", LEARNED_TAGS)) if started else list(LEARNED_TAGS)
    candidates = {"topic": topic_candidate, "sentiment": sentiment_candidate}
    reports = []
    for tag in tags:
        began = clock.monotonic()
        head, report = candidates[tag](office_id, measure=True)
        report.kept = head is not None and report.gain is not None and report.gain >= 0
        if report.kept and head is not None:
            save_office_head(office_id, tag, head, {"report": asdict(report)})
        log.info("office %s, nightly: %s (%.1f s)", office_id, report.describe(), clock.monotonic() - began)
        reports.append(report)
    detail = {"heads": [{**asdict(r), "gain": r.gain} for r in reports], "finished_at": datetime.now(UTC).isoformat()}
    record_audit(office_id, None, NIGHTLY_DONE, "office", office_id, detail)
    db.session.commit()
    return reports
