"""Who belongs to an office, for assignment, @mentions and placeholders."""

from __future__ import annotations

from sqlalchemy import select

from inbox.models import Membership, Office, Role, User, db
from inbox.models.office import VOTER_DETAIL_ROLES


def office_members(office_id: int, *, include_viewers: bool = False) -> list[tuple[User, Role]]:
    """Active users of the office with their role, by name.

    Viewers (aggregates only) are left out unless ``include_viewers``: they cannot be
    assigned a conversation or @mentioned in a note, which would show them voter details.
    """
    query = (
        select(User, Membership.role)
        .join(Membership, Membership.user_id == User.id)
        .where(Membership.office_id == office_id, User.is_active.is_(True))
        .order_by(User.name)
    )
    if not include_viewers:
        query = query.where(Membership.role.in_(VOTER_DETAIL_ROLES))
    rows = db.session.execute(query).all()
    return [(user, role) for user, role in rows]


def member_role(office_id: int, user_id: int) -> Role | None:
    """The user's role in the office, or None when they are not a member."""
    return db.session.execute(
        select(Membership.role).where(Membership.office_id == office_id, Membership.user_id == user_id)
    ).scalar_one_or_none()


def politician_name(office_id: int) -> str:
    """The name replies are signed with: the office's (first) politician, else the office name."""
    for user, role in office_members(office_id):
        if role == Role.POLITICIAN:
            return user.name

    office = db.session.get(Office, office_id)
    return office.name if office else ""
