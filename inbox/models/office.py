"""Offices, users and their roles per office."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import Boolean, ForeignKey, Integer, String, UniqueConstraint, false, true
from sqlalchemy.orm import Mapped, mapped_column, relationship

from inbox.models.base import Base, UTCDateTime, enum_column, utcnow


class Role(StrEnum):
    """What a user may do in an office."""

    ADMIN = "admin"
    POLITICIAN = "politician"
    STAFF = "staff"
    VIEWER = "viewer"  # aggregates only (the digest and dashboard): never a voter's messages or details

    @property
    def sees_voter_details(self) -> bool:
        """Whether this role may read voters' messages, names and contact details."""
        return self in VOTER_DETAIL_ROLES


# The roles that work with voters' messages; everything that shows voter data needs one of them.
VOTER_DETAIL_ROLES: tuple[Role, ...] = (Role.ADMIN, Role.POLITICIAN, Role.STAFF)


class Office(Base):
    """A politician's office: the unit that owns channels, voters and conversations."""

    __tablename__ = "office"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    timezone: Mapped[str] = mapped_column(String(64), default="Europe/Brussels")
    language: Mapped[str] = mapped_column(String(8), default="nl")
    require_approval: Mapped[bool] = mapped_column(Boolean, default=True)
    # months after a voter's last message before retention deletes them (migration 0012)
    retention_months: Mapped[int] = mapped_column(Integer, default=24, server_default="24")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    memberships: Mapped[list[Membership]] = relationship(back_populates="office", cascade="all, delete-orphan")


class User(Base):
    """A person who logs in to the inbox."""

    __tablename__ = "user_account"

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(320), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    password_hash: Mapped[str] = mapped_column(String(256))
    language: Mapped[str] = mapped_column(String(8), default="nl")
    is_active: Mapped[bool] = mapped_column(Boolean, default=True)
    # set when someone else chose the password (the operator's create-user): the next login asks for a new one
    must_change_password: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # staff wellbeing (issue 17, migration 0024): abuse blurred until clicked; each person may turn it off
    blur_abuse: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    memberships: Mapped[list[Membership]] = relationship(back_populates="user", cascade="all, delete-orphan")

    # Flask-Login's user protocol
    @property
    def is_authenticated(self) -> bool:
        """Every loaded user is authenticated (anonymous users are a different class)."""
        return True

    @property
    def is_anonymous(self) -> bool:
        """A real user is never anonymous."""
        return False

    def get_id(self) -> str:
        """The id Flask-Login keeps in the session."""
        return str(self.id)


class Membership(Base):
    """A user's role in one office."""

    __tablename__ = "membership"
    __table_args__ = (UniqueConstraint("office_id", "user_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    office_id: Mapped[int] = mapped_column(ForeignKey("office.id", ondelete="CASCADE"), index=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("user_account.id", ondelete="CASCADE"), index=True)
    role: Mapped[Role] = mapped_column(enum_column(Role))

    office: Mapped[Office] = relationship(back_populates="memberships")
    user: Mapped[User] = relationship(back_populates="memberships")
