"""'Answered before': the office's earlier answers, kept findable by the voter question they answered.

One :class:`AnswerPair` per reply that was sent or approved: the inbound message it
answered (the question), the question's embedding (copied from triage, so the index does
not depend on how long triage keeps its own rows), the languages, and whether a person
marked the answer outdated. Staff feedback ("not relevant") and uses of a suggestion are
kept beside it. ``seq`` and :class:`AnswerIndexState` let every process keep its
in-memory index of an office fresh with one small query.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, Boolean, ForeignKey, Index, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from inbox.models.base import Base, UTCDateTime, utcnow


class AnswerPair(Base):
    """An earlier reply of the office and the voter question it answered."""

    __tablename__ = "answer_pair"
    __table_args__ = (Index("ix_answer_pair_office_seq", "office_id", "seq"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    office_id: Mapped[int] = mapped_column(ForeignKey("office.id", ondelete="CASCADE"))
    reply_id: Mapped[int] = mapped_column(ForeignKey("outgoing_reply.id", ondelete="CASCADE"), unique=True)
    question_message_id: Mapped[int] = mapped_column(ForeignKey("message.id", ondelete="CASCADE"), index=True)
    conversation_id: Mapped[int] = mapped_column(ForeignKey("conversation.id", ondelete="CASCADE"), index=True)
    embedding: Mapped[bytes | None] = mapped_column(LargeBinary)
    question_language: Mapped[str | None] = mapped_column(String(8))
    reply_language: Mapped[str | None] = mapped_column(String(8))
    approved: Mapped[bool] = mapped_column(Boolean, default=False)
    answered_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    outdated_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    outdated_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id", ondelete="SET NULL"))
    seq: Mapped[int] = mapped_column(BigInteger, default=0)


class AnswerFeedback(Base):
    """A person said a suggestion was not relevant to a conversation (an earlier answer or a canned reply)."""

    __tablename__ = "answer_feedback"

    id: Mapped[int] = mapped_column(primary_key=True)
    office_id: Mapped[int] = mapped_column(ForeignKey("office.id", ondelete="CASCADE"), index=True)
    pair_id: Mapped[int | None] = mapped_column(ForeignKey("answer_pair.id", ondelete="CASCADE"), index=True)
    canned_id: Mapped[int | None] = mapped_column(ForeignKey("canned_reply.id", ondelete="CASCADE"), index=True)
    conversation_id: Mapped[int] = mapped_column(ForeignKey("conversation.id", ondelete="CASCADE"), index=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id", ondelete="SET NULL"))
    kind: Mapped[str] = mapped_column(String(16), default="not_relevant")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class AnswerReuse(Base):
    """A suggestion put into the composer of a conversation ("Use"), for the digest's reuse counts."""

    __tablename__ = "answer_reuse"
    __table_args__ = (Index("ix_answer_reuse_office_used", "office_id", "used_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    office_id: Mapped[int] = mapped_column(ForeignKey("office.id", ondelete="CASCADE"))
    pair_id: Mapped[int | None] = mapped_column(ForeignKey("answer_pair.id", ondelete="SET NULL"), index=True)
    canned_id: Mapped[int | None] = mapped_column(ForeignKey("canned_reply.id", ondelete="SET NULL"), index=True)
    conversation_id: Mapped[int] = mapped_column(ForeignKey("conversation.id", ondelete="CASCADE"), index=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id", ondelete="SET NULL"))
    used_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class AnswerIndexState(Base):
    """Per office: the last ``seq`` handed out; a process whose index is older reloads what changed."""

    __tablename__ = "answer_index_state"

    office_id: Mapped[int] = mapped_column(ForeignKey("office.id", ondelete="CASCADE"), primary_key=True)
    version: Mapped[int] = mapped_column(BigInteger, default=0)
    removals: Mapped[int] = mapped_column(BigInteger, default=0)
