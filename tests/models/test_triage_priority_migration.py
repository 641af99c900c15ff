"""Migration 0022: the triage priority column and the index over waiting messages; downgrade removes both."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from flask import Flask
from flask_migrate import downgrade, upgrade

from inbox import create_app
from inbox.models import db
from tests.conftest import create_test_database, drop_test_databases


@pytest.fixture(params=["sqlite", "postgresql"])
def fresh_app(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Flask]:
    """An app on an empty database (not migrated), on SQLite and on a scratch PostgreSQL database."""
    config = {"DIALOOG_INSTANCE_DIR": str(tmp_path / "instance"), "TESTING": "1", "DIALOOG_JOBS": "immediate"}
    name = None
    if request.param == "postgresql":
        config["DATABASE_URL"], name = create_test_database("dialoog_mig22")
    app = create_app(config)
    with app.app_context():
        yield app
        db.session.remove()
        db.engine.dispose()
    if name is not None:
        drop_test_databases(name)


def test_priority_column_and_waiting_index_come_and_go(fresh_app: Flask) -> None:
    upgrade(revision="0022")
    with db.engine.connect() as connection:
        inspector = sa.inspect(connection)
        column = next(c for c in inspector.get_columns("message") if c["name"] == "triage_priority")
        assert not column["nullable"] and "1" in str(column["default"])
        assert "ix_message_triage_waiting" in {index["name"] for index in inspector.get_indexes("message")}

    downgrade(revision="0021")
    with db.engine.connect() as connection:
        inspector = sa.inspect(connection)
        assert "triage_priority" not in {column["name"] for column in inspector.get_columns("message")}
        assert "ix_message_triage_waiting" not in {index["name"] for index in inspector.get_indexes("message")}
