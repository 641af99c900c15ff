"""Signed-in sessions kept on the server: started at login, checked on every request, ended at logout.

A session lives until its user logs out, is deactivated or erased, or at most
``MAX_SESSION_AGE`` after login (the cookie's own idle limit of 8 hours still applies).
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import datetime, timedelta

from sqlalchemy import delete, select

from inbox.models import User, UserSession, db, utcnow

MAX_SESSION_AGE = timedelta(days=30)
SESSION_TOKEN = "sid"  # the key of the token in the (signed) session cookie


def token_hash(token: str) -> str:
    """What the server keeps of a session token (the token itself is only in the cookie)."""
    return hashlib.sha256(token.encode()).hexdigest()


def start_session(user: User) -> str:
    """Record a new session of ``user``; returns the token to keep in the cookie."""
    token = secrets.token_urlsafe(32)
    db.session.add(UserSession(user_id=user.id, token_hash=token_hash(token)))
    db.session.commit()
    return token


def signed_in_user(user_id: str | int, token: object) -> User | None:
    """The active user whose live session ``token`` is, or None (ended, expired, someone else's)."""
    if not isinstance(token, str) or not token:
        return None
    try:
        user_id = int(user_id)
    except (TypeError, ValueError):
        return None
    query = (
        select(User)
        .join(UserSession, UserSession.user_id == User.id)
        .where(
            UserSession.token_hash == token_hash(token),
            User.id == user_id,
            User.is_active.is_(True),
            UserSession.created_at > utcnow() - MAX_SESSION_AGE,
        )
    )
    return db.session.execute(query).scalar_one_or_none()


def end_session(token: object) -> None:
    """Forget the session ``token`` (a copied cookie of it no longer signs anyone in)."""
    if isinstance(token, str) and token:
        db.session.execute(delete(UserSession).where(UserSession.token_hash == token_hash(token)))
        db.session.commit()


def end_other_sessions(user_id: int, keep: object = None) -> None:
    """End every session of the user except the one of token ``keep`` (after a password change or reset).

    The caller commits.
    """
    query = delete(UserSession).where(UserSession.user_id == user_id)
    if isinstance(keep, str) and keep:
        query = query.where(UserSession.token_hash != token_hash(keep))
    db.session.execute(query)


def purge_expired_sessions(now: datetime | None = None) -> int:
    """Delete session records older than ``MAX_SESSION_AGE`` (housekeeping); returns how many."""
    cutoff = (now or utcnow()) - MAX_SESSION_AGE
    result = db.session.execute(delete(UserSession).where(UserSession.created_at <= cutoff))
    db.session.commit()
    return int(result.rowcount or 0)
