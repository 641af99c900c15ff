"""Socket.IO: a logged-in member joins their office's room and receives its events."""

from __future__ import annotations

from flask_socketio import SocketIO, join_room

from inbox.services.events import office_room
from inbox.web.access import current_membership


def on_connect(auth: object = None) -> bool:
    """Accept only logged-in members; put them in their office's room."""
    membership = current_membership()
    if membership is None:
        return False
    join_room(office_room(membership.office_id))
    return True


def register_events(socketio: SocketIO) -> None:
    """Bind the handlers to the Socket.IO server of the app being created.

    (Flask-SocketIO's decorators bind to whichever server exists at import time, so
    handlers are bound explicitly for every app.)
    """
    socketio.on_event("connect", on_connect)
