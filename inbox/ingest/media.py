"""What a voter sent besides text, in one shape for every channel.

Each channel turns its provider's attachments (Meta ``attachments``, Mastodon
``media_attachments``, Bluesky image/video embeds, X media) into :class:`Media` records on
``IncomingMessage.media``; the store keeps them as ``MessageMedia`` rows and the
conversation view shows them. A message may be media only: its text is then empty, on
webhooks and polling alike (no "[attachment]" placeholder).
"""

from __future__ import annotations

import mimetypes
from dataclasses import dataclass
from typing import Any

KINDS = ("image", "video", "audio", "gif", "file", "sticker", "share")


@dataclass(frozen=True)
class Media:
    """One media item: ``kind`` (one of ``KINDS``), where it is (``url`` and/or ``provider_id``),
    ``mime_type`` and the ``alt_text`` its sender wrote."""

    kind: str
    url: str = ""
    provider_id: str = ""
    mime_type: str = ""
    alt_text: str = ""
    preview_url: str = ""


def media_kind(value: Any, mime_type: str = "") -> str:
    """A provider's type name (``image``, ``gifv``, ``animated_gif``, ``photo``…) or mime type as one of ``KINDS``."""
    name = str(value or "").lower()
    if name in {"gifv", "animated_gif", "gif"} or mime_type == "image/gif":
        return "gif"
    if name in {"image", "photo", "picture"} or mime_type.startswith("image/"):
        return "image"
    if name in {"video", "ig_reel", "reel"} or mime_type.startswith("video/"):
        return "video"
    if name in {"audio", "voice"} or mime_type.startswith("audio/"):
        return "audio"
    if name in {"sticker", "share", "story_mention", "fallback", "template"}:
        return "sticker" if name == "sticker" else "share"
    return "file"


def guessed_mime_type(url: str) -> str:
    """The mime type a URL's extension suggests ('' when it suggests none)."""
    return mimetypes.guess_type(url.split("?", 1)[0])[0] or ""


def as_str(value: Any, limit: int = 2000) -> str:
    """A provider string field, cut to ``limit`` ('' when absent or not a string)."""
    return value[:limit] if isinstance(value, str) else ""
