"""E-mail attachments: metadata for every attachment, content when it is small enough to keep.

An attachment belongs to an inbound mail, found by (channel account, message external id =
the mail's Message-ID): it is written in the same transaction as the message itself, before
the message row has an id. The content is stored as received and never unpacked or opened.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, LargeBinary, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from inbox.models.base import Base, UTCDateTime, utcnow


class EmailAttachment(Base):
    """One attachment (or inline image) of a received mail."""

    __tablename__ = "email_attachment"
    __table_args__ = (
        UniqueConstraint("channel_account_id", "message_external_id", "position", name="uq_email_attachment_position"),
        Index("ix_email_attachment_message", "channel_account_id", "message_external_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    office_id: Mapped[int] = mapped_column(ForeignKey("office.id", ondelete="CASCADE"), index=True)
    channel_account_id: Mapped[int] = mapped_column(ForeignKey("channel_account.id", ondelete="CASCADE"))
    message_external_id: Mapped[str] = mapped_column(String(512))
    position: Mapped[int]
    filename: Mapped[str] = mapped_column(String(255))
    content_type: Mapped[str] = mapped_column(String(127))
    size: Mapped[int]
    content_id: Mapped[str] = mapped_column(String(255), default="")
    inline: Mapped[bool] = mapped_column(default=False)
    content: Mapped[bytes | None] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
