"""Shared pieces of the X channel: the account's client, error translation, answer parsing, normalising."""

from __future__ import annotations

import html
from datetime import UTC, datetime, timedelta
from typing import Any

import requests
import tweepy

from inbox.ingest.base import Author, ChannelError, IncomingMessage
from inbox.ingest.x.client import make_x_client
from inbox.models import AccountHealth, ChannelAccount
from inbox.provider_hosts import HostRefusedError
from inbox.text import storable_text

NO_RESET_WAIT = timedelta(minutes=15)  # X's rate-limit window, when a 429 does not say when it ends


def client_for(account: ChannelAccount) -> tweepy.Client:
    """A tweepy client with the account's credentials (and sandbox address, if any)."""
    credentials = account.credentials or {}
    try:
        return make_x_client(
            consumer_key=credentials["consumer_key"],
            consumer_secret=credentials["consumer_secret"],
            access_token=credentials["access_token"],
            access_token_secret=credentials["access_token_secret"],
            api_base_url=(account.settings or {}).get("api_base_url"),
        )
    except KeyError as missing:
        raise ChannelError(
            AccountHealth.MISCONFIGURED,
            f"The X account has no {missing.args[0]}: reconnect the account.",
            permanent=True,
        ) from None
    except HostRefusedError as refused:
        raise refused.channel_error() from None


def reset_time(response: requests.Response | None) -> datetime | None:
    """When the rate-limit window of ``response`` ends (``x-rate-limit-reset``), if it says."""
    if response is None:
        return None
    reset = response.headers.get("x-rate-limit-reset")
    try:
        return datetime.fromtimestamp(int(reset), tz=UTC) if reset else None
    except (ValueError, OverflowError, OSError):
        return None


def translate_error(error: Exception) -> ChannelError:
    """Map tweepy's and requests' errors to an account health with a human explanation.

    A 429 without ``x-rate-limit-reset`` waits a whole 15-minute window: never an immediate retry.
    """
    response = getattr(error, "response", None)
    if isinstance(error, tweepy.TooManyRequests):
        retry_at = reset_time(response) or datetime.now(UTC) + NO_RESET_WAIT
        return ChannelError(
            AccountHealth.RATE_LIMITED,
            f"X's rate limit is used up; polling resumes at {retry_at:%H:%M} UTC.",
            retry_at=retry_at,
        )
    if isinstance(error, tweepy.Unauthorized):
        return ChannelError(
            AccountHealth.UNAUTHORIZED,
            "X refused the access token (401): it was revoked or is wrong. Reconnect the account.",
            permanent=True,
        )
    if isinstance(error, tweepy.Forbidden):  # no text of the answer is shown: only what Dialoog itself says
        return ChannelError(
            AccountHealth.FORBIDDEN,
            "X forbids this request (403). Check the app's access level and the account's permissions.",
            permanent=True,
        )
    if isinstance(error, tweepy.NotFound):
        return ChannelError(AccountHealth.MISCONFIGURED, "X does not know this account or post (404).", permanent=True)
    if isinstance(error, tweepy.BadRequest):
        return ChannelError(
            AccountHealth.PROVIDER_ERROR, "X rejected the request (400); check the account's settings.", permanent=True
        )
    if isinstance(error, tweepy.TwitterServerError):
        return ChannelError(
            AccountHealth.PROVIDER_ERROR,
            f"X had a server error ({getattr(response, 'status_code', '5xx')}); retrying later.",
        )
    if isinstance(error, requests.RequestException):
        return ChannelError(
            AccountHealth.PROVIDER_ERROR, f"Could not reach X: {error.__class__.__name__}; retrying later."
        )
    return ChannelError(AccountHealth.PROVIDER_ERROR, f"Unexpected answer from X ({error.__class__.__name__}).")


def json_body(response: requests.Response) -> dict[str, Any]:
    """The JSON object X answered, or a ChannelError saying the answer was malformed."""
    try:
        body = response.json()
    except ValueError:
        raise ChannelError(
            AccountHealth.PROVIDER_ERROR, "X sent a malformed answer (not JSON); retrying later."
        ) from None
    if not isinstance(body, dict):
        raise ChannelError(AccountHealth.PROVIDER_ERROR, "X sent a malformed answer (not an object); retrying later.")
    return body


def parse_time(value: str | None) -> datetime:
    """An X API v2 timestamp (``2026-11-26T11:55:00.000Z``) as an aware datetime (now if missing)."""
    if not value:
        return datetime.now(UTC)
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).astimezone(UTC)
    except (ValueError, OverflowError):  # OverflowError: year 1 at +14:00 is before any UTC time
        return datetime.now(UTC)


def storable_raw(value: Any) -> Any:
    """A provider payload safe for a JSON column: every string made storable (PostgreSQL refuses NUL)."""
    if isinstance(value, str):
        return storable_text(value)
    if isinstance(value, dict):
        return {storable_text(str(k)): storable_raw(v) for k, v in value.items()}
    if isinstance(value, list):
        return [storable_raw(v) for v in value]
    return value


def post_thread_key(conversation_id: str, author_id: str) -> str:
    """One inbox conversation per X conversation and voter."""
    return f"x:{conversation_id}:{author_id}"


def dm_thread_key(voter_id: str) -> str:
    """One inbox conversation per voter for direct messages."""
    return f"x-dm:{voter_id}"


def dm_external_id(event_id: str) -> str:
    """The stored external id of a DM event (polling and webhooks use the same)."""
    return f"dm:{event_id}"


def _string(value: Any, field: str) -> str:
    """``value`` if it is text; X documents these fields as strings, anything else makes the item unreadable."""
    if not isinstance(value, str):
        raise TypeError(f"{field} is a {type(value).__name__}, not a string")
    return value


def to_incoming(tweet: dict[str, Any], users: dict[str, dict[str, Any]]) -> IncomingMessage:
    """Normalise one post (mention, reply or quote); the thread is the X conversation of this voter."""
    author_id = str(tweet.get("author_id") or "unknown")
    user = users.get(author_id, {})
    references = tweet.get("referenced_tweets") or []
    replied_to = next((ref.get("id") for ref in references if ref.get("type") == "replied_to"), None)
    conversation_id = tweet.get("conversation_id") or tweet["id"]
    return IncomingMessage(
        external_id=str(tweet["id"]),
        thread_key=post_thread_key(str(conversation_id), author_id),
        author=Author(external_id=author_id, handle=user.get("username", ""), display_name=user.get("name", "")),
        text=html.unescape(_string(tweet.get("text", ""), "text")),
        sent_at=parse_time(tweet.get("created_at")),
        in_reply_to_external_id=replied_to,
        raw=storable_raw({"tweet": tweet, "author": user}),
    )


def dm_to_incoming(event: dict[str, Any], users: dict[str, dict[str, Any]]) -> IncomingMessage:
    """Normalise one DM ``MessageCreate`` event; all DMs of a voter form one conversation."""
    sender_id = str(event.get("sender_id") or "unknown")
    user = users.get(sender_id, {})
    return IncomingMessage(
        external_id=dm_external_id(str(event["id"])),
        thread_key=dm_thread_key(sender_id),
        author=Author(external_id=sender_id, handle=user.get("username", ""), display_name=user.get("name", "")),
        text=str(event.get("text", "")),
        sent_at=parse_time(event.get("created_at")),
        raw=storable_raw({"dm_event": event, "author": user}),
    )
