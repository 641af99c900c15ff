"""The production command says what to set, and the worker takes one queue."""

from __future__ import annotations

from flask import Flask


def test_production_explains_what_to_set_without_postgresql_and_redis(sqlite_app: Flask) -> None:
    result = sqlite_app.test_cli_runner().invoke(args=["production"])
    assert result.exit_code == 2
    assert "DATABASE_URL=postgresql://" in result.output
    assert "REDIS_URL=redis://" in result.output


def test_production_and_worker_document_their_options(sqlite_app: Flask) -> None:
    runner = sqlite_app.test_cli_runner()
    production = runner.invoke(args=["production", "--help"])
    assert production.exit_code == 0
    assert "--web" in production.output and "--port" in production.output
    assert "--triage-workers" in production.output
    assert runner.invoke(args=["production", "--triage-workers", "0"]).exit_code == 2
    worker = runner.invoke(args=["worker", "--help"])
    assert "[ingest|triage|send|all]" in worker.output
    assert runner.invoke(args=["worker", "--queue", "mail"]).exit_code == 2
