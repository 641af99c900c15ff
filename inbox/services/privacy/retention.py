"""Retention: voters the office has not heard from (or written to) for ``retention_months`` are deleted.

A voter is due when the newest message of any of their conversations, inbound or outbound,
was sent before the cutoff (now minus the office's period; a voter without messages counts
from when the contact was made). A due voter goes whole, through the erasure code path
(:func:`inbox.services.privacy.erasure.purge`): conversations, messages, tags, replies,
notes, attachments, search rows; the weekly figures keep their counts.

No erasure ledger entry is written: after a backup is restored, the next retention run
finds the same voters due again and deletes them again, so there is nothing to remember.

:func:`run_due_retention` is the daily job's entry point; see its docstring.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from sqlalchemy import Select, and_, distinct, func, or_, select

from inbox.digest.periods import zone
from inbox.models import ChannelAccount, Contact, Conversation, Message, Office, RetentionRun, User, db, utcnow
from inbox.models.sql import insert_ignoring_conflict
from inbox.services.audit.trail import record_audit
from inbox.services.privacy.erasure import check_privacy_role, publish_erased, purge
from inbox.services.privacy.scope import voter_scope

MIN_MONTHS, MAX_MONTHS = 1, 120
BATCH = 100


def months_before(moment: datetime, months: int) -> datetime:
    """``moment`` moved back by whole calendar months (the 31st becomes the month's last day)."""
    index = moment.year * 12 + moment.month - 1 - months
    year, month = divmod(index, 12)
    day = min(moment.day, calendar.monthrange(year, month + 1)[1])
    return moment.replace(year=year, month=month + 1, day=day)


def cutoff_for(office: Office, now: datetime | None = None) -> datetime:
    """Voters whose last message is older than this instant are due."""
    return months_before(now or utcnow(), office.retention_months or 24)


def _last_contact(office_id: int) -> Any:
    """Subquery: contact id -> the newest message in any of their conversations (one office)."""
    return (
        select(Conversation.contact_id.label("contact_id"), func.max(Message.sent_at).label("last"))
        .join(Message, Message.conversation_id == Conversation.id)
        .where(Conversation.office_id == office_id)
        .group_by(Conversation.contact_id)
        .subquery("last_contact")
    )


def due_contacts(office_id: int, cutoff: datetime) -> Select[tuple[int]]:
    """SELECT the ids of the office's contacts due for deletion at ``cutoff``."""
    last = _last_contact(office_id)
    return (
        select(Contact.id)
        .outerjoin(last, last.c.contact_id == Contact.id)
        .where(
            Contact.office_id == office_id,
            or_(last.c.last < cutoff, and_(last.c.last.is_(None), Contact.created_at < cutoff)),
        )
        .order_by(Contact.id)
    )


def retention_report(office_id: int, now: datetime | None = None) -> dict[str, Any]:
    """The dry run: what retention would delete now (voters, conversations, messages, per channel)."""
    office = db.session.get(Office, office_id)
    if office is None:
        raise LookupError(f"office {office_id} not found")
    cutoff = cutoff_for(office, now)
    due = due_contacts(office_id, cutoff).subquery("due")
    voters = db.session.execute(select(func.count()).select_from(due)).scalar_one()
    last = _last_contact(office_id)
    oldest = db.session.execute(
        select(func.min(last.c.last)).where(last.c.contact_id.in_(select(due.c.id)))
    ).scalar_one()
    per_channel: dict[str, dict[str, int]] = {}
    statement = (
        select(ChannelAccount.kind, func.count(distinct(Conversation.id)), func.count(Message.id))
        .select_from(Conversation)
        .join(ChannelAccount, ChannelAccount.id == Conversation.channel_account_id)
        .outerjoin(Message, Message.conversation_id == Conversation.id)
        .where(Conversation.contact_id.in_(select(due.c.id)))
        .group_by(ChannelAccount.kind)
    )
    for kind, conversations, messages in db.session.execute(statement):
        per_channel[str(kind)] = {"conversations": int(conversations), "messages": int(messages)}
    if isinstance(oldest, str):  # SQLite aggregates come back as text
        oldest = datetime.fromisoformat(oldest)
    return {
        "office": office.name,
        "retention_months": office.retention_months,
        "cutoff": cutoff.isoformat(),
        "voters": int(voters),
        "conversations": sum(c["conversations"] for c in per_channel.values()),
        "messages": sum(c["messages"] for c in per_channel.values()),
        "oldest_last_contact": oldest.isoformat() if oldest else None,
        "per_channel": dict(sorted(per_channel.items())),
    }


def apply_retention(
    office_id: int,
    actor: User | None = None,
    progress: Callable[[int], None] = lambda n: None,
    *,
    now: datetime | None = None,
    run: RetentionRun | None = None,
) -> dict[str, Any]:
    """Delete the office's due voters in batches (each batch commits); audited as ``retention.applied``.

    A run started by hand is always audited; a scheduled one when it deleted someone.
    """
    office = db.session.get(Office, office_id)
    if office is None:
        raise LookupError(f"office {office_id} not found")
    check_privacy_role(actor, office_id)
    cutoff = cutoff_for(office, now)
    if run is None:
        run = RetentionRun(office_id=office_id, cutoff=cutoff, started_at=utcnow(), counts={})
        db.session.add(run)
        db.session.commit()
    run_id = run.id
    ids = list(db.session.execute(due_contacts(office_id, cutoff)).scalars())
    totals: dict[str, int] = {"voters": 0, "conversations": 0, "messages": 0}
    for start in range(0, len(ids), BATCH):
        batch = ids[start : start + BATCH]
        scope = voter_scope(office_id, batch)
        counts = purge(scope)
        db.session.commit()
        publish_erased(office_id, scope.conversation_ids)
        totals["voters"] += counts.get("contacts", 0)
        totals["conversations"] += counts.get("conversations", 0)
        totals["messages"] += counts.get("messages", 0)
        progress(len(batch))
    run = db.session.get(RetentionRun, run_id)
    assert run is not None
    run.finished_at = utcnow()
    run.counts = totals
    if run.scheduled_on is None or totals["voters"]:  # a quiet daily run leaves no audit event
        record_audit(
            office_id,
            actor.id if actor else None,
            "retention.applied",
            "office",
            office_id,
            {
                "cutoff": cutoff.isoformat(),
                "retention_months": office.retention_months,
                "scheduled": run.scheduled_on is not None,
                "counts": totals,
            },
        )
    db.session.commit()
    return {"cutoff": cutoff.isoformat(), **totals}


def run_due_retention(now: datetime | None = None) -> dict[int, dict[str, Any]]:
    """The daily job: apply retention to every office that has not had its scheduled run today.

    Contract: idempotent and safe to call as often as wanted (by several schedulers at once):
    each office runs at most once per office-local day, claimed by a ``retention_run`` row
    unique on (office, day) before anything is deleted. When every office already ran today
    it costs one query. A run that crashed halfway is not retried the same day; the next
    day's run deletes what it left. Returns office id -> counts of the offices that ran.
    """
    now = now or utcnow()
    offices = list(db.session.execute(select(Office.id, Office.timezone)).all())
    days = {office_id: now.astimezone(zone(timezone)).date() for office_id, timezone in offices}
    earliest: date = min(days.values(), default=now.date())
    done = set(
        db.session.execute(
            select(RetentionRun.office_id, RetentionRun.scheduled_on).where(RetentionRun.scheduled_on >= earliest)
        ).all()
    )
    results: dict[int, dict[str, Any]] = {}
    for office_id, day in days.items():
        if (office_id, day) in done:
            continue
        office = db.session.get(Office, office_id)
        if office is None:
            continue
        claimed = insert_ignoring_conflict(
            RetentionRun,
            {
                "office_id": office_id,
                "scheduled_on": day,
                "cutoff": cutoff_for(office, now),
                "started_at": utcnow(),
                "counts": {},
            },
            ["office_id", "scheduled_on"],
        )
        db.session.commit()
        if claimed is None:  # another scheduler got there first
            continue
        results[office_id] = apply_retention(office_id, None, now=now, run=db.session.get(RetentionRun, claimed))
    return results


def set_retention_months(office_id: int, actor: User, months: int) -> int:
    """Change the office's retention period (whole months, 1 to 120); audited."""
    if not isinstance(months, int) or isinstance(months, bool) or not MIN_MONTHS <= months <= MAX_MONTHS:
        raise ValueError(f"The retention period is a whole number of months from {MIN_MONTHS} to {MAX_MONTHS}.")
    office = db.session.get(Office, office_id)
    if office is None:
        raise LookupError(f"office {office_id} not found")
    before = office.retention_months
    office.retention_months = months
    record_audit(office_id, actor.id, "retention.changed", "office", office_id, {"from": before, "to": months})
    db.session.commit()
    return months
