"""Turn Facebook and Instagram comments and direct messages into ``IncomingMessage`` records.

Webhooks and polling see the same comment under the same id, so both paths build the
same ``external_id`` (the Graph comment id, or the message ``mid``) and the store keeps
one copy. Threads: a voter's comments under one post (or Instagram media) form one
conversation, ``fb:<post>:<voter>`` / ``ig:<media>:<voter>``; direct messages form their
own, ``fb-dm:<voter>`` / ``ig-dm:<voter>``.

Every message's ``raw`` holds ``meta``: what the reply sender and moderation need
(``type`` comment or dm, ``comment_id``, ``parent_id``, ``object_id``, ``sender_id``,
``sent_at``), next to the provider's own payload under ``payload``.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from inbox.ingest.base import Author, IncomingMessage
from inbox.ingest.media import Media, as_str, guessed_mime_type, media_kind
from inbox.ingest.meta.graph import parse_graph_time
from inbox.text import storable_text

COMMENT = "comment"
DM = "dm"


def as_dict(value: Any) -> dict[str, Any]:
    """``value`` if it is a JSON object, else an empty one (webhook bodies are untrusted)."""
    return value if isinstance(value, dict) else {}


def as_list(value: Any) -> list[Any]:
    """``value`` if it is a JSON array, else an empty one."""
    return value if isinstance(value, list) else []


def as_id(value: Any) -> str:
    """A Graph id as a string ('' when absent or not a scalar id)."""
    if isinstance(value, bool) or not isinstance(value, str | int):
        return ""
    return storable_text(str(value)[:200])  # ids are looked up in the database (PostgreSQL refuses NUL)


def as_text(value: Any) -> str:
    """Voter text as a string ('' when absent)."""
    return value if isinstance(value, str) else ""


def _meta(kind: str, sent_at: datetime, **ids: str) -> dict[str, Any]:
    return {"type": kind, "sent_at": sent_at.isoformat(), **{k: v for k, v in ids.items() if v}}


def facebook_comment(
    *, comment_id: str, post_id: str, parent_id: str, author: dict[str, Any], text: str, sent_at: datetime,
    payload: dict[str, Any], source: str,
) -> IncomingMessage | None:  # fmt: skip
    """A comment on a page post; ``parent_id`` is the comment answered (not the post), if any."""
    author_id = as_id(author.get("id"))
    if not comment_id or not post_id or not author_id:
        return None
    parent = parent_id if parent_id and parent_id != post_id else ""
    return IncomingMessage(
        external_id=comment_id,
        thread_key=f"fb:{post_id}:{author_id}",
        author=Author(external_id=author_id, display_name=as_text(author.get("name"))[:200]),
        text=text,
        sent_at=sent_at,
        in_reply_to_external_id=parent or None,
        raw={
            "meta": _meta(COMMENT, sent_at, comment_id=comment_id, object_id=post_id, parent_id=parent),
            "source": source,
            "payload": payload,
        },
    )


def facebook_comment_from_graph(comment: dict[str, Any], post_id: str) -> IncomingMessage | None:
    """A comment as ``/{post-id}/comments`` (or the ``comments`` field expansion) returns it."""
    return facebook_comment(
        comment_id=as_id(comment.get("id")),
        post_id=post_id,
        parent_id=as_id(as_dict(comment.get("parent")).get("id")),
        author=as_dict(comment.get("from")),
        text=as_text(comment.get("message")),
        sent_at=parse_graph_time(comment.get("created_time")),
        payload=comment,
        source="poll",
    )


def instagram_comment(
    *, comment_id: str, media_id: str, parent_id: str, author_id: str, username: str, text: str,
    sent_at: datetime, payload: dict[str, Any], source: str,
) -> IncomingMessage | None:  # fmt: skip
    """A comment on the account's Instagram media; ``parent_id`` is set for a reply to a comment."""
    if not comment_id or not media_id or not (author_id or username):
        return None
    voter = author_id or f"username:{username}"
    return IncomingMessage(
        external_id=comment_id,
        thread_key=f"ig:{media_id}:{voter}",
        author=Author(external_id=voter, handle=username[:320], display_name=username[:200]),
        text=text,
        sent_at=sent_at,
        in_reply_to_external_id=parent_id or None,
        raw={
            "meta": _meta(COMMENT, sent_at, comment_id=comment_id, object_id=media_id, parent_id=parent_id),
            "source": source,
            "payload": payload,
        },
    )


def instagram_comment_from_graph(comment: dict[str, Any], media_id: str, parent_id: str = "") -> IncomingMessage | None:
    """A comment as ``/{media-id}/comments`` (or a ``replies`` expansion) returns it."""
    author = as_dict(comment.get("from"))
    return instagram_comment(
        comment_id=as_id(comment.get("id")),
        media_id=media_id,
        parent_id=parent_id or as_id(comment.get("parent_id")),
        author_id=as_id(author.get("id")),
        username=as_text(comment.get("username") or author.get("username")),
        text=as_text(comment.get("text")),
        sent_at=parse_graph_time(comment.get("timestamp")),
        payload=comment,
        source="poll",
    )


def direct_message(
    prefix: str, *, mid: str, sender_id: str, sender_name: str, text: str, sent_at: datetime,
    payload: dict[str, Any], source: str, media: tuple[Media, ...] = (),
) -> IncomingMessage | None:  # fmt: skip
    """A Messenger (``prefix`` fb) or Instagram (``prefix`` ig) direct message from a voter."""
    if not mid or not sender_id:
        return None
    return IncomingMessage(
        external_id=mid,
        thread_key=f"{prefix}-dm:{sender_id}",
        author=Author(external_id=sender_id, display_name=sender_name[:200]),
        text=text,
        sent_at=sent_at,
        raw={"meta": _meta(DM, sent_at, sender_id=sender_id), "source": source, "payload": payload},
        media=media,
    )


def webhook_media(attachments: Any) -> tuple[Media, ...]:
    """A webhook message's ``attachments`` (``{"type", "payload": {"url", "title"…}}``) as media."""
    found = []
    for attachment in map(as_dict, as_list(attachments)):
        payload = as_dict(attachment.get("payload"))
        url = as_str(payload.get("url"))
        if not url and not attachment.get("type"):
            continue
        found.append(
            Media(
                kind=media_kind(attachment.get("type"), guessed_mime_type(url)),
                url=url,
                provider_id=as_id(payload.get("sticker_id") or payload.get("reel_video_id") or payload.get("id")),
                mime_type=guessed_mime_type(url),
                alt_text=as_str(payload.get("title") or attachment.get("title")),
            )
        )
    return tuple(found)


def graph_media(attachments: Any) -> tuple[Media, ...]:
    """A polled message's ``attachments{id,mime_type,name,image_data,video_data,file_url}`` as media."""
    found = []
    for item in map(as_dict, as_list(as_dict(attachments).get("data"))):
        image, video = as_dict(item.get("image_data")), as_dict(item.get("video_data"))
        mime_type = as_str(item.get("mime_type"), 127)
        url = as_str(image.get("url") or video.get("url") or item.get("file_url"))
        found.append(
            Media(
                kind=media_kind("image" if image else "video" if video else "", mime_type),
                url=url,
                provider_id=as_id(item.get("id")),
                mime_type=mime_type or guessed_mime_type(url),
                alt_text=as_str(item.get("name")),
                preview_url=as_str(image.get("preview_url") or video.get("preview_url")),
            )
        )
    return tuple(found)


def withdrawn_mid(event: dict[str, Any], own_id: str) -> str:
    """The ``mid`` of a voter's message this ``messaging`` event unsends (``message.is_deleted``), else ''."""
    message = as_dict(event.get("message"))
    sender_id = as_id(as_dict(event.get("sender")).get("id"))
    if message.get("is_deleted") is True and sender_id != own_id:
        return as_id(message.get("mid"))
    return ""


def messaging_event(prefix: str, event: dict[str, Any], own_id: str) -> IncomingMessage | None:
    """A webhook ``messaging`` (or handover ``standby``) event, skipping echoes of the account's own
    messages and unsends; a media-only message has empty text and its media."""
    message = as_dict(event.get("message"))
    sender_id = as_id(as_dict(event.get("sender")).get("id"))
    if not message or message.get("is_echo") or message.get("is_deleted") or sender_id == own_id:
        return None
    return direct_message(
        prefix,
        mid=as_id(message.get("mid")),
        sender_id=sender_id,
        sender_name="",
        text=as_text(message.get("text")),
        sent_at=parse_graph_time(event.get("timestamp")),
        payload=event,
        source="webhook",
        media=webhook_media(message.get("attachments")),
    )
