"""Demo of Facebook and Instagram: the Meta sandbox, the office's accounts on it, simulated voters.

``start_demo(office_id)`` (inside an app context) starts the fake Graph API on a loopback
port, connects the office's FACEBOOK and INSTAGRAM channel accounts to it, and starts a
thread in which an invented voter comments on a post or media, answers another voter, or
sends a direct message every ~15 seconds (Dutch, French, English, German). Each action is
delivered as a signed webhook to this app's ``/webhooks/meta`` (in-process, through the
full WSGI stack), and polling backfills anything a webhook missed.
"""

from __future__ import annotations

import logging
import random
import threading
import time
import zlib
from collections.abc import Callable

from flask import Flask, current_app
from sqlalchemy import select

from inbox.models import ChannelAccount, ChannelKind, db
from inbox.sandbox.meta.api import MetaSandbox
from inbox.sandbox.meta.state import FACEBOOK, INSTAGRAM, FakeAccount, WebhookSink
from inbox.sandbox.server import LoopbackServer
from inbox.sandbox.voter_texts import ABUSE, ABUSE_LANGUAGES, ABUSIVE_VOTERS, MESSAGES, REACTIONS, VOTERS

log = logging.getLogger(__name__)

PAGE_ID = "104000000000001"
IG_USER_ID = "17841400000000001"
PAGE_NAME = "Els Vermeulen"
IG_USERNAME = "els.vermeulen"
INTERVAL_SECONDS = 15.0
ABUSE_FIRST, P_ABUSE = 1, 0.04  # the 2nd action is an abusive comment (the "hide comment" suggestion), then rarely
POSTS = {
    FACEBOOK: [
        "Vandaag in de Kamer: ons voorstel voor betaalbaar wonen. Wat denkt u ervan?",
        "Aujourd'hui à la Chambre : notre proposition pour le logement abordable. Votre avis ?",
    ],
    INSTAGRAM: ["Op bezoek bij de fietsersbond in Leuven 🚲", "Rencontre avec les infirmières de Charleroi"],
}


def _voter_text(rng: random.Random, language: str, handle: str) -> str:
    return rng.choice(MESSAGES[language]).replace("@{h} ", "").replace("{h}", handle)


def _app_sink(app: Flask) -> WebhookSink:
    """Deliver webhooks to this app's endpoint in-process (no port needed)."""

    def deliver(body: bytes, headers: dict[str, str]) -> int:
        return app.test_client().post("/webhooks/meta", data=body, headers=headers).status_code

    return deliver


def _connect(office_id: int, kind: ChannelKind, account: FakeAccount, sandbox: MetaSandbox, base_url: str) -> None:
    """Create or update the office's account of ``kind`` so it points at the sandbox."""
    row = db.session.execute(
        select(ChannelAccount).where(ChannelAccount.office_id == office_id, ChannelAccount.kind == kind)
    ).scalar_one_or_none()
    if row is None:
        row = ChannelAccount(office_id=office_id, kind=kind, handle=account.name)
        db.session.add(row)
    row.handle, row.external_id = account.name, account.id
    row.credentials = {
        "access_token": account.token,
        "app_secret": sandbox.app_secret,
        "verify_token": sandbox.verify_token,
    }
    row.settings = {"graph_base_url": base_url, "poll_seconds": 30}
    row.next_poll_at = None
    db.session.commit()


class MetaVoterSimulator:
    """Invented voters commenting and writing to the page and the Instagram account."""

    def __init__(self, sandbox: MetaSandbox, interval_seconds: float = INTERVAL_SECONDS, seed: int | None = None):
        self.sandbox = sandbox
        self.interval_seconds = interval_seconds
        self.rng = random.Random(seed)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="meta-voters", daemon=True)
        self.actions = 0
        self.abusive = 0

    def abusive_comment(self) -> None:
        """A voter insults the politician in a public comment, on Facebook or Instagram in turn."""
        language = ABUSE_LANGUAGES[self.abusive % len(ABUSE_LANGUAGES)]
        username, name, _ = ABUSIVE_VOTERS[language]
        platform = FACEBOOK if self.abusive % 2 == 0 else INSTAGRAM
        owner = PAGE_ID if platform == FACEBOOK else IG_USER_ID
        post = self.rng.choice([o for o in self.sandbox.objects if o.owner_id == owner])
        text = self.rng.choice(ABUSE[language]).replace("@{h} ", "")
        voter_id = f"{zlib.crc32(username.encode()):015d}"
        self.sandbox.comment(post.id, voter_id, name if platform == FACEBOOK else username, text)
        self.abusive += 1

    def act_once(self) -> None:
        """One voter action: a comment, a reaction to another voter, a direct message, or now and then
        an abusive comment (the second action, then about one in 25)."""
        self.actions += 1
        if self.actions - 1 == ABUSE_FIRST or (self.actions > ABUSE_FIRST + 1 and self.rng.random() < P_ABUSE):
            self.abusive_comment()
            return
        username, name, language = self.rng.choice(VOTERS)
        voter_id = f"{zlib.crc32(username.encode()):015d}"
        platform = self.rng.choice([FACEBOOK, FACEBOOK, INSTAGRAM, INSTAGRAM])
        owner = PAGE_ID if platform == FACEBOOK else IG_USER_ID
        author = name if platform == FACEBOOK else username
        choice = self.rng.random()
        if choice < 0.3:
            self.sandbox.direct_message(owner, voter_id, author, _voter_text(self.rng, language, PAGE_NAME))
            return
        posts = [o for o in self.sandbox.objects if o.owner_id == owner]
        post = self.rng.choice(posts)
        others = [c for c in self.sandbox.comments if c.object_id == post.id and not c.parent_id]
        if choice < 0.45 and others:
            other = self.rng.choice(others)
            text = self.rng.choice(REACTIONS[language]).replace("@{o} @{h} ", "")
            self.sandbox.comment(post.id, voter_id, author, text, parent_id=other.id)
            return
        self.sandbox.comment(post.id, voter_id, author, _voter_text(self.rng, language, PAGE_NAME))

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                self.act_once()
            except Exception:  # the demo keeps going; the log says what broke
                log.exception("Meta voter simulator action failed")
            self._stop.wait(self.interval_seconds * self.rng.uniform(0.7, 1.3))

    def start(self) -> None:
        """Start acting in a daemon thread."""
        self._thread.start()

    def stop(self) -> None:
        """Stop acting."""
        self._stop.set()
        self._thread.join(timeout=5)


def start_demo(office_id: int, *, interval_seconds: float = INTERVAL_SECONDS) -> Callable[[], None]:
    """Start the Meta sandbox and voters for the office (one action every ``interval_seconds`` on
    average); returns a function that stops them."""
    sandbox = MetaSandbox(id_start=int(time.time() * 1000) % 10**12)  # ids never repeat across demo runs
    page = sandbox.add_account(FACEBOOK, PAGE_NAME, PAGE_ID)
    instagram = sandbox.add_account(INSTAGRAM, IG_USERNAME, IG_USER_ID)
    for account in (page, instagram):
        for text in POSTS[account.platform]:
            sandbox.add_post(account.id, text)
    server = LoopbackServer(sandbox.app())
    base_url = server.start()
    _connect(office_id, ChannelKind.FACEBOOK, page, sandbox, base_url)
    _connect(office_id, ChannelKind.INSTAGRAM, instagram, sandbox, base_url)
    sandbox.webhook_sink = _app_sink(current_app._get_current_object())  # type: ignore[attr-defined]
    simulator = MetaVoterSimulator(sandbox, interval_seconds)
    simulator.start()
    log.info("Meta sandbox at %s (page %s, Instagram %s)", base_url, PAGE_ID, IG_USER_ID)

    def stop() -> None:
        simulator.stop()
        server.stop()

    return stop
