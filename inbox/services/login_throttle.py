"""Slow down password guessing: failed logins are counted per e-mail address and per client.

Counts live in the database so that every web process sees them.
"""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import delete, func, select

from inbox.models import LoginAttempt, db, utcnow

WINDOW = timedelta(minutes=15)
MAX_FAILURES_PER_ACCOUNT = 5
MAX_FAILURES_PER_CLIENT = 30


def _keys(email: str, client: str) -> tuple[str, str]:
    return f"email:{email.strip().lower()}"[:400], f"client:{client}"[:400]


def login_blocked(email: str, client: str) -> bool:
    """Whether too many recent failures for this address or this client forbid another try."""
    account_key, client_key = _keys(email, client)
    since = utcnow() - WINDOW
    counts = dict(
        db.session.execute(
            select(LoginAttempt.key, func.count())
            .where(LoginAttempt.key.in_([account_key, client_key]), LoginAttempt.attempted_at >= since)
            .group_by(LoginAttempt.key)
        ).all()
    )
    too_many_for_account = counts.get(account_key, 0) >= MAX_FAILURES_PER_ACCOUNT
    return too_many_for_account or counts.get(client_key, 0) >= MAX_FAILURES_PER_CLIENT


def record_failed_login(email: str, client: str) -> None:
    """Count one failed login for the address and the client; forget failures older than the window."""
    now = utcnow()
    db.session.execute(delete(LoginAttempt).where(LoginAttempt.attempted_at < now - WINDOW))
    for key in _keys(email, client):
        db.session.add(LoginAttempt(key=key, attempted_at=now))
    db.session.commit()


def clear_failed_logins(email: str) -> None:
    """A correct password resets the count for that address."""
    account_key, _ = _keys(email, "")
    db.session.execute(delete(LoginAttempt).where(LoginAttempt.key == account_key))
    db.session.commit()
