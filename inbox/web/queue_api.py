"""``GET /api/queue``: a filtered, paged view of the office's queue (office members only).

Query string (all optional, combinable):

=============  ==============================================================
``status``     comma-separated open, pending, snoozed, closed (default open,pending;
               snoozed conversations whose snooze has passed count as open)
``assignee``   mine, unassigned, anyone (default) or a user id of the office
``channel``    x, facebook, instagram, email, webform, mastodon, bluesky
``language``   a language code (nl, fr, en, de, …)
``topic``      a topic code (housing, mobility, …): a clear top or second topic; or
               ``uncertain``: messages whose top topic the model was unsure of
``sentiment``  negative, neutral, positive
``needs_reply``true/false — of the latest inbound message
``toxic``      true/false
``threat``     true/false (without it, threat conversations come first on the first page)
``campaign``   a campaign id
``q``          words to find in the messages or the voter's names (stemmed)
``cursor``     ``next_cursor`` of the previous page
``limit``      1–100 (default 50)
=============  ==============================================================

Answer (200)::

    {"items": [{"id": 12, "office_id": 1, "contact_name": "An Peeters", "channel": "x",
                "status": "open", "assignee": "Staff User", "assignee_id": 3,
                "last_activity_at": "2026-11-26T14:00:00+00:00", "snippet": "…",
                "direction": "in", "subject": "", "preview": "…", "snoozed_until": null,
                "latest_inbound_id": 81, "waiting": 2, "language": "nl",
                "tags": {"state": "done", "language": "nl", "topic": "mobility",
                         "topic_uncertain": false, "topic_second": null,
                         "sentiment": "negative", "toxic": false, "needs_reply": true,
                         "campaign_id": 4, "campaign_size": 5, …},
                "tag_sets": [{"language": "nl", "topic": "mobility", "sentiment": "negative",
                              "toxic": false, "campaign_id": 4}, …],
                "has_threat": false, "generated_at": 1764165600.0}, …],
     "next_cursor": "WyIyMDI2LTExLTI2VDE0OjAw…" | null}

Each item is the row live events carry (``inbox/services/conversations/rows.py``):
``snippet``/``direction`` are the newest message's, ``tags``/``language``/``preview`` the
newest inbound one's, ``tag_sets`` the tags of each inbound message (what tag filters match).

A bad value answers 400 ``{"error": "status: 'opne' is not one of open, …"}``; a user
without a membership in an office answers 403. The office is always the user's own
(current membership), so another office's conversations can never be listed.
"""

from __future__ import annotations

from flask import Blueprint, jsonify, request
from flask_login import current_user, login_required
from werkzeug.wrappers import Response

from inbox.services.conversations.queue import queue_page
from inbox.services.conversations.queue_filters import QueueFilterError, parse_queue_filters
from inbox.web.access import require_office

queue_api = Blueprint("queue_api", __name__, url_prefix="/api")


@queue_api.get("/queue")
@login_required
def queue() -> tuple[Response, int]:
    """A page of the queue with the filters of the query string."""
    membership = require_office()
    try:
        filters = parse_queue_filters(request.args.to_dict(flat=True))
        page = queue_page(membership.office_id, current_user.id, filters)
    except QueueFilterError as error:
        return jsonify({"error": str(error)}), 400
    return jsonify({"items": page.items, "next_cursor": page.next_cursor}), 200
