"""JSON/zip endpoints for threats: an admin marks a message "not a threat"; anyone working the queue reports it."""

from __future__ import annotations

from flask import Blueprint, abort, jsonify
from flask_login import current_user, login_required
from werkzeug.wrappers import Response

from inbox.services.safety.evidence import evidence_bundle
from inbox.services.safety.threats import NotAllowedError, clear_threat
from inbox.web.access import require_office

safety_api = Blueprint("safety_api", __name__, url_prefix="/api")


@safety_api.post("/messages/<int:message_id>/not-threat")
@login_required
def not_a_threat(message_id: int) -> tuple[Response, int]:
    """Mark a message "not a threat" (admins only: 403 for everyone else); audited."""
    membership = require_office()
    try:
        result = clear_threat(membership.office_id, message_id, current_user)
    except NotAllowedError as refused:
        return jsonify({"error": str(refused)}), 403
    except LookupError:
        abort(404)
    return jsonify(result), 200


@safety_api.get("/messages/<int:message_id>/evidence.zip")
@login_required
def evidence(message_id: int) -> Response:
    """Download the evidence bundle of one voter message ("Report to police"); audited."""
    membership = require_office()
    try:
        name, content = evidence_bundle(membership.office_id, message_id, current_user)
    except LookupError:
        abort(404)
    response = Response(content, mimetype="application/zip")
    response.headers["Content-Disposition"] = f'attachment; filename="{name}"'
    response.headers["Cache-Control"] = "no-store"
    return response
