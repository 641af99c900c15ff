"""How Facebook and Instagram count a reply: code points, 8000 on Facebook and 2200 on Instagram."""

from __future__ import annotations

from inbox.ingest.reply_length import ReplyLength, counted_characters
from inbox.models import ChannelKind

LIMITS = {ChannelKind.FACEBOOK: 8000, ChannelKind.INSTAGRAM: 2200}


def meta_reply_length(kind: ChannelKind, text: str) -> ReplyLength:
    """The reply's characters against the limit of ``kind`` (Facebook or Instagram)."""
    return counted_characters(text, LIMITS[kind])
