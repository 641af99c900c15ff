"""Socket.IO: members join their office's room and their own; presence and typing are relayed.

Only the roles that see voter details connect: the office's events carry voters' names and
messages, so a viewer's (aggregates-only) page is refused like an anonymous one.

Presence is ephemeral: each page says every few seconds which conversation it shows and
whether its user is typing a reply; other pages of the office forget an entry they have
not heard about for a while. Nothing here is stored.
"""

from __future__ import annotations

from typing import Any

from flask import current_app, request, session
from flask_login import current_user
from flask_socketio import SocketIO, emit, join_room
from sqlalchemy import select

from inbox.live.events import office_room, user_room
from inbox.models import Conversation, Membership, db
from inbox.services.access.live_access import LiveConnection
from inbox.services.access.user_sessions import SESSION_TOKEN, token_hash
from inbox.web.access import current_membership, sees_voter_details
from inbox.web.live_guard import LiveGuard
from inbox.web.untrusted_input import is_id


def _live_membership() -> Membership | None:
    """The current membership if it may take part in the office's live events (not a viewer)."""
    membership = current_membership()
    return membership if membership is not None and sees_voter_details(membership) else None


def _guard() -> LiveGuard:
    """This app's guard of open connections (made at the first connection)."""
    app = current_app._get_current_object()  # type: ignore[attr-defined]
    guard = app.extensions.get("dialoog.live_guard")
    if guard is None:
        interval = app.extensions["dialoog.settings"].live_recheck_seconds
        server = app.extensions["socketio"].server
        guard = app.extensions["dialoog.live_guard"] = LiveGuard(app, server, interval)
    return guard


def on_connect(auth: object = None) -> bool:
    """Accept only logged-in members who see voter details; put them in their office's room and their own."""
    membership = _live_membership()
    token = session.get(SESSION_TOKEN)
    if membership is None or not isinstance(token, str):
        return False
    join_room(office_room(membership.office_id))
    join_room(user_room(membership.user_id))
    sid = request.sid  # type: ignore[attr-defined]
    _guard().admit(sid, LiveConnection(membership.user_id, membership.office_id, token_hash(token)))
    return True


def on_presence(payload: Any) -> None:
    """Relay "I am viewing (and maybe typing in) this conversation" to the rest of the office."""
    membership = _live_membership()
    if membership is None or not isinstance(payload, dict):
        return
    conversation_id = payload.get("conversation_id")
    if conversation_id is not None:
        if not is_id(conversation_id):  # also refuses ids no column holds (PostgreSQL: "integer out of range")
            return
        in_office = db.session.execute(
            select(Conversation.id).where(
                Conversation.id == conversation_id, Conversation.office_id == membership.office_id
            )
        ).scalar_one_or_none()
        if in_office is None:
            return
    emit(
        "presence",
        {
            "user_id": current_user.id,
            "name": current_user.name,
            "conversation_id": conversation_id,
            "typing": bool(payload.get("typing")) and conversation_id is not None,
        },
        to=office_room(membership.office_id),
        skip_sid=request.sid,  # type: ignore[attr-defined]
    )


def on_disconnect(*_args: object) -> None:
    """Tell the office this page is gone, so its presence disappears at once."""
    _guard().forget(request.sid)  # type: ignore[attr-defined]
    membership = _live_membership()
    if membership is not None:
        emit(
            "presence",
            {"user_id": current_user.id, "name": current_user.name, "conversation_id": None, "typing": False},
            to=office_room(membership.office_id),
            skip_sid=request.sid,  # type: ignore[attr-defined]
        )


def register_events(socketio: SocketIO) -> None:
    """Bind the handlers to the Socket.IO server of the app being created.

    (Flask-SocketIO's decorators bind to whichever server exists at import time, so
    handlers are bound explicitly for every app.)
    """
    socketio.on_event("connect", on_connect)
    socketio.on_event("presence", on_presence)
    socketio.on_event("disconnect", on_disconnect)
