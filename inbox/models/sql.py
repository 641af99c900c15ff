"""Small SQL helpers shared by services, portable across SQLite and PostgreSQL."""

from __future__ import annotations

from typing import Any

from sqlalchemy.dialects import postgresql, sqlite

from inbox.models import db


def insert_ignoring_conflict(model: type, values: dict[str, Any], conflict_columns: list[str]) -> Any:
    """INSERT … ON CONFLICT DO NOTHING RETURNING id: the new row's id, or None if it existed.

    Safe under concurrency: on PostgreSQL a competing uncommitted insert of the same key
    makes this wait, then do nothing; on SQLite writers are serialised.
    """
    dialect = db.session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    statement = (
        insert(model).values(**values).on_conflict_do_nothing(index_elements=conflict_columns).returning(model.id)
    )
    return db.session.execute(statement).scalar_one_or_none()
