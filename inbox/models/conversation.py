"""Conversations (one voter, one thread on one channel) and internal notes."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import ForeignKey, Index, Integer, String, Text, UniqueConstraint, false, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from inbox.models.base import Base, JSONType, UTCDateTime, enum_column, utcnow
from inbox.models.contact import Contact


class ConversationStatus(StrEnum):
    """Where a conversation stands in the office's queue."""

    OPEN = "open"
    PENDING = "pending"
    SNOOZED = "snoozed"
    CLOSED = "closed"


class Conversation(Base):
    """A thread with one voter on one channel account, keyed by the channel's thread key."""

    __tablename__ = "conversation"
    __table_args__ = (
        UniqueConstraint("channel_account_id", "thread_key"),
        Index("ix_conversation_office_activity", "office_id", "last_activity_at"),
        Index(
            "ix_conversation_toxic_activity",
            "office_id",
            "last_activity_at",
            "id",
            postgresql_where=text("has_toxic"),
            sqlite_where=text("has_toxic = 1"),
        ),
        Index(
            "ix_conversation_threat_activity",
            "office_id",
            "last_activity_at",
            "id",
            postgresql_where=text("has_threat"),
            sqlite_where=text("has_threat = 1"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    office_id: Mapped[int] = mapped_column(ForeignKey("office.id", ondelete="CASCADE"))
    channel_account_id: Mapped[int] = mapped_column(ForeignKey("channel_account.id", ondelete="CASCADE"), index=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contact.id", ondelete="CASCADE"), index=True)
    thread_key: Mapped[str] = mapped_column(String(512))
    subject: Mapped[str] = mapped_column(String(300), default="")
    status: Mapped[ConversationStatus] = mapped_column(enum_column(ConversationStatus), default=ConversationStatus.OPEN)
    snoozed_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    assignee_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id", ondelete="SET NULL"), index=True)
    priority: Mapped[int] = mapped_column(Integer, default=0)
    last_activity_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # some inbound message is tagged toxic; derived, kept by inbox.services.conversations.flags
    has_toxic: Mapped[bool] = mapped_column(default=False, server_default=false())
    # some inbound message is tagged a threat; derived, kept by inbox.services.conversations.flags
    has_threat: Mapped[bool] = mapped_column(default=False, server_default=false())

    contact: Mapped[Contact] = relationship()


class Note(Base):
    """An internal note on a conversation, never shown to the voter."""

    __tablename__ = "note"

    id: Mapped[int] = mapped_column(primary_key=True)
    conversation_id: Mapped[int] = mapped_column(ForeignKey("conversation.id", ondelete="CASCADE"), index=True)
    author_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id", ondelete="SET NULL"))
    body: Mapped[str] = mapped_column(Text)
    mentions: Mapped[list[int]] = mapped_column(JSONType, default=list)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
