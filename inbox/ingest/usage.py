"""Paid API usage per channel account: count requests, estimate their cost, keep to a daily budget.

X bills its API per use (2026 pay-per-use credits): a post read costs $0.005, a DM event
read $0.010, a post or DM created $0.015 (the defaults of :data:`PRICES_USD`; the operator
changes any of them with ``DIALOOG_X_PRICES``, see :func:`prices`). Every request the X channel makes is counted
here per account, office-local day and kind (``post_read``, ``dm_read``, ``post_create``,
``dm_create``), with the number of items it returned; the estimated cost is items × price.

The admin's budget is a number of **requests per day** (office time zone), kept in the
account's settings under ``x_daily_request_budget`` (absent: no limit). Polling spreads
what is left evenly over the rest of the day, stops making requests once it is used up and
resumes at the next local midnight; replies staff send are never held back by the budget
(they are counted, though).
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from flask import current_app, has_app_context
from sqlalchemy import select, update

from inbox.ingest.base import ChannelError
from inbox.models import AccountHealth, ChannelAccount, ChannelUsage, Office, db, utcnow
from inbox.models.sql import insert_ignoring_conflict

PRICES_USD = {"post_read": 0.005, "dm_read": 0.010, "post_create": 0.015, "dm_create": 0.015}
BUDGET_SETTING = "x_daily_request_budget"


def prices() -> dict[str, float]:
    """Dollars per item of each request kind: :data:`PRICES_USD` with the operator's ``DIALOOG_X_PRICES``."""
    settings = current_app.extensions.get("dialoog.settings") if has_app_context() else None
    return {**PRICES_USD, **dict(getattr(settings, "x_prices_usd", ()) or ())}


BUDGET_REACHED = "daily budget reached"


def office_zone(account: ChannelAccount) -> ZoneInfo:
    """The time zone of the account's office (UTC if the office names an unknown zone)."""
    office = db.session.get(Office, account.office_id)
    try:
        return ZoneInfo(office.timezone if office else "UTC")
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def local_day(account: ChannelAccount, moment: datetime | None = None) -> date:
    """The office-local date of ``moment`` (default: now)."""
    return (moment or utcnow()).astimezone(office_zone(account)).date()


def next_local_midnight(account: ChannelAccount) -> datetime:
    """The start of the next office-local day, as an aware datetime."""
    zone = office_zone(account)
    tomorrow = utcnow().astimezone(zone).date() + timedelta(days=1)
    return datetime.combine(tomorrow, time(0, 0), tzinfo=zone)


def record_request(account: ChannelAccount, kind: str, items: int = 0) -> None:
    """Count one request of ``kind`` that returned ``items`` items, and commit at once.

    Committing here keeps the count even when the poll fails later, and holds no write lock
    (SQLite) while the next provider request is under way. Callers have nothing else pending.
    """
    day = local_day(account)
    insert_ignoring_conflict(
        ChannelUsage,
        {"channel_account_id": account.id, "day": day, "kind": kind, "requests": 0, "items": 0, "updated_at": utcnow()},
        ["channel_account_id", "day", "kind"],
    )
    db.session.execute(
        update(ChannelUsage)
        .where(ChannelUsage.channel_account_id == account.id, ChannelUsage.day == day, ChannelUsage.kind == kind)
        .values(requests=ChannelUsage.requests + 1, items=ChannelUsage.items + max(0, items), updated_at=utcnow())
    )
    db.session.commit()


def daily_budget(account: ChannelAccount) -> int | None:
    """The account's daily request budget, or None for no limit."""
    value = (account.settings or {}).get(BUDGET_SETTING)
    return int(value) if isinstance(value, int) and not isinstance(value, bool) else None


def requests_on(account_id: int, day: date) -> int:
    """Requests the account made on office-local ``day``."""
    rows = db.session.execute(
        select(ChannelUsage.requests).where(ChannelUsage.channel_account_id == account_id, ChannelUsage.day == day)
    )
    return sum(rows.scalars())


def remaining_requests_today(account: ChannelAccount) -> int | None:
    """Requests still allowed today (None: no budget set)."""
    budget = daily_budget(account)
    if budget is None:
        return None
    return max(0, budget - requests_on(account.id, local_day(account)))


def budget_pace(account: ChannelAccount, used_per_poll: int, remaining: int) -> datetime:
    """The next poll time that spreads the remaining budget evenly over the rest of the local day."""
    midnight = next_local_midnight(account)
    if remaining <= 0:
        return midnight
    now = utcnow()
    polls_left = remaining / max(used_per_poll, 1)
    return min(midnight, now + (midnight - now) / polls_left)


def budget_reached(account: ChannelAccount) -> ChannelError:
    """The error that skips polling until the next office-local day."""
    resume = next_local_midnight(account)
    budget = daily_budget(account)
    return ChannelError(
        AccountHealth.RATE_LIMITED,
        f"X {BUDGET_REACHED} ({budget} requests): polling resumes at {resume:%H:%M} on {resume:%d/%m} "
        f"({resume.tzinfo}). Raise the budget to poll sooner.",
        retry_at=resume,
    )
