"""Structured logs: one JSON object per line, with role, request id and exception text."""

from __future__ import annotations

import json
import logging
import sys

import pytest
from flask import Flask

from inbox.deploy.supervisor import structured_line
from inbox.logging_setup import JsonFormatter, request_id_var


def record(message: str, *args: object, exc_info: object = None, **extra: object) -> logging.LogRecord:
    entry = logging.LogRecord("inbox.test", logging.WARNING, __file__, 1, message, args, exc_info)
    entry.__dict__.update(extra)
    return entry


def test_a_record_becomes_one_json_line_with_role_and_exception(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DIALOOG_PROCESS_ROLE", "worker-triage")
    try:
        raise RuntimeError("model missing")
    except RuntimeError:
        line = JsonFormatter().format(record("triage of %d failed\nsecond line", 3, exc_info=sys.exc_info(), batch=7))
    assert "\n" not in line
    entry = json.loads(line)
    assert entry["level"] == "WARNING"
    assert entry["logger"] == "inbox.test"
    assert entry["message"] == "triage of 3 failed\nsecond line"
    assert entry["role"] == "worker-triage"
    assert entry["batch"] == 7
    assert "RuntimeError: model missing" in entry["exception"]
    assert entry["time"].endswith("Z")


def test_a_web_request_puts_its_id_on_every_line(sqlite_app: Flask, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[str | None] = []

    @sqlite_app.get("/_log_probe")
    def _probe() -> str:
        seen.append(json.loads(JsonFormatter().format(record("inside"))).get("request_id"))
        return "ok"

    answer = sqlite_app.test_client().get("/_log_probe", headers={"X-Request-ID": "req-42"})
    assert answer.headers["X-Request-ID"] == "req-42"
    assert seen == ["req-42"]
    assert request_id_var.get() is None  # gone after the request
    assert "request_id" not in json.loads(JsonFormatter().format(record("outside")))


def test_the_supervisor_wraps_lines_that_are_not_json() -> None:
    wrapped = json.loads(structured_line("2026/11/27 [emerg] 12#12: bind() to 0.0.0.0:80 failed\n", "proxy"))
    assert wrapped["role"] == "proxy"
    assert wrapped["level"] == "ERROR"
    assert wrapped["message"].endswith("failed")
    passed = structured_line('{"level": "INFO", "message": "hi", "role": "web-1"}', "web-1")
    assert passed == '{"level": "INFO", "message": "hi", "role": "web-1"}'
    assert json.loads(structured_line('{"message": "no role"}', "scheduler"))["role"] == "scheduler"
