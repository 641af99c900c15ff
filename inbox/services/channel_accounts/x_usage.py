"""An X account's usage panel: requests per day by kind (reads, posts), estimated cost, budget warning.

The counting happens while polling and sending (:mod:`inbox.ingest.usage`); the prices are
the operator's (``DIALOOG_X_PRICES``, defaults from X's 2026 pay-per-use price list), and the
warning share of the daily request budget is ``DIALOOG_X_BUDGET_WARNING`` (default 0.8).
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from flask import current_app, has_app_context
from sqlalchemy import select

from inbox.ingest.usage import daily_budget, local_day, prices
from inbox.models import ChannelAccount, ChannelKind, ChannelUsage, db

PANEL_DAYS = 30
READS = ("post_read", "dm_read")
POSTS = ("post_create", "dm_create")


def _warning_share() -> float:
    settings = current_app.extensions.get("dialoog.settings") if has_app_context() else None
    return float(getattr(settings, "x_budget_warning", 0.8))


def _empty_day(day: date) -> dict[str, Any]:
    return {"day": day.isoformat(), "reads": 0, "posts": 0, "requests": 0, "estimated_cost_usd": 0.0}


def budget_warning(budget: int | None, used_today: int) -> dict[str, Any] | None:
    """``near`` once the warning share of the daily budget is used, ``reached`` at the budget; else None."""
    if budget is None or used_today < budget * _warning_share():
        return None
    return {
        "level": "reached" if used_today >= budget else "near",
        "used": used_today,
        "budget": budget,
        "share": round(used_today / budget, 3),
    }


def x_usage(account: ChannelAccount) -> dict[str, Any] | None:
    """The last 30 office-local days of an X account (oldest first), month to date, prices, warning.

    None for accounts that are not billed per request.
    """
    if account.kind != ChannelKind.X:
        return None
    today = local_day(account)
    first = today - timedelta(days=PANEL_DAYS - 1)
    month_start = today.replace(day=1)
    price = prices()
    days = {first + timedelta(days=offset): _empty_day(first + timedelta(days=offset)) for offset in range(PANEL_DAYS)}
    month = {"since": month_start.isoformat(), "requests": 0, "estimated_cost_usd": 0.0}
    rows = db.session.execute(
        select(ChannelUsage).where(
            ChannelUsage.channel_account_id == account.id, ChannelUsage.day >= min(first, month_start)
        )
    ).scalars()
    for row in rows:
        cost = row.items * price.get(row.kind, 0.0)
        if row.day >= month_start:
            month["requests"] += row.requests
            month["estimated_cost_usd"] += cost
        day = days.get(row.day)
        if day is None:
            continue
        day["requests"] += row.requests
        day["reads" if row.kind in READS else "posts"] += row.requests
        day["estimated_cost_usd"] += cost
    for day in days.values():
        day["estimated_cost_usd"] = round(day["estimated_cost_usd"], 3)
    month["estimated_cost_usd"] = round(month["estimated_cost_usd"], 3)
    by_day = [days[day] for day in sorted(days)]
    return {
        "days": PANEL_DAYS,
        "by_day": by_day,
        "month_to_date": month,
        "prices_usd": price,
        "budget_warning": budget_warning(daily_budget(account), by_day[-1]["requests"]),
    }
