"""Fixtures: apps on SQLite and PostgreSQL, Redis, the X sandbox, factories.

PostgreSQL (127.0.0.1:5432, database ``test``) and Redis (127.0.0.1:6379) are used over
real connections. Without them those tests skip, unless DIALOOG_REQUIRE_SERVICES=1
(as in CI), where a missing service fails the run instead.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from flask import Flask

from inbox import create_app
from inbox.models import db

POSTGRES_ADMIN_URL = os.environ.get("TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
REDIS_TEST_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/14")
REQUIRE_SERVICES = os.environ.get("DIALOOG_REQUIRE_SERVICES") == "1"
# The sandboxes listen on loopback, which production refuses as a provider host (issue 23):
# every app and worker process the tests start allows loopback, and nothing else extra.
os.environ.setdefault("DIALOOG_PROVIDER_HOSTS", "loopback")


def unavailable(what: str, error: Exception) -> None:
    """Skip (locally) or fail (CI) a test whose service is not running."""
    message = f"{what} is not reachable ({error.__class__.__name__}: {error})"
    if REQUIRE_SERVICES:
        pytest.fail(message + " and DIALOOG_REQUIRE_SERVICES=1", pytrace=False)
    pytest.skip(message)


def create_test_database(prefix: str) -> tuple[str, str]:
    """Create an empty PostgreSQL database named ``prefix`` + a random suffix; returns (url, name).

    Skips (locally) or fails (CI) when PostgreSQL is not running.
    """
    name = f"{prefix}_{uuid.uuid4().hex[:10]}"
    admin = sa.create_engine(POSTGRES_ADMIN_URL, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as connection:
            connection.execute(sa.text(f'CREATE DATABASE "{name}"'))
    except sa.exc.OperationalError as error:
        unavailable("PostgreSQL", error)
    finally:
        admin.dispose()
    return POSTGRES_ADMIN_URL.rsplit("/", 1)[0] + f"/{name}", name


def drop_test_databases(*names: str) -> None:
    """Drop these test databases, closing any connection still open to them."""
    admin = sa.create_engine(POSTGRES_ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        for name in names:
            connection.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture(scope="session")
def postgres_database() -> Iterator[str]:
    """A fresh PostgreSQL database for this test session (migrated by the first app made on it)."""
    url, name = create_test_database("dialoog_test")
    yield url
    drop_test_databases(name)


def _migrate(app: Flask) -> None:
    from flask_migrate import upgrade

    with app.app_context():
        upgrade()


_migrated: set[str] = set()


def _truncate_postgres(app: Flask) -> None:
    with app.app_context():
        tables = ", ".join(f'"{table.name}"' for table in db.metadata.sorted_tables)
        # audit_event refuses TRUNCATE by trigger (append-only); a superuser may skip triggers for this.
        db.session.execute(sa.text("SET LOCAL session_replication_role = replica"))
        db.session.execute(sa.text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))
        db.session.commit()


def make_app(tmp_path: Path, database_url: str | None = None, **overrides: object) -> Flask:
    """A migrated app with its own instance folder (and SQLite file unless ``database_url``)."""
    config: dict[str, object] = {
        "DIALOOG_INSTANCE_DIR": str(tmp_path / "instance"),
        "TESTING": "1",
        "DIALOOG_JOBS": "immediate",
        "DIALOOG_POLL_SECONDS": "1",
    }
    if database_url:
        config["DATABASE_URL"] = database_url
    config.update(overrides)
    app = create_app(config)
    if database_url and database_url.startswith("postgresql"):
        if database_url not in _migrated:
            _migrate(app)
            _migrated.add(database_url)
        _truncate_postgres(app)
    else:
        _migrate(app)
    return app


@pytest.fixture(params=["sqlite", "postgresql"])
def app(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Flask]:
    """An app with jobs run inline, once on SQLite and once on PostgreSQL."""
    url = request.getfixturevalue("postgres_database") if request.param == "postgresql" else None
    application = make_app(tmp_path, url)
    with application.app_context():
        yield application
        db.session.remove()
    with application.app_context():
        db.engine.dispose()


@pytest.fixture
def sqlite_app(tmp_path: Path) -> Iterator[Flask]:
    """An app on SQLite only, with jobs run inline."""
    application = make_app(tmp_path)
    with application.app_context():
        yield application
        db.session.remove()


@pytest.fixture
def redis_url() -> str:
    """A Redis database for this test, emptied first."""
    import redis

    client = redis.Redis.from_url(REDIS_TEST_URL)
    try:
        client.flushdb()
    except redis.exceptions.ConnectionError as error:
        unavailable("Redis", error)
    finally:
        client.close()
    return REDIS_TEST_URL


@pytest.fixture
def x_sandbox() -> Iterator[tuple[object, str]]:
    """The loopback fake of the X API v2, served on a free port: (sandbox, base_url)."""
    from inbox.sandbox.server import LoopbackServer
    from inbox.sandbox.x.api import XSandbox

    sandbox = XSandbox()
    with LoopbackServer(sandbox.app()) as server:
        yield sandbox, server.base_url
