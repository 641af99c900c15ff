"""JSON API of the "Answered before" panel: suggestions for a conversation, use one, mark one
not relevant here, mark an earlier answer outdated (issue 20). Thin: the services decide."""

from __future__ import annotations

from flask import Blueprint, abort, jsonify
from flask_login import current_user, login_required
from werkzeug.wrappers import Response

from inbox.services.answers.feedback import (
    SuggestionRejectedError,
    mark_not_relevant,
    mark_outdated,
    suggestions_for,
    use_answer,
    use_canned,
)
from inbox.web.access import require_office
from inbox.web.json_helpers import error

answers_api = Blueprint("answers_api", __name__, url_prefix="/api")


@answers_api.get("/conversations/<int:conversation_id>/suggestions")
@login_required
def suggestions(conversation_id: int) -> Response:
    """The three best earlier answers of the office and the best canned replies for this conversation."""
    membership = require_office()
    try:
        return jsonify(suggestions_for(membership.office_id, conversation_id))
    except LookupError:
        abort(404)


@answers_api.post("/conversations/<int:conversation_id>/suggestions/<int:pair_id>/use")
@login_required
def use(conversation_id: int, pair_id: int) -> Response | tuple[Response, int]:
    """An earlier answer's text for this voter, placeholders filled (counted as reused)."""
    membership = require_office()
    try:
        text = use_answer(membership.office_id, conversation_id, pair_id, current_user)
    except SuggestionRejectedError as rejected:
        return error(str(rejected), 422)
    except LookupError:
        abort(404)
    return jsonify({"text": text})


@answers_api.post("/conversations/<int:conversation_id>/suggestions/canned/<int:canned_id>/use")
@login_required
def use_canned_reply(conversation_id: int, canned_id: int) -> Response:
    """A canned reply's text for this voter, placeholders filled (counted as reused)."""
    membership = require_office()
    try:
        return jsonify({"text": use_canned(membership.office_id, conversation_id, canned_id, current_user)})
    except LookupError:
        abort(404)


@answers_api.post("/conversations/<int:conversation_id>/suggestions/<int:pair_id>/not-relevant")
@login_required
def not_relevant(conversation_id: int, pair_id: int) -> Response:
    """This earlier answer does not fit this conversation (audited; ranked lower elsewhere)."""
    membership = require_office()
    try:
        mark_not_relevant(membership.office_id, conversation_id, current_user, pair_id=pair_id)
    except LookupError:
        abort(404)
    return jsonify({"ok": True})


@answers_api.post("/conversations/<int:conversation_id>/suggestions/canned/<int:canned_id>/not-relevant")
@login_required
def canned_not_relevant(conversation_id: int, canned_id: int) -> Response:
    """This canned reply does not fit this conversation (audited; ranked lower elsewhere)."""
    membership = require_office()
    try:
        mark_not_relevant(membership.office_id, conversation_id, current_user, canned_id=canned_id)
    except LookupError:
        abort(404)
    return jsonify({"ok": True})


@answers_api.post("/answers/<int:pair_id>/outdated")
@login_required
def outdated(pair_id: int) -> Response:
    """The policy changed: this earlier answer is never suggested again (audited)."""
    membership = require_office()
    try:
        mark_outdated(membership.office_id, pair_id, current_user)
    except LookupError:
        abort(404)
    return jsonify({"ok": True})
