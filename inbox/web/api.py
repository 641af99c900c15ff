"""JSON API behind the inbox page."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, abort, jsonify, request
from flask_login import current_user, login_required
from werkzeug.wrappers import Response

from inbox.services.conversations import conversation_detail, list_conversations
from inbox.services.replies import ReplyRejectedError, create_reply, reply_view
from inbox.web.access import require_office

api = Blueprint("api", __name__, url_prefix="/api")


@api.get("/conversations")
@login_required
def conversations() -> Response:
    """The office's queue, newest activity first."""
    membership = require_office()
    return jsonify({"conversations": list_conversations(membership.office_id)})


@api.get("/conversations/<int:conversation_id>")
@login_required
def conversation(conversation_id: int) -> Response:
    """One conversation with its messages and replies."""
    membership = require_office()
    detail = conversation_detail(membership.office_id, conversation_id)
    if detail is None:
        abort(404)
    return jsonify(detail)


@api.post("/conversations/<int:conversation_id>/replies")
@login_required
def post_reply(conversation_id: int) -> tuple[Response, int]:
    """Queue a reply to the voter; it is sent by a job and its state pushed live."""
    membership = require_office()
    payload: dict[str, Any] = request.get_json(silent=True) or {}
    text = payload.get("text")
    if not isinstance(text, str):
        return jsonify({"error": 'Send the reply as JSON: {"text": "…"}.'}), 400
    try:
        reply = create_reply(membership.office_id, conversation_id, current_user, text)
    except ReplyRejectedError as rejected:
        return jsonify({"error": str(rejected)}), 422
    except LookupError:
        abort(404)
    return jsonify(reply_view(reply, {current_user.id: current_user.name})), 202


@api.post("/messages/<int:message_id>/tags")
@login_required
def correct_message_tag(message_id: int) -> tuple[Response, int]:
    """Correct one tag of a message: {"tag": "topic", "value": "housing"}."""
    from inbox.services.corrections import CorrectionRejectedError, correct_tag

    membership = require_office()
    payload: dict[str, Any] = request.get_json(silent=True) or {}
    if not isinstance(payload.get("tag"), str) or "value" not in payload:
        return jsonify({"error": 'Send JSON {"tag": …, "value": …}.'}), 400
    try:
        correction = correct_tag(membership.office_id, message_id, current_user, payload["tag"], payload["value"])
    except CorrectionRejectedError as rejected:
        return jsonify({"error": str(rejected)}), 422
    except LookupError:
        abort(404)
    return jsonify({"id": correction.id, "tag": correction.tag, "value": correction.new_value}), 200


@api.get("/topics")
@login_required
def topics() -> Response:
    """The office's topics with their names in the user's language."""
    from inbox.services.topics import topic_choices

    membership = require_office()
    return jsonify({"topics": topic_choices(membership.office_id, current_user.language)})
