"""What the privacy work keeps: the erasure ledger, anonymous counts of erased messages, retention runs.

None of these tables holds personal data:

* ``privacy_erasure`` keeps, per erasure, keyed hashes (HMAC) of the erased voter's channel
  identities and the time, so an erasure can be applied again after a backup is restored;
* ``erased_count`` keeps per office and week how many voters and messages were erased, by
  topic, channel and campaign, so past weeks' figures stay what they were;
* ``retention_run`` records each retention run (at most one scheduled run per office and day).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import Date, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from inbox.models.base import Base, JSONType, UTCDateTime, utcnow


class ErasureLedger(Base):
    """One erasure of a voter (``kind`` "voter") or of a whole office ("office").

    ``office_id`` is a plain integer (no foreign key): the entry outlives the office.
    ``identity_hashes`` are hex HMAC-SHA256 digests, see :mod:`inbox.services.privacy.ledger`.
    """

    __tablename__ = "privacy_erasure"

    id: Mapped[int] = mapped_column(primary_key=True)
    office_id: Mapped[int] = mapped_column(Integer, index=True)
    kind: Mapped[str] = mapped_column(String(16), default="voter")
    identity_hashes: Mapped[list[str]] = mapped_column(JSONType, default=list)
    erased_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    reapplied_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class ErasedCount(Base):
    """Voters and messages of erased conversations, counted per office, week and dimension.

    ``week_start`` is the UTC instant the office's (digest) week starts. ``dimension`` is
    ``total``, ``topic`` (key: topic code, "" untagged), ``channel`` (key: channel kind) or
    ``campaign`` (key: campaign id). Voters of different rows never overlap with live
    voters, so the digest adds these numbers to what it counts from messages.
    """

    __tablename__ = "erased_count"
    __table_args__ = (UniqueConstraint("office_id", "week_start", "dimension", "key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    office_id: Mapped[int] = mapped_column(ForeignKey("office.id", ondelete="CASCADE"), index=True)
    week_start: Mapped[datetime] = mapped_column(UTCDateTime)
    dimension: Mapped[str] = mapped_column(String(16))
    key: Mapped[str] = mapped_column(String(64), default="")
    voters: Mapped[int] = mapped_column(Integer, default=0)
    messages: Mapped[int] = mapped_column(Integer, default=0)
    positive: Mapped[int] = mapped_column(Integer, default=0)
    neutral: Mapped[int] = mapped_column(Integer, default=0)
    negative: Mapped[int] = mapped_column(Integer, default=0)


class RetentionRun(Base):
    """One retention run of an office: what it found (or removed) and when.

    ``scheduled_on`` is the office-local date of a scheduled run and NULL for a run started
    by hand; the unique constraint makes the daily job run at most once per office and day.
    """

    __tablename__ = "retention_run"
    __table_args__ = (UniqueConstraint("office_id", "scheduled_on"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    office_id: Mapped[int] = mapped_column(ForeignKey("office.id", ondelete="CASCADE"), index=True)
    scheduled_on: Mapped[date | None] = mapped_column(Date)
    cutoff: Mapped[datetime] = mapped_column(UTCDateTime)
    started_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    counts: Mapped[dict[str, Any]] = mapped_column(JSONType, default=dict)
