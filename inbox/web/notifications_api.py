"""JSON API of the notification centre: the user's @mentions and assignments, marked read."""

from __future__ import annotations

from flask import Blueprint, jsonify
from flask_login import current_user, login_required
from werkzeug.wrappers import Response

from inbox.services.conversations.notifications import mark_notifications_read, notifications_for
from inbox.web.access import require_office
from inbox.web.json_helpers import error, json_body

notifications_api = Blueprint("notifications_api", __name__, url_prefix="/api/notifications")


@notifications_api.get("")
@login_required
def notifications() -> Response:
    """The current user's notifications, newest first, with the unread count."""
    membership = require_office()
    return jsonify(notifications_for(membership.office_id, current_user.id))


@notifications_api.post("/read")
@login_required
def mark_read() -> Response | tuple[Response, int]:
    """Mark read: ``{"conversation_ids": [..]}`` those conversations' notifications, ``{}`` all."""
    membership = require_office()
    wanted = json_body().get("conversation_ids")
    if wanted is not None and (
        not isinstance(wanted, list) or not all(isinstance(i, int) and not isinstance(i, bool) for i in wanted)
    ):
        return error('Send JSON {"conversation_ids": [ids]} or {}.', 400)
    chosen = set(wanted) if wanted is not None else None
    return jsonify(mark_notifications_read(membership.office_id, current_user.id, chosen))
