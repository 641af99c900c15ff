"""A Mastodon status's ``media_attachments`` as the media every channel shares (:mod:`inbox.ingest.media`)."""

from __future__ import annotations

from typing import Any

from inbox.ingest.media import Media, as_str, guessed_mime_type, media_kind


def status_media(status: dict[str, Any]) -> tuple[Media, ...]:
    """Images, GIFs (``gifv``), video and audio of a status, with the descriptions (alt text) voters wrote.

    The ``remote_url`` (on the voter's own server) is preferred when the instance's cached
    copy is missing; ``type`` ``unknown`` (a file the instance could not process) is a file.
    """
    found = []
    for item in status.get("media_attachments") or []:
        if not isinstance(item, dict):
            continue
        url = as_str(item.get("url")) or as_str(item.get("remote_url"))
        mime_type = guessed_mime_type(url)
        found.append(
            Media(
                kind=media_kind(item.get("type"), mime_type),
                url=url,
                provider_id=str(item.get("id") or "")[:512],
                mime_type=mime_type,
                alt_text=as_str(item.get("description")),
                preview_url=as_str(item.get("preview_url")),
            )
        )
    return tuple(found)
