"""Fixtures for the attack-surface tests: a seeded two-office world per database, restored between routes.

The world is seeded once per test session and database (SQLite, PostgreSQL); a test that may
have changed it (a state-changing route) marks it dirty and the next test starts from the
snapshot again: SQLite through the backup API, PostgreSQL by re-creating the database
from a template. Sessions stay valid across restores (same users, same ids).
"""

from __future__ import annotations

import sqlite3
import tempfile
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import pytest
import sqlalchemy as sa
from flask import Flask

from inbox import create_app
from inbox.models import db
from tests.conftest import POSTGRES_ADMIN_URL, create_test_database, drop_test_databases, make_app
from tests.security.routes import Route, all_routes
from tests.security.world import World, build_world


@cache
def collection_routes() -> tuple[Route, ...]:
    """The app's routes, read once at collection time from an app that touches no database."""
    with tempfile.TemporaryDirectory(prefix="dialoog-routes-") as instance:
        app = create_app({"DIALOOG_INSTANCE_DIR": instance, "TESTING": "1", "DIALOOG_JOBS": "immediate"})
        return tuple(all_routes(app))


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Parametrize ``route`` with every route of the app."""
    if "route" in metafunc.fixturenames:
        routes = collection_routes()
        metafunc.parametrize("route", routes, ids=[route.id for route in routes])


class Snapshot:
    """Save the seeded database once and put it back when a test may have changed it."""

    def __init__(self, app: Flask, postgres_name: str | None) -> None:
        self.app = app
        self.postgres_name = postgres_name
        self.dirty = False
        self.sqlite_copy: sqlite3.Connection | None = None

    def _sqlite_path(self) -> str:
        url = sa.engine.make_url(self.app.config["SQLALCHEMY_DATABASE_URI"])
        return str(url.database)

    def _admin(self) -> sa.Engine:
        return sa.create_engine(POSTGRES_ADMIN_URL, isolation_level="AUTOCOMMIT")

    def save(self) -> None:
        """Take the snapshot (once, after seeding)."""
        db.session.remove()
        db.engine.dispose()
        if self.postgres_name is None:
            self.sqlite_copy = sqlite3.connect(":memory:", check_same_thread=False)
            with sqlite3.connect(self._sqlite_path()) as source:
                source.backup(self.sqlite_copy)
            return
        admin = self._admin()
        with admin.connect() as connection:
            connection.execute(sa.text(f'CREATE DATABASE "{self.postgres_name}_snap" TEMPLATE "{self.postgres_name}"'))
        admin.dispose()

    def restore(self) -> None:
        """Put the snapshot back if the last test may have changed the database."""
        if not self.dirty:
            return
        db.session.remove()
        db.engine.dispose()
        if self.postgres_name is None:
            assert self.sqlite_copy is not None
            with sqlite3.connect(self._sqlite_path()) as target:
                self.sqlite_copy.backup(target)
        else:
            name = self.postgres_name
            admin = self._admin()
            with admin.connect() as connection:
                connection.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
                connection.execute(sa.text(f'CREATE DATABASE "{name}" TEMPLATE "{name}_snap"'))
            admin.dispose()
        self.dirty = False

    def drop(self) -> None:
        """Forget the snapshot (and the PostgreSQL databases)."""
        if self.sqlite_copy is not None:
            self.sqlite_copy.close()
        if self.postgres_name is not None:
            drop_test_databases(self.postgres_name, f"{self.postgres_name}_snap")


@pytest.fixture(scope="session", params=["sqlite", "postgresql"])
def seeded(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[World, Snapshot]]:
    """The two-office world on SQLite or PostgreSQL, with jobs queued (never run) and its snapshot.

    The contact form's throttle is raised so that the fuzzed posts are judged on their content.
    """
    url, name = create_test_database("dialoog_security") if request.param == "postgresql" else (None, None)
    tmp: Path = tmp_path_factory.mktemp(f"security-{request.param}")
    # embedded jobs mode without consumer threads: replies and triage are queued, never sent or run
    app = make_app(tmp, url, DIALOOG_JOBS="embedded")
    app.config.update(DIALOOG_FORM_MIN_SECONDS=0, DIALOOG_FORM_IP_LIMIT=1_000_000, DIALOOG_FORM_EMAIL_LIMIT=1_000_000)
    with app.app_context():
        world = build_world(app)
        world.backend = request.param
        snapshot = Snapshot(app, name)
        snapshot.save()
        yield world, snapshot
        db.session.remove()
        db.engine.dispose()
        snapshot.drop()


@pytest.fixture
def world(seeded: tuple[World, Snapshot]) -> Iterator[World]:
    """The seeded world as the snapshot left it; marked dirty after a test that may have changed it."""
    world, snapshot = seeded
    snapshot.restore()
    world.prints.clear()
    snapshot.dirty = True  # unless the test says otherwise
    yield world
    db.session.remove()


def keep_clean(seeded: tuple[World, Snapshot]) -> None:
    """Tell the snapshot this test changed nothing worth restoring."""
    seeded[1].dirty = False


@pytest.fixture(params=["sqlite", "postgresql"])
def inert_app(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Flask]:
    """An empty app on SQLite or PostgreSQL whose jobs are queued and never run (no triage, no sends)."""
    url = request.getfixturevalue("postgres_database") if request.param == "postgresql" else None
    application = make_app(tmp_path, url, DIALOOG_JOBS="embedded")
    application.config["BACKEND"] = request.param
    with application.app_context():
        yield application
        db.session.remove()
    with application.app_context():
        db.engine.dispose()
