"""The voters of the load run, as a process of its own: X and Meta sandboxes, a paced writer, control routes.

Run by ``bench/load_faults.py`` (``python bench/load_voters.py --webhook-url URL``): prints one
JSON line (sandbox addresses and credentials), then serves until its standard input closes.

* X mentions are posted into the X sandbox, where Dialoog's ingest worker polls them with
  tweepy; Facebook comments are delivered as signed webhooks to ``--webhook-url`` (the
  proxy), retried until answered 2xx, as Meta retries failed deliveries.
* Every voter message starts its own conversation (a new post, or a comment by a new voter),
  so a conversation id seen by an inbox stands for exactly one message.
* Control routes (``/_load/...``): ``rate`` (messages/s and the Facebook share), ``burst``
  (N X mentions at once), ``outage`` (provider phases of 503/429), ``scenario`` (label for
  what is generated next) and ``report`` (what a scenario generated, with times, and how
  often each reply token was posted).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import requests
from flask import Flask, jsonify, request

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from load_sandbox import LoadMeta, LoadX, OutageClock

from inbox.sandbox.meta.state import FACEBOOK
from inbox.sandbox.server import LoopbackServer
from inbox.sandbox.voter_texts import MESSAGES, VOTERS

POLITICIAN_ID, HANDLE, NAME = "1500000000000000001", "ElsVermeulenBE", "Els Vermeulen"
PAGE_ID = "104000000000001"
X_VOTERS, FB_POSTS = 2000, 20
LANGUAGES = (("nl", 0.45), ("fr", 0.35), ("en", 0.1), ("de", 0.1))
OPENERS = {
    "nl": ["", "Goedemorgen, ", "Vraagje: ", "Beste, ", "Eerlijk gezegd: "],
    "fr": ["", "Bonjour, ", "Question : ", "Madame, ", "Franchement, "],
    "en": ["", "Hello, ", "Quick question: ", "Honestly, "],
    "de": ["", "Guten Tag, ", "Eine Frage: ", "Ehrlich gesagt: "],
}
PLACES = ["Leuven", "Gent", "Namur", "Liège", "Hasselt", "Mons", "Eupen", "Aalst", "Brugge", "Charleroi", "Ixelles"]


class Voters:
    """Writes voter messages into the sandboxes and remembers what it wrote, per scenario."""

    def __init__(self, x: LoadX, meta: LoadMeta, seed: int = 7) -> None:
        self.x, self.meta, self.rng = x, meta, random.Random(seed)
        self.scenario = "setup"
        self.generated: dict[str, dict[str, dict[str, float]]] = {}
        self.rate, self.meta_share = 0.0, 0.2
        self._lock = threading.Lock()
        self._fb_voter = 0
        self.voter_ids = [x.add_user(f"load_v{i:04d}", self._name(i))["id"] for i in range(X_VOTERS)]
        self.posts = [meta.add_post(PAGE_ID, f"Post {i}: wat vindt u van ons voorstel?").id for i in range(FB_POSTS)]
        threading.Thread(target=self._pace, name="voters", daemon=True).start()

    @staticmethod
    def _name(number: int) -> str:
        return f"{VOTERS[number % len(VOTERS)][1]} {number}"

    def _text(self) -> str:
        language = self.rng.choices([lang for lang, _ in LANGUAGES], [w for _, w in LANGUAGES])[0]
        body = self.rng.choice(MESSAGES[language]).replace("@{h} ", "").replace("{h}", NAME)
        opener = self.rng.choice(OPENERS[language])
        tail = f" ({self.rng.choice(PLACES)})" if self.rng.random() < 0.5 else ""
        return opener + (body[0].lower() + body[1:] if opener else body) + tail

    def _record(self, channel: str, external_id: str) -> None:
        with self._lock:
            bucket = self.generated.setdefault(self.scenario, {"x": {}, "facebook": {}})
            bucket[channel][external_id] = time.time()

    def write_x(self) -> None:
        """One mention of the politician, as a new post."""
        tweet = self.x.post_tweet(self.rng.choice(self.voter_ids), f"@{HANDLE} {self._text()}")
        self._record("x", tweet["id"])

    def write_facebook(self) -> None:
        """One comment by a new voter under one of the page's posts (its webhook goes out)."""
        with self._lock:
            self._fb_voter += 1
            number = self._fb_voter
        post = self.posts[number % len(self.posts)]
        comment = self.meta.comment(post, f"9{number:014d}", self._name(number), self._text())
        self._record("facebook", comment.id)

    def write(self, count: int) -> None:
        """``count`` messages, X or Facebook by the configured share."""
        for _ in range(count):
            self.write_facebook() if self.rng.random() < self.meta_share else self.write_x()

    def _pace(self) -> None:
        """Keep ``rate`` messages per second going, evenly (checked 20 times a second)."""
        started, written, current = time.monotonic(), 0, 0.0
        while True:
            time.sleep(0.05)
            if self.rate != current:  # a new rate starts counting from now
                started, written, current = time.monotonic(), 0, self.rate
            due = int((time.monotonic() - started) * current) - written
            if due > 0:
                self.write(due)
                written += due


class WebhookSender:
    """Delivers Meta's webhooks to Dialoog in the background, retrying until a 2xx (as Meta does)."""

    def __init__(self, url: str, threads: int = 16) -> None:
        self.url = url
        self.pool = ThreadPoolExecutor(threads, thread_name_prefix="webhook")
        self.local = threading.local()
        self.stats = {"pending": 0, "delivered": 0, "retries": 0}
        self._lock = threading.Lock()

    def __call__(self, body: bytes, headers: dict[str, str]) -> int:
        """The sandbox's webhook sink: queue the delivery, answer "accepted"."""
        with self._lock:
            self.stats["pending"] += 1
        self.pool.submit(self._deliver, body, headers)
        return 202

    def _deliver(self, body: bytes, headers: dict[str, str]) -> None:
        session = getattr(self.local, "session", None)
        if session is None:
            session = self.local.session = requests.Session()
            session.trust_env = False
        wait = 0.5
        while True:
            try:
                if session.post(self.url, data=body, headers=headers, timeout=15).ok:
                    break
            except requests.RequestException:
                pass
            with self._lock:
                self.stats["retries"] += 1
            time.sleep(wait)
            wait = min(wait * 2, 5.0)
        with self._lock:
            self.stats["pending"] -= 1
            self.stats["delivered"] += 1


def control_app(voters: Voters, outage: OutageClock, sender: WebhookSender, info: dict[str, Any]) -> Flask:
    """The ``/_load/...`` routes the benchmark drives the voters with."""
    app = Flask("load_voters")
    x, meta = voters.x, voters.meta

    @app.get("/_load/info")
    def get_info() -> Any:
        return jsonify(info)

    @app.post("/_load/scenario")
    def set_scenario() -> Any:
        voters.scenario = request.get_json(force=True)["name"]
        return jsonify({"scenario": voters.scenario})

    @app.post("/_load/rate")
    def set_rate() -> Any:
        body = request.get_json(force=True)
        voters.meta_share = float(body.get("meta_share", voters.meta_share))
        voters.rate = float(body["rate"])
        return jsonify({"rate": voters.rate})

    @app.post("/_load/burst")
    def burst() -> Any:
        count = int(request.get_json(force=True)["count"])
        started = time.monotonic()
        for _ in range(count):
            voters.write_x()
        return jsonify({"written": count, "seconds": round(time.monotonic() - started, 2)})

    @app.post("/_load/outage")
    def start_outage() -> Any:
        outage.start([(float(s), int(status)) for s, status in request.get_json(force=True)["phases"]])
        return jsonify({"started": True})

    @app.delete("/_load/outage")
    def stop_outage() -> Any:
        outage.stop()
        return jsonify({"stopped": True})

    @app.get("/_load/report")
    def report() -> Any:
        scenario = request.args["scenario"]
        with voters._lock:
            generated = {k: dict(v) for k, v in voters.generated.get(scenario, {"x": {}, "facebook": {}}).items()}
        if request.args.get("summary"):
            return jsonify({"generated": sum(map(len, generated.values())), "webhooks": dict(sender.stats)})
        with x._lock, meta.lock:
            replies = dict(x.reply_posts + meta.reply_posts)
        return jsonify({"generated": generated, "reply_posts": replies, "webhooks": dict(sender.stats)})

    return app


def main(argv: list[str] | None = None) -> None:
    """Start the sandboxes, print their addresses and credentials, serve until stdin closes."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--webhook-url", required=True, help="where Meta webhooks go (the proxy's /webhooks/meta)")
    parser.add_argument("--mentions-limit", type=int, default=1800, help="X mentions requests per 15 minutes")
    args = parser.parse_args(argv)
    x = LoadX(POLITICIAN_ID, mentions_limit=args.mentions_limit, create_limit=100_000, me_limit=10_000)
    x.add_user(HANDLE, NAME, user_id=POLITICIAN_ID)
    token, secret = x.issue_access_token(POLITICIAN_ID)
    meta = LoadMeta(id_start=int(time.time() * 1000) % 10**12)
    page = meta.add_account(FACEBOOK, NAME, PAGE_ID)
    sender = WebhookSender(args.webhook_url)
    meta.webhook_sink = sender
    voters = Voters(x, meta)
    servers = [LoopbackServer(x.app()), LoopbackServer(meta.app())]
    x_url, meta_url = (server.start() for server in servers)
    info = {
        "x": {"api_base_url": x_url, "user_id": POLITICIAN_ID, "handle": HANDLE, "consumer_key": x.consumer_key,
              "consumer_secret": x.consumer_secret, "access_token": token, "access_token_secret": secret},
        "facebook": {"graph_base_url": meta_url, "page_id": PAGE_ID, "name": NAME, "access_token": page.token,
                     "app_secret": meta.app_secret, "verify_token": meta.verify_token},
    }  # fmt: skip
    control = LoopbackServer(control_app(voters, OutageClock(x, meta), sender, info))
    info["control_url"] = control.start()
    print(json.dumps(info), flush=True)
    sys.stdin.read()  # until the benchmark closes our stdin (or dies)
    os._exit(0)  # webhook retries to a proxy that is gone must not keep us alive


if __name__ == "__main__":
    main()
