"""Logging: human-readable lines by default, one JSON object per line in production.

``DIALOOG_LOG_FORMAT=json`` (the ``production`` command sets it for every process) turns
each record into one line such as::

    {"time": "2026-11-26T10:04:01.123Z", "level": "INFO", "logger": "inbox.jobs",
     "message": "…", "role": "worker-triage", "pid": 4242, "request_id": "…"}

``role`` comes from ``DIALOOG_PROCESS_ROLE`` (web-1, worker-triage, scheduler…); web
requests carry the ``X-Request-ID`` the proxy gave them (or a new one), which is also sent
back on the response. A record's exception is in ``exception``; fields passed with
``extra=`` are kept as they are.
"""

from __future__ import annotations

import contextvars
import json
import logging
import os
import re
import sys
import uuid
from datetime import UTC, datetime
from typing import Any

from flask import Flask, Response, request

ROLE_VARIABLE = "DIALOOG_PROCESS_ROLE"
FORMAT_VARIABLE = "DIALOOG_LOG_FORMAT"
TEXT_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

request_id_var: contextvars.ContextVar[str | None] = contextvars.ContextVar("dialoog_request_id", default=None)
_SAFE_REQUEST_ID = re.compile(r"^[A-Za-z0-9._-]{1,64}$")
# Attributes every LogRecord has; anything else was passed with ``extra=`` and is kept.
_STANDARD = set(logging.LogRecord("", 0, "", 0, "", (), None).__dict__) | {"message", "asctime", "taskName"}


def process_role() -> str:
    """This process's role in a deployment (``web-1``, ``worker-send``…), from the environment."""
    return os.environ.get(ROLE_VARIABLE) or "main"


class JsonFormatter(logging.Formatter):
    """One JSON object per record, on one line."""

    def format(self, record: logging.LogRecord) -> str:
        """The record as a JSON line (time in UTC, ISO 8601 with milliseconds)."""
        moment = datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds")
        entry: dict[str, Any] = {
            "time": moment.replace("+00:00", "Z"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
            "role": process_role(),
            "pid": record.process,
        }
        current_request = request_id_var.get()
        if current_request:
            entry["request_id"] = current_request
        for key, value in record.__dict__.items():
            if key not in _STANDARD and not key.startswith("_") and key not in entry:
                entry[key] = value if isinstance(value, str | int | float | bool | type(None)) else str(value)
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        elif record.exc_text:
            entry["exception"] = record.exc_text
        if record.stack_info:
            entry["stack"] = self.formatStack(record.stack_info)
        return json.dumps(entry, ensure_ascii=False, default=str)


def make_formatter(log_format: str | None = None) -> logging.Formatter:
    """The formatter for ``log_format`` (``json`` or ``text``; default: ``DIALOOG_LOG_FORMAT``)."""
    chosen = (log_format or os.environ.get(FORMAT_VARIABLE) or "text").lower()
    return JsonFormatter() if chosen == "json" else logging.Formatter(TEXT_FORMAT)


class _DialoogHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """The stderr handler this module installs (recognised when configuring again)."""


def configure_logging(level: str = "INFO", log_format: str | None = None) -> None:
    """Log to stderr at ``level`` in the text or JSON format (``DIALOOG_LOG_FORMAT``).

    Like :func:`logging.basicConfig` it leaves a root logger that already has other
    handlers (pytest's) alone; calling it again switches the format of its own handler.
    """
    root = logging.getLogger()
    ours = [handler for handler in root.handlers if isinstance(handler, _DialoogHandler)]
    if not ours and root.handlers:
        return
    handler = ours[0] if ours else _DialoogHandler(sys.stderr)
    handler.setFormatter(make_formatter(log_format))
    if not ours:
        root.addHandler(handler)
    root.setLevel(level)


def _request_id_from_proxy() -> str:
    given = request.headers.get("X-Request-ID", "")
    return given if _SAFE_REQUEST_ID.match(given) else uuid.uuid4().hex


def register_request_ids(app: Flask) -> None:
    """Give every web request an id (the proxy's ``X-Request-ID`` or a new one) for its log lines."""

    @app.before_request
    def _start() -> None:
        request.environ["dialoog.request_id_token"] = request_id_var.set(_request_id_from_proxy())

    @app.after_request
    def _answer(response: Response) -> Response:
        current = request_id_var.get()
        if current:
            response.headers.setdefault("X-Request-ID", current)
        return response

    @app.teardown_request
    def _end(_error: BaseException | None) -> None:
        token = request.environ.pop("dialoog.request_id_token", None)
        if token is not None:
            try:
                request_id_var.reset(token)
            except ValueError:  # set in another context (a streamed response); just clear it
                request_id_var.set(None)
