"""Bluesky channel: poll mention, reply and quote notifications, answer in the voter's thread.

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
from inbox.ingest.bluesky.session import session_did, with_session
from inbox.ingest.media import Media, media_kind
from inbox.ingest.reply_length import grapheme_count
from inbox.ingest.unreadable import read_or_skip
from inbox.models import AccountHealth, ChannelAccount, ChannelKind

MAX_GRAPHEMES = 300
MAX_TEXT_BYTES = 3000
PAGE_SIZE = 50
MAX_PAGES_PER_POLL = 5
REASONS = ("mention", "reply", "quote")  # a quote post is a voter's words about the account's post
CDN = "https://cdn.bsky.app/img/feed_fullsize/plain"
VIDEO_CDN = "https://video.bsky.app/watch"


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


def _field(value: Any, *names: str) -> Any:
    """A field of an atproto model or of a plain record dict (unknown record types stay dicts)."""
    for name in names:
        found = value.get(name) if isinstance(value, dict) else getattr(value, name, None)
        if found is not None:
            return found
    return None


def _blob(blob: Any) -> tuple[str, str]:
    """(cid, mime type) of a blob reference."""
    ref = _field(blob, "ref", "cid")
    cid = _field(ref, "link", "$link") if ref is not None and not isinstance(ref, str) else ref
    return str(cid or ""), str(_field(blob, "mime_type", "mimeType") or "")


def post_media(record: Any, did: str) -> tuple[Media, ...]:
    """Images and video embedded in a post (also beside a quoted post), with their alt texts."""
    embed = _field(record, "embed")
    kind = str(_field(embed, "py_type", "$type") or "")
    if kind.startswith("app.bsky.embed.recordWithMedia"):
        embed = _field(embed, "media")
        kind = str(_field(embed, "py_type", "$type") or "")
    found: list[Media] = []
    if kind.startswith("app.bsky.embed.images"):
        for image in _field(embed, "images") or []:
            cid, mime_type = _blob(_field(image, "image"))
            url = f"{CDN}/{did}/{cid}@jpeg" if cid else ""
            alt = str(_field(image, "alt") or "")
            found.append(Media(media_kind("", mime_type or "image/jpeg"), url, cid, mime_type, alt))
    elif kind.startswith("app.bsky.embed.video"):
        cid, mime_type = _blob(_field(embed, "video"))
        url = f"{VIDEO_CDN}/{did}/{cid}/playlist.m3u8" if cid else ""
        found.append(Media("video", url, cid, mime_type or "video/mp4", str(_field(embed, "alt") or "")))
    return tuple(found)


def _quoted(record: Any) -> str | None:
    embed = _field(record, "embed")
    if str(_field(embed, "py_type", "$type") or "").startswith("app.bsky.embed.recordWithMedia"):
        embed = _field(embed, "record")
    quoted = _field(_field(embed, "record"), "uri")
    return str(quoted) if quoted else None


def to_incoming(notification: Any) -> IncomingMessage:
    """Normalise one mention, reply or quote post (a quote starts a thread of its own); images and
    video embedded in the post are its media."""
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
            "quoted": _quoted(record),
        },
        media=post_media(record, str(author.did)),
    )


class BlueskyIngestor:
    """Polls the account's mention, reply and quote notifications."""

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
