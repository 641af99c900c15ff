"""Which ingestor and reply sender serve each channel kind.

Each channel lives in its own package; its ingestor and sender are imported only when an
account of that kind is polled or answered, so a deployment without, say, Bluesky never
loads atproto. Its length rule (small, no client library) is imported here.
"""

from __future__ import annotations

import importlib

from inbox.ingest.base import ChannelError, Ingestor, ReplySender
from inbox.ingest.bluesky.length import bluesky_reply_length
from inbox.ingest.mastodon.length import mastodon_reply_length
from inbox.ingest.meta.length import meta_reply_length
from inbox.ingest.reply_length import ReplyLength, counted_characters
from inbox.ingest.x.length import x_reply_length
from inbox.models import AccountHealth, ChannelAccount, ChannelKind

INGESTORS: dict[ChannelKind, str] = {
    ChannelKind.X: "inbox.ingest.x.ingestor:XIngestor",
    ChannelKind.FACEBOOK: "inbox.ingest.meta.facebook:FacebookIngestor",
    ChannelKind.INSTAGRAM: "inbox.ingest.meta.instagram:InstagramIngestor",
    ChannelKind.EMAIL: "inbox.ingest.email.ingestor:EmailIngestor",
    ChannelKind.MASTODON: "inbox.ingest.mastodon.ingestor:MastodonIngestor",
    ChannelKind.BLUESKY: "inbox.ingest.bluesky.ingestor:BlueskyIngestor",
}

SENDERS: dict[ChannelKind, str] = {
    ChannelKind.X: "inbox.ingest.x.ingestor:XReplySender",
    ChannelKind.FACEBOOK: "inbox.ingest.meta.facebook:FacebookReplySender",
    ChannelKind.INSTAGRAM: "inbox.ingest.meta.instagram:InstagramReplySender",
    ChannelKind.EMAIL: "inbox.ingest.email.ingestor:EmailReplySender",
    ChannelKind.WEBFORM: "inbox.ingest.email.ingestor:EmailReplySender",
    ChannelKind.MASTODON: "inbox.ingest.mastodon.ingestor:MastodonReplySender",
    ChannelKind.BLUESKY: "inbox.ingest.bluesky.ingestor:BlueskyReplySender",
}


def _load(target: str) -> object:
    module_name, _, class_name = target.partition(":")
    return getattr(importlib.import_module(module_name), class_name)()


def ingestor_for(account: ChannelAccount) -> Ingestor:
    """The ingestor for the account's channel."""
    target = INGESTORS.get(account.kind)
    if target is None:
        raise ChannelError(AccountHealth.MISCONFIGURED, f"{account.kind} accounts are not polled", permanent=True)
    return _load(target)  # type: ignore[return-value]


def sender_for(account: ChannelAccount) -> ReplySender:
    """The reply sender for the account's channel."""
    return sender_for_kind(account.kind)


def sender_for_kind(kind: ChannelKind) -> ReplySender:
    """The reply sender of a channel kind."""
    target = SENDERS.get(kind)
    if target is None:
        raise ChannelError(AccountHealth.MISCONFIGURED, f"cannot send on {kind}", permanent=True)
    return _load(target)  # type: ignore[return-value]


def reply_length(kind: ChannelKind, text: str, *, thread_key: str = "") -> ReplyLength:
    """``text``'s length on channel ``kind`` as that channel counts it, its limit and whether it fits.

    Pass the conversation's ``thread_key`` so that an X direct-message conversation gets the
    DM limit (10,000 characters) instead of the post limit. E-mail and the web form: no limit.
    """
    if kind == ChannelKind.X:
        return x_reply_length(text, thread_key=thread_key)
    if kind == ChannelKind.BLUESKY:
        return bluesky_reply_length(text)
    if kind == ChannelKind.MASTODON:
        return mastodon_reply_length(text)
    if kind in (ChannelKind.FACEBOOK, ChannelKind.INSTAGRAM):
        return meta_reply_length(kind, text)
    return counted_characters(text, None)
