"""Channel accounts: an office's presence on X, e-mail, Mastodon and so on."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import ForeignKey, Index, Integer, String, Text, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column

from inbox.models.base import Base, EncryptedJSON, JSONType, UTCDateTime, enum_column, utcnow


class ChannelKind(StrEnum):
    """The channels Dialoog can ingest from and answer on."""

    X = "x"
    FACEBOOK = "facebook"
    INSTAGRAM = "instagram"
    EMAIL = "email"
    WEBFORM = "webform"
    MASTODON = "mastodon"
    BLUESKY = "bluesky"


class AccountHealth(StrEnum):
    """Whether polling and sending on an account work, as the admin sees it."""

    OK = "ok"
    RATE_LIMITED = "rate_limited"
    UNAUTHORIZED = "unauthorized"
    FORBIDDEN = "forbidden"
    PROVIDER_ERROR = "provider_error"
    MISCONFIGURED = "misconfigured"


# Webhooks are routed by these kinds' provider ids, so one provider account is connected at
# most once across all offices (disconnected accounts keep their id for their conversations).
ROUTED_BY_ID_CONDITION = (
    "disconnected_at IS NULL AND external_id IS NOT NULL AND kind IN ('x', 'facebook', 'instagram')"
)


class ChannelAccount(Base):
    """One connected account; credentials are encrypted at rest."""

    __tablename__ = "channel_account"
    __table_args__ = (
        UniqueConstraint("office_id", "kind", "handle"),
        Index(
            "uq_channel_account_connected_external_id",
            "kind",
            "external_id",
            unique=True,
            postgresql_where=text(ROUTED_BY_ID_CONDITION),
            sqlite_where=text(ROUTED_BY_ID_CONDITION),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    office_id: Mapped[int] = mapped_column(ForeignKey("office.id", ondelete="CASCADE"), index=True)
    kind: Mapped[ChannelKind] = mapped_column(enum_column(ChannelKind))
    handle: Mapped[str] = mapped_column(String(320))
    external_id: Mapped[str | None] = mapped_column(String(128))
    credentials: Mapped[dict[str, Any]] = mapped_column(EncryptedJSON, default=dict)
    settings: Mapped[dict[str, Any]] = mapped_column(JSONType, default=dict)
    cursor: Mapped[dict[str, Any]] = mapped_column(JSONType, default=dict)
    health: Mapped[AccountHealth] = mapped_column(enum_column(AccountHealth), default=AccountHealth.OK)
    health_detail: Mapped[str] = mapped_column(Text, default="")
    consecutive_failures: Mapped[int] = mapped_column(Integer, default=0)
    next_poll_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_polled_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    disconnected_at: Mapped[datetime | None] = mapped_column(UTCDateTime)  # kept for its conversations
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
