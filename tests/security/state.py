"""What an office owns in the database, found from the schema: ids per table, and a fingerprint of all of it.

A table belongs to an office through its ``office_id`` column, or through a foreign key to
a table that has one (notes through their conversation, triage results through their
message). People belong through their membership. A new table is covered without a change here.
"""

from __future__ import annotations

import hashlib
from functools import cache
from typing import TYPE_CHECKING

import sqlalchemy as sa

from inbox.models import db

if TYPE_CHECKING:
    from tests.security.world import World

# rows that belong to no office (sign-ins and password resets: a person's)
UNOWNED = {"login_attempt", "user_session", "password_reset", "alembic_version"}


def _owned_query(table: sa.Table, office_id: int) -> sa.Select | None:
    """The rows of ``table`` that belong to the office, or None for a table no office owns."""
    tables = db.metadata.tables
    if table.name == "office":
        return sa.select(table).where(table.c.id == office_id)
    if "office_id" in table.c:
        return sa.select(table).where(table.c.office_id == office_id)
    if table.name == "user_account":
        members = sa.select(tables["membership"].c.user_id).where(tables["membership"].c.office_id == office_id)
        return sa.select(table).where(table.c.id.in_(members))
    for key in sorted(table.foreign_keys, key=lambda fk: fk.parent.name):
        parent = key.column.table
        if "office_id" in parent.c and parent.name != "user_account":
            owned = sa.select(key.column).where(parent.c.office_id == office_id)
            return sa.select(table).where(key.parent.in_(owned))
    return None


def owned_tables() -> list[sa.Table]:
    """Every table some office owns rows of."""
    return [t for t in db.metadata.sorted_tables if t.name not in UNOWNED and _owned_query(t, 0) is not None]


def unowned_tables() -> list[str]:
    """Tables no office owns (must be only the expected ones)."""
    return [t.name for t in db.metadata.sorted_tables if _owned_query(t, 0) is None]


def ids_by_office(world: World) -> dict[str, dict[str, list[int]]]:
    """For each office, the ids of its rows per table (tables with an integer ``id``)."""
    result: dict[str, dict[str, list[int]]] = {}
    for key, office in world.offices.items():
        per_table: dict[str, list[int]] = {}
        for table in owned_tables():
            query = _owned_query(table, office.id)
            if "id" in table.c and query is not None:
                rows = db.session.execute(query.with_only_columns(table.c.id).order_by(table.c.id)).scalars()
                per_table[table.name] = list(rows)
        result[key] = per_table
    db.session.rollback()
    return result


@cache
def _fingerprint_queries(office_id: int) -> tuple[tuple[str, sa.Select], ...]:
    queries = []
    for table in owned_tables():
        query = _owned_query(table, office_id)
        assert query is not None
        order = list(table.primary_key.columns) or list(table.c)
        queries.append((table.name, query.order_by(*order)))
    return tuple(queries)


def fingerprint(office_id: int) -> dict[str, str]:
    """A digest of every row the office owns, per table: any change to the office's data changes it."""
    digests: dict[str, str] = {}
    for name, query in _fingerprint_queries(office_id):
        rows = db.session.execute(query).all()
        digests[name] = hashlib.sha256(repr([tuple(row) for row in rows]).encode()).hexdigest()[:16]
    db.session.rollback()
    return digests


def changed_tables(before: dict[str, str], after: dict[str, str]) -> list[str]:
    """The tables whose rows of the office differ between two fingerprints."""
    return sorted(name for name in before.keys() | after.keys() if before.get(name) != after.get(name))


def row_counts(*tables: str) -> dict[str, int]:
    """How many rows each table holds (all offices)."""
    counts = {}
    for name in tables:
        table = db.metadata.tables[name]
        counts[name] = db.session.execute(sa.select(sa.func.count()).select_from(table)).scalar_one()
    db.session.rollback()
    return counts
