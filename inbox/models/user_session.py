"""Server-side records of signed-in sessions, so that signing out really ends a session.

The session cookie is signed but kept by the browser: without a record on the server a
copied cookie would stay valid after "log out" until it expired. Each login stores the
hash of a random token here and in the cookie; a request is signed in only while its
token's row exists (logout deletes it).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from inbox.models.base import Base, UTCDateTime, utcnow


class UserSession(Base):
    """One signed-in session of a user (the token itself is only in the cookie)."""

    __tablename__ = "user_session"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("user_account.id", ondelete="CASCADE"), index=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
