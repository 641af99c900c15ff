"""The admin's view of paid API usage: the daily budget they set, and usage per day and kind.

The counting itself happens while polling (:mod:`inbox.ingest.usage`, which explains the prices).
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from sqlalchemy import select

from inbox.ingest.usage import (
    BUDGET_REACHED,
    BUDGET_SETTING,
    PRICES_USD,
    daily_budget,
    local_day,
    prices,
    requests_on,
)
from inbox.models import ChannelAccount, ChannelKind, ChannelUsage, User, db, utcnow
from inbox.services.audit.trail import record_audit
from inbox.services.channel_accounts.connection import reconnectable, stored_fields
from inbox.services.channel_accounts.x_usage import x_usage

MAX_BUDGET = 1_000_000
HISTORY_DAYS = 7


class BudgetRejectedError(ValueError):
    """The budget cannot be set as asked; the message says why."""


def set_daily_budget(office_id: int, account_id: int, actor: User, budget: Any) -> ChannelAccount:
    """Set (an int) or remove (None) the daily request budget of one of the office's X accounts."""
    account = db.session.get(ChannelAccount, account_id)
    if account is None or account.office_id != office_id:
        raise LookupError("No such channel account in this office.")
    if account.kind != ChannelKind.X:
        raise BudgetRejectedError("Only X accounts are billed per request; this account needs no budget.")
    if budget is not None and (not isinstance(budget, int) or isinstance(budget, bool) or not 0 < budget <= MAX_BUDGET):
        raise BudgetRejectedError(f"The daily budget is a whole number of requests from 1 to {MAX_BUDGET}, or null.")
    settings = dict(account.settings or {})
    settings.pop(BUDGET_SETTING, None)
    if budget is not None:
        settings[BUDGET_SETTING] = budget
    account.settings = settings
    waiting_for_budget = BUDGET_REACHED in (account.health_detail or "")
    if waiting_for_budget and (budget is None or budget > requests_on(account.id, local_day(account))):
        account.next_poll_at = utcnow()  # the new budget allows polling again now
    record_audit(office_id, actor.id, "channel.budget", "channel_account", account.id, {"daily_requests": budget})
    db.session.commit()
    return account


def _usage_by_day(account: ChannelAccount, first: date) -> dict[date, dict[str, float]]:
    rows = db.session.execute(
        select(ChannelUsage).where(ChannelUsage.channel_account_id == account.id, ChannelUsage.day >= first)
    ).scalars()
    days: dict[date, dict[str, float]] = {}
    price = prices()
    for row in rows:
        day = days.setdefault(row.day, {"requests": 0, "items": 0, "cost": 0.0})
        day["requests"] += row.requests
        day["items"] += row.items
        day["cost"] += row.items * price.get(row.kind, 0.0)
    return days


def channel_view(account: ChannelAccount) -> dict[str, Any]:
    """One account as the admin's channel page shows it (see ``inbox.web.channels_api``)."""
    today = local_day(account)
    first = today - timedelta(days=HISTORY_DAYS - 1)
    usage = _usage_by_day(account, first)
    history = []
    for offset in range(HISTORY_DAYS):
        day = first + timedelta(days=offset)
        used = usage.get(day, {"requests": 0, "items": 0, "cost": 0.0})
        history.append(
            {
                "day": day.isoformat(),
                "requests": int(used["requests"]),
                "items": int(used["items"]),
                "estimated_cost_usd": round(used["cost"], 3),
            }
        )
    budget = daily_budget(account)
    today_by_kind = dict.fromkeys(PRICES_USD, 0)
    for kind, requests in db.session.execute(
        select(ChannelUsage.kind, ChannelUsage.requests).where(
            ChannelUsage.channel_account_id == account.id, ChannelUsage.day == today
        )
    ).all():
        today_by_kind[kind] = requests
    return {
        "id": account.id,
        "kind": str(account.kind),
        "handle": account.handle,
        "disconnected": account.disconnected_at is not None,
        "fields": stored_fields(account),
        "reconnectable": reconnectable(account),
        "health": str(account.health),
        "health_detail": account.health_detail,
        "next_poll_at": account.next_poll_at.isoformat() if account.next_poll_at else None,
        "last_polled_at": account.last_polled_at.isoformat() if account.last_polled_at else None,
        "requests_today": history[-1]["requests"],
        "requests_today_by_kind": today_by_kind,
        "estimated_cost_today_usd": history[-1]["estimated_cost_usd"],
        "requests_last_7_days": sum(day["requests"] for day in history),
        "estimated_cost_last_7_days_usd": round(sum(day["estimated_cost_usd"] for day in history), 3),
        "usage_by_day": history,
        "budget": {
            "daily_requests": budget,
            "remaining_today": None if budget is None else max(0, budget - history[-1]["requests"]),
            "billed": account.kind == ChannelKind.X,
        },
        "warnings": dict((account.cursor or {}).get("pass_errors") or {}),
        "x_usage": x_usage(account),
    }


def channels_overview(office_id: int) -> list[dict[str, Any]]:
    """Every channel account of the office with health, next poll, usage and budget."""
    accounts = db.session.execute(
        select(ChannelAccount)
        .where(ChannelAccount.office_id == office_id)
        .order_by(ChannelAccount.kind, ChannelAccount.handle)
    ).scalars()
    return [channel_view(account) for account in accounts]
