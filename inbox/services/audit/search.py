"""Searching an office's audit trail: by actor, action, target and date range, newest first.

Pages are keyset-paged on the event id (stable while new events arrive: they only ever get
higher ids). Dates given as ``2026-03-30`` are days in the office's time zone: ``since`` from
the start of that day, ``until`` up to the end of it.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import Select, func, select

from inbox.models import AuditEvent, Office, User, db
from inbox.services.audit.labels import detail_user_ids, target_labels
from inbox.services.audit.trail import record_audit

DEFAULT_LIMIT = 50
MAX_LIMIT = 200
SYSTEM_ACTOR = "system"  # the ``actor`` filter value for events no person caused (jobs, commands)


class AuditFilterError(ValueError):
    """A filter value the search does not understand; the message says what is accepted."""


@dataclass(frozen=True)
class AuditFilters:
    """What to look for; empty or ``None`` means "do not filter on this"."""

    actor: int | str | None = None  # a user id, or SYSTEM_ACTOR
    action: str = ""  # a prefix: "conversation." finds every conversation action
    target_type: str = ""
    target_id: str = ""
    since: datetime | None = None  # inclusive, UTC
    until: datetime | None = None  # exclusive, UTC

    def as_detail(self) -> dict[str, Any]:
        """The filters as JSON-ready values, for the audit event of an export."""
        values = {
            "actor": self.actor,
            "action": self.action,
            "target_type": self.target_type,
            "target_id": self.target_id,
            "since": self.since.isoformat() if self.since else None,
            "until": self.until.isoformat() if self.until else None,
        }
        return {key: value for key, value in values.items() if value not in (None, "")}


@dataclass(frozen=True)
class AuditPage:
    """One page of events (as JSON-ready dicts) and the cursor of the next page, if any."""

    events: list[dict[str, Any]]
    next_cursor: str | None


def office_zone(office_id: int) -> ZoneInfo:
    """The office's time zone (UTC when it is unknown)."""
    office = db.session.get(Office, office_id)
    try:
        return ZoneInfo(office.timezone if office else "UTC")
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def _moment(name: str, value: str, zone: ZoneInfo, *, end_of_day: bool) -> datetime:
    """A date (a whole day in ``zone``) or an ISO time; ``end_of_day`` moves a date to the next midnight."""
    text = value.strip()
    try:
        if len(text) == 10:
            day = date.fromisoformat(text)
            start = datetime.combine(day + timedelta(days=1) if end_of_day else day, time(), zone)
            return start.astimezone(UTC)
        moment = datetime.fromisoformat(text)
        return (moment if moment.tzinfo else moment.replace(tzinfo=zone)).astimezone(UTC)
    except (ValueError, OverflowError):  # OverflowError: a day at the very ends of the calendar
        raise AuditFilterError(f"{name}: use a date such as 2026-03-30 (got {text[:40]!r})") from None


def parse_audit_filters(args: Mapping[str, str], zone: ZoneInfo) -> AuditFilters:
    """Read filters from a query string: actor, action, target_type, target_id, since, until."""
    actor: int | str | None = None
    raw_actor = (args.get("actor") or "").strip()
    if raw_actor == SYSTEM_ACTOR:
        actor = SYSTEM_ACTOR
    elif raw_actor:
        if not raw_actor.isdigit():
            raise AuditFilterError(f"actor: a user id or {SYSTEM_ACTOR!r} (got {raw_actor[:40]!r})")
        actor = int(raw_actor)
    since = _moment("since", args["since"], zone, end_of_day=False) if (args.get("since") or "").strip() else None
    until = _moment("until", args["until"], zone, end_of_day=True) if (args.get("until") or "").strip() else None
    if since and until and since >= until:
        raise AuditFilterError("since: must be before until")
    return AuditFilters(
        actor=actor,
        action=(args.get("action") or "").strip()[:80],
        target_type=(args.get("target_type") or "").strip()[:40],
        target_id=(args.get("target_id") or "").strip()[:64],
        since=since,
        until=until,
    )


def parse_limit(value: str | None) -> int:
    """The page size: 1 to MAX_LIMIT (default DEFAULT_LIMIT)."""
    if not value:
        return DEFAULT_LIMIT
    if not value.isdigit() or not 1 <= int(value) <= MAX_LIMIT:
        raise AuditFilterError(f"limit: a whole number from 1 to {MAX_LIMIT}")
    return int(value)


def parse_cursor(value: str | None) -> int | None:
    """The ``next_cursor`` of the previous page (the last event id shown)."""
    if not value:
        return None
    if not value.isdigit():
        raise AuditFilterError("cursor: not a cursor from a previous page; start again without it")
    return int(value)


def _query(office_id: int, filters: AuditFilters) -> Select[tuple[AuditEvent]]:
    query = select(AuditEvent).where(AuditEvent.office_id == office_id)
    if filters.actor == SYSTEM_ACTOR:
        query = query.where(AuditEvent.actor_user_id.is_(None))
    elif filters.actor is not None:
        query = query.where(AuditEvent.actor_user_id == filters.actor)
    if filters.action:
        query = query.where(AuditEvent.action.startswith(filters.action, autoescape=True))
    if filters.target_type:
        query = query.where(AuditEvent.target_type == filters.target_type)
    if filters.target_id:
        query = query.where(AuditEvent.target_id == filters.target_id)
    if filters.since:
        query = query.where(AuditEvent.created_at >= filters.since)
    if filters.until:
        query = query.where(AuditEvent.created_at < filters.until)
    return query


def actor_names(ids: set[int]) -> dict[int, str]:
    """Names of the users with these ids (users erased since are missing)."""
    if not ids:
        return {}
    return {row[0]: row[1] for row in db.session.execute(select(User.id, User.name).where(User.id.in_(ids)))}


def event_view(event: AuditEvent, names: Mapping[int, str], zone: ZoneInfo) -> dict[str, Any]:
    """One event as JSON: who (name, or a note that the user no longer exists), what, target, when."""
    actor = ""
    if event.actor_user_id is not None:
        actor = names.get(event.actor_user_id) or f"#{event.actor_user_id}"
    return {
        "id": event.id,
        "at": event.created_at.isoformat(),
        "local_time": event.created_at.astimezone(zone).strftime("%Y-%m-%d %H:%M:%S"),
        "actor_id": event.actor_user_id,
        "actor": actor,
        "action": event.action,
        "target_type": event.target_type,
        "target_id": event.target_id,
        "detail": event.detail or {},
    }


def search_audit(
    office_id: int, filters: AuditFilters, *, cursor: int | None = None, limit: int = DEFAULT_LIMIT
) -> AuditPage:
    """A page of the office's audit events matching ``filters``, newest first.

    Each event also carries ``target_label`` (the name of what it points at, when that
    still exists) and ``names`` (user ids in its detail → names), so the page can say it
    in words.
    """
    query = _query(office_id, filters)
    if cursor is not None:
        query = query.where(AuditEvent.id < cursor)
    rows = list(db.session.execute(query.order_by(AuditEvent.id.desc()).limit(limit + 1)).scalars())
    more, rows = len(rows) > limit, rows[:limit]
    names = actor_names({row.actor_user_id for row in rows if row.actor_user_id is not None} | detail_user_ids(rows))
    labels = target_labels(rows)
    zone = office_zone(office_id)
    events = []
    for row in rows:
        view = event_view(row, names, zone)
        view["target_label"] = labels.get((row.target_type, row.target_id))
        view["names"] = {str(user_id): names[user_id] for user_id in detail_user_ids([row]) if user_id in names}
        events.append(view)
    return AuditPage(events=events, next_cursor=str(rows[-1].id) if more and rows else None)


def count_audit(office_id: int, filters: AuditFilters) -> int:
    """How many events match (for an export's progress bar)."""
    subquery = _query(office_id, filters).with_only_columns(AuditEvent.id).subquery()
    return db.session.execute(select(func.count()).select_from(subquery)).scalar_one()


def iter_audit(office_id: int, filters: AuditFilters, *, batch: int = 500) -> Iterator[dict[str, Any]]:
    """Every matching event as a JSON-ready dict, oldest first, read in batches (for exports)."""
    zone = office_zone(office_id)
    after = 0
    while True:
        query = _query(office_id, filters).where(AuditEvent.id > after).order_by(AuditEvent.id).limit(batch)
        rows = list(db.session.execute(query).scalars())
        if not rows:
            return
        names = actor_names({row.actor_user_id for row in rows if row.actor_user_id is not None})
        for row in rows:
            yield event_view(row, names, zone)
        after = rows[-1].id


EXPORT_FORMATS = ("csv", "jsonl")
CSV_COLUMNS = ("id", "at", "local_time", "actor_id", "actor", "action", "target_type", "target_id", "detail")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: Any) -> str:
    """A CSV cell that a spreadsheet will not run as a formula."""
    if isinstance(value, dict):
        value = json.dumps(value, ensure_ascii=False, sort_keys=True)
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def export_lines(events: Iterable[dict[str, Any]], export_format: str) -> Iterator[str]:
    """The events as CSV (with a header row) or JSON lines, one string per line."""
    if export_format not in EXPORT_FORMATS:
        raise AuditFilterError(f"format: one of {', '.join(EXPORT_FORMATS)}")
    if export_format == "jsonl":
        for item in events:
            yield json.dumps(item, ensure_ascii=False, sort_keys=True) + "\n"
        return
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for item in events:
        writer.writerow([_cell(item[column]) for column in CSV_COLUMNS])
        yield buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
    yield buffer.getvalue()


def record_export(
    office_id: int, actor_user_id: int | None, export_format: str, filters: AuditFilters, via: str
) -> None:
    """Audit that the office's audit trail was exported (before any of it is handed out), and commit."""
    detail = {"format": export_format, "via": via, "filters": filters.as_detail()}
    record_audit(office_id, actor_user_id, "audit.exported", "office", office_id, detail)
    db.session.commit()
