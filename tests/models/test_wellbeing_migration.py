"""Migration 0024: every account from before gets abuse blurred (the safe default), the table of
dismissed "hide comment" suggestions appears; downgrading takes both away again."""

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
        config["DATABASE_URL"], name = create_test_database("dialoog_mig24")
    app = create_app(config)
    with app.app_context():
        yield app
        db.session.remove()
        db.engine.dispose()
    if name is not None:
        drop_test_databases(name)


def test_existing_accounts_get_abuse_blurred_and_downgrade_removes_it(fresh_app: Flask) -> None:
    upgrade(revision="0023")
    with db.engine.begin() as connection:
        users = sa.Table("user_account", sa.MetaData(), autoload_with=connection)
        connection.execute(
            users.insert().values(
                id=1, email="old@example.test", name="Old", password_hash="x", language="nl", is_active=True,
                must_change_password=False, created_at=NOW,
            )
        )  # fmt: skip

    upgrade(revision="0024")
    with db.engine.connect() as connection:
        assert connection.execute(sa.text("SELECT blur_abuse FROM user_account")).scalar_one() in (True, 1)
        assert "hide_suggestion_dismissal" in sa.inspect(connection).get_table_names()

    downgrade(revision="0023")
    with db.engine.connect() as connection:
        inspector = sa.inspect(connection)
        assert "hide_suggestion_dismissal" not in inspector.get_table_names()
        assert "blur_abuse" not in {column["name"] for column in inspector.get_columns("user_account")}
