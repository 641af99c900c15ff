"""JSON API for one voter across channels: a contact's history, merge suggestions, merge, unmerge.

Staff of an office see and change only their office's contacts; anything else is 404.
Writes need the CSRF token (header ``X-CSRFToken``) like the rest of the API, and are audited.

Shapes
------

``GET /api/contacts/<id>`` →
``{"contact": Card, "conversations": [{"id", "channel", "subject", "status", "last_activity_at"}],
"history": [{"message_id", "conversation_id", "channel", "direction": "in"|"out", "identity_id",
"text" (first 280 characters, plain text: render with textContent), "sent_at"}]}`` — conversations
by last activity and history by time, newest first (history: at most 200 messages).

``Card`` = ``{"id", "display_name", "email", "postcode", "last_contact_at",
"identities": [{"id", "channel", "external_id", "handle", "display_name"}]}``.

``GET /api/contacts/suggestions`` → ``{"suggestions": [{"id", "reason": "name_postcode"|
"handle_in_signature", "detail": {...what matched}, "created_at", "contacts": [Card, Card]}]}``.

``POST /api/contacts/merge`` with ``{"keep": contact_id, "merge": contact_id}`` → the kept
contact's detail (as GET). 422 ``{"error"}`` when both are the same.

``POST /api/contacts/unmerge`` with ``{"identity_id": id}`` → the new contact's detail (as GET);
422 when the identity is its contact's only one.

``POST /api/contacts/suggestions/<id>/dismiss`` → ``{"dismissed": id}``.
"""

from __future__ import annotations

from typing import Any

from flask import Blueprint, abort, jsonify, request
from flask_login import current_user, login_required
from werkzeug.wrappers import Response

from inbox.services.contacts.identities import (
    MergeRejectedError,
    contact_detail,
    dismiss_suggestion,
    list_suggestions,
    merge_contacts,
    unmerge_identity,
)
from inbox.web.access import require_office

contacts_api = Blueprint("contacts_api", __name__, url_prefix="/api/contacts")


def _ids(payload: Any, *names: str) -> list[int]:
    values = [payload.get(name) for name in names] if isinstance(payload, dict) else [None]
    if not all(isinstance(value, int) and not isinstance(value, bool) for value in values):
        refusal = jsonify({"error": f"Send JSON with integer ids: {', '.join(names)}."})
        refusal.status_code = 400
        abort(refusal)
    return values  # type: ignore[return-value]


@contacts_api.get("/<int:contact_id>")
@login_required
def contact(contact_id: int) -> Response:
    """A contact with all identities and the voter's history on every channel."""
    membership = require_office()
    try:
        return jsonify(contact_detail(membership.office_id, contact_id))
    except LookupError:
        abort(404)


@contacts_api.get("/suggestions")
@login_required
def suggestions() -> Response:
    """Pairs of contacts that are likely the same voter."""
    membership = require_office()
    return jsonify({"suggestions": list_suggestions(membership.office_id)})


@contacts_api.post("/suggestions/<int:suggestion_id>/dismiss")
@login_required
def dismiss(suggestion_id: int) -> Response:
    """Hide a wrong suggestion for good."""
    membership = require_office()
    try:
        dismiss_suggestion(membership.office_id, suggestion_id, current_user.id)
    except LookupError:
        abort(404)
    return jsonify({"dismissed": suggestion_id})


@contacts_api.post("/merge")
@login_required
def merge() -> tuple[Response, int]:
    """Merge contact ``merge`` into contact ``keep``."""
    membership = require_office()
    keep_id, merge_id = _ids(request.get_json(silent=True), "keep", "merge")
    try:
        return jsonify(merge_contacts(membership.office_id, keep_id, merge_id, current_user.id)), 200
    except LookupError:
        abort(404)
    except MergeRejectedError as rejected:
        return jsonify({"error": str(rejected)}), 422


@contacts_api.post("/unmerge")
@login_required
def unmerge() -> tuple[Response, int]:
    """Split an identity (and its conversations) out into a contact of its own."""
    membership = require_office()
    (identity_id,) = _ids(request.get_json(silent=True), "identity_id")
    try:
        return jsonify(unmerge_identity(membership.office_id, identity_id, current_user.id)), 200
    except LookupError:
        abort(404)
    except MergeRejectedError as rejected:
        return jsonify({"error": str(rejected)}), 422
