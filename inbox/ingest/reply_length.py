"""A reply's length as its channel counts it: the shape every channel's length rule returns.

Each channel package holds its own rule (``inbox/ingest/x/length.py``, ``mastodon/length.py``,
``bluesky/length.py``, ``meta/length.py``); :func:`inbox.ingest.registry.reply_length` picks
the rule of a conversation's channel. E-mail and the web form have no limit.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

GRAPHEME = regex.compile(r"\X")


@dataclass(frozen=True)
class ReplyLength:
    """A reply's length as the channel counts it; ``limit`` None means no limit."""

    used: int
    limit: int | None
    ok: bool
    unit: str


def grapheme_count(text: str) -> int:
    """User-perceived characters (extended grapheme clusters)."""
    return len(GRAPHEME.findall(text))


def counted_characters(text: str, limit: int | None) -> ReplyLength:
    """Code points against ``limit`` (None: no limit); a reply is never empty."""
    used = len(text)
    return ReplyLength(used, limit, used > 0 and (limit is None or used <= limit), "characters")
