"""Health endpoints for a proxy, a supervisor or an orchestrator. No login, no voter data.

- ``GET /healthz``: liveness; the process answers (no database involved).
- ``GET /readyz``: readiness; the database answers and its schema is at the newest
  migration, and Redis answers when it is configured. 503 with a JSON body naming what is
  not ready otherwise.
"""

from __future__ import annotations

import logging
from typing import Any

from flask import Blueprint, current_app, jsonify
from flask.typing import ResponseReturnValue
from sqlalchemy import text

from inbox.config import PROJECT_DIR
from inbox.extensions import csrf
from inbox.logging_setup import process_role
from inbox.models import db

log = logging.getLogger(__name__)

health = Blueprint("health", __name__)
csrf.exempt(health)


def _migration_heads() -> set[str]:
    """The newest revision(s) in ``migrations/`` (read once per process)."""
    cached = current_app.extensions.get("dialoog.migration_heads")
    if cached is None:
        from alembic.script import ScriptDirectory

        cached = set(ScriptDirectory(str(PROJECT_DIR / "migrations")).get_heads())
        current_app.extensions["dialoog.migration_heads"] = cached
    return cached


def _check_database(checks: dict[str, str]) -> None:
    from alembic.runtime.migration import MigrationContext

    try:
        with db.engine.connect() as connection:
            connection.execute(text("SELECT 1"))
            current = set(MigrationContext.configure(connection).get_current_heads())
    except Exception as error:
        log.warning("readiness: database unreachable: %s", error.__class__.__name__)
        checks["database"] = f"unreachable ({error.__class__.__name__})"
        return
    checks["database"] = "ok"
    heads = _migration_heads()
    if current == heads:
        checks["migrations"] = "ok"
    else:
        have = ", ".join(sorted(current)) or "none"
        checks["migrations"] = f"at {have}, newest is {', '.join(sorted(heads))}: run `python -m inbox db upgrade`"


def _check_redis(checks: dict[str, str], redis_url: str | None) -> None:
    if not redis_url:
        checks["redis"] = "not configured"
        return
    import redis

    client = current_app.extensions.get("dialoog.health_redis")
    if client is None:
        client = redis.Redis.from_url(redis_url, socket_timeout=2, socket_connect_timeout=2)
        current_app.extensions["dialoog.health_redis"] = client
    try:
        client.ping()
    except redis.exceptions.RedisError as error:
        log.warning("readiness: Redis unreachable: %s", error.__class__.__name__)
        checks["redis"] = f"unreachable ({error.__class__.__name__})"
        return
    checks["redis"] = "ok"


def _no_store(body: dict[str, Any], status: int) -> ResponseReturnValue:
    response = jsonify(body)
    response.headers["Cache-Control"] = "no-store"
    return response, status


@health.get("/healthz")
def healthz() -> ResponseReturnValue:
    """Liveness: this process is up and answering."""
    return _no_store({"status": "ok", "process": process_role()}, 200)


@health.get("/readyz")
def readyz() -> ResponseReturnValue:
    """Readiness: database reachable and migrated, Redis reachable when configured."""
    settings = current_app.extensions["dialoog.settings"]
    checks: dict[str, str] = {}
    _check_database(checks)
    _check_redis(checks, settings.redis_url)
    ready = all(value in ("ok", "not configured") for value in checks.values())
    body = {"status": "ready" if ready else "not ready", "checks": checks, "process": process_role()}
    if not ready:
        body["not_ready"] = sorted(name for name, value in checks.items() if value not in ("ok", "not configured"))
    return _no_store(body, 200 if ready else 503)
