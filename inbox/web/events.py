"""Socket.IO: a logged-in member joins their office's room and receives its events."""

from __future__ import annotations

from flask_socketio import join_room

from inbox.extensions import socketio
from inbox.services.events import office_room
from inbox.web.access import current_membership


@socketio.on("connect")
def on_connect(auth: object = None) -> bool:
    """Accept only logged-in members; put them in their office's room."""
    membership = current_membership()
    if membership is None:
        return False
    join_room(office_room(membership.office_id))
    return True
