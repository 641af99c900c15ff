"""JSON API behind the inbox page: read the queue and conversations, and act on them."""

from __future__ import annotations

from flask import Blueprint, abort, jsonify
from flask_login import current_user, login_required
from werkzeug.wrappers import Response

from inbox.ingest.registry import reply_length
from inbox.models import ChannelAccount, Conversation, ConversationStatus, Office, db
from inbox.services.access.office_members import office_members
from inbox.services.access.users import set_interface_language
from inbox.services.conversations.assignment import AssignmentRejectedError, assign_conversation
from inbox.services.conversations.notes import NoteRejectedError, add_note, note_view
from inbox.services.conversations.read_state import read_conversation, unread_conversations
from inbox.services.conversations.status import StatusRejectedError, set_conversation_status
from inbox.services.conversations.summaries import list_conversations
from inbox.services.learning.corrections import CorrectionRejectedError, correct_tag
from inbox.services.learning.topics import topic_choices
from inbox.services.replies.outgoing import (
    ReplyCollisionError,
    ReplyRejectedError,
    create_reply,
    reply_view,
    retry_reply,
    text_as_posted,
)
from inbox.web.access import require_member, require_office
from inbox.web.i18n import LANGUAGES
from inbox.web.json_helpers import error, json_body, parse_time

api = Blueprint("api", __name__, url_prefix="/api")


@api.get("/conversations")
@login_required
def conversations() -> Response:
    """The office's queue, newest activity first (unfiltered; see /api/queue for filters)."""
    membership = require_office()
    return jsonify({"conversations": list_conversations(membership.office_id)})


@api.get("/conversations/<int:conversation_id>")
@login_required
def conversation(conversation_id: int) -> Response:
    """One conversation with its messages, replies, notes and the voter's other conversations.

    Reading voter data is audited; the conversation counts as read for this user.
    """
    membership = require_office()
    detail = read_conversation(membership.office_id, current_user.id, conversation_id)
    if detail is None:
        abort(404)
    return jsonify(detail)


@api.post("/conversations/<int:conversation_id>/replies")
@login_required
def post_reply(conversation_id: int) -> tuple[Response, int]:
    """Store a reply: queued for sending, or held for the politician's approval.

    JSON ``{"text": …, "seen_until": ISO time, "force": false}``; 409 when a colleague
    answered the voter after ``seen_until`` (send again with ``force`` to answer anyway).
    """
    membership = require_office()
    payload = json_body()
    text = payload.get("text")
    if not isinstance(text, str):
        return error('Send the reply as JSON: {"text": "…"}.', 400)
    try:
        reply = create_reply(
            membership.office_id,
            conversation_id,
            current_user,
            text,
            seen_until=parse_time(payload.get("seen_until")),
            force=payload.get("force") is True,
        )
    except ReplyCollisionError as collision:
        return jsonify({"error": str(collision), "collision": True, "colleague": collision.colleague}), 409
    except ReplyRejectedError as rejected:
        return error(str(rejected), 422)
    except LookupError:
        abort(404)
    return jsonify(reply_view(reply, {current_user.id: current_user.name})), 202


@api.post("/replies/<int:reply_id>/retry")
@login_required
def retry(reply_id: int) -> Response | tuple[Response, int]:
    """Send a failed reply again (a person decided to)."""
    membership = require_office()
    try:
        reply = retry_reply(membership.office_id, reply_id, current_user)
    except ReplyRejectedError as rejected:
        return error(str(rejected), 422)
    except LookupError:
        abort(404)
    return jsonify(reply_view(reply, {current_user.id: current_user.name}))


@api.post("/conversations/<int:conversation_id>/assign")
@login_required
def assign(conversation_id: int) -> Response | tuple[Response, int]:
    """Assign: ``{"user_id": 7}``, ``{"user_id": "me"}`` or ``{"user_id": null}`` to release."""
    membership = require_office()
    target = json_body().get("user_id", "missing")
    if target == "me":
        target = current_user.id
    if target is not None and not isinstance(target, int):
        return error('Send JSON {"user_id": <id>, "me" or null}.', 400)
    try:
        assign_conversation(membership.office_id, conversation_id, current_user, target)
    except AssignmentRejectedError as rejected:
        return error(str(rejected), 422)
    except LookupError:
        abort(404)
    return jsonify({"ok": True})


@api.post("/conversations/<int:conversation_id>/status")
@login_required
def status(conversation_id: int) -> Response | tuple[Response, int]:
    """Set the status: ``{"status": "open|pending|snoozed|closed", "snoozed_until": ISO time}``."""
    membership = require_office()
    payload = json_body()
    try:
        new_status = ConversationStatus(payload.get("status"))
    except ValueError:
        return error("Status must be open, pending, snoozed or closed.", 400)
    try:
        set_conversation_status(
            membership.office_id,
            conversation_id,
            current_user,
            new_status,
            parse_time(payload.get("snoozed_until")),
        )
    except StatusRejectedError as rejected:
        return error(str(rejected), 422)
    except LookupError:
        abort(404)
    return jsonify({"ok": True})


@api.post("/conversations/<int:conversation_id>/notes")
@login_required
def post_note(conversation_id: int) -> tuple[Response, int]:
    """Add an internal note: ``{"body": "… @Pieter …"}``; mentioned colleagues are notified."""
    membership = require_office()
    body = json_body().get("body")
    if not isinstance(body, str):
        return error('Send the note as JSON: {"body": "…"}.', 400)
    try:
        note = add_note(membership.office_id, conversation_id, current_user, body)
    except NoteRejectedError as rejected:
        return error(str(rejected), 422)
    except LookupError:
        abort(404)
    return jsonify(note_view(note, current_user.name)), 201


@api.get("/unread")
@login_required
def unread() -> Response:
    """Open conversations with activity this user has not seen, and how many are assigned to them."""
    membership = require_office()
    return jsonify(unread_conversations(membership.office_id, current_user.id))


@api.post("/messages/<int:message_id>/tags")
@login_required
def correct_message_tag(message_id: int) -> tuple[Response, int]:
    """Correct one tag of a message: {"tag": "topic", "value": "housing"}."""

    membership = require_office()
    payload = json_body()
    if not isinstance(payload.get("tag"), str) or "value" not in payload:
        return error('Send JSON {"tag": …, "value": …}.', 400)
    try:
        correction = correct_tag(membership.office_id, message_id, current_user, payload["tag"], payload["value"])
    except CorrectionRejectedError as rejected:
        return error(str(rejected), 422)
    except LookupError:
        abort(404)
    return jsonify({"id": correction.id, "tag": correction.tag, "value": correction.new_value}), 200


@api.get("/topics")
@login_required
def topics() -> Response:
    """The office's topics with their names in the user's language."""

    membership = require_office()
    return jsonify({"topics": topic_choices(membership.office_id, current_user.language)})


@api.get("/me")
@login_required
def me() -> Response:
    """Who is logged in, their role, the office's members (for assigning and @mentions)."""

    membership = require_member()
    office = db.session.get(Office, membership.office_id)
    return jsonify(
        {
            "id": current_user.id,
            "name": current_user.name,
            "language": current_user.language,
            "blur_abuse": bool(current_user.blur_abuse),
            "role": str(membership.role),
            "office": {
                "id": membership.office_id,
                "name": office.name if office else "",
                "timezone": office.timezone if office else "Europe/Brussels",
                "require_approval": bool(office and office.require_approval),
            },
            "members": [
                {"id": user.id, "name": user.name, "role": str(role)}
                for user, role in office_members(membership.office_id)
            ],
        }
    )


@api.put("/me/language")
@login_required
def set_language() -> Response | tuple[Response, int]:
    """Choose the interface language: ``{"language": "nl" | "fr" | "en"}``."""

    require_member()
    language = json_body().get("language")
    if language not in LANGUAGES:
        return error(f"Language must be one of {', '.join(LANGUAGES)}.", 400)
    set_interface_language(current_user, language)
    return jsonify({"language": language})


@api.post("/length")
@login_required
def reply_length_check() -> Response | tuple[Response, int]:
    """How long a draft is by the rules of a conversation's channel: ``{"conversation_id", "text"}``."""
    from sqlalchemy import select

    membership = require_office()
    payload = json_body()
    text, conversation_id = payload.get("text"), payload.get("conversation_id")
    if not isinstance(text, str) or not isinstance(conversation_id, int):
        return error('Send JSON {"conversation_id": <id>, "text": "…"}.', 400)
    row = db.session.execute(
        select(Conversation, ChannelAccount.kind)
        .join(ChannelAccount, Conversation.channel_account_id == ChannelAccount.id)
        .where(Conversation.id == conversation_id, Conversation.office_id == membership.office_id)
    ).first()
    if row is None:
        abort(404)
    conversation, kind = row
    length = reply_length(kind, text_as_posted(conversation, kind, text), thread_key=conversation.thread_key)
    return jsonify({"used": length.used, "limit": length.limit, "ok": length.ok, "unit": length.unit})
