"""X Account Activity API webhook: the CRC challenge and signed event deliveries. No login, no CSRF.

Register ``https://<host>/webhooks/x`` as the X app's webhook and subscribe each connected
account. ``GET /webhooks/x?crc_token=…`` answers ``{"response_token": "sha256=<base64
HMAC-SHA256 of crc_token keyed with the consumer secret>"}`` — only for tokens shaped like
X's (short base64/base64url text, never JSON): the answer is the signature a POST of that
same text would carry, so a JSON-like token would hand out a valid signature. A POST whose
``x-twitter-webhooks-signature`` does not match the raw body is refused with 403 before
the body is parsed; a signed body that is not an Account Activity event gets 400. Polling
keeps running as the fallback; both store with the same external ids, so never twice.
"""

from __future__ import annotations

import json
import logging

from flask import Blueprint, jsonify, request
from werkzeug.wrappers import Response

from inbox.extensions import csrf
from inbox.ingest.x.webhook_events import MalformedEventError
from inbox.services.intake.x_activity import CrcTokenRefusedError, crc_response_token, matching_secret, store_x_activity

log = logging.getLogger(__name__)

webhooks_x = Blueprint("webhooks_x", __name__, url_prefix="/webhooks")
csrf.exempt(webhooks_x)


@webhooks_x.get("/x")
def crc_challenge() -> Response | tuple[Response, int]:
    """Answer X's Challenge-Response Check."""
    token = request.args.get("crc_token", "")
    if not token:
        return jsonify({"error": "Expected the crc_token query parameter."}), 400
    try:
        answer = crc_response_token(token)
    except CrcTokenRefusedError as refused:
        log.warning("X CRC request with a token X would not send refused (%d characters)", len(token))
        return jsonify({"error": str(refused)}), 400
    if answer is None:
        return jsonify({"error": "No X account is connected, so there is no consumer secret to answer with."}), 404
    return jsonify({"response_token": answer})


@webhooks_x.post("/x")
def receive() -> Response | tuple[Response, int]:
    """Verify the signature over the raw body, then store the voters' posts and DMs."""
    raw = request.get_data(cache=False)
    secret = matching_secret(raw, request.headers.get("x-twitter-webhooks-signature"))
    if secret is None:
        log.warning("X webhook with a missing or forged signature refused (%d bytes)", len(raw))
        return jsonify({"error": "Missing or invalid x-twitter-webhooks-signature."}), 403
    try:
        outcome = store_x_activity(json.loads(raw), secret)
    except (ValueError, RecursionError) as error:  # MalformedEventError and JSON errors are ValueErrors
        kind = "event" if isinstance(error, MalformedEventError) else "JSON"
        log.warning("Signed X webhook with a malformed %s refused: %s", kind, error)
        return jsonify({"error": f"Malformed webhook body: {str(error)[:200]}"}), 400
    return jsonify({"stored": outcome.stored, "duplicates": outcome.duplicates, "accounts": outcome.accounts})
