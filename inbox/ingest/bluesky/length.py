"""How Bluesky counts a reply: 300 graphemes (user-perceived characters)."""

from __future__ import annotations

from inbox.ingest.reply_length import ReplyLength, grapheme_count

MAX_GRAPHEMES = 300


def bluesky_reply_length(text: str) -> ReplyLength:
    """The reply's graphemes against 300."""
    used = grapheme_count(text)
    return ReplyLength(used, MAX_GRAPHEMES, 0 < used <= MAX_GRAPHEMES, "graphemes")
