"""Offices, users and roles."""

from __future__ import annotations

from sqlalchemy import func, select
from werkzeug.security import check_password_hash, generate_password_hash

from inbox.models import Membership, Office, Role, User, db
from inbox.services.audit import record_audit

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


def create_user(office_id: int, email: str, name: str, password: str, role: Role, *, language: str = "nl") -> User:
    """Create a user with a role in one office (or add the role if the e-mail exists)."""
    address = email.strip().lower()
    if "@" not in address:
        raise ValueError(f"{email!r} is not an e-mail address.")
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValueError(f"The password needs at least {MIN_PASSWORD_LENGTH} characters.")
    user = db.session.execute(select(User).where(func.lower(User.email) == address)).scalar_one_or_none()
    if user is None:
        user = User(email=address, name=name.strip(), password_hash=generate_password_hash(password), language=language)
        db.session.add(user)
        db.session.flush()
    db.session.add(Membership(office_id=office_id, user_id=user.id, role=role))
    record_audit(office_id, None, "user.added", "user", user.id, {"role": str(role), "email": address})
    db.session.commit()
    return user


def authenticate(email: str, password: str) -> User | None:
    """The active user with this e-mail address and password, or None."""
    user = db.session.execute(select(User).where(func.lower(User.email) == email.strip().lower())).scalar_one_or_none()
    if user is None or not user.is_active or not check_password_hash(user.password_hash, password):
        return None
    return user
