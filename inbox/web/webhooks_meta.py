"""Meta webhooks endpoint (Facebook Pages and Instagram): no login, no CSRF, signed by Meta.

Subscribe the Meta app's ``page`` and ``instagram`` objects to ``/webhooks/meta`` with the
verify token stored on the channel account. A POST whose ``X-Hub-Signature-256`` does
not match an app secret is refused with 403 before its body is read as JSON; a signed
body that is not a Meta webhook gets 400 with the reason. Nothing is stored in either case.
"""

from __future__ import annotations

import json
import logging

from flask import Blueprint, jsonify, request
from werkzeug.wrappers import Response

from inbox.extensions import csrf
from inbox.ingest.meta.webhook_parse import parse_delivery
from inbox.services.intake.meta_webhooks import apply_changes, matching_app_secret, verify_token_is_known

log = logging.getLogger(__name__)

webhooks_meta = Blueprint("webhooks_meta", __name__, url_prefix="/webhooks")
csrf.exempt(webhooks_meta)


@webhooks_meta.get("/meta")
def verify_subscription() -> Response | tuple[Response, int]:
    """Meta's subscription handshake: echo ``hub.challenge`` when the verify token is ours."""
    mode = request.args.get("hub.mode", "")
    token = request.args.get("hub.verify_token", "")
    challenge = request.args.get("hub.challenge", "")
    if mode != "subscribe" or not challenge:
        return jsonify({"error": "Expected hub.mode=subscribe with hub.verify_token and hub.challenge."}), 400
    if not verify_token_is_known(token):
        log.warning("Meta webhook verification with an unknown verify token refused")
        return jsonify({"error": "Unknown verify token."}), 403
    return Response(challenge[:200], mimetype="text/plain")


@webhooks_meta.post("/meta")
def receive() -> Response | tuple[Response, int]:
    """Verify the signature over the raw body, then store what the delivery holds."""
    raw = request.get_data(cache=False)
    secret = matching_app_secret(raw, request.headers.get("X-Hub-Signature-256"))
    if secret is None:
        log.warning("Meta webhook with a missing or forged signature refused (%d bytes)", len(raw))
        return jsonify({"error": "Missing or invalid X-Hub-Signature-256."}), 403
    try:
        changes = parse_delivery(json.loads(raw))
    except (ValueError, RecursionError) as error:
        log.warning("Signed Meta webhook with a malformed body refused: %s", error)
        return jsonify({"error": f"Malformed webhook body: {str(error)[:200]}"}), 400
    outcome = apply_changes(changes, secret)
    return jsonify({"stored": outcome.stored, "duplicates": outcome.duplicates, "edited": outcome.edited,
                    "removed": outcome.removed, "unrouted": outcome.unrouted})  # fmt: skip
