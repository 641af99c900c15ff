"""Links between a voter's contacts: merge suggestions and identities staff split apart."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from inbox.models.base import Base, JSONType, UTCDateTime, enum_column, utcnow


class SuggestionStatus(StrEnum):
    """What became of a merge suggestion."""

    OPEN = "open"
    MERGED = "merged"
    DISMISSED = "dismissed"


class MergeSuggestion(Base):
    """Two contacts of one office that are likely the same voter (``contact_a_id`` < ``contact_b_id``).

    ``reason`` is ``name_postcode`` or ``handle_in_signature``; ``detail`` says what matched.
    """

    __tablename__ = "contact_merge_suggestion"
    __table_args__ = (
        UniqueConstraint(
            "office_id", "contact_a_id", "contact_b_id", "reason", name="uq_contact_merge_suggestion_pair_reason"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    office_id: Mapped[int] = mapped_column(ForeignKey("office.id", ondelete="CASCADE"), index=True)
    contact_a_id: Mapped[int] = mapped_column(ForeignKey("contact.id", ondelete="CASCADE"), index=True)
    contact_b_id: Mapped[int] = mapped_column(ForeignKey("contact.id", ondelete="CASCADE"), index=True)
    reason: Mapped[str] = mapped_column(String(40))
    detail: Mapped[dict[str, Any]] = mapped_column(JSONType, default=dict)
    status: Mapped[SuggestionStatus] = mapped_column(enum_column(SuggestionStatus), default=SuggestionStatus.OPEN)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class IdentitySplit(Base):
    """An identity staff split out of a contact: never linked automatically again (until merged by hand)."""

    __tablename__ = "contact_identity_split"

    id: Mapped[int] = mapped_column(primary_key=True)
    office_id: Mapped[int] = mapped_column(ForeignKey("office.id", ondelete="CASCADE"), index=True)
    identity_id: Mapped[int] = mapped_column(ForeignKey("contact_identity.id", ondelete="CASCADE"), unique=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class HandleMention(Base):
    """A social handle a contact mentioned in an e-mail or form signature (normalised, lower case)."""

    __tablename__ = "contact_handle_mention"
    __table_args__ = (UniqueConstraint("office_id", "contact_id", "handle"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    office_id: Mapped[int] = mapped_column(ForeignKey("office.id", ondelete="CASCADE"), index=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contact.id", ondelete="CASCADE"), index=True)
    handle: Mapped[str] = mapped_column(String(320), index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
