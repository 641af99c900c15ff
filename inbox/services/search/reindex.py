"""Rebuild the search index for messages and voters stored before it existed (or after a repair)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from sqlalchemy import func, select

from inbox.models import Contact, Direction, Message, db
from inbox.services.search.full_text import index_contacts, index_messages_strict

BATCH = 2000


def count_to_index(office_id: int | None = None) -> int:
    """How many inbound messages and voters a full reindex goes through."""
    messages = select(func.count()).select_from(Message).where(Message.direction == Direction.INBOUND)
    contacts = select(func.count()).select_from(Contact)
    if office_id is not None:
        messages = messages.where(Message.office_id == office_id)
        contacts = contacts.where(Contact.office_id == office_id)
    return int(db.session.execute(messages).scalar_one()) + int(db.session.execute(contacts).scalar_one())


def _batches(model: type, office_id: int | None, extra: tuple = ()) -> Iterator[list[int]]:
    """Ids of ``model`` in ascending batches (keyset, so memory stays flat)."""
    last = 0
    while True:
        statement = select(model.id).where(model.id > last, *extra).order_by(model.id).limit(BATCH)
        if office_id is not None:
            statement = statement.where(model.office_id == office_id)
        ids = list(db.session.execute(statement).scalars())
        if not ids:
            return
        yield ids
        last = ids[-1]


def reindex(office_id: int | None = None, progress: Callable[[int], None] = lambda n: None) -> int:
    """Index every inbound message and voter (of one office, or all); returns how many rows.

    Idempotent: each row is replaced, so running it twice gives the same index.
    """
    done = 0
    for ids in _batches(Message, office_id, (Message.direction == Direction.INBOUND,)):
        index_messages_strict(ids)
        db.session.commit()
        done += len(ids)
        progress(len(ids))
    for ids in _batches(Contact, office_id):
        index_contacts(ids)
        db.session.commit()
        done += len(ids)
        progress(len(ids))
    return done
