"""Read a Meta webhook delivery (already signature-checked) into a list of changes.

Pure functions, no database: ``parse_delivery`` turns the JSON body into ``WebhookChange``
records, each naming the account (page or Instagram user id) it is for. Anything that
does not look like a known event is skipped, never an error: Meta sends many fields
Dialoog does not use, and the body is untrusted.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from inbox.ingest.base import IncomingMessage
from inbox.ingest.meta.graph import parse_graph_time
from inbox.ingest.meta.messages import (
    as_dict,
    as_id,
    as_list,
    as_text,
    facebook_comment,
    instagram_comment,
    messaging_event,
    withdrawn_mid,
)
from inbox.models import ChannelKind

ADD, EDIT, REMOVE, WITHDRAW = "add", "edit", "remove", "withdraw"
OBJECT_KINDS = {"page": ChannelKind.FACEBOOK, "instagram": ChannelKind.INSTAGRAM}


@dataclass(frozen=True)
class WebhookChange:
    """One change for one account: a new message, an edited or removed comment, an unsent message
    (``WITHDRAW``, its ``mid`` in ``comment_id``)."""

    kind: ChannelKind
    account_external_id: str
    action: str
    message: IncomingMessage | None = None
    comment_id: str = ""
    text: str = ""
    at: datetime | None = None
    payload: dict[str, Any] = field(default_factory=dict)


def _feed_change(page_id: str, value: dict[str, Any]) -> WebhookChange | None:
    """A page ``feed`` change about a comment (add, edited, remove); other feed items are skipped."""
    if value.get("item") != "comment":
        return None
    verb = value.get("verb")
    comment_id = as_id(value.get("comment_id"))
    author = as_dict(value.get("from"))
    if not comment_id or as_id(author.get("id")) == page_id:
        return None  # the page's own comments are stored when Dialoog sends them
    at = parse_graph_time(value.get("created_time"))
    if verb == "remove":
        return WebhookChange(ChannelKind.FACEBOOK, page_id, REMOVE, comment_id=comment_id, at=at, payload=value)
    message = facebook_comment(
        comment_id=comment_id,
        post_id=as_id(value.get("post_id")),
        parent_id=as_id(value.get("parent_id")),
        author=author,
        text=as_text(value.get("message")),
        sent_at=at,
        payload=value,
        source="webhook",
    )
    if message is None:
        return None
    if verb == "edited":
        return WebhookChange(
            ChannelKind.FACEBOOK, page_id, EDIT, message=message, comment_id=comment_id, text=message.text, at=at
        )
    if verb == "add":
        return WebhookChange(ChannelKind.FACEBOOK, page_id, ADD, message=message)
    return None


def _instagram_comment_change(ig_id: str, value: dict[str, Any], time: Any) -> WebhookChange | None:
    """An Instagram ``comments`` (or ``live_comments``) change: always a new comment."""
    author = as_dict(value.get("from"))
    if as_id(author.get("id")) == ig_id:
        return None
    message = instagram_comment(
        comment_id=as_id(value.get("id")),
        media_id=as_id(as_dict(value.get("media")).get("id")),
        parent_id=as_id(value.get("parent_id")),
        author_id=as_id(author.get("id")),
        username=as_text(author.get("username")),
        text=as_text(value.get("text")),
        sent_at=parse_graph_time(time),
        payload=value,
        source="webhook",
    )
    return WebhookChange(ChannelKind.INSTAGRAM, ig_id, ADD, message=message) if message else None


def _entry_changes(kind: ChannelKind, entry: dict[str, Any]) -> list[WebhookChange]:
    account_id = as_id(entry.get("id"))
    if not account_id:
        return []
    found: list[WebhookChange | None] = []
    for change in as_list(entry.get("changes")):
        change = as_dict(change)
        value, field_name = as_dict(change.get("value")), as_text(change.get("field"))
        if kind == ChannelKind.FACEBOOK and field_name == "feed":
            found.append(_feed_change(account_id, value))
        elif kind == ChannelKind.INSTAGRAM and field_name in {"comments", "live_comments"}:
            found.append(_instagram_comment_change(account_id, value, entry.get("time")))
    prefix = "fb" if kind == ChannelKind.FACEBOOK else "ig"
    # "standby": events for threads another app owns (handover protocol); the voter wrote them all the same
    for event in map(as_dict, [*as_list(entry.get("messaging")), *as_list(entry.get("standby"))]):
        if unsent := withdrawn_mid(event, account_id):
            at = parse_graph_time(event.get("timestamp"))
            found.append(WebhookChange(kind, account_id, WITHDRAW, comment_id=unsent, at=at))
            continue
        message = messaging_event(prefix, event, account_id)
        found.append(WebhookChange(kind, account_id, ADD, message=message) if message else None)
    return [change for change in found if change is not None]


def parse_delivery(body: Any) -> list[WebhookChange]:
    """Every change in a delivery; raises ValueError when the body is not a Meta webhook at all."""
    if not isinstance(body, dict) or not isinstance(body.get("entry"), list):
        raise ValueError('a Meta webhook body is a JSON object with "object" and an "entry" list')
    name = body.get("object")
    kind = OBJECT_KINDS.get(name) if isinstance(name, str) else None
    if kind is None:
        raise ValueError(f'unsupported webhook object {str(body.get("object"))[:40]!r}; expected "page" or "instagram"')
    changes: list[WebhookChange] = []
    for entry in body["entry"]:
        changes.extend(_entry_changes(kind, as_dict(entry)))
    return changes
