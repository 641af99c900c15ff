"""Mastodon in the demo: the loopback instance, the office's account on it, voters mentioning it."""

from __future__ import annotations

import logging
import random
from collections.abc import Callable
from typing import Any

from sqlalchemy import select

from inbox.models import AccountHealth, ChannelAccount, ChannelKind, db
from inbox.sandbox.mastodon.api import MastodonSandbox
from inbox.sandbox.periodic import PeriodicPoster
from inbox.sandbox.server import LoopbackServer
from inbox.sandbox.social_simulator import VoterPicker

log = logging.getLogger(__name__)

DOMAIN = "mastodon.sandbox"
POLITICIAN_USERNAME = "els_vermeulen"
VOTER_INSTANCES = ("mastodon.social", "mstdn.be", "mastodon.online", "todon.eu")
VISIBILITY_WEIGHTS = {"public": 6, "unlisted": 2, "direct": 2}
INTERVAL_SECONDS = 15.0


class MastodonVoters:
    """Voters on several instances who mention the politician and thank them for answers."""

    def __init__(self, sandbox: MastodonSandbox, politician: dict[str, Any], *, seed: int | None = None) -> None:
        self.sandbox = sandbox
        self.politician = politician
        self.rng = random.Random(seed)
        self.picker = VoterPicker(POLITICIAN_USERNAME, self.rng)
        self.questions: dict[str, tuple[str, str]] = {}  # voter's status id -> (voter acct, language)
        self.thanked: set[str] = set()

    def _account(self, username: str, name: str) -> dict[str, Any]:
        instance = VOTER_INSTANCES[sum(map(ord, username)) % len(VOTER_INSTANCES)]
        return self.sandbox.add_account(f"{username}@{instance}", name)

    def _thank_an_answer(self) -> dict[str, Any] | None:
        for status_id, (acct, lang) in list(self.questions.items())[-30:]:
            for answer in self.sandbox.replies_to(status_id):
                if answer["account"]["id"] == self.politician["id"] and answer["id"] not in self.thanked:
                    self.thanked.add(answer["id"])
                    voter = self.sandbox.account_by_acct(acct)
                    if voter is None:
                        continue
                    return self.sandbox.post_status(
                        voter["id"],
                        self.picker.thanks(lang),
                        in_reply_to_id=answer["id"],
                        visibility=answer["visibility"],
                        language=lang,
                    )
        return None

    def post_one(self) -> dict[str, Any]:
        """Post one status: a thank-you for an answer, or a (new or returning) voter's question."""
        if self.picker.wants_to_thank() and (thanks := self._thank_an_answer()) is not None:
            return thanks
        username, name, lang = self.picker.next_voter()
        account = self._account(username, name)
        visibility = self.rng.choices(list(VISIBILITY_WEIGHTS), weights=list(VISIBILITY_WEIGHTS.values()))[0]
        status = self.sandbox.post_status(
            account["id"], self.picker.question(lang), visibility=visibility, language=lang
        )
        self.questions[status["id"]] = (account["acct"], lang)
        log.info("mastodon voter @%s posted %s (%s)", account["acct"], status["id"], visibility)
        return status


def connect_account(office_id: int, base_url: str, account_id: str, token: str) -> ChannelAccount:
    """Create or update the office's Mastodon account so that it points at the sandbox."""
    account = db.session.execute(
        select(ChannelAccount).where(ChannelAccount.office_id == office_id, ChannelAccount.kind == ChannelKind.MASTODON)
    ).scalar_one_or_none()
    if account is None:
        account = ChannelAccount(
            office_id=office_id, kind=ChannelKind.MASTODON, handle=f"@{POLITICIAN_USERNAME}@{DOMAIN}"
        )
        db.session.add(account)
    account.external_id = account_id
    account.credentials = {"access_token": token}
    account.settings = {"api_base_url": base_url, "poll_seconds": 5}
    account.cursor = {}  # a fresh sandbox: its notifications start over
    account.health, account.health_detail, account.consecutive_failures = AccountHealth.OK, "", 0
    account.next_poll_at = None
    db.session.commit()
    return account


def start_demo(office_id: int, *, interval_seconds: float = INTERVAL_SECONDS) -> Callable[[], None]:
    """Start the Mastodon sandbox and its voters, connect the office's account; returns a stop function.

    Runs inside the app context (it writes the channel account).
    """
    sandbox = MastodonSandbox(domain=DOMAIN)
    politician = sandbox.add_account(POLITICIAN_USERNAME, "Els Vermeulen")
    token = sandbox.issue_token(politician["id"])
    server = LoopbackServer(sandbox.app())
    base_url = server.start()
    connect_account(office_id, base_url, politician["id"], token)
    poster = PeriodicPoster("mastodon-voters", MastodonVoters(sandbox, politician).post_one, interval_seconds)
    poster.start()
    log.info("Mastodon sandbox at %s (account @%s@%s)", base_url, POLITICIAN_USERNAME, DOMAIN)

    def stop() -> None:
        poster.stop()
        server.stop()

    return stop
