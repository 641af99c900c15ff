"""X (Twitter) channel, first form: poll mentions with a persisted cursor, reply to a post.

Uses the real ``tweepy.Client`` (X API v2). The cursor holds ``since_id`` and, while a
long backlog is being paged through, the pagination token and the newest id seen, so a
poll cut short (rate limit, page cap) resumes where it stopped and never skips a mention.
"""

from __future__ import annotations

import html
from datetime import UTC, datetime, timedelta
from typing import Any

import requests
import tweepy

from inbox.ingest.base import Author, ChannelError, FetchResult, IncomingMessage, SentReceipt
from inbox.ingest.x_client import make_x_client
from inbox.models import AccountHealth, ChannelAccount, ChannelKind

TWEET_FIELDS = [
    "id",
    "text",
    "author_id",
    "conversation_id",
    "created_at",
    "in_reply_to_user_id",
    "referenced_tweets",
    "lang",
    "entities",
]
USER_FIELDS = ["id", "name", "username"]
PAGE_SIZE = 100
MAX_PAGES_PER_POLL = 5


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


def _reset_time(response: requests.Response | None) -> datetime | None:
    if response is None:
        return None
    reset = response.headers.get("x-rate-limit-reset")
    try:
        return datetime.fromtimestamp(int(reset), tz=UTC) if reset else None
    except ValueError:
        return None


def translate_error(error: Exception) -> ChannelError:
    """Map tweepy's and requests' errors to an account health with a human explanation."""
    response = getattr(error, "response", None)
    if isinstance(error, tweepy.TooManyRequests):
        retry_at = _reset_time(response) or datetime.now(UTC) + timedelta(minutes=15)
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
    if isinstance(error, tweepy.Forbidden):
        return ChannelError(
            AccountHealth.FORBIDDEN,
            "X forbids this request (403): check the app's access level and the account's permissions.",
            permanent=True,
        )
    if isinstance(error, tweepy.NotFound):
        return ChannelError(AccountHealth.MISCONFIGURED, "X does not know this account or post (404).", permanent=True)
    if isinstance(error, tweepy.BadRequest):
        return ChannelError(AccountHealth.PROVIDER_ERROR, f"X rejected the request (400): {error}", permanent=True)
    if isinstance(error, tweepy.TwitterServerError):
        return ChannelError(
            AccountHealth.PROVIDER_ERROR,
            f"X had a server error ({getattr(response, 'status_code', '5xx')}); retrying later.",
        )
    if isinstance(error, requests.RequestException):
        return ChannelError(
            AccountHealth.PROVIDER_ERROR, f"Could not reach X: {error.__class__.__name__}; retrying later."
        )
    return ChannelError(AccountHealth.PROVIDER_ERROR, f"Unexpected answer from X: {error}")


def _json(response: requests.Response) -> dict[str, Any]:
    try:
        body = response.json()
    except ValueError:
        raise ChannelError(
            AccountHealth.PROVIDER_ERROR, "X sent a malformed answer (not JSON); retrying later."
        ) from None
    if not isinstance(body, dict):
        raise ChannelError(AccountHealth.PROVIDER_ERROR, "X sent a malformed answer (not an object); retrying later.")
    return body


def _parse_time(value: str | None) -> datetime:
    if not value:
        return datetime.now(UTC)
    return datetime.fromisoformat(value.replace("Z", "+00:00")).astimezone(UTC)


def to_incoming(tweet: dict[str, Any], users: dict[str, dict[str, Any]]) -> IncomingMessage:
    """Normalise one mention; the thread is the X conversation of this voter."""
    author_id = str(tweet.get("author_id") or "unknown")
    user = users.get(author_id, {})
    replied_to = next(
        (ref.get("id") for ref in tweet.get("referenced_tweets") or [] if ref.get("type") == "replied_to"), None
    )
    conversation_id = tweet.get("conversation_id") or tweet["id"]
    return IncomingMessage(
        external_id=str(tweet["id"]),
        thread_key=f"x:{conversation_id}:{author_id}",
        author=Author(external_id=author_id, handle=user.get("username", ""), display_name=user.get("name", "")),
        text=html.unescape(tweet.get("text", "")),
        sent_at=_parse_time(tweet.get("created_at")),
        in_reply_to_external_id=replied_to,
        raw={"tweet": tweet, "author": user},
    )


def _pace(response: requests.Response) -> datetime | None:
    """The earliest next poll that keeps within the rate-limit window's remaining requests."""
    now = datetime.now(UTC)
    reset = _reset_time(response)
    try:
        remaining = int(response.headers.get("x-rate-limit-remaining", ""))
    except ValueError:
        return None
    if reset is None or reset <= now:
        return None
    if remaining <= 0:
        return reset
    return now + (reset - now) / remaining


class XIngestor:
    """Polls the mentions of the account's X user."""

    kind = ChannelKind.X

    def _page(self, client: tweepy.Client, user_id: str, since_id: str | None, token: str | None) -> requests.Response:
        try:
            return client.get_users_mentions(
                user_id,
                since_id=since_id,
                pagination_token=token,
                max_results=PAGE_SIZE,
                expansions=["author_id"],
                tweet_fields=TWEET_FIELDS,
                user_fields=USER_FIELDS,
            )
        except Exception as error:
            raise translate_error(error) from error

    def fetch(self, account: ChannelAccount) -> FetchResult:
        """Fetch mentions newer than the cursor, following pagination (bounded per poll)."""
        if not account.external_id:
            raise ChannelError(
                AccountHealth.MISCONFIGURED, "The X account has no user id: reconnect the account.", permanent=True
            )
        client = client_for(account)
        cursor = dict(account.cursor or {})
        since_id, token, newest = (
            cursor.get("since_id"),
            cursor.get("pagination_token"),
            cursor.get("pending_newest_id"),
        )
        messages: list[IncomingMessage] = []
        response: requests.Response | None = None
        for _ in range(MAX_PAGES_PER_POLL):
            try:
                response = self._page(client, account.external_id, since_id, token)
            except ChannelError:
                if not token or messages:
                    raise
                # A saved pagination token X no longer accepts: page again from since_id.
                token, newest = None, None
                response = self._page(client, account.external_id, since_id, token)
            body = _json(response)
            if "data" not in body and body.get("errors"):
                detail = body["errors"][0].get("detail", "unknown error")
                raise ChannelError(AccountHealth.MISCONFIGURED, f"X answered with an error: {detail}", permanent=True)
            users = {str(u["id"]): u for u in body.get("includes", {}).get("users", [])}
            messages.extend(to_incoming(tweet, users) for tweet in body.get("data", []))
            meta = body.get("meta", {})
            newest = newest or meta.get("newest_id")
            token = meta.get("next_token")
            if not token:
                break
        if token:  # more pages wait: keep since_id, remember where paging stands
            new_cursor = {"since_id": since_id, "pagination_token": token, "pending_newest_id": newest}
        else:
            new_cursor = {"since_id": newest or since_id}
        assert response is not None
        return FetchResult(messages=messages, cursor=new_cursor, next_poll_at=_pace(response))


class XReplySender:
    """Replies to a voter's post with a post of the account."""

    kind = ChannelKind.X

    def send(
        self, account: ChannelAccount, text: str, in_reply_to_external_id: str | None, thread_raw: dict[str, Any]
    ) -> SentReceipt:
        """Post ``text`` as a reply to ``in_reply_to_external_id``."""
        client = client_for(account)
        try:
            response = client.create_tweet(text=text, in_reply_to_tweet_id=in_reply_to_external_id)
        except Exception as error:
            raise translate_error(error) from error
        data = _json(response).get("data") or {}
        if not data.get("id"):
            raise ChannelError(AccountHealth.PROVIDER_ERROR, "X did not return the id of the new post.")
        return SentReceipt(external_id=str(data["id"]), sent_at=datetime.now(UTC), raw={"tweet": data})
