"""The website contact form: per-office settings and the log of recent posts (for throttling)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from inbox.models.base import Base, JSONType, UTCDateTime, utcnow


class ContactFormSettings(Base):
    """An office's form: its public key (used in the embed code) and its consent texts per language.

    ``consent_texts`` maps a language code to the office's own text; languages missing
    there use the default text. ``consent_version`` goes up with every change.
    """

    __tablename__ = "contact_form_settings"

    id: Mapped[int] = mapped_column(primary_key=True)
    office_id: Mapped[int] = mapped_column(ForeignKey("office.id", ondelete="CASCADE"), unique=True)
    form_key: Mapped[str] = mapped_column(String(64), unique=True)
    consent_texts: Mapped[dict[str, Any]] = mapped_column(JSONType, default=dict)
    consent_version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class FormPost(Base):
    """One recent post of a form, kept for a day to throttle by client address and e-mail."""

    __tablename__ = "contact_form_post"
    __table_args__ = (
        Index("ix_contact_form_post_ip_time", "client_ip", "created_at"),
        Index("ix_contact_form_post_email_time", "email", "created_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    office_id: Mapped[int] = mapped_column(ForeignKey("office.id", ondelete="CASCADE"), index=True)
    client_ip: Mapped[str] = mapped_column(String(64))
    email: Mapped[str] = mapped_column(String(320), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
