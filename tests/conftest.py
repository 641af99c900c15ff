"""Fixtures: apps on SQLite and PostgreSQL, Redis, the X sandbox, factories.

PostgreSQL (127.0.0.1:5432, database ``test``) and Redis (127.0.0.1:6379) are used over
real connections. Without them those tests skip, unless DIALOOG_REQUIRE_SERVICES=1
(as in CI), where a missing service fails the run instead.
"""

from __future__ import annotations

import atexit
import os
import shutil
import sqlite3
import tempfile
import threading
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Literal

import pytest
import sqlalchemy as sa
from argon2 import PasswordHasher
from flask import Flask

from inbox import create_app
from inbox.models import db
from inbox.services.access import passwords

POSTGRES_ADMIN_URL = os.environ.get("TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")


def worker_number() -> int:
    """0, or the number of this pytest-xdist worker (gw0, gw1, ...) when the suite runs in parallel."""
    worker = os.environ.get("PYTEST_XDIST_WORKER", "")
    return int(worker[2:]) if worker.startswith("gw") and worker[2:].isdigit() else 0


def _redis_test_url() -> str:
    """Redis database 14 for the tests (TEST_REDIS_URL for another), one lower per parallel worker.

    The ``redis_url`` fixture empties it before each test, so two workers must never share one.
    """
    base = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/14")
    head, _, number = base.rpartition("/")
    if not number.isdigit():
        return base
    database = int(number) - worker_number()
    if database < 1:  # database 0 is the default of every Redis client: never flush it
        raise RuntimeError(f"too many pytest-xdist workers for {base}: worker {worker_number()} has no Redis database")
    return f"{head}/{database}"


REDIS_TEST_URL = _redis_test_url()
REQUIRE_SERVICES = os.environ.get("DIALOOG_REQUIRE_SERVICES") == "1"
# The sandboxes listen on loopback, which production refuses as a provider host (issue 23):
# every app and worker process the tests start allows loopback, and nothing else extra.
os.environ.setdefault("DIALOOG_PROVIDER_HOSTS", "loopback")


class _RememberingHasher(PasswordHasher):
    """The inbox's argon2id hasher, with the same parameters, that does each success only once.

    Every test makes users (three per office) and logs them in, and one argon2id hash or check
    with the production parameters takes ~0.5 s of CPU: most of many tests' time. The first
    hash of a password is real and then reused (users with the same password share a salt);
    a check that succeeded once for a (hash, password) pair succeeds again without the work.
    Failed checks are always real (they must be slow: see test_login_hardening), and so is
    every hash of a new password.
    """

    def __init__(self, real: PasswordHasher) -> None:
        super().__init__(
            time_cost=real.time_cost,
            memory_cost=real.memory_cost,
            parallelism=real.parallelism,
            hash_len=real.hash_len,
            salt_len=real.salt_len,
            encoding=real.encoding,
            type=real.type,
        )
        self._hashes: dict[str | bytes, str] = {}
        self._verified: set[tuple[str | bytes, str | bytes]] = set()

    def hash(self, password: str | bytes, *, salt: bytes | None = None) -> str:
        if salt is not None:
            return super().hash(password, salt=salt)
        if password not in self._hashes:
            self._hashes[password] = super().hash(password)
        return self._hashes[password]

    def verify(self, hash: str | bytes, password: str | bytes) -> Literal[True]:
        if (hash, password) not in self._verified:
            super().verify(hash, password)  # raises when the password is wrong
            self._verified.add((hash, password))
        return True


passwords._hasher = _RememberingHasher(passwords._hasher)


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
_tables: dict[str, list[str]] = {}


def _empty_postgres(app: Flask, database_url: str) -> None:
    """Delete every row of every table (but alembic's) and restart every sequence.

    As ``TRUNCATE ... RESTART IDENTITY CASCADE`` would, but ~20 times faster on tables this
    small: TRUNCATE gives every table and index a new file, each synced to disk at commit
    (over a second per test). Triggers are off for this transaction (``replica``: audit_event
    refuses deletes, and no cascade is needed when every table is emptied), and the commit
    does not wait for the disk.
    """
    with app.app_context():
        if database_url not in _tables:
            _tables[database_url] = list(
                db.session.execute(
                    sa.text(
                        "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"
                        " AND tablename <> 'alembic_version' ORDER BY tablename"
                    )
                ).scalars()
            )
            db.session.commit()
        db.session.execute(sa.text("SET LOCAL session_replication_role = replica"))
        db.session.execute(sa.text("SET LOCAL synchronous_commit = off"))
        for table in _tables[database_url]:
            db.session.execute(sa.text(f'DELETE FROM "{table}"'))
        db.session.execute(
            sa.text(
                "SELECT setval(format('%I.%I', schemaname, sequencename)::regclass, 1, false)"
                " FROM pg_sequences WHERE schemaname = current_schema()"
            )
        )
        db.session.commit()


_template_lock = threading.Lock()
_sqlite_template: list[str] = []


def _migrated_sqlite_template() -> str:
    """A SQLite file migrated once per test process, for :func:`make_app` to copy."""
    with _template_lock:
        if not _sqlite_template:
            folder = tempfile.mkdtemp(prefix="dialoog-template-")
            atexit.register(shutil.rmtree, folder, ignore_errors=True)
            app = create_app({"DIALOOG_INSTANCE_DIR": folder, "TESTING": "1", "DIALOOG_JOBS": "immediate"})
            _migrate(app)
            with app.app_context():
                db.engine.dispose()
            _sqlite_template.append(str(sa.engine.make_url(app.config["SQLALCHEMY_DATABASE_URI"]).database))
        return _sqlite_template[0]


def _copy_sqlite(source: str, target: str) -> None:
    """Copy a SQLite database file through SQLite's backup API (consistent whatever its journal)."""
    with sqlite3.connect(source) as origin, sqlite3.connect(target) as copy:
        origin.backup(copy)
    origin.close()
    copy.close()


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
    if not database_url:  # before this app: the template's app (immediate jobs) re-initialises the shared queues
        _migrated_sqlite_template()
    app = create_app(config)
    url = sa.engine.make_url(app.config["SQLALCHEMY_DATABASE_URI"])
    if url.get_backend_name() == "postgresql":
        key = app.config["SQLALCHEMY_DATABASE_URI"]
        if key not in _migrated:
            _migrate(app)
            _migrated.add(key)
        _empty_postgres(app, key)
    elif (
        url.get_backend_name() == "sqlite"
        and url.database not in (None, "", ":memory:")
        and not Path(url.database).exists()
    ):
        # A new file: a copy of the once-migrated template is the same schema as running every
        # migration again (which the template did, and tests/*/test_*migration* do step by step).
        Path(url.database).parent.mkdir(parents=True, exist_ok=True)
        _copy_sqlite(_migrated_sqlite_template(), url.database)
    else:
        _migrate(app)
    return app


def _in_context(application: Flask) -> Iterator[Flask]:
    with application.app_context():
        yield application
        db.session.remove()
    with application.app_context():
        db.engine.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def app(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Flask]:
    """An app with jobs run inline, once on SQLite and once on PostgreSQL."""
    url = request.getfixturevalue("postgres_database") if request.param == "postgresql" else None
    yield from _in_context(make_app(tmp_path, url))


@pytest.fixture
def postgres_app(tmp_path: Path, postgres_database: str) -> Iterator[Flask]:
    """An app with jobs run inline, on PostgreSQL only (row locks, concurrency)."""
    yield from _in_context(make_app(tmp_path, postgres_database))


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
