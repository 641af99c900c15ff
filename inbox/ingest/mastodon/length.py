"""How Mastodon counts a reply: 500 characters as its server counts them.

Grapheme clusters, every URL counts 23, a remote mention ``@user@domain`` counts as ``@user``.
"""

from __future__ import annotations

import re

from inbox.ingest.reply_length import ReplyLength, grapheme_count

MAX_CHARS = 500
URL_WEIGHT = 23
_MASTODON_URL = re.compile(r"https?://[^\s<>\"']+", re.IGNORECASE)
_MASTODON_REMOTE_MENTION = re.compile(r"(?<![\w@])@(\w+(?:[.-]\w+)*)@[\w.-]+\w", re.UNICODE)


def mastodon_length(text: str) -> int:
    """Mastodon's count: graphemes, each URL as 23, remote mentions without their domain."""
    countable = _MASTODON_URL.sub("x" * URL_WEIGHT, text)
    countable = _MASTODON_REMOTE_MENTION.sub(r"@\1", countable)
    return grapheme_count(countable)


def mastodon_reply_length(text: str) -> ReplyLength:
    """The reply's Mastodon length against 500."""
    used = mastodon_length(text)
    return ReplyLength(used, MAX_CHARS, 0 < used <= MAX_CHARS, "characters")
