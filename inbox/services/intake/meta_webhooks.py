"""Receiving Meta (Facebook Pages, Instagram) webhooks: verify, route to accounts, store.

Each connected Facebook or Instagram account keeps its Meta app's ``app_secret`` and the
``verify_token`` chosen when subscribing, in its (encrypted) credentials. A delivery is
accepted when its ``X-Hub-Signature-256`` matches one of those app secrets, checked over
the raw body with a constant-time compare before the body is parsed; each entry is then
routed only to connected accounts (matched by page or Instagram user id, confirmed by Graph
``/me`` at connect time and unique across offices) of that same app, so one office's app
can never write into another office's inbox.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import select

from inbox.ingest.base import IncomingMessage
from inbox.ingest.meta.webhook_parse import ADD, EDIT, REMOVE, WITHDRAW, WebhookChange
from inbox.models import ChannelAccount, ChannelKind, db
from inbox.services.intake.comment_changes import record_comment_edit, record_comment_removal
from inbox.services.intake.store import store_incoming
from inbox.services.intake.withdrawals import withdraw_message

log = logging.getLogger(__name__)

META_KINDS = (ChannelKind.FACEBOOK, ChannelKind.INSTAGRAM)
SIGNATURE_PREFIX = "sha256="


@dataclass
class DeliveryOutcome:
    """What a delivery did: messages stored, duplicates skipped, edits, removals, unsent messages withdrawn,
    entries for no account."""

    stored: int = 0
    duplicates: int = 0
    edited: int = 0
    removed: int = 0
    withdrawn: int = 0
    unrouted: int = 0


def _meta_accounts() -> list[ChannelAccount]:
    connected = select(ChannelAccount).where(
        ChannelAccount.kind.in_(META_KINDS), ChannelAccount.disconnected_at.is_(None)
    )
    return list(db.session.execute(connected).scalars())


def sign(app_secret: str, raw_body: bytes) -> str:
    """The ``X-Hub-Signature-256`` value Meta sends for ``raw_body``."""
    return SIGNATURE_PREFIX + hmac.new(app_secret.encode(), raw_body, hashlib.sha256).hexdigest()


def matching_app_secret(raw_body: bytes, signature: str | None) -> str | None:
    """The app secret that signed ``raw_body``, or None for a missing or forged signature."""
    if not signature or not signature.startswith(SIGNATURE_PREFIX):
        return None
    secrets = {str((a.credentials or {}).get("app_secret") or "") for a in _meta_accounts()} - {""}
    found = None
    for secret in sorted(secrets):  # compare against every secret: timing reveals nothing
        if hmac.compare_digest(sign(secret, raw_body).encode(), signature.strip().encode()):
            found = secret
    return found


def verify_token_is_known(token: str) -> bool:
    """True when ``token`` is the verify token of a connected Facebook or Instagram account."""
    known = [str((a.credentials or {}).get("verify_token") or "") for a in _meta_accounts()]
    matches = [bool(t) and hmac.compare_digest(t.encode(), token.encode()) for t in known]
    return any(matches)


def _accounts_for(kind: ChannelKind, external_id: str, app_secret: str) -> list[ChannelAccount]:
    accounts = db.session.execute(
        select(ChannelAccount).where(
            ChannelAccount.kind == kind,
            ChannelAccount.external_id == external_id,
            ChannelAccount.disconnected_at.is_(None),
        )
    ).scalars()
    return [a for a in accounts if (a.credentials or {}).get("app_secret") == app_secret]


def apply_changes(changes: list[WebhookChange], app_secret: str) -> DeliveryOutcome:
    """Store new messages, record edits and removals, for the accounts of the signing app."""
    outcome = DeliveryOutcome()
    new_by_account: dict[int, list[IncomingMessage]] = defaultdict(list)
    for change in changes:
        accounts = _accounts_for(change.kind, change.account_external_id, app_secret)
        if not accounts:
            outcome.unrouted += 1
            log.warning("Meta webhook for unknown %s account %s ignored", change.kind, change.account_external_id)
        for account in accounts:
            if change.action == ADD and change.message is not None:
                new_by_account[account.id].append(change.message)
                continue
            _store_new(new_by_account, outcome)  # an edit or removal may concern a comment added just before
            if change.action == EDIT and change.message is not None:
                outcome.edited += record_comment_edit(account.id, change.message, change.at)
            elif change.action == REMOVE:
                outcome.removed += record_comment_removal(account.id, change.comment_id, change.payload)
            elif change.action == WITHDRAW:
                outcome.withdrawn += withdraw_message(account.id, change.comment_id, change.at)
    _store_new(new_by_account, outcome)
    return outcome


def _store_new(new_by_account: dict[int, list[IncomingMessage]], outcome: DeliveryOutcome) -> None:
    """Store the new messages gathered so far, per account, and forget them."""
    for account_id, messages in sorted(new_by_account.items()):
        result = store_incoming(account_id, messages)
        outcome.stored += len(result.new_message_ids)
        outcome.duplicates += result.duplicates
    new_by_account.clear()
