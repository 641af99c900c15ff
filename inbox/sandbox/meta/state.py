"""In-memory state of the Meta sandbox: pages, Instagram accounts, posts, comments, DMs, faults.

Voter actions (``comment``, ``edit_comment``, ``remove_comment``, ``direct_message``) also
deliver the signed webhook Meta would send (``X-Hub-Signature-256`` over the exact body)
to ``webhook_sink`` while ``webhooks_enabled`` is on; switch it off to simulate a webhook
outage that polling must backfill.
"""

from __future__ import annotations

import hashlib
import hmac
import itertools
import json
import secrets
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

FACEBOOK, INSTAGRAM = "facebook", "instagram"
WebhookSink = Callable[[bytes, dict[str, str]], int]


@dataclass
class FakeAccount:
    """A Facebook page or an Instagram professional account."""

    id: str
    platform: str
    name: str
    token: str


@dataclass
class FakeObject:
    """A page post or an Instagram media."""

    id: str
    owner_id: str
    platform: str
    text: str
    created: datetime
    updated: datetime


@dataclass
class FakeComment:
    """A comment (or reply) on a post or media."""

    id: str
    object_id: str
    owner_id: str
    platform: str
    from_id: str
    from_name: str
    text: str
    created: datetime
    parent_id: str | None = None
    hidden: bool = False
    removed: bool = False


@dataclass
class FakeDirectMessage:
    """A Messenger or Instagram direct message, either way."""

    mid: str
    owner_id: str
    platform: str
    voter_id: str
    voter_name: str
    text: str
    created: datetime
    from_voter: bool = True
    attachments: list[dict[str, Any]] = field(default_factory=list)  # as the Graph API's ``attachments`` edge


@dataclass
class Fault:
    """An error to answer instead of the next matching request(s)."""

    code: int
    path: str = ""
    status: int = 400
    subcode: int | None = None
    times: int = 1
    headers: dict[str, str] = field(default_factory=dict)


def webhook_signature(app_secret: str, body: bytes) -> str:
    """``sha256=`` + hex HMAC-SHA256 of ``body`` with the app secret."""
    return "sha256=" + hmac.new(app_secret.encode(), body, hashlib.sha256).hexdigest()


def _unix(moment: datetime) -> int:
    return int(moment.timestamp())


class MetaState:
    """Everything the fake Graph API knows; thread-safe (server threads and simulators share it)."""

    def __init__(self, *, app_secret: str | None = None, verify_token: str | None = None, id_start: int = 1001) -> None:
        self.app_secret = app_secret or secrets.token_hex(16)
        self.verify_token = verify_token or secrets.token_urlsafe(12)
        self.lock = threading.RLock()
        self.accounts: dict[str, FakeAccount] = {}
        self.objects: list[FakeObject] = []
        self.comments: list[FakeComment] = []
        self.messages: list[FakeDirectMessage] = []
        self.faults: list[Fault] = []
        self.requests: list[tuple[str, str, dict[str, Any]]] = []
        self.expired_tokens: set[str] = set()
        self.usage_percent = 5
        self.regain_minutes = 0
        self.webhook_sink: WebhookSink | None = None
        self.webhooks_enabled = True
        self.deliveries: list[tuple[bytes, int]] = []
        self.profiles: dict[str, dict[str, Any]] = {}  # per voter id: user profile fields that differ (tests)
        self._ids = itertools.count(id_start)

    def next_id(self) -> int:
        """A fresh numeric id."""
        return next(self._ids)

    # set-up -------------------------------------------------------------------
    def add_account(self, platform: str, name: str, account_id: str | None = None) -> FakeAccount:
        """Add a Facebook page or Instagram account, with its access token."""
        with self.lock:
            default = f"10{self.next_id():013d}" if platform == FACEBOOK else f"1784{self.next_id():013d}"
            account = FakeAccount(account_id or default, platform, name, "EAAB" + secrets.token_urlsafe(24))
            self.accounts[account.id] = account
            return account

    def add_post(self, owner_id: str, text: str, at: datetime | None = None) -> FakeObject:
        """A page post (Facebook) or media (Instagram) of the account."""
        with self.lock:
            account = self.accounts[owner_id]
            number = self.next_id()
            object_id = f"{owner_id}_{number}" if account.platform == FACEBOOK else f"1790{number:013d}"
            moment = at or datetime.now(UTC)
            post = FakeObject(object_id, owner_id, account.platform, text, moment, moment)
            self.objects.insert(0, post)  # newest first
            return post

    def account_for_token(self, token: str) -> FakeAccount | None:
        """The account a token belongs to."""
        return next((a for a in self.accounts.values() if a.token == token), None)

    def fail_next(self, code: int, **options: Any) -> None:
        """Answer the next request (whose path contains ``path``) with Graph error ``code``."""
        with self.lock:
            self.faults.append(Fault(code, **options))

    def take_fault(self, path: str) -> Fault | None:
        """The first queued fault matching ``path``, used up by one."""
        with self.lock:
            for fault in self.faults:
                if fault.path in path:
                    fault.times -= 1
                    if fault.times <= 0:
                        self.faults.remove(fault)
                    return fault
        return None

    def request_count(self, fragment: str = "", method: str = "") -> int:
        """How many requests (of ``method``) had a path containing ``fragment``."""
        return sum(1 for m, path, _ in self.requests if fragment in path and (not method or m == method))

    # voter actions ---------------------------------------------------------------
    def comment(
        self, object_id: str, voter_id: str, voter_name: str, text: str, *, parent_id: str | None = None,
        at: datetime | None = None,
    ) -> FakeComment:  # fmt: skip
        """A voter comments on a post/media (or replies to a comment); delivers the webhook."""
        with self.lock:
            post = next(o for o in self.objects if o.id == object_id)
            number = self.next_id()
            comment_id = f"{object_id.split('_')[-1]}_{number}" if post.platform == FACEBOOK else f"1795{number:013d}"
            moment = at or datetime.now(UTC)
            comment = FakeComment(
                comment_id, object_id, post.owner_id, post.platform, voter_id, voter_name, text, moment, parent_id
            )
            self.comments.append(comment)
            post.updated = max(post.updated, moment)
        self._deliver(self._comment_event(comment, "add"))
        return comment

    def edit_comment(self, comment_id: str, text: str) -> FakeComment:
        """The voter edits a Facebook comment; delivers the ``edited`` webhook."""
        with self.lock:
            comment = self.find_comment(comment_id)
            comment.text = text
        self._deliver(self._comment_event(comment, "edited"))
        return comment

    def remove_comment(self, comment_id: str) -> FakeComment:
        """The voter deletes a Facebook comment; delivers the ``remove`` webhook."""
        with self.lock:
            comment = self.find_comment(comment_id)
            comment.removed = True
        self._deliver(self._comment_event(comment, "remove"))
        return comment

    def direct_message(
        self, owner_id: str, voter_id: str, voter_name: str, text: str, *, at: datetime | None = None,
        attachments: list[dict[str, Any]] | None = None,
    ) -> FakeDirectMessage:  # fmt: skip
        """A voter writes to the page (Messenger) or Instagram account; delivers the webhook.

        ``attachments`` are Graph ``attachments`` entries (``image_data``/``video_data``/``file_url``);
        the webhook carries them as Meta does, ``{"type", "payload": {"url"}}``, and no text when empty.
        """
        with self.lock:
            account = self.accounts[owner_id]
            message = FakeDirectMessage(
                f"m_{secrets.token_urlsafe(18)}", owner_id, account.platform, voter_id, voter_name, text,
                at or datetime.now(UTC), attachments=list(attachments or []),
            )  # fmt: skip
            self.messages.append(message)
        moment = int(message.created.timestamp() * 1000)
        body: dict[str, Any] = {"mid": message.mid, "text": text} if text else {"mid": message.mid}
        if message.attachments:
            body["attachments"] = [
                {"type": "image" if "image_data" in a else "video" if "video_data" in a else "file", "payload": {
                    "url": (a.get("image_data") or a.get("video_data") or {}).get("url") or a.get("file_url", "")}}
                for a in message.attachments
            ]  # fmt: skip
        event = {"sender": {"id": voter_id}, "recipient": {"id": owner_id}, "timestamp": moment, "message": body}
        kind = "page" if account.platform == FACEBOOK else "instagram"
        self._deliver({"object": kind, "entry": [{"id": owner_id, "time": moment, "messaging": [event]}]})
        return message

    def find_comment(self, comment_id: str) -> FakeComment:
        """A comment by id (KeyError if unknown)."""
        found = next((c for c in self.comments if c.id == comment_id), None)
        if found is None:
            raise KeyError(comment_id)
        return found

    # webhooks --------------------------------------------------------------------
    def _comment_event(self, comment: FakeComment, verb: str) -> dict[str, Any]:
        if comment.platform == INSTAGRAM:
            value: dict[str, Any] = {
                "from": {"id": comment.from_id, "username": comment.from_name},
                "media": {"id": comment.object_id, "media_product_type": "FEED"},
                "id": comment.id,
                "text": comment.text,
            }
            if comment.parent_id:
                value["parent_id"] = comment.parent_id
            entry_time = _unix(comment.created)
            return {"object": "instagram", "entry": [{"id": comment.owner_id, "time": entry_time,
                                                      "changes": [{"field": "comments", "value": value}]}]}  # fmt: skip
        value = {
            "from": {"id": comment.from_id, "name": comment.from_name},
            "post": {"status_type": "mobile_status_update", "is_published": True, "id": comment.object_id},
            "message": comment.text,
            "post_id": comment.object_id,
            "comment_id": comment.id,
            "created_time": _unix(comment.created),
            "item": "comment",
            "parent_id": comment.parent_id or comment.object_id,
            "verb": verb,
        }
        if verb == "remove":
            value.pop("message")
        now = _unix(datetime.now(UTC))
        return {"object": "page", "entry": [{"id": comment.owner_id, "time": now,
                                             "changes": [{"field": "feed", "value": value}]}]}  # fmt: skip

    def _deliver(self, payload: dict[str, Any]) -> None:
        """Sign and send a webhook delivery, if webhooks are on and a sink is configured."""
        if not self.webhooks_enabled or self.webhook_sink is None:
            return
        body = json.dumps(payload, separators=(",", ":")).encode()
        headers = {"Content-Type": "application/json", "X-Hub-Signature-256": webhook_signature(self.app_secret, body)}
        status = self.webhook_sink(body, headers)
        with self.lock:
            self.deliveries.append((body, status))
