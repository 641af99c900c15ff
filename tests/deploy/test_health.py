"""Health and readiness endpoints: no login, JSON, and 503 naming what is not ready."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from flask import Flask

from inbox import create_app
from tests.conftest import make_app


def test_liveness_and_readiness_answer_without_a_login(app: Flask) -> None:
    client = app.test_client()
    alive = client.get("/healthz")
    assert alive.status_code == 200
    assert alive.json["status"] == "ok"
    assert alive.headers["Cache-Control"] == "no-store"
    ready = client.get("/readyz")
    assert ready.status_code == 200
    assert ready.json["status"] == "ready"
    assert ready.json["checks"] == {"database": "ok", "migrations": "ok", "redis": "not configured"}


def test_readiness_names_missing_migrations(tmp_path: Path) -> None:
    app = create_app({"DIALOOG_INSTANCE_DIR": str(tmp_path / "instance"), "TESTING": "1", "DIALOOG_JOBS": "immediate"})
    answer = app.test_client().get("/readyz")
    assert answer.status_code == 503
    assert answer.json["not_ready"] == ["migrations"]
    assert "db upgrade" in answer.json["checks"]["migrations"]
    assert app.test_client().get("/healthz").status_code == 200  # alive, just not ready


def test_readiness_names_an_unreachable_database(tmp_path: Path) -> None:
    app = create_app(
        {
            "DIALOOG_INSTANCE_DIR": str(tmp_path / "instance"),
            "DATABASE_URL": "postgresql://nobody@127.0.0.1:1/none",
            "TESTING": "1",
            "DIALOOG_JOBS": "immediate",
        }
    )
    answer = app.test_client().get("/readyz")
    assert answer.status_code == 503
    assert answer.json["not_ready"] == ["database"]
    assert answer.json["checks"]["database"].startswith("unreachable")
    assert "nobody" not in answer.get_data(as_text=True)  # no connection details leak


def test_readiness_names_an_unreachable_redis(tmp_path: Path, redis_url: str) -> None:
    app = make_app(tmp_path, REDIS_URL=redis_url, DIALOOG_JOBS="workers")
    assert app.test_client().get("/readyz").json["checks"]["redis"] == "ok"
    # Redis goes away (here: the check is pointed at a port nothing listens on).
    settings = app.extensions["dialoog.settings"]
    app.extensions["dialoog.settings"] = dataclasses.replace(settings, redis_url="redis://127.0.0.1:1/0")
    app.extensions.pop("dialoog.health_redis")
    answer = app.test_client().get("/readyz")
    assert answer.status_code == 503
    assert answer.json["not_ready"] == ["redis"]
    assert answer.json["checks"]["database"] == "ok"


def test_every_response_carries_a_request_id_and_keeps_the_proxys(sqlite_app: Flask) -> None:
    client = sqlite_app.test_client()
    fresh = client.get("/healthz").headers["X-Request-ID"]
    assert len(fresh) == 32
    assert client.get("/healthz", headers={"X-Request-ID": "abc-123"}).headers["X-Request-ID"] == "abc-123"
    odd = "<script>" + "a" * 80
    replaced = client.get("/healthz", headers={"X-Request-ID": odd}).headers["X-Request-ID"]
    assert replaced != odd and len(replaced) == 32
