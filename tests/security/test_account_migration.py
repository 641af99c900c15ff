"""Migration 0015: every account from before has a password someone else may know, so it must be
replaced at the next login, and every session ends; downgrading takes the new tables away again."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

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


def test_upgrade_asks_every_existing_account_for_a_new_password(fresh_app: Flask) -> None:
    upgrade(revision="0014")
    with db.engine.begin() as connection:
        meta = sa.MetaData()
        users = sa.Table("user_account", meta, autoload_with=connection)
        sessions = sa.Table("user_session", meta, autoload_with=connection)
        connection.execute(
            users.insert().values(
                id=1, email="old@example.test", name="Old", password_hash="x", language="nl", is_active=True,
                created_at=NOW,
            )
        )  # fmt: skip
        connection.execute(sessions.insert().values(user_id=1, token_hash="a" * 64, created_at=NOW))

    upgrade(revision="0015")
    with db.engine.connect() as connection:
        assert connection.execute(sa.text("SELECT must_change_password FROM user_account")).scalar_one() in (True, 1)
        assert connection.execute(sa.text("SELECT count(*) FROM user_session")).scalar_one() == 0
        tables = set(sa.inspect(connection).get_table_names())
    assert {"office_invitation", "password_reset"} <= tables

    downgrade(revision="0014")
    with db.engine.connect() as connection:
        inspector = sa.inspect(connection)
        assert not {"office_invitation", "password_reset"} & set(inspector.get_table_names())
        assert "must_change_password" not in {column["name"] for column in inspector.get_columns("user_account")}
