"""Account Activity API in the fake X: webhook registration with a CRC check, signed event delivery.

Events use the Account Activity payloads (v1.1 object shapes): ``tweet_create_events`` with
``id_str``, ``user``, ``in_reply_to_status_id_str``, ``quoted_status_id_str``, ``entities``
and (over 140 characters) ``extended_tweet.full_text``; ``direct_message_events`` of type
``message_create`` with ``users``. Every payload names ``for_user_id``, the subscribed
account it is delivered for, and is signed with ``x-twitter-webhooks-signature``.
"""

from __future__ import annotations

import json
import secrets
import threading
from datetime import UTC, datetime
from typing import Any

import requests

from inbox.sandbox.x.dms import XDirectMessages
from inbox.sandbox.x.oauth import crc_response_token, webhook_signature

V1_TIME_FORMAT = "%a %b %d %H:%M:%S +0000 %Y"
LEGACY_TEXT_LIMIT = 140


def _v1_time(iso: str) -> tuple[str, str]:
    moment = datetime.fromisoformat(iso.replace("Z", "+00:00")).astimezone(UTC)
    return moment.strftime(V1_TIME_FORMAT), str(int(moment.timestamp() * 1000))


def _v1_user(user: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": int(user["id"]),
        "id_str": user["id"],
        "name": user["name"],
        "screen_name": user["username"],
        "protected": False,
        "verified": False,
    }


class XAccountActivity(XDirectMessages):
    """Webhook subscriptions of the fake X; events queue up until :meth:`deliver_webhooks`."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.webhook_url: str | None = None
        self.webhook_id: str | None = None
        self.auto_deliver = False
        self._subscribed: set[str] = set()
        self._outbox: list[dict[str, Any]] = []

    # registration ----------------------------------------------------------
    def crc_check(self, url: str) -> bool:
        """GET ``url?crc_token=…`` and check the answer, as X does on registration and hourly."""
        token = secrets.token_urlsafe(24)
        try:
            answer = requests.get(url, params={"crc_token": token}, timeout=5)
            body = answer.json() if answer.ok else {}
        except (requests.RequestException, ValueError):
            return False
        return isinstance(body, dict) and body.get("response_token") == crc_response_token(self.consumer_secret, token)

    def register_webhook(self, url: str) -> dict[str, Any]:
        """Register the webhook URL if it passes the CRC check; returns X's webhook config shape."""
        valid = self.crc_check(url)
        with self._lock:
            if valid:
                self.webhook_url, self.webhook_id = url, self._next_id()
        return {"id": self.webhook_id, "url": url, "valid": valid}

    def subscribe(self, user_id: str) -> None:
        """Deliver the activity of ``user_id`` (the account that authorised the subscription)."""
        with self._lock:
            if user_id not in self._users:
                raise KeyError(f"unknown user id: {user_id}")
            self._subscribed.add(user_id)

    # event capture ---------------------------------------------------------
    def _v1_tweet(self, tweet: dict[str, Any]) -> dict[str, Any]:
        author = self.get_user(tweet["author_id"]) or {}
        created_at, timestamp_ms = _v1_time(tweet["created_at"])
        parent = self._parent_id(tweet)
        quoted = self.quoted_id(tweet)
        mentions = [
            {
                "screen_name": m["username"],
                "id_str": m.get("id"),
                "id": int(m["id"]) if m.get("id") else None,
                "indices": [m["start"], m["end"]],
            }
            for m in tweet.get("entities", {}).get("mentions", [])
        ]
        text = tweet["text"]
        event: dict[str, Any] = {
            "created_at": created_at,
            "id": int(tweet["id"]),
            "id_str": tweet["id"],
            "text": text if len(text) <= LEGACY_TEXT_LIMIT else text[: LEGACY_TEXT_LIMIT - 1] + "…",
            "truncated": len(text) > LEGACY_TEXT_LIMIT,
            "in_reply_to_status_id": int(parent) if parent else None,
            "in_reply_to_status_id_str": parent,
            "in_reply_to_user_id_str": tweet.get("in_reply_to_user_id"),
            "user": _v1_user(author),
            "is_quote_status": quoted is not None,
            "lang": tweet.get("lang", "und"),
            "entities": {"hashtags": [], "urls": [], "user_mentions": mentions, "symbols": []},
            "timestamp_ms": timestamp_ms,
        }
        if quoted:
            event["quoted_status_id_str"] = quoted
        if event["truncated"]:
            event["extended_tweet"] = {"full_text": text, "entities": event["entities"]}
        return event

    def _concerned_by_tweet(self, tweet: dict[str, Any]) -> set[str]:
        concerned = {tweet["author_id"], tweet.get("in_reply_to_user_id")}
        concerned |= {m.get("id") for m in tweet.get("entities", {}).get("mentions", [])}
        quoted = self.quoted_id(tweet)
        if quoted:
            concerned.add((self.get_tweet(quoted) or {}).get("author_id"))
        return {uid for uid in concerned if uid in self._subscribed}

    def post_tweet(self, author_id: str, text: str, **kwargs: Any) -> dict[str, Any]:
        """Post like :meth:`XState.post_tweet`, queueing a ``tweet_create_events`` payload per subscriber."""
        tweet = super().post_tweet(author_id, text, **kwargs)
        with self._lock:
            for user_id in sorted(self._concerned_by_tweet(tweet)):
                self._outbox.append({"for_user_id": user_id, "tweet_create_events": [self._v1_tweet(tweet)]})
        self._maybe_deliver()
        return tweet

    def send_dm(self, sender_id: str, recipient_id: str, text: str) -> dict[str, Any]:
        """Send like :meth:`XDirectMessages.send_dm`, queueing a ``direct_message_events`` payload."""
        event = super().send_dm(sender_id, recipient_id, text)
        _created_at, timestamp_ms = _v1_time(event["created_at"])
        v1_event = {
            "type": "message_create",
            "id": event["id"],
            "created_timestamp": timestamp_ms,
            "message_create": {
                "target": {"recipient_id": recipient_id},
                "sender_id": sender_id,
                "message_data": {"text": text, "entities": {"hashtags": [], "symbols": [], "user_mentions": []}},
            },
        }
        users = {
            uid: {**_v1_user(self.get_user(uid) or {}), "created_timestamp": timestamp_ms}
            for uid in (sender_id, recipient_id)
        }
        with self._lock:
            for user_id in sorted({sender_id, recipient_id} & self._subscribed):
                self._outbox.append({"for_user_id": user_id, "direct_message_events": [v1_event], "users": users})
        self._maybe_deliver()
        return event

    # delivery --------------------------------------------------------------
    def pending_webhook_events(self) -> list[dict[str, Any]]:
        """Payloads waiting for delivery (a copy)."""
        with self._lock:
            return list(self._outbox)

    def signed_delivery(self, payload: dict[str, Any]) -> tuple[bytes, dict[str, str]]:
        """The exact body and headers X would POST for ``payload``."""
        body = json.dumps(payload, ensure_ascii=False).encode()
        return body, {
            "content-type": "application/json; charset=utf-8",
            "x-twitter-webhooks-signature": webhook_signature(self.consumer_secret, body),
        }

    def deliver_webhooks(self) -> list[int]:
        """POST every queued payload to the registered URL; returns the HTTP statuses (0: unreachable)."""
        with self._lock:
            url, batch, self._outbox = self.webhook_url, self._outbox, []
        if url is None:
            return []
        statuses = []
        for payload in batch:
            body, headers = self.signed_delivery(payload)
            try:
                statuses.append(requests.post(url, data=body, headers=headers, timeout=5).status_code)
            except requests.RequestException:
                statuses.append(0)
        return statuses

    def _maybe_deliver(self) -> None:
        if self.auto_deliver and self.webhook_url:
            threading.Thread(target=self.deliver_webhooks, daemon=True, name="x-webhook-delivery").start()
