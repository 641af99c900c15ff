"""Fixtures: the loopback Mastodon and Bluesky fakes, and channel accounts pointed at them."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest

from inbox.models import ChannelAccount, ChannelKind, db
from inbox.sandbox.bluesky.api import BlueskySandbox
from inbox.sandbox.mastodon.api import MastodonSandbox
from inbox.sandbox.server import LoopbackServer

POLITICIAN_ACCT = "els"
POLITICIAN_HANDLE = "els.bsky.social"
APP_PASSWORD = "abcd-efgh-ijkl-mnop"


@dataclass
class Fake:
    """A running fake: its state (to post voters' messages, inject faults) and its address."""

    sandbox: Any
    base_url: str
    politician: dict[str, Any]


@pytest.fixture
def mastodon() -> Iterator[Fake]:
    """The Mastodon fake on a free port, with the politician's account."""
    sandbox = MastodonSandbox()
    politician = sandbox.add_account(POLITICIAN_ACCT, "Els Vermeulen")
    with LoopbackServer(sandbox.app()) as server:
        yield Fake(sandbox, server.base_url, politician)


@pytest.fixture
def bluesky() -> Iterator[Fake]:
    """The Bluesky fake on a free port, with the politician's account and app password."""
    sandbox = BlueskySandbox()
    politician = sandbox.add_account(POLITICIAN_HANDLE, "Els Vermeulen", password=APP_PASSWORD)
    with LoopbackServer(sandbox.app()) as server:
        yield Fake(sandbox, server.base_url, politician)


def mastodon_account(office_id: int, fake: Fake) -> ChannelAccount:
    """A Mastodon account of the office, with a fresh access token of the fake."""
    account = ChannelAccount(
        office_id=office_id,
        kind=ChannelKind.MASTODON,
        handle=f"@{POLITICIAN_ACCT}@sandbox.social",
        external_id=fake.politician["id"],
        credentials={"access_token": fake.sandbox.issue_token(fake.politician["id"])},
        settings={"api_base_url": fake.base_url, "poll_seconds": 1},
    )
    db.session.add(account)
    db.session.commit()
    return account


def bluesky_account(office_id: int, fake: Fake) -> ChannelAccount:
    """A Bluesky account of the office, with the handle and app password of the fake."""
    account = ChannelAccount(
        office_id=office_id,
        kind=ChannelKind.BLUESKY,
        handle=POLITICIAN_HANDLE,
        credentials={"identifier": POLITICIAN_HANDLE, "app_password": APP_PASSWORD},
        settings={"base_url": fake.base_url, "poll_seconds": 1},
    )
    db.session.add(account)
    db.session.commit()
    return account
