"""JSON API for answering a coordinated campaign at once, and canned replies in the composer."""

from __future__ import annotations

from flask import Blueprint, abort, jsonify
from flask_login import current_user, login_required
from werkzeug.wrappers import Response

from inbox.services.replies.campaign import campaign_overview, reply_to_campaign
from inbox.services.replies.canned import list_canned_replies, render_canned_reply
from inbox.services.replies.outgoing import ReplyRejectedError
from inbox.web.access import require_office
from inbox.web.json_helpers import error, json_body

campaigns_api = Blueprint("campaigns_api", __name__, url_prefix="/api")


@campaigns_api.get("/campaigns/<int:campaign_id>")
@login_required
def campaign(campaign_id: int) -> Response:
    """The campaign's voters with channel, language and the state of their answer."""
    membership = require_office()
    try:
        return jsonify(campaign_overview(membership.office_id, campaign_id))
    except LookupError:
        abort(404)


@campaigns_api.post("/campaigns/<int:campaign_id>/reply")
@login_required
def answer_campaign(campaign_id: int) -> Response | tuple[Response, int]:
    """Answer every voter not yet answered: ``{"texts": {"nl": "…", "fr": "…"}}``."""
    membership = require_office()
    texts = json_body().get("texts")
    if not isinstance(texts, dict) or not all(isinstance(v, str) for v in texts.values()):
        return error('Send JSON {"texts": {"nl": "…", "fr": "…"}}.', 400)
    try:
        return jsonify(reply_to_campaign(membership.office_id, campaign_id, current_user, texts))
    except ReplyRejectedError as rejected:
        return error(str(rejected), 422)
    except LookupError:
        abort(404)


@campaigns_api.get("/canned")
@login_required
def canned() -> Response:
    """The office's canned replies."""
    membership = require_office()
    return jsonify({"canned": list_canned_replies(membership.office_id)})


@campaigns_api.get("/canned/<int:canned_id>/for/<int:conversation_id>")
@login_required
def canned_for(canned_id: int, conversation_id: int) -> Response:
    """A canned reply filled in for this conversation's voter."""
    membership = require_office()
    try:
        return jsonify({"text": render_canned_reply(membership.office_id, canned_id, conversation_id)})
    except LookupError:
        abort(404)
