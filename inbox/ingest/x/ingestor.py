"""X (Twitter) channel: poll mentions, replies in the account's threads, quote posts and DMs; reply.

Uses the real ``tweepy.Client`` (X API v2). The cursor holds each pass's position (see
:mod:`inbox.ingest.x.passes`) and is saved with the stored messages, so a poll cut short
(rate limit, page cap, budget) resumes where it stopped and never skips a message.
Every request is counted per day (:mod:`inbox.services.channel_accounts.usage`); once the admin's
daily budget is used up, polling waits for the next office-local day.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from typing import Any

import requests

from inbox.ingest.base import ChannelError, FetchResult, SentReceipt
from inbox.ingest.usage import budget_pace, budget_reached, record_request
from inbox.ingest.x.common import (
    client_for,
    dm_external_id,
    json_body,
    reset_time,
    to_incoming,
    translate_error,
)
from inbox.ingest.x.length import X_DM_MAX_CHARS, x_reply_length
from inbox.ingest.x.passes import BudgetSpentError, RequestMeter, dm_pass, mentions_pass, quotes_pass
from inbox.models import AccountHealth, ChannelAccount, ChannelKind

__all__ = ["XIngestor", "XReplySender", "client_for", "to_incoming", "translate_error"]

log = logging.getLogger(__name__)


def _pace(response: requests.Response | None) -> datetime | None:
    """The earliest next poll that keeps within the rate-limit window's remaining requests."""
    if response is None:
        return None
    now = datetime.now(UTC)
    reset = reset_time(response)
    try:
        remaining = int(response.headers.get("x-rate-limit-remaining", ""))
    except ValueError:
        return None
    if reset is None or reset <= now:
        return None
    if remaining <= 0:
        return reset
    return now + (reset - now) / remaining


# What an answer shaped unlike X's documentation raises while a pass reads it.
MALFORMED_ANSWER = (KeyError, TypeError, AttributeError, ValueError, IndexError, OverflowError)


def _run_pass(run: Any, client: Any, account: ChannelAccount, cursor: dict[str, Any], meter: RequestMeter) -> Any:
    """Run one polling pass; a malformed answer is a ChannelError (recorded, retried later), never a crash."""
    try:
        return run(client, account, cursor, meter)
    except MALFORMED_ANSWER as error:
        detail = f"X sent a malformed answer ({error.__class__.__name__}: {str(error)[:120]}); retrying later."
        raise ChannelError(AccountHealth.PROVIDER_ERROR, detail) from error


class XIngestor:
    """Polls one X account: mentions first, then DMs and quote posts (if enabled)."""

    kind = ChannelKind.X

    def fetch(self, account: ChannelAccount) -> FetchResult:
        """Fetch what is new since the cursor; raise ChannelError when nothing could be read."""
        if not account.external_id:
            raise ChannelError(
                AccountHealth.MISCONFIGURED, "The X account has no user id: reconnect the account.", permanent=True
            )
        meter = RequestMeter(account)
        if meter.exhausted:
            raise budget_reached(account)
        client = client_for(account)
        cursor = dict(account.cursor or {})
        settings = account.settings or {}
        messages, updates = _run_pass(mentions_pass, client, account, cursor, meter)
        cursor.update(updates)
        next_poll_at = _pace(meter.last_response)
        passes = [("dm", dm_pass)] if settings.get("x_poll_dms", True) else []
        if settings.get("x_poll_quotes", True):
            passes.append(("quotes", quotes_pass))
        errors = dict(cursor.get("pass_errors") or {})
        for name, run in passes:
            try:
                found, updates = _run_pass(run, client, account, cursor, meter)
            except BudgetSpentError:
                break
            except ChannelError as error:  # mentions were read: keep them, report this pass's trouble
                log.warning("X %s pass for %s failed: %s", name, account.handle, error.detail)
                errors[name] = error.detail
                if error.retry_at:
                    next_poll_at = max(next_poll_at or error.retry_at, error.retry_at)
                continue
            errors.pop(name, None)
            messages.extend(found)
            cursor.update(updates)
        cursor["pass_errors"] = errors
        if meter.remaining is not None:  # spread the rest of today's budget over the rest of the day
            paced = budget_pace(account, meter.used, meter.remaining)
            next_poll_at = max(next_poll_at or paced, paced)
        return FetchResult(messages=messages, cursor=cursor, next_poll_at=next_poll_at)


def _thread_is_dm(thread_raw: dict[str, Any], in_reply_to: str | None) -> bool:
    return "dm_event" in (thread_raw or {}) or bool(in_reply_to and in_reply_to.startswith("dm:"))


class XReplySender:
    """Answers a voter on X: a reply post in their thread, or a DM when they wrote a DM."""

    kind = ChannelKind.X

    def send(
        self, account: ChannelAccount, text: str, in_reply_to_external_id: str | None, thread_raw: dict[str, Any]
    ) -> SentReceipt:
        """Send ``text``; an over-long text is refused (permanently) before X is called."""
        if _thread_is_dm(thread_raw, in_reply_to_external_id):
            return self._send_dm(account, text, thread_raw)
        length = x_reply_length(text)
        if not length.ok:
            raise ChannelError(
                AccountHealth.OK,
                f"The reply is {length.used} of {length.limit} {length.unit} long; shorten it to post it on X.",
                permanent=True,
            )
        client = client_for(account)
        try:
            response = client.create_tweet(text=text, in_reply_to_tweet_id=in_reply_to_external_id)
        except Exception as error:
            record_request(account, "post_create", 0)
            raise translate_error(error) from error
        record_request(account, "post_create", 1)
        data = json_body(response).get("data") or {}
        if not data.get("id"):
            raise ChannelError(AccountHealth.PROVIDER_ERROR, "X did not return the id of the new post.")
        return SentReceipt(external_id=str(data["id"]), sent_at=datetime.now(UTC), raw={"tweet": data})

    def _send_dm(self, account: ChannelAccount, text: str, thread_raw: dict[str, Any]) -> SentReceipt:
        participant = str((thread_raw.get("dm_event") or {}).get("sender_id") or "")
        if not participant:
            raise ChannelError(AccountHealth.OK, "The voter's X user id is unknown; cannot send a DM.", permanent=True)
        if not text.strip() or len(text) > X_DM_MAX_CHARS:
            raise ChannelError(
                AccountHealth.OK, f"An X direct message holds 1 to {X_DM_MAX_CHARS} characters.", permanent=True
            )
        client = client_for(account)
        try:
            response = client.create_direct_message(participant_id=participant, text=text, user_auth=True)
        except Exception as error:
            record_request(account, "dm_create", 0)
            raise translate_error(error) from error
        record_request(account, "dm_create", 1)
        data = json_body(response).get("data") or {}
        if not data.get("dm_event_id"):
            raise ChannelError(AccountHealth.PROVIDER_ERROR, "X did not return the id of the new message.")
        return SentReceipt(
            external_id=dm_external_id(str(data["dm_event_id"])), sent_at=datetime.now(UTC), raw={"dm": data}
        )
