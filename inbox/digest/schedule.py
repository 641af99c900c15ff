"""Which digests are due: for every office, the last complete week once its send time has come."""

from __future__ import annotations

import time as clock
from datetime import datetime, timedelta

from sqlalchemy import select

from inbox.digest.delivery import create_deliveries, due_again
from inbox.digest.periods import Week, week_of, zone
from inbox.digest.recipients import recipients_of, send_time_of, settings_for
from inbox.models import DigestSettings, Office, db, utcnow

CHECK_INTERVAL_SECONDS = 30.0
CATCH_UP = timedelta(days=3)  # a server down on Monday still sends on Tuesday; not weeks later
_state = {"next_check": 0.0}


def due_week(settings: DigestSettings, created_at: datetime, now: datetime) -> Week | None:
    """The week whose digest is due at ``now`` (the week before the latest send moment), or None."""
    tz = zone(settings.timezone)
    local_now = now.astimezone(tz)
    this_week = week_of(local_now.date(), settings.timezone)
    send_day = this_week.start + timedelta(days=settings.weekday)
    send_at = datetime.combine(send_day, send_time_of(settings), tzinfo=tz)
    if send_at > local_now:
        send_at = datetime.combine(send_day - timedelta(days=7), send_time_of(settings), tzinfo=tz)
    if now - send_at > CATCH_UP or send_at < created_at:
        return None
    return week_of(send_at.date(), settings.timezone).shifted(-1)


def claim_due_digests(now: datetime | None = None, *, force: bool = False) -> list[int]:
    """Record the deliveries that came due and return the ids to send now (new, retried, lost).

    Called every tick; it does the work at most every ``CHECK_INTERVAL_SECONDS`` unless ``force``.
    """
    if not force and clock.monotonic() < _state["next_check"]:
        return []
    _state["next_check"] = clock.monotonic() + CHECK_INTERVAL_SECONDS
    now = now or utcnow()
    ids: list[int] = []
    for office_id, created_at in db.session.execute(select(Office.id, Office.created_at)).all():
        settings = settings_for(office_id)
        if not settings.enabled:
            continue
        week = due_week(settings, created_at, now)
        if week is not None:
            ids.extend(create_deliveries(office_id, week, recipients_of(office_id)))
    ids.extend(delivery_id for delivery_id in due_again(now) if delivery_id not in ids)
    return ids
