"""Small helpers shared by the JSON endpoints: read the body, answer errors the same way."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from flask import jsonify, request
from werkzeug.wrappers import Response


def json_body() -> dict[str, Any]:
    """The request's JSON object, or an empty dict when the body is not a JSON object."""
    payload = request.get_json(silent=True)
    return payload if isinstance(payload, dict) else {}


def error(message: str, status: int) -> tuple[Response, int]:
    """A JSON error the page can show as it is."""
    return jsonify({"error": message}), status


def parse_time(value: Any) -> datetime | None:
    """An ISO 8601 time from the browser as an aware UTC datetime, or None when absent or invalid."""
    if not isinstance(value, str) or not value:
        return None
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
        return moment.astimezone(UTC) if moment.tzinfo else moment.replace(tzinfo=UTC)
    except (ValueError, OverflowError):  # OverflowError: e.g. year 1 at +14:00 is before any UTC time
        return None
