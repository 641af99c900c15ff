"""Slow down password guessing without locking anyone out of their own account.

Failed logins are counted per (address, client) pair and per client. After a few free
failures each further try of that pair waits longer (30 s, 1 min, 2 min… up to 15 min), and
a client that fails on many addresses waits too. The address itself is never locked: the
owner signing in from another client is not slowed by someone guessing from elsewhere.
Counts live in the database so that every web process sees them.
"""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta

from sqlalchemy import delete, func, select

from inbox.models import LoginAttempt, db, utcnow

WINDOW = timedelta(hours=1)  # failures older than this are forgotten
FREE_FAILURES_PER_PAIR = 5
PAIR_FIRST_WAIT = timedelta(seconds=30)
PAIR_MAX_WAIT = timedelta(minutes=15)
FREE_FAILURES_PER_CLIENT = 30  # an office behind one address has many people
CLIENT_FIRST_WAIT = timedelta(minutes=1)
CLIENT_MAX_WAIT = timedelta(hours=1)


def _pair_key(email: str, client: str) -> str:
    digest = hashlib.sha256(f"{email.strip().lower()}\n{client}".encode()).hexdigest()
    return f"pair:{digest}"


def _client_key(client: str) -> str:
    return f"client:{client}"[:400]


def _wait(failures: int, free: int, first: timedelta, most: timedelta) -> timedelta:
    if failures < free:
        return timedelta(0)
    return min(first * (2 ** min(failures - free, 20)), most)


def login_wait(email: str, client: str, now: datetime | None = None) -> timedelta:
    """How long this client must wait before trying this address again (zero: go ahead)."""
    now = now or utcnow()
    pair, client_key = _pair_key(email, client), _client_key(client)
    rows = db.session.execute(
        select(LoginAttempt.key, func.count(), func.max(LoginAttempt.attempted_at))
        .where(LoginAttempt.key.in_([pair, client_key]), LoginAttempt.attempted_at >= now - WINDOW)
        .group_by(LoginAttempt.key)
    ).all()
    waits = [timedelta(0)]
    for key, failures, last in rows:
        if key == pair:
            wait = _wait(failures, FREE_FAILURES_PER_PAIR, PAIR_FIRST_WAIT, PAIR_MAX_WAIT)
        else:
            wait = _wait(failures, FREE_FAILURES_PER_CLIENT, CLIENT_FIRST_WAIT, CLIENT_MAX_WAIT)
        waits.append(last + wait - now)
    return max(waits)


def record_failed_login(email: str, client: str) -> None:
    """Count one failed login for the (address, client) pair and the client; forget old failures."""
    now = utcnow()
    db.session.execute(delete(LoginAttempt).where(LoginAttempt.attempted_at < now - WINDOW))
    for key in (_pair_key(email, client), _client_key(client)):
        db.session.add(LoginAttempt(key=key, attempted_at=now))
    db.session.commit()


def clear_failed_logins(email: str, client: str) -> None:
    """A correct password resets the count of that address from that client."""
    db.session.execute(delete(LoginAttempt).where(LoginAttempt.key == _pair_key(email, client)))
    db.session.commit()
