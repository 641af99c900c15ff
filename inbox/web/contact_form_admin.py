"""JSON API for an office admin: the website form's embed code and its consent texts.

``GET /api/admin/form`` → ``{"form_key", "consent_version", "consent": {lang: {"text", "custom",
"default"}}, "embed": {"form_url", "script_url", "script", "iframe"}}`` for nl, fr, en, de.

``PUT /api/admin/form`` with ``{"consent": {"nl": "…", "fr": "…"}}`` replaces the texts of
the given languages (an empty text restores the default) → the same shape as GET; 400/422
``{"error"}`` on a bad request. Admins only; CSRF token required; audited.
"""

from __future__ import annotations

from typing import Any

from flask import Blueprint, jsonify, request, url_for
from flask_login import current_user, login_required
from markupsafe import escape
from werkzeug.wrappers import Response

from inbox.models import Role
from inbox.services.webform.submissions import ConsentRejectedError, consent_view, set_consent_texts
from inbox.web.access import require_office

contact_form_admin = Blueprint("contact_form_admin", __name__, url_prefix="/api/admin/form")


def _with_embed(view: dict[str, Any]) -> dict[str, Any]:
    form_url = url_for("contact_form.show", form_key=view["form_key"], _external=True)
    script_url = url_for("static", filename="form.js", _external=True)
    view["embed"] = {
        "form_url": form_url,
        "script_url": script_url,
        "script": f'<script src="{escape(script_url)}" data-dialoog-form="{escape(view["form_key"])}" async></script>',
        "iframe": f'<iframe src="{escape(form_url)}" title="Contact" width="100%" height="720"></iframe>',
    }
    return view


@contact_form_admin.get("")
@login_required
def show() -> Response:
    """The form's embed code and consent texts."""
    membership = require_office(Role.ADMIN)
    return jsonify(_with_embed(consent_view(membership.office_id)))


@contact_form_admin.put("")
@login_required
def update() -> tuple[Response, int]:
    """Change the consent texts of some languages."""
    membership = require_office(Role.ADMIN)
    payload = request.get_json(silent=True)
    if not isinstance(payload, dict) or not isinstance(payload.get("consent"), dict):
        return jsonify({"error": 'Send JSON {"consent": {"nl": "…", "fr": "…", "en": "…", "de": "…"}}.'}), 400
    try:
        view = set_consent_texts(membership.office_id, current_user.id, payload["consent"])
    except ConsentRejectedError as rejected:
        return jsonify({"error": str(rejected)}), 422
    return jsonify(_with_embed(view)), 200
