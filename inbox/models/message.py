"""Messages (in and out) and the triage results attached to them."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, ForeignKey, Index, String, Text, UniqueConstraint, case, literal
from sqlalchemy.orm import Mapped, mapped_column, relationship

from inbox.models.base import Base, JSONType, UTCDateTime, enum_column, utcnow
from inbox.models.contact import ContactIdentity


class Direction(StrEnum):
    """Whether a voter wrote the message or the office did."""

    INBOUND = "in"
    OUTBOUND = "out"


class TriageState(StrEnum):
    """Progress of a message through triage."""

    PENDING = "pending"
    DONE = "done"
    FAILED = "failed"
    SKIPPED = "skipped"


class Message(Base):
    """One message; unique per (channel account, external id) so re-deliveries are no-ops."""

    __tablename__ = "message"
    __table_args__ = (
        UniqueConstraint("channel_account_id", "external_id"),
        Index("ix_message_conversation_sent", "conversation_id", "sent_at"),
        Index("ix_message_triage_state", "triage_state", "received_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    office_id: Mapped[int] = mapped_column(ForeignKey("office.id", ondelete="CASCADE"), index=True)
    conversation_id: Mapped[int] = mapped_column(ForeignKey("conversation.id", ondelete="CASCADE"))
    channel_account_id: Mapped[int] = mapped_column(ForeignKey("channel_account.id", ondelete="CASCADE"))
    direction: Mapped[Direction] = mapped_column(enum_column(Direction, length=4))
    external_id: Mapped[str] = mapped_column(String(512))
    in_reply_to_external_id: Mapped[str | None] = mapped_column(String(512))
    author_identity_id: Mapped[int | None] = mapped_column(ForeignKey("contact_identity.id", ondelete="SET NULL"))
    author_user_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id", ondelete="SET NULL"))
    text: Mapped[str] = mapped_column(Text)
    html: Mapped[str | None] = mapped_column(Text)
    raw: Mapped[dict[str, Any]] = mapped_column(JSONType, default=dict)
    sent_at: Mapped[datetime] = mapped_column(UTCDateTime)
    received_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    triage_state: Mapped[TriageState] = mapped_column(enum_column(TriageState), default=TriageState.PENDING)
    triage_attempts: Mapped[int] = mapped_column(default=0)
    triage_error: Mapped[str] = mapped_column(Text, default="")
    triage_retry_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # 2: may be a threat (lexical pre-check), 1: a new message; triage takes higher, then newer, first
    triage_priority: Mapped[int] = mapped_column(default=1, server_default="1")
    hidden_at: Mapped[datetime | None] = mapped_column(UTCDateTime)  # comment hidden on the channel by staff
    removed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)  # the voter deleted it on the channel
    withdrawn_at: Mapped[datetime | None] = mapped_column(UTCDateTime)  # unsent by the voter: text and media gone

    author_identity: Mapped[ContactIdentity | None] = relationship()
    triage: Mapped[TriageResult | None] = relationship(back_populates="message", uselist=False)
    media: Mapped[list[MessageMedia]] = relationship(
        order_by="MessageMedia.position", cascade="all, delete-orphan", passive_deletes=True
    )


# What the triage worker claims first (inbox.services.intake.triage_order; migration 0022): the
# messages still waiting, by priority and then newest.
Index(
    "ix_message_triage_waiting",
    Message.triage_priority,
    Message.id,
    postgresql_where=Message.triage_state == TriageState.PENDING,
    sqlite_where=Message.triage_state == TriageState.PENDING,
)


class MessageMedia(Base):
    """One image, video, audio clip, GIF or file a voter sent with a message, on any channel.

    Kept as the provider describes it: ``url`` (may expire, as Meta's CDN links do) and/or
    ``provider_id``, ``mime_type`` and the ``alt_text`` the voter wrote; never downloaded.
    """

    __tablename__ = "message_media"
    __table_args__ = (UniqueConstraint("message_id", "position", name="uq_message_media_position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    message_id: Mapped[int] = mapped_column(ForeignKey("message.id", ondelete="CASCADE"))
    position: Mapped[int]
    kind: Mapped[str] = mapped_column(String(16))
    url: Mapped[str] = mapped_column(Text, default="")
    provider_id: Mapped[str] = mapped_column(String(512), default="")
    mime_type: Mapped[str] = mapped_column(String(127), default="")
    alt_text: Mapped[str] = mapped_column(Text, default="")
    preview_url: Mapped[str] = mapped_column(Text, default="")


class TriageResult(Base):
    """Tags for one message and the versions of the models that produced them.

    Tags a person corrected are listed in ``corrected``; re-triage keeps those.
    """

    __tablename__ = "triage_result"

    id: Mapped[int] = mapped_column(primary_key=True)
    message_id: Mapped[int] = mapped_column(ForeignKey("message.id", ondelete="CASCADE"), unique=True)
    language: Mapped[str | None] = mapped_column(String(8), index=True)
    language_confidence: Mapped[float | None]
    topic: Mapped[str | None] = mapped_column(String(64), index=True)
    topics: Mapped[list[dict[str, Any]]] = mapped_column(JSONType, default=list)
    # issue 16: the top topic scored under its calibrated threshold (NULL: unknown, triaged before 0021)
    topic_uncertain: Mapped[bool | None]
    # a second topic, set only when it is as clear as a top topic (inbox.triage.pipeline.topic_second)
    topic_second: Mapped[str | None] = mapped_column(String(64))
    sentiment: Mapped[str | None] = mapped_column(String(16), index=True)
    sentiment_score: Mapped[float | None]
    toxic: Mapped[bool | None] = mapped_column(index=True)
    toxicity_score: Mapped[float | None]
    threat: Mapped[bool | None] = mapped_column(index=True)  # safety issue 17: escalated, never auto-hidden
    threat_score: Mapped[float | None]
    needs_reply: Mapped[bool | None] = mapped_column(index=True)
    needs_reply_score: Mapped[float | None]
    campaign_id: Mapped[int | None] = mapped_column(ForeignKey("campaign.id", ondelete="SET NULL"), index=True)
    truncated: Mapped[bool] = mapped_column(default=False)
    corrected: Mapped[list[str]] = mapped_column(JSONType, default=list)
    tags: Mapped[dict[str, Any]] = mapped_column(JSONType, default=dict)
    model_version: Mapped[str] = mapped_column(String(200))
    versions: Mapped[dict[str, Any]] = mapped_column(JSONType, default=dict)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)

    message: Mapped[Message] = relationship(back_populates="triage")


UNCERTAIN_TOPIC = "uncertain"  # how counts and the queue filter name "top topic under its threshold"


def counted_topic() -> ColumnElement[str | None]:
    """The topic a message counts under: ``uncertain`` when its top topic is uncertain, else its topic.

    Rows triaged before the uncertainty was stored (NULL) count under their topic, as before.
    """
    return case((TriageResult.topic_uncertain.is_(True), literal(UNCERTAIN_TOPIC)), else_=TriageResult.topic)
