"""Which open live connections have lost their right to the office's events.

A page joins the office's live events at connect time (see ``inbox.web.events``). Its
rights can end while it stays open: its user logs out (elsewhere, with the same cookie), is
deactivated or erased, its session grows older than the maximum, or an admin demotes the
user to viewer or removes them from the office. :func:`revoked_connections` tells which.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import select

from inbox.models import Membership, User, UserSession, db, utcnow
from inbox.models.office import VOTER_DETAIL_ROLES
from inbox.services.access.user_sessions import MAX_SESSION_AGE


@dataclass(frozen=True)
class LiveConnection:
    """Who an open connection was admitted as: the user, the office, and their session (its token's hash)."""

    user_id: int
    office_id: int
    session_hash: str


def revoked_connections(connections: Mapping[str, LiveConnection]) -> set[str]:
    """The keys of ``connections`` whose session ended or whose membership no longer sees voter details."""
    if not connections:
        return set()
    user_ids = {connection.user_id for connection in connections.values()}
    hashes = {connection.session_hash for connection in connections.values()}
    live_sessions = set(
        db.session.execute(
            select(UserSession.token_hash)
            .join(User, User.id == UserSession.user_id)
            .where(
                UserSession.token_hash.in_(hashes),
                User.is_active.is_(True),
                UserSession.created_at > utcnow() - MAX_SESSION_AGE,
            )
        ).scalars()
    )
    rows = db.session.execute(
        select(Membership.user_id, Membership.office_id).where(
            Membership.user_id.in_(user_ids), Membership.role.in_(VOTER_DETAIL_ROLES)
        )
    )
    allowed = {(user_id, office_id) for user_id, office_id in rows}
    return {
        key
        for key, connection in connections.items()
        if connection.session_hash not in live_sessions or (connection.user_id, connection.office_id) not in allowed
    }
