"""Live events: the one way anything reaches open inboxes.

A service calls :func:`publish` (or :func:`publish_to_user`) after changing rows; the event
leaves once that change is committed (:mod:`inbox.models.after_commit`), so a page never
hears of a change it cannot yet read, nor of one that was rolled back. ``create_app`` names
the sender (Socket.IO's ``emit``): in the embedded mode it emits in-process; with REDIS_URL
set the same call goes through the Redis message queue, so a job in a worker process
reaches browsers connected to any web process. Services never import the web layer.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from inbox.models.after_commit import run_after_commit

log = logging.getLogger(__name__)

Emit = Callable[..., Any]  # emit(event, payload, to=room), as Flask-SocketIO's
_sender: dict[str, Emit | None] = {"emit": None}


def use_sender(emit: Emit | None) -> None:
    """Send events with ``emit`` from now on (``create_app`` passes Socket.IO's)."""
    _sender["emit"] = emit


def office_room(office_id: int) -> str:
    """The Socket.IO room every connected member of an office joins."""
    return f"office:{office_id}"


def user_room(user_id: int) -> str:
    """The Socket.IO room of one user's open pages (assignments and @mentions for them)."""
    return f"user:{user_id}"


def publish(office_id: int, event: str, payload: dict[str, Any]) -> None:
    """Push ``event`` with ``payload`` to every open inbox of the office, once committed.

    Never raises: the database already holds the change, and a page that missed an
    event catches up when it reloads or reconnects.
    """
    run_after_commit(lambda: _send(event, payload, office_room(office_id)))


def publish_to_user(user_id: int, event: str, payload: dict[str, Any]) -> None:
    """Push ``event`` to every open page of one user, once committed; never raises (see :func:`publish`)."""
    run_after_commit(lambda: _send(event, payload, user_room(user_id)))


def _send(event: str, payload: dict[str, Any], room: str) -> None:
    emit = _sender["emit"]
    if emit is None:
        log.debug("no live sender (no app): %s to %s not sent", event, room)
        return
    try:
        emit(event, payload, to=room)
    except Exception:
        log.exception("could not publish %s to %s", event, room)
