"""Live events: the one way anything reaches open inboxes.

In the embedded mode Socket.IO emits in-process; with REDIS_URL set the same call goes
through the Redis message queue, so a job in a worker process reaches browsers connected
to any web process.
"""

from __future__ import annotations

import logging
from typing import Any

from inbox.extensions import socketio

log = logging.getLogger(__name__)


def office_room(office_id: int) -> str:
    """The Socket.IO room every connected member of an office joins."""
    return f"office:{office_id}"


def publish(office_id: int, event: str, payload: dict[str, Any]) -> None:
    """Push ``event`` with ``payload`` to every open inbox of the office.

    Never raises: the database already holds the change, and a page that missed an
    event catches up when it reloads or reconnects.
    """
    try:
        socketio.emit(event, payload, to=office_room(office_id))
    except Exception:
        log.exception("could not publish %s to office %s", event, office_id)


def user_room(user_id: int) -> str:
    """The Socket.IO room of one user's open pages (assignments and @mentions for them)."""
    return f"user:{user_id}"


def publish_to_user(user_id: int, event: str, payload: dict[str, Any]) -> None:
    """Push ``event`` to every open page of one user; never raises (see :func:`publish`)."""
    try:
        socketio.emit(event, payload, to=user_room(user_id))
    except Exception:
        log.exception("could not publish %s to user %s", event, user_id)
