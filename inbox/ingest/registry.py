"""Which ingestor and reply sender serve each channel kind."""

from __future__ import annotations

from inbox.ingest.base import ChannelError, Ingestor, ReplySender
from inbox.models import AccountHealth, ChannelAccount, ChannelKind


def ingestor_for(account: ChannelAccount) -> Ingestor:
    """The ingestor for the account's channel."""
    if account.kind == ChannelKind.X:
        from inbox.ingest.x import XIngestor

        return XIngestor()
    raise ChannelError(AccountHealth.MISCONFIGURED, f"no ingestor for {account.kind} yet", permanent=True)


def sender_for(account: ChannelAccount) -> ReplySender:
    """The reply sender for the account's channel."""
    if account.kind == ChannelKind.X:
        from inbox.ingest.x import XReplySender

        return XReplySender()
    raise ChannelError(AccountHealth.MISCONFIGURED, f"cannot send on {account.kind} yet", permanent=True)
