"""Contacts (voters) and their identities on each channel."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from inbox.models.base import Base, UTCDateTime, enum_column, utcnow
from inbox.models.channel import ChannelKind


class Contact(Base):
    """A voter, as known to one office; gathers identities across channels."""

    __tablename__ = "contact"

    id: Mapped[int] = mapped_column(primary_key=True)
    office_id: Mapped[int] = mapped_column(ForeignKey("office.id", ondelete="CASCADE"), index=True)
    display_name: Mapped[str] = mapped_column(String(200))
    email: Mapped[str | None] = mapped_column(String(320), index=True)  # migration 0006
    postcode: Mapped[str | None] = mapped_column(String(16))  # migration 0006
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    last_contact_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    identities: Mapped[list[ContactIdentity]] = relationship(back_populates="contact")


class ContactIdentity(Base):
    """A voter's account on one channel (an X user id, an e-mail address…)."""

    __tablename__ = "contact_identity"
    __table_args__ = (UniqueConstraint("office_id", "channel_kind", "external_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    office_id: Mapped[int] = mapped_column(ForeignKey("office.id", ondelete="CASCADE"), index=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contact.id", ondelete="CASCADE"), index=True)
    channel_kind: Mapped[ChannelKind] = mapped_column(enum_column(ChannelKind))
    external_id: Mapped[str] = mapped_column(String(320))
    handle: Mapped[str] = mapped_column(String(320), default="")
    display_name: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # migration 0023: the provider's profile lookup of a nameless voter (services/contacts/profile_names)
    name_lookup_after: Mapped[datetime | None] = mapped_column(UTCDateTime)
    name_lookup_attempts: Mapped[int] = mapped_column(Integer, default=0, server_default="0")

    contact: Mapped[Contact] = relationship(back_populates="identities")
