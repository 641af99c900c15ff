"""Account Activity API payloads (v1.1 object shapes) as normalised incoming messages.

The external ids and thread keys are the ones polling produces (post id; ``dm:<event id>``;
``x:<conversation>:<voter>``; ``x-dm:<voter>``), so a message that arrives both ways is
stored once. Webhook posts carry no ``conversation_id``: the conversation is that of the
post replied to when Dialoog has it (``conversation_of``), else the post replied to itself
(right for replies to the account's own posts), else the post itself.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from inbox.ingest.base import Author, IncomingMessage
from inbox.ingest.x.common import dm_external_id, dm_thread_key, post_thread_key, storable_raw
from inbox.text import storable_text

V1_TIME_FORMAT = "%a %b %d %H:%M:%S %z %Y"


class MalformedEventError(ValueError):
    """The payload is not an Account Activity event Dialoog can read; the message says what is wrong."""


@dataclass(frozen=True)
class ActivityBatch:
    """The messages one webhook delivery holds for the subscribed account ``for_user_id``."""

    for_user_id: str
    messages: list[IncomingMessage]


def _require(mapping: Any, key: str, where: str) -> Any:
    if not isinstance(mapping, dict) or key not in mapping:
        raise MalformedEventError(f"{where} has no {key!r}")
    return mapping[key]


def _from_millis(value: Any) -> datetime | None:
    """Epoch milliseconds (a string of digits) as an aware time; None when absent or beyond any calendar."""
    if not (isinstance(value, str) and value.isdecimal()):
        return None
    try:
        return datetime.fromtimestamp(int(value) / 1000, tz=UTC)
    except (OverflowError, OSError, ValueError):  # e.g. "99999999999999999999": no platform holds that time
        return None


def _post_id(value: Any) -> str | None:
    """A post id the payload names (a string of digits in X's payloads), or None for anything else."""
    if isinstance(value, bool) or not isinstance(value, str | int) or value == "":
        return None
    return storable_text(str(value))  # it is looked up in the database (PostgreSQL refuses NUL)


def _tweet_time(tweet: dict[str, Any]) -> datetime:
    from_millis = _from_millis(tweet.get("timestamp_ms"))
    if from_millis is not None:
        return from_millis
    try:
        return datetime.strptime(str(tweet.get("created_at")), V1_TIME_FORMAT).astimezone(UTC)
    except (ValueError, OverflowError):  # OverflowError: year 1 with a positive offset is before datetime.min
        return datetime.now(UTC)


def tweet_message(tweet: dict[str, Any], conversation_of: Callable[[str], str | None] | None = None) -> IncomingMessage:
    """One ``tweet_create_events`` entry as an incoming message."""
    tweet_id = str(_require(tweet, "id_str", "tweet"))
    user = _require(tweet, "user", "tweet")
    author_id = str(_require(user, "id_str", "tweet user"))
    parent = _post_id(tweet.get("in_reply_to_status_id_str"))
    conversation = (conversation_of(parent) if parent and conversation_of else None) or parent or tweet_id
    text = (tweet.get("extended_tweet") or {}).get("full_text") or tweet.get("text") or ""
    v2_like = {
        "id": tweet_id,
        "text": text,
        "author_id": author_id,
        "created_at": _tweet_time(tweet).isoformat().replace("+00:00", "Z"),
        "lang": tweet.get("lang"),
        "referenced_tweets": [
            *([{"type": "replied_to", "id": parent}] if parent else []),
            *([{"type": "quoted", "id": tweet["quoted_status_id_str"]}] if tweet.get("quoted_status_id_str") else []),
        ],
        "in_reply_to_user_id": tweet.get("in_reply_to_user_id_str"),
        "source": "account_activity",
    }
    return IncomingMessage(
        external_id=tweet_id,
        thread_key=post_thread_key(str(conversation), author_id),
        author=Author(
            external_id=author_id, handle=str(user.get("screen_name", "")), display_name=str(user.get("name", ""))
        ),
        text=html.unescape(str(text)),
        sent_at=_tweet_time(tweet),
        in_reply_to_external_id=parent,
        raw=storable_raw(
            {
                "tweet": v2_like,
                "author": {"id": author_id, "username": user.get("screen_name"), "name": user.get("name")},
            }
        ),
    )


def dm_message(event: dict[str, Any], users: dict[str, Any]) -> IncomingMessage | None:
    """One ``direct_message_events`` entry as an incoming message (None for other event types)."""
    if event.get("type") != "message_create":
        return None
    event_id = str(_require(event, "id", "direct message event"))
    create = _require(event, "message_create", "direct message event")
    sender_id = str(_require(create, "sender_id", "message_create"))
    text = str(_require(_require(create, "message_data", "message_create"), "text", "message_data"))
    user = users.get(sender_id) if isinstance(users, dict) else None
    user = user if isinstance(user, dict) else {}
    sent_at = _from_millis(str(event.get("created_timestamp", ""))) or datetime.now(UTC)
    v2_like = {
        "id": event_id,
        "event_type": "MessageCreate",
        "text": text,
        "sender_id": sender_id,
        "created_at": sent_at.isoformat().replace("+00:00", "Z"),
        "source": "account_activity",
    }
    return IncomingMessage(
        external_id=dm_external_id(event_id),
        thread_key=dm_thread_key(sender_id),
        author=Author(
            external_id=sender_id, handle=str(user.get("screen_name", "")), display_name=str(user.get("name", ""))
        ),
        text=text,
        sent_at=sent_at,
        raw=storable_raw(
            {
                "dm_event": v2_like,
                "author": {"id": sender_id, "username": user.get("screen_name"), "name": user.get("name")},
            }
        ),
    )


def parse_activity(payload: Any, conversation_of: Callable[[str], str | None] | None = None) -> ActivityBatch:
    """The voters' posts and DMs in one delivery; the account's own posts, DMs and retweets are skipped."""
    for_user_id = str(_require(payload, "for_user_id", "event"))
    messages: list[IncomingMessage] = []
    tweets = payload.get("tweet_create_events", [])
    dms = payload.get("direct_message_events", [])
    if not isinstance(tweets, list) or not isinstance(dms, list):
        raise MalformedEventError("event lists must be arrays")
    for tweet in tweets:
        if not isinstance(tweet, dict):
            raise MalformedEventError("a tweet event is not an object")
        if "retweeted_status" in tweet:
            continue
        message = tweet_message(tweet, conversation_of)
        if message.author.external_id != for_user_id:
            messages.append(message)
    for event in dms:
        if not isinstance(event, dict):
            raise MalformedEventError("a direct message event is not an object")
        message = dm_message(event, payload.get("users") or {})
        if message is not None and message.author.external_id != for_user_id:
            messages.append(message)
    return ActivityBatch(for_user_id, messages)
