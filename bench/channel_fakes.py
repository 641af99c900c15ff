"""Loopback fakes filled with voter messages, for the channel ingest benchmark (bench/channel_ingest.py).

Each loader starts one channel's fake from ``inbox/sandbox`` on a free loopback port,
raises its rate limits far above what a run uses (no 429, so the ingestors' pacing never
waits and every poll goes straight on), fills it with ``count`` voter messages — new
threads and, for about a third (a fifth on Facebook and Instagram), replies in an earlier
voter's thread — and connects a channel account of the office to it, as the demo modules
(``inbox/sandbox/*_demo.py``) and the channel tests do. The fake's WSGI app is wrapped in a
:class:`FakeTimer`, so the benchmark can say how much of a poll was spent inside the fake.
"""

from __future__ import annotations

import math
import random
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from inbox.models import ChannelAccount, ChannelKind, db
from inbox.sandbox.bluesky.api import BlueskySandbox
from inbox.sandbox.mastodon.api import MastodonSandbox
from inbox.sandbox.meta.api import MetaSandbox
from inbox.sandbox.meta.state import FACEBOOK, INSTAGRAM
from inbox.sandbox.server import LoopbackServer
from inbox.sandbox.voter_texts import MESSAGES
from inbox.sandbox.x.api import XSandbox

if TYPE_CHECKING:
    from _typeshed.wsgi import StartResponse, WSGIApplication, WSGIEnvironment

UNLIMITED = 10**9  # requests per rate-limit window: far more than any run makes
X_HANDLE = "PoliticianBE"
MASTODON_USERNAME = "els_vermeulen"
BLUESKY_HANDLE = "elsvermeulen.bsky.social"
BLUESKY_APP_PASSWORD = "abcd-efgh-ijkl-mnop"
POLITICIAN_NAME = "Els Vermeulen"
COMMENTS_PER_POST = 50  # Facebook/Instagram: 2,000 comments are spread over 40 posts (two feed pages)
LANGUAGES = ("nl", "fr", "en", "de")


class FakeTimer:
    """WSGI middleware that adds up the time the wrapped fake spends answering, and counts requests."""

    def __init__(self, app: WSGIApplication) -> None:
        self.app = app
        self.seconds = 0.0
        self.requests = 0
        self._lock = threading.Lock()

    def __call__(self, environ: WSGIEnvironment, start_response: StartResponse) -> Iterable[bytes]:
        """Run the fake and read its whole body, timing both."""
        started = time.perf_counter()
        answer = self.app(environ, start_response)
        try:
            body = b"".join(answer)
        finally:
            close = getattr(answer, "close", None)
            if close is not None:
                close()
            with self._lock:
                self.seconds += time.perf_counter() - started
                self.requests += 1
        return [body]


@dataclass
class LoadedChannel:
    """A running fake holding ``expected`` voter messages, and the office's account connected to it."""

    channel: str
    account_id: int
    expected: int
    server: LoopbackServer
    timer: FakeTimer

    def stop(self) -> None:
        """Stop serving the fake."""
        self.server.stop()


def voter_text(rng: random.Random, handle: str) -> str:
    """One of the simulator's voter messages (Dutch, French, English or German); ``handle`` may be empty."""
    text = rng.choice(MESSAGES[rng.choice(LANGUAGES)])
    return text.replace("{h}", handle) if handle else text.replace("@{h} ", "").replace("{h}", POLITICIAN_NAME)


def voter_count(messages: int) -> int:
    """How many distinct voters write ``messages`` messages (about ten each)."""
    return max(1, messages // 10)


def _serve(fake: Any) -> tuple[LoopbackServer, FakeTimer, str]:
    timer = FakeTimer(fake.app())
    server = LoopbackServer(timer)
    return server, timer, server.start()


def _connect(office_id: int, kind: ChannelKind, handle: str, external_id: str, **fields: dict[str, Any]) -> int:
    account = ChannelAccount(office_id=office_id, kind=kind, handle=handle, external_id=external_id, **fields)
    db.session.add(account)
    db.session.commit()
    return account.id


def load_x(office_id: int, count: int, seed: int) -> LoadedChannel:
    """The X API v2 fake with ``count`` mentions (a third of them replies in a voter's thread)."""
    rng = random.Random(seed)
    sandbox = XSandbox()
    sandbox.limits.update(dict.fromkeys(sandbox.limits, UNLIMITED))
    server, timer, base_url = _serve(sandbox)
    politician = sandbox.add_user(X_HANDLE, POLITICIAN_NAME)
    token, secret = sandbox.issue_access_token(politician["id"])
    voters = [sandbox.add_user(f"kiezer{i}", f"Kiezer {i}") for i in range(voter_count(count))]
    posted: list[str] = []
    for _ in range(count):
        parent = rng.choice(posted) if posted and rng.random() < 0.33 else None
        tweet = sandbox.post_tweet(rng.choice(voters)["id"], voter_text(rng, X_HANDLE), in_reply_to_tweet_id=parent)
        posted.append(tweet["id"])
    credentials = {
        "consumer_key": sandbox.consumer_key,
        "consumer_secret": sandbox.consumer_secret,
        "access_token": token,
        "access_token_secret": secret,
    }
    settings = {"api_base_url": base_url, "poll_seconds": 1}
    account_id = _connect(
        office_id, ChannelKind.X, X_HANDLE, politician["id"], credentials=credentials, settings=settings
    )
    return LoadedChannel("X", account_id, count, server, timer)


def _load_meta(office_id: int, count: int, seed: int, platform: str) -> LoadedChannel:
    """The Graph API fake with ``count`` comments on the account's posts (a fifth of them replies)."""
    rng = random.Random(seed)
    sandbox = MetaSandbox()  # reports 5 % usage in its headers: far from the 90 % where polling slows down
    sandbox.webhooks_enabled = False  # only polling brings the comments in
    owner = sandbox.add_account(platform, POLITICIAN_NAME if platform == FACEBOOK else "els.vermeulen")
    server, timer, base_url = _serve(sandbox)
    posts = [
        sandbox.add_post(owner.id, f"Post {i}: wat denkt u ervan?") for i in range(math.ceil(count / COMMENTS_PER_POST))
    ]
    top_level: dict[str, list[str]] = {post.id: [] for post in posts}
    for i in range(count):
        post = posts[i % len(posts)]
        voter = rng.randrange(voter_count(count))
        name = f"Kiezer {voter}" if platform == FACEBOOK else f"kiezer_{voter}"
        parent = rng.choice(top_level[post.id]) if top_level[post.id] and rng.random() < 0.2 else None
        comment = sandbox.comment(post.id, f"{10**14 + voter}", name, voter_text(rng, ""), parent_id=parent)
        if parent is None:
            top_level[post.id].append(comment.id)
    kind = ChannelKind.FACEBOOK if platform == FACEBOOK else ChannelKind.INSTAGRAM
    credentials = {"access_token": owner.token, "app_secret": sandbox.app_secret, "verify_token": sandbox.verify_token}
    settings = {"graph_base_url": base_url, "poll_seconds": 1}
    account_id = _connect(office_id, kind, owner.name, owner.id, credentials=credentials, settings=settings)
    return LoadedChannel("Facebook" if platform == FACEBOOK else "Instagram", account_id, count, server, timer)


def load_facebook(office_id: int, count: int, seed: int) -> LoadedChannel:
    """The Graph API fake with ``count`` comments on the page's posts."""
    return _load_meta(office_id, count, seed, FACEBOOK)


def load_instagram(office_id: int, count: int, seed: int) -> LoadedChannel:
    """The Graph API fake with ``count`` comments on the Instagram account's media."""
    return _load_meta(office_id, count, seed, INSTAGRAM)


def load_mastodon(office_id: int, count: int, seed: int) -> LoadedChannel:
    """The Mastodon fake with ``count`` mentions from voters on other instances (a third of them replies)."""
    rng = random.Random(seed)
    sandbox = MastodonSandbox(domain="mastodon.sandbox")
    sandbox.limits.update(dict.fromkeys(sandbox.limits, UNLIMITED))
    server, timer, base_url = _serve(sandbox)
    politician = sandbox.add_account(MASTODON_USERNAME, POLITICIAN_NAME)
    token = sandbox.issue_token(politician["id"])
    voters = [sandbox.add_account(f"kiezer{i}@mastodon.social", f"Kiezer {i}") for i in range(voter_count(count))]
    posted: list[str] = []
    for _ in range(count):
        parent = rng.choice(posted) if posted and rng.random() < 0.33 else None
        visibility = rng.choices(["public", "unlisted", "direct"], weights=[6, 2, 2])[0]
        status = sandbox.post_status(
            rng.choice(voters)["id"],
            voter_text(rng, MASTODON_USERNAME),
            in_reply_to_id=parent,
            visibility=visibility,
        )
        posted.append(status["id"])
    account_id = _connect(
        office_id,
        ChannelKind.MASTODON,
        f"@{MASTODON_USERNAME}@mastodon.sandbox",
        politician["id"],
        credentials={"access_token": token},
        settings={"api_base_url": base_url, "poll_seconds": 1},
    )
    return LoadedChannel("Mastodon", account_id, count, server, timer)


def load_bluesky(office_id: int, count: int, seed: int) -> LoadedChannel:
    """The Bluesky fake with ``count`` mentions (a third of them replies in a voter's thread)."""
    rng = random.Random(seed)
    sandbox = BlueskySandbox()
    sandbox.limits.update(dict.fromkeys(sandbox.limits, UNLIMITED))
    server, timer, base_url = _serve(sandbox)
    politician = sandbox.add_account(BLUESKY_HANDLE, POLITICIAN_NAME, password=BLUESKY_APP_PASSWORD)
    voters = [sandbox.add_account(f"kiezer{i}.bsky.social", f"Kiezer {i}") for i in range(voter_count(count))]
    posted: list[str] = []
    for _ in range(count):
        parent = rng.choice(posted) if posted and rng.random() < 0.33 else None
        language = rng.choice(LANGUAGES)
        text = rng.choice(MESSAGES[language]).replace("{h}", BLUESKY_HANDLE)
        post = sandbox.post_text(rng.choice(voters)["did"], text, reply_to=parent, langs=[language])
        posted.append(post["uri"])
    account_id = _connect(
        office_id,
        ChannelKind.BLUESKY,
        BLUESKY_HANDLE,
        politician["did"],
        credentials={"identifier": BLUESKY_HANDLE, "app_password": BLUESKY_APP_PASSWORD},
        settings={"base_url": base_url, "poll_seconds": 1},
    )
    return LoadedChannel("Bluesky", account_id, count, server, timer)


LOADERS: dict[str, Callable[[int, int, int], LoadedChannel]] = {
    "x": load_x,
    "facebook": load_facebook,
    "instagram": load_instagram,
    "mastodon": load_mastodon,
    "bluesky": load_bluesky,
}
