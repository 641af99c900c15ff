"""The office's own names and handles: voters write them ("@PoliticianBE", "Beste Anna Peeters"),
but they are who the office is, never what voters are worried about."""

from __future__ import annotations

import re

from sqlalchemy import select

from inbox.models import ChannelAccount, Membership, Office, User, db

_WORD = re.compile(r"[^\W_]+")
MIN_LENGTH = 3  # "de", "be" and the like are too common to leave out


def _words(text: str) -> set[str]:
    return {word for word in _WORD.findall(text.lower()) if len(word) >= MIN_LENGTH}


def office_own_words(office_id: int) -> frozenset[str]:
    """Lower-case words of the office's name, its channel accounts' handles and its members' names."""
    words: set[str] = set()
    office = db.session.get(Office, office_id)
    if office is not None:
        words |= _words(office.name)
    for (handle,) in db.session.execute(select(ChannelAccount.handle).where(ChannelAccount.office_id == office_id)):
        handle = (handle or "").lstrip("@")
        words |= _words(handle.split("@")[0])  # an address: its local part only
        words.add(handle.lower())
    for (name,) in db.session.execute(
        select(User.name).join(Membership, Membership.user_id == User.id).where(Membership.office_id == office_id)
    ):
        words |= _words(name or "")
    return frozenset(words)
