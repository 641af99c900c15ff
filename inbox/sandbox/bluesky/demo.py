"""Bluesky in the demo: the loopback PDS, the office's account on it, voters mentioning it."""

from __future__ import annotations

import logging
import random
import secrets
from collections.abc import Callable
from typing import Any

from sqlalchemy import select

from inbox.models import AccountHealth, ChannelAccount, ChannelKind, db
from inbox.sandbox.bluesky.api import BlueskySandbox
from inbox.sandbox.periodic import PeriodicPoster
from inbox.sandbox.server import LoopbackServer
from inbox.sandbox.social_simulator import VoterPicker

log = logging.getLogger(__name__)

POLITICIAN_HANDLE = "elsvermeulen.bsky.social"
INTERVAL_SECONDS = 15.0


def voter_handle(username: str) -> str:
    """A Bluesky handle for a simulated voter (handles allow letters, digits and hyphens)."""
    return username.replace("_", "-").strip("-") + ".bsky.social"


class BlueskyVoters:
    """Voters who mention the politician, answer in threads and thank them for replies."""

    def __init__(self, sandbox: BlueskySandbox, politician: dict[str, Any], *, seed: int | None = None) -> None:
        self.sandbox = sandbox
        self.politician = politician
        self.rng = random.Random(seed)
        self.picker = VoterPicker(POLITICIAN_HANDLE, self.rng)
        self.questions: dict[str, tuple[str, str]] = {}  # voter's post uri -> (voter did, language)
        self.thanked: set[str] = set()

    def _thank_an_answer(self) -> dict[str, Any] | None:
        for uri, (did, lang) in list(self.questions.items())[-30:]:
            for answer in self.sandbox.replies_to(uri):
                if answer["author"] == self.politician["did"] and answer["uri"] not in self.thanked:
                    self.thanked.add(answer["uri"])
                    return self.sandbox.post_text(did, self.picker.thanks(lang), reply_to=answer["uri"], langs=[lang])
        return None

    def post_one(self) -> dict[str, Any]:
        """Post one message: a thank-you for an answer, or a (new or returning) voter's question."""
        if self.picker.wants_to_thank() and (thanks := self._thank_an_answer()) is not None:
            return thanks
        username, name, lang = self.picker.next_voter()
        voter = self.sandbox.add_account(voter_handle(username), name)
        post = self.sandbox.post_text(voter["did"], self.picker.question(lang), langs=[lang])
        self.questions[post["uri"]] = (voter["did"], lang)
        log.info("bluesky voter @%s posted %s", voter["handle"], post["uri"])
        return post


def connect_account(office_id: int, base_url: str, did: str, app_password: str) -> ChannelAccount:
    """Create or update the office's Bluesky account so that it points at the sandbox."""
    account = db.session.execute(
        select(ChannelAccount).where(ChannelAccount.office_id == office_id, ChannelAccount.kind == ChannelKind.BLUESKY)
    ).scalar_one_or_none()
    if account is None:
        account = ChannelAccount(office_id=office_id, kind=ChannelKind.BLUESKY, handle=POLITICIAN_HANDLE)
        db.session.add(account)
    account.external_id = did
    account.credentials = {"identifier": POLITICIAN_HANDLE, "app_password": app_password}  # drops an old session
    account.settings = {"base_url": base_url, "poll_seconds": 5}
    account.cursor = {}  # a fresh sandbox: its notifications start over
    account.health, account.health_detail, account.consecutive_failures = AccountHealth.OK, "", 0
    account.next_poll_at = None
    db.session.commit()
    return account


def start_demo(office_id: int, *, interval_seconds: float = INTERVAL_SECONDS) -> Callable[[], None]:
    """Start the Bluesky sandbox and its voters, connect the office's account; returns a stop function.

    Runs inside the app context (it writes the channel account).
    """
    sandbox = BlueskySandbox()
    app_password = "-".join(secrets.token_hex(2) for _ in range(4))
    politician = sandbox.add_account(POLITICIAN_HANDLE, "Els Vermeulen", password=app_password)
    server = LoopbackServer(sandbox.app())
    base_url = server.start()
    connect_account(office_id, base_url, politician["did"], app_password)
    poster = PeriodicPoster("bluesky-voters", BlueskyVoters(sandbox, politician).post_one, interval_seconds)
    poster.start()
    log.info("Bluesky sandbox at %s (account @%s)", base_url, POLITICIAN_HANDLE)

    def stop() -> None:
        poster.stop()
        server.stop()

    return stop
