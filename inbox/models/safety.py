"""Threat escalations (escalated once, cleared only by an admin) and dismissed "hide comment" suggestions."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from inbox.models.base import Base, JSONType, UTCDateTime, utcnow


class ThreatEscalation(Base):
    """One message tagged as a threat, and what was done about it.

    The unique ``message_id`` is what makes escalation happen exactly once per message: a
    second triage of the same message finds the row and notifies no one again. ``notified``
    lists the user ids told (live and by e-mail); ``cleared_at``/``cleared_by_id`` are set
    when an admin marks the message "not a threat".
    """

    __tablename__ = "threat_escalation"

    id: Mapped[int] = mapped_column(primary_key=True)
    office_id: Mapped[int] = mapped_column(ForeignKey("office.id", ondelete="CASCADE"), index=True)
    message_id: Mapped[int] = mapped_column(ForeignKey("message.id", ondelete="CASCADE"), unique=True)
    conversation_id: Mapped[int] = mapped_column(ForeignKey("conversation.id", ondelete="CASCADE"), index=True)
    score: Mapped[float | None]
    rule: Mapped[str] = mapped_column(String(40), default="")
    notified: Mapped[list[int]] = mapped_column(JSONType, default=list)
    details: Mapped[dict[str, Any]] = mapped_column(JSONType, default=dict)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    cleared_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    cleared_by_id: Mapped[int | None] = mapped_column(Integer)


class HideSuggestionDismissal(Base):
    """Staff decided not to hide this abusive Facebook/Instagram comment: the inbox stops suggesting it.

    One row per message (unique): the decision is the office's, so a colleague opening the
    conversation later is not asked again. Dismissing is audited (``message.hide_suggestion_dismissed``).
    """

    __tablename__ = "hide_suggestion_dismissal"

    id: Mapped[int] = mapped_column(primary_key=True)
    office_id: Mapped[int] = mapped_column(ForeignKey("office.id", ondelete="CASCADE"), index=True)
    message_id: Mapped[int] = mapped_column(ForeignKey("message.id", ondelete="CASCADE"), unique=True)
    dismissed_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id", ondelete="SET NULL"))
    dismissed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
