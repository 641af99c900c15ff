"""Login attempts, kept to slow down password guessing across all web processes."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index, String
from sqlalchemy.orm import Mapped, mapped_column

from inbox.models.base import Base, UTCDateTime, utcnow


class LoginAttempt(Base):
    """One failed login, by e-mail address and by client address."""

    __tablename__ = "login_attempt"
    __table_args__ = (Index("ix_login_attempt_key_time", "key", "attempted_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(400))
    attempted_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
