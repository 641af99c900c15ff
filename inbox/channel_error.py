"""The error every channel raises when a provider refuses or fails, with the account health it implies.

It lives below the channels (:mod:`inbox.ingest`) so the mail plumbing and the provider
host policy can raise it too; channels import it from :mod:`inbox.ingest.base`.
"""

from __future__ import annotations

from datetime import datetime

from inbox.models import AccountHealth


class ChannelError(Exception):
    """A provider refused or failed; carries the account health it implies.

    ``retry_at`` is when trying again makes sense (a rate-limit reset), if known.
    ``permanent`` means retrying without a human fixing something is pointless.
    """

    def __init__(
        self,
        health: AccountHealth,
        detail: str,
        *,
        retry_at: datetime | None = None,
        permanent: bool = False,
    ) -> None:
        super().__init__(detail)
        self.health = health
        self.detail = detail
        self.retry_at = retry_at
        self.permanent = permanent
