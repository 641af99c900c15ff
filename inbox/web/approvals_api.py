"""JSON API of the politician's approval queue, and revising a reply that was sent back."""

from __future__ import annotations

from flask import Blueprint, abort, jsonify
from flask_login import current_user, login_required
from werkzeug.wrappers import Response

from inbox.models import User
from inbox.services.conversations.summaries import reply_view
from inbox.services.replies.approvals import (
    ApprovalRejectedError,
    approval_queue,
    approve_campaign,
    approve_reply,
    resubmit_reply,
    send_back_reply,
)
from inbox.web.access import require_office
from inbox.web.json_helpers import error, json_body

approvals_api = Blueprint("approvals_api", __name__, url_prefix="/api/approvals")


def _answer(action, *args: object) -> Response | tuple[Response, int]:  # type: ignore[no-untyped-def]
    membership = require_office()
    try:
        reply = action(membership.office_id, *args)
    except ApprovalRejectedError as rejected:
        return error(str(rejected), 422)
    except LookupError:
        abort(404)
    user: User = current_user  # type: ignore[assignment]
    return jsonify(reply_view(reply, {user.id: user.name}))


@approvals_api.get("")
@login_required
def queue() -> Response:
    """Replies awaiting the politician, oldest first."""
    membership = require_office()
    return jsonify({"replies": approval_queue(membership.office_id)})


@approvals_api.post("/<int:reply_id>/approve")
@login_required
def approve(reply_id: int) -> Response | tuple[Response, int]:
    """Approve a reply; ``{"text": …}`` approves an edited version."""
    text = json_body().get("text")
    return _answer(approve_reply, reply_id, current_user, text if isinstance(text, str) else None)


@approvals_api.post("/<int:reply_id>/send-back")
@login_required
def send_back(reply_id: int) -> Response | tuple[Response, int]:
    """Send a reply back to its author: ``{"comment": "…"}``."""
    comment = json_body().get("comment")
    if not isinstance(comment, str):
        return error('Send JSON {"comment": "…"}.', 400)
    return _answer(send_back_reply, reply_id, current_user, comment)


@approvals_api.post("/<int:reply_id>/resubmit")
@login_required
def resubmit(reply_id: int) -> Response | tuple[Response, int]:
    """The author revises a sent-back draft: ``{"text": "…"}``."""
    text = json_body().get("text")
    if not isinstance(text, str):
        return error('Send JSON {"text": "…"}.', 400)
    return _answer(resubmit_reply, reply_id, current_user, text)


@approvals_api.post("/campaigns/<int:campaign_id>/approve")
@login_required
def approve_campaign_answer(campaign_id: int) -> Response | tuple[Response, int]:
    """Approve a campaign's answer for all its voters at once: ``{"exclude": [reply ids]}``
    leaves those voters' replies awaiting approval."""
    membership = require_office()
    exclude = json_body().get("exclude", [])
    if not isinstance(exclude, list) or not all(isinstance(i, int) and not isinstance(i, bool) for i in exclude):
        return error('Send JSON {"exclude": [reply ids]}.', 400)
    try:
        return jsonify(approve_campaign(membership.office_id, campaign_id, current_user, set(exclude)))
    except ApprovalRejectedError as rejected:
        return error(str(rejected), 422)
    except LookupError:
        abort(404)
