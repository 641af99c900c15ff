"""Shared helpers for the X channel tests: an app whose jobs are queued (not run), voters, logins."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from flask import Flask, g
from flask.testing import FlaskClient

from inbox.models import db
from tests.conftest import make_app
from tests.factories import PASSWORD


@pytest.fixture(params=["sqlite", "postgresql"])
def quiet_app(request: pytest.FixtureRequest, tmp_path: Path, redis_url: str) -> Iterator[Flask]:
    """An app on SQLite and on PostgreSQL whose jobs go to Redis and are not run (no triage, no sends)."""
    url = request.getfixturevalue("postgres_database") if request.param == "postgresql" else None
    application = make_app(tmp_path, url, REDIS_URL=redis_url, DIALOOG_JOBS="workers")
    with application.app_context():
        yield application
        db.session.remove()
    with application.app_context():
        db.engine.dispose()


def voters(sandbox, count: int = 2) -> list[dict]:  # type: ignore[no-untyped-def]
    """``count`` voter accounts in the X sandbox."""
    return [sandbox.add_user(f"kiezer{i}", f"Kiezer {i}") for i in range(count)]


def logged_in(app: Flask, email: str) -> tuple[FlaskClient, dict[str, str]]:
    """A test client logged in through the real form, and the headers (CSRF) its API calls need."""
    client = app.test_client()
    g.pop("csrf_token", None)  # the test's app context is shared by requests: forget another client's token
    page = client.get("/login").get_data(as_text=True)
    token = re.search(r'name="csrf_token" value="([^"]+)"', page)
    assert token, "login form has no CSRF token"
    answer = client.post("/login", data={"email": email, "password": PASSWORD, "csrf_token": token.group(1)})
    assert answer.status_code in (302, 303), f"login failed: {answer.status_code} {answer.get_data(as_text=True)[:300]}"
    g.pop("csrf_token", None)
    home = client.get("/").get_data(as_text=True)
    csrf = re.search(r'name="csrf-token" content="([^"]+)"', home)
    assert csrf, "page has no CSRF meta tag"
    return client, {"X-CSRFToken": csrf.group(1)}
