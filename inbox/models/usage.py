"""Requests made to a paid provider API, per account, office-local day and kind (X bills per use)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from inbox.models.base import Base, UTCDateTime, utcnow


class ChannelUsage(Base):
    """How many requests of one kind an account made on one day, and how many items they returned.

    ``kind`` is one of ``post_read``, ``dm_read``, ``post_create``, ``dm_create``; ``day`` is the
    date in the office's time zone.
    """

    __tablename__ = "channel_usage"
    __table_args__ = (UniqueConstraint("channel_account_id", "day", "kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    channel_account_id: Mapped[int] = mapped_column(ForeignKey("channel_account.id", ondelete="CASCADE"))
    day: Mapped[date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(24))
    requests: Mapped[int] = mapped_column(Integer, default=0)
    items: Mapped[int] = mapped_column(Integer, default=0)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
