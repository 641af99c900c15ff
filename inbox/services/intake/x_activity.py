"""X Account Activity webhooks: CRC answers, signature checks and storing the delivered events.

One Dialoog deployment uses one X app per webhook URL; the consumer secret is read from the
connected X accounts' credentials (every account connected through that app holds it).
Events are routed to the connected account whose X user id is the payload's ``for_user_id``
(that id was confirmed by X at connect time and is unique across offices) and
stored through :func:`inbox.services.intake.store.store_incoming`, with the same external ids as
polling, so a message delivered both ways is stored once.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import logging
import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from inbox.ingest.x.webhook_events import parse_activity
from inbox.models import ChannelAccount, ChannelKind, Conversation, Message, db
from inbox.services.intake.store import store_incoming

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ActivityOutcome:
    """What one delivery changed."""

    stored: int
    duplicates: int
    accounts: int


def _x_accounts() -> list[ChannelAccount]:
    return list(
        db.session.execute(
            select(ChannelAccount)
            .where(ChannelAccount.kind == ChannelKind.X, ChannelAccount.disconnected_at.is_(None))
            .order_by(ChannelAccount.id)
        ).scalars()
    )


def consumer_secrets() -> list[str]:
    """The distinct consumer secrets of the connected X accounts (oldest account first)."""
    secrets: list[str] = []
    for account in _x_accounts():
        secret = (account.credentials or {}).get("consumer_secret")
        if isinstance(secret, str) and secret and secret not in secrets:
            secrets.append(secret)
    return secrets


def _hmac_b64(secret: str, data: bytes) -> str:
    return "sha256=" + base64.b64encode(hmac.new(secret.encode(), data, hashlib.sha256).digest()).decode()


# X's crc_token is a short opaque token (base64/base64url characters). The CRC answer is the
# HMAC a delivery of that same text would be signed with, so answering anything else would
# let anyone obtain a valid signature for a body of their choosing (issue 23, finding 1).
# Every body that can store a message is a JSON object and starts with "{", which no
# answerable token contains; tokens that parse as JSON at all (numbers, true…) are refused too.
CRC_TOKEN_SHAPE = re.compile(r"[A-Za-z0-9_\-+/=.]{1,128}")


class CrcTokenRefusedError(ValueError):
    """The crc_token is not shaped like the tokens X sends, so it is not answered."""


def crc_token_acceptable(crc_token: str) -> bool:
    """True for a token of X's shape: 1-128 base64/base64url characters that are not a JSON value."""
    if not CRC_TOKEN_SHAPE.fullmatch(crc_token):
        return False
    try:
        json.loads(crc_token)
    except ValueError:
        return True
    return False


def crc_response_token(crc_token: str) -> str | None:
    """``sha256=`` + base64 HMAC-SHA256 of ``crc_token`` with the app's consumer secret (None: no X account).

    Raises :class:`CrcTokenRefusedError` for a token X would never send (see ``CRC_TOKEN_SHAPE``).
    """
    if not crc_token_acceptable(crc_token):
        raise CrcTokenRefusedError("crc_token is not a token X sends.")
    secrets = consumer_secrets()
    return _hmac_b64(secrets[0], crc_token.encode()) if secrets else None


def matching_secret(raw_body: bytes, signature: str | None) -> str | None:
    """The consumer secret whose signature over ``raw_body`` equals ``signature``, if any."""
    if not signature:
        return None
    given = signature.encode("utf-8", "surrogatepass")  # bytes: compare_digest refuses non-ASCII str (a forged header)
    found = None
    for secret in consumer_secrets():
        if hmac.compare_digest(_hmac_b64(secret, raw_body).encode(), given):
            found = secret
    return found


def _conversation_lookup(account_id: int):  # type: ignore[no-untyped-def]
    def conversation_of(parent_external_id: str) -> str | None:
        thread_key = db.session.execute(
            select(Conversation.thread_key)
            .join(Message, Message.conversation_id == Conversation.id)
            .where(Message.channel_account_id == account_id, Message.external_id == parent_external_id)
        ).scalar_one_or_none()
        if thread_key and thread_key.startswith("x:"):
            return thread_key.split(":")[1]
        return None

    return conversation_of


def store_x_activity(payload: Any, secret: str) -> ActivityOutcome:
    """Store a delivery's voter posts and DMs for every account of ``for_user_id`` signed with ``secret``.

    Raises :class:`~inbox.ingest.x.webhook_events.MalformedEventError` for an unreadable payload.
    """
    for_user_id = str(parse_activity(payload).for_user_id)
    accounts = [
        a
        for a in _x_accounts()
        if a.external_id == for_user_id and (a.credentials or {}).get("consumer_secret") == secret
    ]
    if not accounts:
        log.warning("X webhook event for user %s matches no connected account; ignored", for_user_id)
    stored = duplicates = 0
    for account in accounts:
        batch = parse_activity(payload, _conversation_lookup(account.id))
        result = store_incoming(account.id, batch.messages)
        stored += len(result.new_message_ids)
        duplicates += result.duplicates
    return ActivityOutcome(stored=stored, duplicates=duplicates, accounts=len(accounts))
