"""Offices, users and roles."""

from __future__ import annotations

from sqlalchemy import func, select

from inbox.models import Membership, Office, Role, User, db
from inbox.services.access.passwords import hash_password, needs_rehash, verify_dummy, verify_password
from inbox.services.audit.trail import record_audit

MIN_PASSWORD_LENGTH = 8


def create_office(name: str, *, language: str = "nl", timezone: str = "Europe/Brussels") -> Office:
    """Create an office and commit it."""
    office = Office(name=name.strip(), language=language, timezone=timezone)
    db.session.add(office)
    db.session.flush()
    record_audit(office.id, None, "office.created", "office", office.id, {"name": office.name})
    db.session.commit()
    return office


def find_office(name: str) -> Office | None:
    """The office with this exact name, if any."""
    return db.session.execute(select(Office).where(Office.name == name)).scalars().first()


def create_user(
    office_id: int,
    email: str,
    name: str,
    password: str,
    role: Role,
    *,
    language: str = "nl",
    must_change_password: bool = False,
) -> User:
    """Create a user with a role in one office (or add the role if the e-mail exists).

    For the operator (``create-user``), set-ups and tests only: an office admin invites people
    instead (:mod:`inbox.services.access.invitations`). ``must_change_password``: the password was
    chosen by someone else, so the first login asks for a new one.
    """
    address = email.strip().lower()
    if "@" not in address:
        raise ValueError(f"{email!r} is not an e-mail address.")
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValueError(f"The password needs at least {MIN_PASSWORD_LENGTH} characters.")
    user = find_user(address)
    if user is None:
        user = User(
            email=address,
            name=name.strip(),
            password_hash=hash_password(password),
            language=language,
            must_change_password=must_change_password,
        )
        db.session.add(user)
        db.session.flush()
    elif _membership(office_id, user.id) is not None:
        raise ValueError(f"{address} is already a member of this office.")
    db.session.add(Membership(office_id=office_id, user_id=user.id, role=role))
    record_audit(office_id, None, "user.added", "user", user.id, {"role": str(role), "email": address})
    db.session.commit()
    return user


def find_user(email: str) -> User | None:
    """The user with this e-mail address (any case), if any."""
    return db.session.execute(select(User).where(func.lower(User.email) == email.strip().lower())).scalar_one_or_none()


def _membership(office_id: int, user_id: int) -> Membership | None:
    return db.session.execute(
        select(Membership).where(Membership.office_id == office_id, Membership.user_id == user_id)
    ).scalar_one_or_none()


def authenticate(email: str, password: str) -> User | None:
    """The active user with this e-mail address and password, or None.

    An unknown or deactivated address costs the same password verification as a wrong password,
    so that the answer's time does not tell which addresses have an account.
    """
    user = find_user(email)
    if user is None or not user.is_active:
        verify_dummy(password)
        return None
    if not verify_password(user.password_hash, password):
        return None
    if needs_rehash(user.password_hash):
        user.password_hash = hash_password(password)
        db.session.commit()
    return user


def change_role(office_id: int, actor: User, user_id: int, role: Role) -> Membership:
    """Give a member another role in the office; the office always keeps one admin."""
    membership = db.session.execute(
        select(Membership).where(Membership.office_id == office_id, Membership.user_id == user_id)
    ).scalar_one_or_none()
    if membership is None:
        raise LookupError("That person is not a member of this office.")
    if membership.role == Role.ADMIN and role != Role.ADMIN and _admin_count(office_id) == 1:
        raise ValueError("The office needs at least one admin: make someone else admin first.")
    record_audit(
        office_id, actor.id, "user.role_changed", "user", user_id, {"from": str(membership.role), "to": str(role)}
    )
    membership.role = role
    db.session.commit()
    return membership


def remove_member(office_id: int, actor: User, user_id: int) -> None:
    """Take a person out of the office (their past actions stay attributed in the audit trail)."""
    membership = db.session.execute(
        select(Membership).where(Membership.office_id == office_id, Membership.user_id == user_id)
    ).scalar_one_or_none()
    if membership is None:
        raise LookupError("That person is not a member of this office.")
    if membership.role == Role.ADMIN and _admin_count(office_id) == 1:
        raise ValueError("The office needs at least one admin: make someone else admin first.")
    db.session.delete(membership)
    record_audit(office_id, actor.id, "user.removed", "user", user_id)
    db.session.commit()


def set_approval_rule(office_id: int, actor: User, require_approval: bool) -> Office:
    """Turn on or off: replies by staff wait for the politician's approval."""
    office = db.session.get(Office, office_id)
    if office is None:
        raise LookupError("No such office.")
    office.require_approval = require_approval
    record_audit(
        office_id, actor.id, "office.approval_rule", "office", office_id, {"require_approval": require_approval}
    )
    db.session.commit()
    return office


def _admin_count(office_id: int) -> int:
    return db.session.execute(
        select(func.count())
        .select_from(Membership)
        .where(Membership.office_id == office_id, Membership.role == Role.ADMIN)
    ).scalar_one()


def set_interface_language(user: User, language: str) -> None:
    """Remember the language a user wants the inbox in."""
    user.language = language
    db.session.commit()


def record_session_event(user: User, action: str, office_id: int | None, client: str = "") -> None:
    """Audit a login or logout in the one office the user is working in (None: an operator without one).

    Only that office's admins see it on /audit: being a member of another office (or having
    been added to one) shows that office nothing about when and from where the user signs in.
    """
    record_audit(office_id, user.id, action, "user", user.id, {"client": client} if client else {})
    db.session.commit()
