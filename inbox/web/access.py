"""Who is asking, and for which office: shared by pages, API and Socket.IO handlers.

Least privilege by default: :func:`require_office` without roles admits only the roles
that work with voters' messages (admin, politician, staff). A route that a viewer may use
(aggregates only: the digest and the dashboard, their own account) says so explicitly
with :func:`require_member`.
"""

from __future__ import annotations

from flask import abort, session, url_for
from flask_login import current_user
from sqlalchemy import select

from inbox.models import Membership, Role, db
from inbox.models.office import VOTER_DETAIL_ROLES

# Every role, viewers included: for routes that show no voter details.
ANY_ROLE: tuple[Role, ...] = tuple(Role)


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
    """The current membership, or 403 when the user has none or a role not in ``roles``.

    Without ``roles`` only the voter-detail roles (admin, politician, staff) pass: viewers
    are refused. Routes that a viewer may use call :func:`require_member` instead.
    """
    allowed = roles or VOTER_DETAIL_ROLES
    membership = current_membership()
    if membership is None or membership.role not in allowed:
        abort(403)
    return membership


def require_member() -> Membership:
    """The current membership in any role, viewers included (for routes without voter details)."""
    return require_office(*ANY_ROLE)


def sees_voter_details(membership: Membership) -> bool:
    """Whether the member may see voters' messages, names and quotes."""
    return Role(membership.role).sees_voter_details


def landing_url() -> str:
    """Where a user goes after login: the inbox, or the dashboard for a viewer."""
    membership = current_membership()
    if membership is not None and not sees_voter_details(membership):
        return url_for("digest_pages.dashboard", office_id=membership.office_id)
    return url_for("pages.inbox")
