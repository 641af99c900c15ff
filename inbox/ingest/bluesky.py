"""Bluesky channel: poll mention and reply notifications, answer in the voter's thread.

Uses the real atproto ``Client`` against ``settings["base_url"]`` (a PDS) with the
account's handle and app password (``credentials["identifier"]``/``["app_password"]``).
The session is kept in the credentials and reused, so polls do not log in each time
(``createSession`` is rate limited hard). Notifications come newest first; the cursor keeps
the newest ``indexedAt`` stored and, while a backlog is paged through, the page cursor.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from atproto import models

from inbox.ingest.base import Author, ChannelError, FetchResult, IncomingMessage, SentReceipt
from inbox.ingest.bluesky_session import session_did, with_session
from inbox.ingest.unreadable import read_or_skip
from inbox.models import AccountHealth, ChannelAccount, ChannelKind
from inbox.text_limits import grapheme_count

MAX_GRAPHEMES = 300
MAX_TEXT_BYTES = 3000
PAGE_SIZE = 50
MAX_PAGES_PER_POLL = 5
REASONS = ("mention", "reply")


def _parse_time(value: str | None) -> datetime:
    if not value:
        return datetime.now(UTC)
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).astimezone(UTC)
    except (ValueError, OverflowError):  # OverflowError: year 1 at +14:00 is before any UTC time
        return datetime.now(UTC)


def _ref(value: Any) -> dict[str, str] | None:
    uri, cid = getattr(value, "uri", None), getattr(value, "cid", None)
    return {"uri": str(uri), "cid": str(cid)} if uri and cid else None


def to_incoming(notification: Any) -> IncomingMessage:
    """Normalise one mention or reply; the thread is this voter's part of the Bluesky thread."""
    record = notification.record
    own = {"uri": str(notification.uri), "cid": str(notification.cid)}
    reply = getattr(record, "reply", None)
    root = _ref(getattr(reply, "root", None)) or own
    parent = _ref(getattr(reply, "parent", None))
    author = notification.author
    return IncomingMessage(
        external_id=own["uri"],
        thread_key=f"bluesky:{root['uri']}:{author.did}",
        author=Author(external_id=str(author.did), handle=str(author.handle), display_name=author.display_name or ""),
        text=str(getattr(record, "text", "") or ""),
        sent_at=_parse_time(getattr(record, "created_at", None) or notification.indexed_at),
        in_reply_to_external_id=parent["uri"] if parent else None,
        raw={
            "uri": own["uri"],
            "cid": own["cid"],
            "reason": str(notification.reason),
            "root": root,
            "parent": parent,
            "langs": list(getattr(record, "langs", None) or []),
            "indexed_at": str(notification.indexed_at),
            "author": {"did": str(author.did), "handle": str(author.handle), "display_name": author.display_name or ""},
        },
    )


class BlueskyIngestor:
    """Polls the account's mention and reply notifications."""

    kind = ChannelKind.BLUESKY

    def fetch(self, account: ChannelAccount) -> FetchResult:
        """Fetch notifications newer than the cursor, following pagination (bounded per poll)."""
        cursor = dict(account.cursor or {})
        seen_at = cursor.get("seen_at")
        page_cursor, newest = cursor.get("page_cursor"), cursor.get("pending_seen_at")
        floor = _parse_time(seen_at) if seen_at else None
        messages: list[IncomingMessage] = []
        for _ in range(MAX_PAGES_PER_POLL):
            params = {"limit": PAGE_SIZE, "reasons": list(REASONS), "cursor": page_cursor}
            page = with_session(account, lambda client, p=params: client.app.bsky.notification.list_notifications(p))
            reached_stored = False
            for notification in page.notifications:
                indexed = _parse_time(notification.indexed_at)
                if floor is not None and indexed < floor:
                    reached_stored = True
                    break
                if newest is None or indexed > _parse_time(newest):
                    newest = str(notification.indexed_at)
                if notification.reason in REASONS and str(notification.author.did) != account.external_id:
                    message = read_or_skip(lambda n=notification: to_incoming(n), notification, "Bluesky notification")
                    if message is not None:
                        messages.append(message)
            page_cursor = page.cursor
            if reached_stored or not page_cursor or not page.notifications:
                page_cursor = None
                break
        if page_cursor:  # more pages wait: keep the floor, remember where paging stands
            new_cursor = {"seen_at": seen_at, "page_cursor": page_cursor, "pending_seen_at": newest}
        else:
            new_cursor = {"seen_at": newest or seen_at}
        return FetchResult(messages=messages, cursor=new_cursor)


def check_length(text: str) -> None:
    """Refuse a post Bluesky would refuse: over 300 graphemes or 3000 bytes of UTF-8."""
    count, size = grapheme_count(text), len(text.encode())
    if count > MAX_GRAPHEMES:
        detail = f"The reply is {count} characters; a Bluesky post can have at most {MAX_GRAPHEMES}."
    elif size > MAX_TEXT_BYTES:
        detail = (
            f"The reply takes {size} bytes; a Bluesky post holds at most {MAX_TEXT_BYTES} (an emoji takes several)."
        )
    else:
        return
    raise ChannelError(AccountHealth.PROVIDER_ERROR, detail + " Shorten it and send it again.", permanent=True)


class BlueskyReplySender:
    """Answers a voter's post in its thread (root and parent strong references)."""

    kind = ChannelKind.BLUESKY

    def send(
        self, account: ChannelAccount, text: str, in_reply_to_external_id: str | None, thread_raw: dict[str, Any]
    ) -> SentReceipt:
        """Post ``text`` as a reply to the voter's post."""
        check_length(text)
        parent = {"uri": thread_raw.get("uri"), "cid": thread_raw.get("cid")}
        root = thread_raw.get("root") or parent
        if not parent["uri"] or not parent["cid"] or not root.get("uri") or not root.get("cid"):
            raise ChannelError(
                AccountHealth.MISCONFIGURED, "There is no Bluesky post of the voter to answer.", permanent=True
            )
        reply_ref = models.AppBskyFeedPost.ReplyRef(
            root=models.ComAtprotoRepoStrongRef.Main(uri=root["uri"], cid=root["cid"]),
            parent=models.ComAtprotoRepoStrongRef.Main(uri=parent["uri"], cid=parent["cid"]),
        )
        langs = list(thread_raw.get("langs") or [])[:3] or None
        created = with_session(
            account,
            lambda client: client.send_post(
                text, profile_identify=session_did(client), reply_to=reply_ref, langs=langs
            ),
        )
        return SentReceipt(
            external_id=str(created.uri),
            sent_at=datetime.now(UTC),
            raw={"uri": str(created.uri), "cid": str(created.cid), "root": root, "parent": parent, "text": text},
        )
