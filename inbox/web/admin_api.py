"""JSON API of the admin page: people and roles, canned replies, topics, the approval rule.

Channel accounts (health, usage, budget) are served by ``inbox/web/channels_api.py``.
Every endpoint is for the office's admins only.
"""

from __future__ import annotations

from flask import Blueprint, abort, current_app, jsonify
from flask_login import current_user, login_required
from werkzeug.wrappers import Response

from inbox.models import Role
from inbox.services.access.invitations import invite_person, pending_invitations
from inbox.services.access.office_members import office_members
from inbox.services.access.users import change_role, remove_member, set_approval_rule
from inbox.services.learning.topics import add_topic as add_office_topic
from inbox.services.learning.topics import trained_topic_codes
from inbox.services.replies.canned import (
    CannedReplyRejectedError,
    canned_view,
    delete_canned_reply,
    list_canned_replies,
    save_canned_reply,
)
from inbox.web.access import require_office
from inbox.web.json_helpers import error, json_body

admin_api = Blueprint("admin_api", __name__, url_prefix="/api/admin")


def _admin() -> int:
    return require_office(Role.ADMIN).office_id


@admin_api.get("/users")
@login_required
def users() -> Response:
    """The office's people and their roles, and the invitations nobody accepted yet."""
    office_id = _admin()
    return jsonify(
        {
            "users": [
                {"id": user.id, "name": user.name, "email": user.email, "role": str(role)}
                for user, role in office_members(office_id, include_viewers=True)
            ],
            "invitations": [
                {
                    "id": invitation.id,
                    "email": invitation.email,
                    "name": invitation.name,
                    "role": str(invitation.role),
                    "expires_at": invitation.expires_at.isoformat(),
                }
                for invitation in pending_invitations(office_id)
            ],
        }
    )


@admin_api.post("/users")
@login_required
def add_user() -> tuple[Response, int]:
    """Invite a person: ``{"email", "name", "role"}``. The link goes to that address by mail; the person
    becomes a member once they accept. The answer is the same whether or not the address has an account
    (``"mailed": false``: the deployment has no SMTP server to send it with)."""
    office_id = _admin()
    payload = json_body()
    try:
        role = Role(payload.get("role"))
    except ValueError:
        return error("Role must be admin, politician, staff or viewer.", 400)
    try:
        invitation = invite_person(
            office_id, current_user, str(payload.get("email", "")), str(payload.get("name", "")), role
        )
    except ValueError as rejected:
        return error(str(rejected), 422)
    mailed = bool(current_app.extensions["dialoog.settings"].smtp_host)
    return jsonify({"invitation": invitation.id, "email": invitation.email, "role": str(role), "mailed": mailed}), 201


@admin_api.put("/users/<int:user_id>/role")
@login_required
def set_role(user_id: int) -> Response | tuple[Response, int]:
    """Change a person's role: ``{"role": "staff"}``."""
    office_id = _admin()
    try:
        role = Role(json_body().get("role"))
    except ValueError:
        return error("Role must be admin, politician, staff or viewer.", 400)
    try:
        change_role(office_id, current_user, user_id, role)
    except LookupError:
        abort(404)
    except ValueError as rejected:
        return error(str(rejected), 422)
    return jsonify({"ok": True})


@admin_api.delete("/users/<int:user_id>")
@login_required
def remove_user(user_id: int) -> Response | tuple[Response, int]:
    """Take a person out of the office."""
    office_id = _admin()
    try:
        remove_member(office_id, current_user, user_id)
    except LookupError:
        abort(404)
    except ValueError as rejected:
        return error(str(rejected), 422)
    return jsonify({"ok": True})


@admin_api.put("/approval-rule")
@login_required
def approval_rule() -> Response | tuple[Response, int]:
    """``{"require_approval": true}``: staff replies wait for the politician."""
    office_id = _admin()
    value = json_body().get("require_approval")
    if not isinstance(value, bool):
        return error('Send JSON {"require_approval": true or false}.', 400)
    set_approval_rule(office_id, current_user, value)
    return jsonify({"require_approval": value})


@admin_api.get("/canned")
@login_required
def canned() -> Response:
    """All canned replies."""
    return jsonify({"canned": list_canned_replies(_admin())})


@admin_api.post("/canned")
@admin_api.put("/canned/<int:canned_id>")
@login_required
def save_canned(canned_id: int | None = None) -> tuple[Response, int]:
    """Create or update a canned reply: ``{"title", "language", "body"}``."""
    office_id = _admin()
    payload = json_body()
    try:
        saved = save_canned_reply(
            office_id,
            current_user,
            str(payload.get("title", "")),
            str(payload.get("language", "")),
            str(payload.get("body", "")),
            canned_id,
        )
    except CannedReplyRejectedError as rejected:
        return error(str(rejected), 422)
    except LookupError:
        abort(404)
    return jsonify(canned_view(saved)), 200 if canned_id else 201


@admin_api.delete("/canned/<int:canned_id>")
@login_required
def remove_canned(canned_id: int) -> Response:
    """Delete a canned reply."""
    try:
        delete_canned_reply(_admin(), current_user, canned_id)
    except LookupError:
        abort(404)
    return jsonify({"ok": True})


@admin_api.post("/topics")
@login_required
def add_topic() -> tuple[Response, int]:
    """Add a topic: ``{"code", "names": {lang: …}, "descriptions": {lang: …}, "examples": [...]}``.

    The topic is learned in the background (``"training": true`` until then); too many or
    too long examples answer 422 with the reason.
    """

    office_id = _admin()
    payload = json_body()
    names, descriptions, examples = payload.get("names"), payload.get("descriptions"), payload.get("examples", [])
    if not isinstance(names, dict) or not isinstance(descriptions, dict) or not isinstance(examples, list):
        return error('Send JSON {"code", "names": {…}, "descriptions": {…}, "examples": […]}.', 400)
    try:
        topic = add_office_topic(
            office_id,
            current_user,
            str(payload.get("code", "")),
            {str(k): str(v) for k, v in names.items()},
            {str(k): str(v) for k, v in descriptions.items()},
            [str(e) for e in examples],
        )
    except ValueError as rejected:
        return error(str(rejected), 422)
    training = topic.code not in trained_topic_codes(office_id)
    return jsonify({"id": topic.id, "code": topic.code, "training": training}), 201
