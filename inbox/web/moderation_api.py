"""JSON endpoints for moderation (hide/unhide a Facebook or Instagram comment, dismiss the suggestion to hide
one) and the reply window."""

from __future__ import annotations

from flask import Blueprint, abort, jsonify
from flask_login import current_user, login_required
from werkzeug.wrappers import Response

from inbox.ingest.base import ChannelError
from inbox.models import Conversation, db
from inbox.services.replies.moderation import (
    ModerationRejectedError,
    dismiss_hide_suggestion,
    reply_window,
    set_comment_hidden,
)
from inbox.web.access import require_office

moderation_api = Blueprint("moderation_api", __name__, url_prefix="/api")


def _set_hidden(message_id: int, hidden: bool) -> tuple[Response, int]:
    membership = require_office()
    try:
        message = set_comment_hidden(membership.office_id, message_id, current_user, hidden)
    except LookupError:
        abort(404)
    except ModerationRejectedError as rejected:
        return jsonify({"error": str(rejected)}), 422
    except ChannelError as refused:
        return jsonify({"error": refused.detail, "health": str(refused.health)}), 502
    hidden_at = message.hidden_at.isoformat() if message.hidden_at else None
    return jsonify({"id": message.id, "hidden": hidden_at is not None, "hidden_at": hidden_at}), 200


@moderation_api.post("/messages/<int:message_id>/hide")
@login_required
def hide(message_id: int) -> tuple[Response, int]:
    """Hide a voter's comment on Facebook or Instagram (abuse); staff of the message's office only."""
    return _set_hidden(message_id, True)


@moderation_api.post("/messages/<int:message_id>/unhide")
@login_required
def unhide(message_id: int) -> tuple[Response, int]:
    """Show a hidden comment again."""
    return _set_hidden(message_id, False)


@moderation_api.post("/messages/<int:message_id>/hide-suggestion/dismiss")
@login_required
def dismiss_suggestion(message_id: int) -> tuple[Response, int]:
    """Stop suggesting to hide this abusive comment (for the office; the comment is left as it is); audited."""
    membership = require_office()
    try:
        dismiss_hide_suggestion(membership.office_id, message_id, current_user)
    except LookupError:
        abort(404)
    return jsonify({"id": message_id, "dismissed": True}), 200


@moderation_api.get("/conversations/<int:conversation_id>/reply-window")
@login_required
def get_reply_window(conversation_id: int) -> Response:
    """Whether a reply can be sent now (Meta's 24-hour rule for direct messages), for the composer."""
    membership = require_office()
    conversation = db.session.get(Conversation, conversation_id)
    if conversation is None or conversation.office_id != membership.office_id:
        abort(404)
    window = reply_window(conversation_id)
    closes_at = window.closes_at.isoformat() if window.closes_at else None
    return jsonify({"open": window.open, "closes_at": closes_at, "reason": window.reason})
