"""Polling channel accounts: when each is due, and one poll with its health bookkeeping."""

from __future__ import annotations

import logging
from datetime import timedelta

from flask import current_app
from sqlalchemy import or_, select, update

from inbox.ingest.base import ChannelError
from inbox.ingest.registry import INGESTORS, ingestor_for
from inbox.live.events import publish
from inbox.models import AccountHealth, ChannelAccount, db, utcnow
from inbox.services.contacts.profile_names import LOOKUP_KINDS, fetch_missing_names
from inbox.services.intake.store import StoreResult, store_incoming

log = logging.getLogger(__name__)

MAX_BACKOFF_SECONDS = 3600.0


def _poll_seconds() -> float:
    return float(current_app.extensions["dialoog.settings"].poll_seconds)


def claim_due_accounts(limit: int = 100) -> list[int]:
    """Accounts whose next poll is due, each claimed so that no other scheduler enqueues it too."""
    now = utcnow()
    lease = now + timedelta(seconds=max(_poll_seconds(), 30.0))
    due = (
        db.session.execute(
            select(ChannelAccount.id)
            .where(
                ChannelAccount.kind.in_(list(INGESTORS)),  # the web form is pushed to us, never polled
                ChannelAccount.disconnected_at.is_(None),
                or_(ChannelAccount.next_poll_at.is_(None), ChannelAccount.next_poll_at <= now),
            )
            .order_by(ChannelAccount.next_poll_at)
            .limit(limit)
        )
        .scalars()
        .all()
    )
    claimed = []
    for account_id in due:
        outcome = db.session.execute(
            update(ChannelAccount)
            .where(
                ChannelAccount.id == account_id,
                or_(ChannelAccount.next_poll_at.is_(None), ChannelAccount.next_poll_at <= now),
            )
            .values(next_poll_at=lease)
        )
        if outcome.rowcount == 1:
            claimed.append(account_id)
    db.session.commit()
    return claimed


def _backoff_seconds(failures: int) -> float:
    return min(_poll_seconds() * (2 ** min(failures, 12)), MAX_BACKOFF_SECONDS)


def _record_failure(account: ChannelAccount, error: ChannelError) -> None:
    account.consecutive_failures += 1
    account.health = error.health
    account.health_detail = error.detail
    account.last_polled_at = utcnow()
    account.next_poll_at = error.retry_at or utcnow() + timedelta(
        seconds=_backoff_seconds(account.consecutive_failures)
    )
    log.warning(
        "poll of %s account %s failed (%s): %s; next try %s",
        account.kind,
        account.handle,
        error.health,
        error.detail,
        account.next_poll_at.isoformat(),
    )
    office_id, payload = account.office_id, account_health_view(account)
    db.session.commit()
    publish(office_id, "account.health", payload)


def account_health_view(account: ChannelAccount) -> dict[str, object]:
    """What the admin sees about an account's health."""
    return {
        "id": account.id,
        "kind": str(account.kind),
        "handle": account.handle,
        "health": str(account.health),
        "detail": account.health_detail,
        "next_poll_at": account.next_poll_at.isoformat() if account.next_poll_at else None,
    }


def poll_account(account_id: int) -> StoreResult | None:
    """Fetch new messages for one account and store them; on provider trouble, back off.

    Returns what was stored, or None when the provider failed (the account's health and
    next poll time say why and when).
    """
    account = db.session.get(ChannelAccount, account_id)
    if account is None:
        return None
    try:
        fetched = ingestor_for(account).fetch(account)
    except ChannelError as error:
        _record_failure(account, error)
        return None
    was_unhealthy = account.health != AccountHealth.OK
    account.health = AccountHealth.OK
    account.health_detail = ""
    account.consecutive_failures = 0
    account.last_polled_at = utcnow()
    floor = utcnow() + timedelta(seconds=float((account.settings or {}).get("poll_seconds") or _poll_seconds()))
    planned = max(floor, fetched.next_poll_at or floor)
    account.next_poll_at = planned
    office_id = account.office_id
    result = store_incoming(account_id, fetched.messages, cursor=fetched.cursor)
    # while this poll was still indexing and publishing, a scheduler may have claimed the account
    # again (a lease) for a job that then found this poll's lock and was skipped: keep the plan
    db.session.execute(
        update(ChannelAccount)
        .where(ChannelAccount.id == account_id, ChannelAccount.next_poll_at > planned)
        .values(next_poll_at=planned)
    )
    db.session.commit()
    if was_unhealthy:
        publish(office_id, "account.health", account_health_view(db.session.get(ChannelAccount, account_id)))
    if account.kind in LOOKUP_KINDS:
        _fetch_missing_names(account_id)
    return result


def _fetch_missing_names(account_id: int) -> None:
    """Voters' names from the provider's profile API, after the messages are safely stored."""
    try:
        fetch_missing_names(account_id)
    except Exception:  # a name is a nicety: it never fails a poll
        db.session.rollback()
        log.exception("looking up voters' names of account %s failed", account_id)
