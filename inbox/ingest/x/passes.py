"""The X polling passes: mentions (and replies in the account's threads), direct messages, quote posts.

Each pass reads from X through a :class:`RequestMeter` (which counts every request for the
usage page and stops when the daily budget is used up) and returns the messages found and
the part of the account's cursor it owns:

* mentions: ``since_id`` (+ ``pagination_token``/``pending_newest_id`` while paging a backlog).
  X addresses a reply to everyone in the thread above it, so voters replying anywhere under
  the account's own posts arrive here too.
* DMs: ``dm`` = ``{"newest_id", "pagination_token", "pending_newest_id"}``. ``GET /2/dm_events``
  has no ``since_id``: pages are read newest first until an event already seen.
* quotes: ``quotes`` = ``{"checked_at", "own_since_id", "posts": {post_id: newest_quote_id}}``.
  Quote posts do not reach the mentions timeline; the account's own recent posts are looked
  up (``GET /2/users/:id/tweets``) and their quotes read (``GET /2/tweets/:id/quote_tweets``)
  at most every ``x_quote_check_seconds`` (default 900), because each post read is billed.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import requests
import tweepy

from inbox.ingest.base import ChannelError, IncomingMessage
from inbox.ingest.unreadable import read_or_skip
from inbox.ingest.usage import record_request, remaining_requests_today
from inbox.ingest.x.common import dm_to_incoming, json_body, to_incoming, translate_error
from inbox.models import AccountHealth, ChannelAccount

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
DM_EVENT_FIELDS = ["id", "text", "event_type", "created_at", "sender_id", "dm_conversation_id"]
PAGE_SIZE = 100
MAX_PAGES_PER_POLL = 5
QUOTE_CHECK_SECONDS = 900
TRACKED_OWN_POSTS = 5
OWN_POST_MAX_AGE = timedelta(days=7)

Pass = tuple[list[IncomingMessage], dict[str, Any]]


class BudgetSpentError(Exception):
    """The daily request budget allows no further request in this poll."""


class RequestMeter:
    """Makes X requests for one poll: counts each (kind, items) and keeps within the daily budget."""

    def __init__(self, account: ChannelAccount) -> None:
        self.account = account
        self.remaining = remaining_requests_today(account)
        self.used = 0
        self.last_response: requests.Response | None = None

    @property
    def exhausted(self) -> bool:
        """True when the budget allows no more requests today."""
        return self.remaining is not None and self.remaining <= 0

    def call(self, kind: str, request: Callable[[], requests.Response]) -> dict[str, Any]:
        """Make one request of ``kind`` and return its JSON body (errors become ChannelError)."""
        if self.exhausted:
            raise BudgetSpentError
        if self.remaining is not None:
            self.remaining -= 1
        self.used += 1
        try:
            response = request()
        except Exception as error:
            record_request(self.account, kind, 0)
            raise translate_error(error) from error
        self.last_response = response
        body = json_body(response)
        data = body.get("data")
        record_request(self.account, kind, len(data) if isinstance(data, list) else int(bool(data)))
        if "data" not in body and body.get("errors"):
            detail = body["errors"][0].get("detail", "unknown error")
            raise ChannelError(AccountHealth.MISCONFIGURED, f"X answered with an error: {detail}", permanent=True)
        return body


def _users(body: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {str(u["id"]): u for u in body.get("includes", {}).get("users", []) if isinstance(u, dict) and "id" in u}


def is_repost(tweet: dict[str, Any]) -> bool:
    """Whether the post is a retweet (X's ``referenced_tweets`` type ``retweeted``): a repost, not anyone's words."""
    references = tweet.get("referenced_tweets")
    return isinstance(references, list) and any(
        isinstance(ref, dict) and ref.get("type") == "retweeted" for ref in references
    )


def _from_others(tweet: dict[str, Any], users: dict[str, dict[str, Any]], own_id: str) -> IncomingMessage | None:
    """The tweet as a message, or None when the account wrote it itself or it is a retweet."""
    return None if str(tweet.get("author_id")) == own_id or is_repost(tweet) else to_incoming(tweet, users)


def _newer(tweet: dict[str, Any], seen: str) -> bool:
    """Whether the tweet's id is above ``seen``."""
    return int(tweet["id"]) > int(seen)


def mentions_pass(client: tweepy.Client, account: ChannelAccount, cursor: dict[str, Any], meter: RequestMeter) -> Pass:
    """Mentions newer than ``since_id``, following pagination (bounded per poll, resumable)."""
    user_id = str(account.external_id)
    since_id, token, newest = cursor.get("since_id"), cursor.get("pagination_token"), cursor.get("pending_newest_id")

    def page(since: str | None, page_token: str | None) -> dict[str, Any]:
        return meter.call(
            "post_read",
            lambda: client.get_users_mentions(
                user_id,
                since_id=since,
                pagination_token=page_token,
                max_results=PAGE_SIZE,
                expansions=["author_id"],
                tweet_fields=TWEET_FIELDS,
                user_fields=USER_FIELDS,
            ),
        )

    messages: list[IncomingMessage] = []
    for _ in range(MAX_PAGES_PER_POLL):
        try:
            body = page(since_id, token)
        except ChannelError:
            if not token or messages:
                raise
            token, newest = None, None  # a saved pagination token X no longer accepts: page again from since_id
            body = page(since_id, token)
        users = _users(body)
        for tweet in body.get("data", []):
            message = read_or_skip(lambda t=tweet, u=users: _from_others(t, u, user_id), tweet, "X mention")
            if message is not None:
                messages.append(message)
        meta = body.get("meta", {})
        newest = newest or meta.get("newest_id")
        token = meta.get("next_token")
        if not token:
            break
    if token:  # more pages wait: keep since_id, remember where paging stands
        return messages, {"since_id": since_id, "pagination_token": token, "pending_newest_id": newest}
    return messages, {"since_id": newest or since_id, "pagination_token": None, "pending_newest_id": None}


def dm_pass(client: tweepy.Client, account: ChannelAccount, cursor: dict[str, Any], meter: RequestMeter) -> Pass:
    """DM events newer than the newest seen (``MessageCreate`` only; the account's own are skipped)."""
    state = dict(cursor.get("dm") or {})
    seen = int(state.get("newest_id") or 0)
    token, newest = state.get("pagination_token"), state.get("pending_newest_id")
    messages: list[IncomingMessage] = []
    reached_seen = False
    for _ in range(MAX_PAGES_PER_POLL):
        body = meter.call(
            "dm_read",
            lambda page_token=token: client.get_direct_message_events(
                event_types="MessageCreate",
                dm_event_fields=DM_EVENT_FIELDS,
                expansions=["sender_id"],
                user_fields=USER_FIELDS,
                max_results=PAGE_SIZE,
                pagination_token=page_token,
                user_auth=True,
            ),
        )
        users = _users(body)
        for event in body.get("data", []):
            event_id = read_or_skip(lambda e=event: int(e["id"]), event, "X direct message")
            if event_id is None:
                continue
            if event_id <= seen:
                reached_seen = True
                break
            newest = newest or str(event_id)
            if str(event.get("sender_id")) != str(account.external_id) and event.get("event_type") == "MessageCreate":
                message = read_or_skip(lambda e=event, u=users: dm_to_incoming(e, u), event, "X direct message")
                if message is not None:
                    messages.append(message)
        token = None if reached_seen else body.get("meta", {}).get("next_token")
        if not token:
            break
    if token:
        return messages, {
            "dm": {"newest_id": state.get("newest_id"), "pagination_token": token, "pending_newest_id": newest}
        }
    return messages, {"dm": {"newest_id": newest or state.get("newest_id")}}


def _recent_own_posts(
    client: tweepy.Client, account: ChannelAccount, state: dict[str, Any], meter: RequestMeter
) -> tuple[dict[str, str], str | None]:
    """The tracked own posts ``{post_id: newest_quote_id}`` after adding the account's new ones."""
    posts: dict[str, str] = dict(state.get("posts") or {})
    since_id = state.get("own_since_id")
    body = meter.call(
        "post_read",
        lambda: client.get_users_tweets(
            account.external_id,
            since_id=since_id,
            exclude=["replies", "retweets"],
            max_results=max(5, TRACKED_OWN_POSTS),
            tweet_fields=["created_at"],
            user_auth=True,
        ),
    )
    cutoff = datetime.now(UTC) - OWN_POST_MAX_AGE
    for post in body.get("data", []):
        created = post.get("created_at")
        if created and datetime.fromisoformat(created.replace("Z", "+00:00")) >= cutoff:
            posts.setdefault(str(post["id"]), "0")
    newest_first = sorted(posts, key=int, reverse=True)[:TRACKED_OWN_POSTS]
    return {pid: posts[pid] for pid in newest_first}, body.get("meta", {}).get("newest_id") or since_id


def quotes_pass(client: tweepy.Client, account: ChannelAccount, cursor: dict[str, Any], meter: RequestMeter) -> Pass:
    """Quote posts of the account's recent posts (checked every ``x_quote_check_seconds``)."""
    state = dict(cursor.get("quotes") or {})
    interval = float((account.settings or {}).get("x_quote_check_seconds", QUOTE_CHECK_SECONDS))
    now = datetime.now(UTC)
    checked_at = state.get("checked_at")
    if checked_at and now - datetime.fromisoformat(checked_at) < timedelta(seconds=interval):
        return [], {}
    posts, own_since_id = _recent_own_posts(client, account, state, meter)
    own_id = str(account.external_id)
    messages: list[IncomingMessage] = []
    for post_id, seen in posts.items():
        body = meter.call(
            "post_read",
            lambda post_id=post_id: client.get_quote_tweets(
                post_id,
                exclude=["retweets"],
                max_results=PAGE_SIZE,
                expansions=["author_id"],
                tweet_fields=TWEET_FIELDS,
                user_fields=USER_FIELDS,
                user_auth=True,
            ),
        )
        users = _users(body)
        fresh = [t for t in body.get("data", []) if read_or_skip(lambda t=t, s=seen: _newer(t, s), t, "X quote")]
        for tweet in fresh:
            message = read_or_skip(lambda t=tweet, u=users: _from_others(t, u, own_id), tweet, "X quote")
            if message is not None:
                messages.append(message)
        if fresh:
            posts[post_id] = max((str(t["id"]) for t in fresh), key=int)
    return messages, {"quotes": {"checked_at": now.isoformat(), "own_since_id": own_since_id, "posts": posts}}
