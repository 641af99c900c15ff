"""OAuth 1.0a (HMAC-SHA1) request verification for the X sandbox, per RFC 5849 section 3.4."""

from __future__ import annotations

import base64
import hashlib
import hmac
import time
from collections.abc import Callable
from dataclasses import dataclass

from oauthlib.oauth1.rfc5849 import signature as oauth_sig
from oauthlib.oauth1.rfc5849.utils import escape

TIMESTAMP_SKEW_SECONDS = 900


@dataclass(frozen=True)
class SignedBy:
    """Who signed a verified request, and the values that make it unique (for replay checks)."""

    token: str
    timestamp: int
    nonce: str


def hmac_sha1(base_string: str, consumer_secret: str, token_secret: str) -> str:
    """The base64 HMAC-SHA1 signature of ``base_string`` with key ``consumer_secret&token_secret``."""
    key = f"{escape(consumer_secret)}&{escape(token_secret)}".encode()
    return base64.b64encode(hmac.new(key, base_string.encode(), hashlib.sha1).digest()).decode()


def verify_request(
    method: str,
    url: str,
    authorization: str,
    *,
    consumer_key: str,
    consumer_secret: str,
    token_secret: Callable[[str], str | None],
    form_body: str | None = None,
) -> SignedBy | None:
    """Verify an ``Authorization: OAuth ...`` header signed over ``method`` and the absolute ``url``.

    ``token_secret`` maps an access token to its secret (None if unknown). Returns None when the
    header is missing or malformed, the consumer key or token is unknown, the method is not
    HMAC-SHA1, the timestamp is off by more than 15 minutes, or the signature does not match.
    Form-encoded bodies must be passed as ``form_body`` (they are signed too; JSON bodies are not).
    """
    if not authorization.startswith("OAuth "):
        return None
    header = {"Authorization": authorization}
    try:
        oauth = dict(oauth_sig.collect_parameters(headers=header, exclude_oauth_signature=False))
        params = oauth_sig.collect_parameters(uri_query=url.partition("?")[2], body=form_body or [], headers=header)
        base_uri = oauth_sig.base_string_uri(url)
        timestamp = int(oauth.get("oauth_timestamp", ""))
    except (ValueError, TypeError):
        return None
    if oauth.get("oauth_consumer_key") != consumer_key:
        return None
    if oauth.get("oauth_signature_method") != "HMAC-SHA1" or oauth.get("oauth_version", "1.0") != "1.0":
        return None
    if abs(time.time() - timestamp) > TIMESTAMP_SKEW_SECONDS:
        return None
    token = oauth.get("oauth_token", "")
    secret = token_secret(token)
    if secret is None:
        return None
    base_string = oauth_sig.signature_base_string(method.upper(), base_uri, oauth_sig.normalize_parameters(params))
    if not hmac.compare_digest(hmac_sha1(base_string, consumer_secret, secret), oauth.get("oauth_signature", "")):
        return None
    return SignedBy(token, timestamp, oauth.get("oauth_nonce", ""))


def crc_response_token(consumer_secret: str, crc_token: str) -> str:
    """The Account Activity API's CRC answer: ``sha256=`` + base64 HMAC-SHA256 of ``crc_token``."""
    digest = hmac.new(consumer_secret.encode(), crc_token.encode(), hashlib.sha256).digest()
    return "sha256=" + base64.b64encode(digest).decode()


def webhook_signature(consumer_secret: str, body: bytes) -> str:
    """The ``x-twitter-webhooks-signature`` header X sends with a webhook event body."""
    digest = hmac.new(consumer_secret.encode(), body, hashlib.sha256).digest()
    return "sha256=" + base64.b64encode(digest).decode()
