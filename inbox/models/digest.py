"""The weekly digest: per-office schedule and recipients, and one delivery row per e-mail sent."""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from inbox.models.base import Base, JSONType, UTCDateTime, enum_column, utcnow
from inbox.models.message import Message


class DigestSettings(Base):
    """When and to whom an office's digest goes (defaults: Monday 07:30 Europe/Brussels, the politicians)."""

    __tablename__ = "digest_settings"

    id: Mapped[int] = mapped_column(primary_key=True)
    office_id: Mapped[int] = mapped_column(ForeignKey("office.id", ondelete="CASCADE"), unique=True)
    enabled: Mapped[bool] = mapped_column(Boolean, default=True)
    weekday: Mapped[int] = mapped_column(Integer, default=0)  # 0 = Monday … 6 = Sunday
    send_time: Mapped[str] = mapped_column(String(5), default="07:30")  # HH:MM in ``timezone``
    timezone: Mapped[str] = mapped_column(String(64), default="Europe/Brussels")
    include_politicians: Mapped[bool] = mapped_column(Boolean, default=True)
    # [{"email": "...", "language": "nl"}]: addresses the office adds beside its politicians
    extra_recipients: Mapped[list[dict[str, Any]]] = mapped_column(JSONType, default=list)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)


class DeliveryState(StrEnum):
    """pending → sending → sent; failed (retried with backoff until given up); not_sent (no SMTP)."""

    PENDING = "pending"
    SENDING = "sending"
    SENT = "sent"
    FAILED = "failed"
    NOT_SENT = "not_sent"


class DigestDelivery(Base):
    """One digest e-mail for one (office, recipient, week): the row is claimed before sending."""

    __tablename__ = "digest_delivery"
    __table_args__ = (
        UniqueConstraint("office_id", "recipient", "week_start"),
        Index("ix_digest_delivery_state_next", "state", "next_attempt_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    office_id: Mapped[int] = mapped_column(ForeignKey("office.id", ondelete="CASCADE"), index=True)
    recipient: Mapped[str] = mapped_column(String(320))
    language: Mapped[str] = mapped_column(String(8), default="nl")
    week_start: Mapped[date] = mapped_column(Date)
    state: Mapped[DeliveryState] = mapped_column(enum_column(DeliveryState), default=DeliveryState.PENDING)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str] = mapped_column(Text, default="")
    message_id: Mapped[str] = mapped_column(String(400), default="")
    next_attempt_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    claimed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


# The digest reads one office's messages per week: this index keeps that a range scan.
MESSAGE_WEEK_INDEX = Index("ix_message_office_direction_sent", Message.office_id, Message.direction, Message.sent_at)
