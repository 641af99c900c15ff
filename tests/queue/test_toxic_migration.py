"""Migration 0011 marks the conversations stored before it that hold a toxic inbound message."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from flask import Flask
from flask_migrate import downgrade, upgrade

from inbox import create_app
from inbox.models import db
from tests.conftest import create_test_database, drop_test_databases

NOW = datetime(2026, 1, 1, tzinfo=UTC)


@pytest.fixture(params=["sqlite", "postgresql"])
def fresh_app(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Flask]:
    """An app on an empty database (not migrated), on SQLite and on a scratch PostgreSQL database."""
    config = {"DIALOOG_INSTANCE_DIR": str(tmp_path / "instance"), "TESTING": "1", "DIALOOG_JOBS": "immediate"}
    name = None
    if request.param == "postgresql":
        config["DATABASE_URL"], name = create_test_database("dialoog_mig")
    app = create_app(config)
    with app.app_context():
        yield app
        db.session.remove()
        db.engine.dispose()
    if name is not None:
        drop_test_databases(name)


def _filler(column: sa.Column) -> Any:
    """A plain value for a required column the test does not care about."""
    kind = column.type
    if isinstance(kind, sa.Boolean):
        return False
    if isinstance(kind, sa.Integer):
        return 0
    if isinstance(kind, sa.DateTime):
        return NOW
    if isinstance(kind, sa.JSON):
        return {}
    if isinstance(kind, sa.LargeBinary):
        return b""
    return "x"


def insert(connection: sa.Connection, table: sa.Table, **values: Any) -> None:
    """Insert a row as the schema at this revision has it, filling the required columns not given."""
    for column in table.columns:
        required = not column.nullable and not column.primary_key and column.server_default is None
        if required and column.name not in values:
            values[column.name] = _filler(column)
    connection.execute(table.insert().values(**values))


def test_upgrade_marks_conversations_with_a_toxic_inbound_message(fresh_app: Flask) -> None:
    upgrade(revision="0010")
    tables = sa.MetaData()
    tables.reflect(db.engine, only=["office", "channel_account", "contact", "conversation", "message", "triage_result"])
    t = tables.tables
    # conversation 1: one toxic inbound message among others; 2: none toxic; 3: toxic only outbound;
    # 4: an inbound message not triaged yet; 5: toxic unknown (NULL)
    with db.engine.begin() as connection:
        insert(connection, t["office"], id=1, name="Office")
        insert(connection, t["channel_account"], id=1, office_id=1, kind="x", handle="office")
        insert(connection, t["contact"], id=1, office_id=1, display_name="Voter")
        for cid in range(1, 6):
            insert(
                connection,
                t["conversation"],
                id=cid,
                office_id=1,
                channel_account_id=1,
                contact_id=1,
                thread_key=f"t{cid}",
            )
        messages = [(1, 1, "in", False), (2, 1, "in", True), (3, 1, "out", None), (4, 2, "in", False)]
        messages += [(5, 3, "out", True), (6, 3, "in", False), (7, 4, "in", "untriaged"), (8, 5, "in", None)]
        for mid, cid, direction, toxic in messages:
            insert(
                connection,
                t["message"],
                id=mid,
                office_id=1,
                conversation_id=cid,
                channel_account_id=1,
                direction=direction,
                external_id=f"m{mid}",
                text="Bericht",
                sent_at=NOW,
            )
            if toxic != "untriaged":
                insert(connection, t["triage_result"], id=mid, message_id=mid, toxic=toxic, model_version="old")
    upgrade(revision="0011")
    with db.engine.connect() as connection:
        flags = dict(connection.execute(sa.text("SELECT id, has_toxic FROM conversation ORDER BY id")).all())
        kept = connection.execute(sa.text("SELECT count(*) FROM message")).scalar_one()
    assert {cid: bool(flag) for cid, flag in flags.items()} == {1: True, 2: False, 3: False, 4: False, 5: False}
    assert kept == len(messages)  # no message lost on the way


def test_downgrade_keeps_the_conversations_and_their_messages(fresh_app: Flask) -> None:
    upgrade(revision="0011")
    tables = sa.MetaData()
    tables.reflect(db.engine, only=["office", "channel_account", "contact", "conversation", "message"])
    t = tables.tables
    with db.engine.begin() as connection:
        insert(connection, t["office"], id=1, name="Office")
        insert(connection, t["channel_account"], id=1, office_id=1, kind="x", handle="office")
        insert(connection, t["contact"], id=1, office_id=1, display_name="Voter")
        insert(connection, t["conversation"], id=1, office_id=1, channel_account_id=1, contact_id=1, has_toxic=True)
        insert(
            connection,
            t["message"],
            id=1,
            office_id=1,
            conversation_id=1,
            channel_account_id=1,
            direction="in",
            external_id="m1",
            text="Bericht",
            sent_at=NOW,
        )
    downgrade(revision="0010")
    with db.engine.connect() as connection:
        assert connection.execute(sa.text("SELECT count(*) FROM message")).scalar_one() == 1
    columns = {column["name"] for column in sa.inspect(db.engine).get_columns("conversation")}
    assert "has_toxic" not in columns
