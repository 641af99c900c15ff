"""Who is asking, and for which office: shared by pages, API and Socket.IO handlers."""

from __future__ import annotations

from flask import abort, session
from flask_login import current_user
from sqlalchemy import select

from inbox.models import Membership, Role, db


def current_membership() -> Membership | None:
    """The logged-in user's membership in the office they are working in."""
    if not current_user.is_authenticated:
        return None
    memberships = (
        db.session.execute(select(Membership).where(Membership.user_id == current_user.id).order_by(Membership.id))
        .scalars()
        .all()
    )
    chosen = session.get("office_id")
    for membership in memberships:
        if membership.office_id == chosen:
            return membership
    return memberships[0] if memberships else None


def require_office(*roles: Role) -> Membership:
    """The current membership, or 403 when the user has none (or not one of ``roles``)."""
    membership = current_membership()
    if membership is None or (roles and membership.role not in roles):
        abort(403)
    return membership
