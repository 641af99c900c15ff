"""The contract every channel implements: fetch normalised messages, send replies."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Protocol

from inbox.channel_error import ChannelError as ChannelError  # part of the channel contract (defined below channels)
from inbox.ingest.media import Media
from inbox.models import ChannelAccount, ChannelKind


@dataclass(frozen=True)
class Author:
    """Who wrote a message, as the channel identifies them."""

    external_id: str
    handle: str = ""
    display_name: str = ""


@dataclass(frozen=True)
class IncomingMessage:
    """One message from a channel, normalised; ``external_id`` is unique per channel account.

    ``thread_key`` groups messages into one inbox conversation; each channel decides it
    (for X: the X conversation and the voter). ``media``: what came besides the text
    (:mod:`inbox.ingest.media`).
    """

    external_id: str
    thread_key: str
    author: Author
    text: str
    sent_at: datetime
    html: str | None = None
    in_reply_to_external_id: str | None = None
    subject: str = ""
    raw: dict[str, Any] = field(default_factory=dict)
    media: tuple[Media, ...] = ()


@dataclass(frozen=True)
class FetchResult:
    """A poll's outcome: messages to store and the cursor to save with them (None: unchanged)."""

    messages: list[IncomingMessage]
    cursor: dict[str, Any] | None = None
    next_poll_at: datetime | None = None


@dataclass(frozen=True)
class SentReceipt:
    """What the channel answered when a reply went out."""

    external_id: str
    sent_at: datetime
    raw: dict[str, Any] = field(default_factory=dict)


class Ingestor(Protocol):
    """Fetches new messages for one channel account."""

    kind: ChannelKind

    def fetch(self, account: ChannelAccount) -> FetchResult:
        """Return messages newer than ``account.cursor``; raise ChannelError on provider trouble."""
        ...


class ReplySender(Protocol):
    """Sends one reply on the channel the voter used."""

    kind: ChannelKind

    def send(
        self, account: ChannelAccount, text: str, in_reply_to_external_id: str | None, thread_raw: dict[str, Any]
    ) -> SentReceipt:
        """Deliver ``text`` as a reply; raise ChannelError on provider trouble."""
        ...


def text_as_posted_by(sender: object, text: str, thread_raw: dict[str, Any]) -> str:
    """The reply as ``sender`` will publish it: senders that change the text (a Mastodon mention
    prefix, say) define ``text_as_posted(text, thread_raw)``; the others post it unchanged."""
    hook = getattr(sender, "text_as_posted", None)
    return hook(text, thread_raw) if callable(hook) else text
