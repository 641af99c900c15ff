"""Benchmark: ingest throughput per channel, and webhook delivery -> message visible in an open inbox.

Part 1, ingest throughput: for X, Facebook, Instagram, Mastodon and Bluesky, the channel's
loopback fake in ``inbox/sandbox`` is filled with N voter messages (default 2,000; see
``bench/channel_fakes.py``) and the account is polled with ``poll_account`` back to back —
the real client libraries (tweepy, requests on the Graph API, Mastodon.py, atproto) talking
to the fake, then ``store_incoming`` — until every message is stored; messages per second
are reported, also without the time spent inside the fake (measured by a WSGI timer).
Triage does not run: the app uses DIALOOG_JOBS=workers with REDIS_URL (default
redis://127.0.0.1:6379/10, emptied before and after), so triage jobs are queued, not
executed. The figure is without pacing: the fakes' rate limits are raised to 10^9 requests
per window (Meta's usage headers stay at 5 %), so no 429 arrives, and ``next_poll_at``
(where the ingestors put their pacing) is ignored by calling ``poll_account`` directly.
Each channel's module is imported before its clock starts (atproto alone takes ~1 s).

Part 2, webhook -> open inbox: the app is served on loopback with embedded jobs (consumer
threads + ticker, triage models warmed up first), a staff member logs in and a real
python-socketio client listens. One at a time, signed webhooks are delivered by the fakes'
own delivery code: a Facebook comment (``/webhooks/meta``, X-Hub-Signature-256) and an X
mention (``/webhooks/x``, Account Activity ``tweet_create_events``, after the CRC check).
The time from the start of the POST to the ``message.created`` event for that message at
the client is recorded (and to ``message.triaged``, when its tags show), after 3 warm-up
deliveries per channel. The accounts are never polled during part 2.

    python bench/channel_ingest.py                        # SQLite, 2,000 messages per channel
    python bench/channel_ingest.py --database both --messages 500 --deliveries 50
"""

from __future__ import annotations

import argparse
import contextlib
import os
import random
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import click
import redis
import requests
import sqlalchemy as sa

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.channel_fakes import LOADERS, X_HANDLE, LoadedChannel, voter_text
from inbox import create_app
from inbox.ingest.registry import ingestor_for
from inbox.models import ChannelAccount, ChannelKind, Message, Role, db, utcnow
from inbox.sandbox.meta.api import MetaSandbox
from inbox.sandbox.meta.state import FACEBOOK
from inbox.sandbox.server import LoopbackServer
from inbox.sandbox.x.api import XSandbox
from inbox.services.access.users import create_office, create_user
from inbox.services.intake.polling import poll_account
from tests.e2e.helpers import EventListener, login

# the channel sandboxes listen on loopback, which production never lets credentials reach
os.environ.setdefault("DIALOOG_PROVIDER_HOSTS", "loopback")

PASSWORD = "bench-password-123"
WARM_UP_DELIVERIES = 3
EVENT_TIMEOUT_SECONDS = 60.0
STALLED_POLLS = 10  # polls in a row that store nothing before a channel is given up
VOTERS = 20  # part 2's voters take turns, so some write into a conversation they started


@contextlib.contextmanager
def database_url(database: str, admin_url: str) -> Iterator[str | None]:
    """None for SQLite (the instance folder's file); for PostgreSQL a scratch database, dropped afterwards."""
    if database == "sqlite":
        yield None
        return
    name = f"dialoog_bench_{uuid.uuid4().hex[:8]}"
    admin = sa.create_engine(admin_url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as connection:
            connection.execute(sa.text(f'CREATE DATABASE "{name}"'))
    except sa.exc.OperationalError as error:
        sys.exit(
            f"PostgreSQL is not reachable at {admin_url} ({error.__class__.__name__}); start it or pass --postgres-url"
        )
    click.echo(f"PostgreSQL scratch database: {name}", err=True)
    try:
        yield admin_url.rsplit("/", 1)[0] + f"/{name}"
    finally:
        with admin.connect() as connection:
            connection.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def migrated_app(workdir: Path, url: str | None, **overrides: str) -> object:
    """A new app on its own instance folder (and ``url``), migrated to the newest schema."""
    from flask_migrate import upgrade

    config = {"DIALOOG_INSTANCE_DIR": str(workdir / uuid.uuid4().hex[:8]), "LOG_LEVEL": "WARNING", **overrides}
    if url:
        config["DATABASE_URL"] = url
    app = create_app(config)
    with app.app_context():
        upgrade()
    return app


def flush_redis(url: str) -> None:
    """Empty the Redis database the queued (never run) jobs go to."""
    client = redis.Redis.from_url(url)
    try:
        client.flushdb()
    except redis.exceptions.ConnectionError as error:
        sys.exit(f"Redis is not reachable at {url} ({error}); start it or pass --redis-url")
    finally:
        client.close()


def percentiles(samples: list[float]) -> tuple[float, float, float]:
    """p50, p95 (nearest rank) and max, in milliseconds."""
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return statistics.median(ordered) * 1000, p95 * 1000, ordered[-1] * 1000


# part 1 ---------------------------------------------------------------------------------
def drain(loaded: LoadedChannel, label: str, max_polls: int) -> str:
    """Poll the account until every message in the fake is stored; one Markdown row.

    The channel's module (and its client library) is imported before the clock starts:
    a worker pays that once, not per poll.
    """
    ingestor_for(db.session.get(ChannelAccount, loaded.account_id))
    db.session.remove()
    stored, polls, idle, fake_before, requests_before = 0, 0, 0, loaded.timer.seconds, loaded.timer.requests
    started = time.perf_counter()
    while stored < loaded.expected:
        if polls >= max_polls:
            sys.exit(f"{loaded.channel}: only {stored}/{loaded.expected} stored after {polls} polls; raise --max-polls")
        result = poll_account(loaded.account_id)
        polls += 1
        if result is None:
            account = db.session.get(ChannelAccount, loaded.account_id)
            sys.exit(f"{loaded.channel}: a poll failed ({account.health}): {account.health_detail}")
        stored += len(result.new_message_ids)
        idle = 0 if result.new_message_ids else idle + 1
        if idle >= STALLED_POLLS:
            sys.exit(f"{loaded.channel}: {idle} polls in a row stored nothing ({stored}/{loaded.expected} stored)")
        db.session.remove()  # as a poll job does: every poll starts with a fresh session
        click.echo(f"  {label} {loaded.channel}: {stored}/{loaded.expected} stored after poll {polls}", err=True)
    elapsed = time.perf_counter() - started
    in_fake = loaded.timer.seconds - fake_before
    count = db.session.execute(
        sa.select(sa.func.count(Message.id)).where(Message.channel_account_id == loaded.account_id)
    ).scalar_one()
    if count != loaded.expected:
        sys.exit(f"{loaded.channel}: {count} messages in the database, expected {loaded.expected}")
    return (
        f"| {label} | {loaded.channel} | {loaded.expected} | {polls} | {loaded.timer.requests - requests_before} "
        f"| {elapsed:.1f} | {loaded.expected / elapsed:.0f} | {in_fake:.1f} "
        f"| {loaded.expected / max(elapsed - in_fake, 1e-9):.0f} |"
    )


def ingest_throughput(database: str, args: argparse.Namespace, workdir: Path) -> list[str]:
    """Part 1 on one database: fill each channel's fake, poll it empty, one row per channel."""
    flush_redis(args.redis_url)
    rows = []
    with database_url(database, args.postgres_url) as url:
        app = migrated_app(workdir, url, DIALOOG_JOBS="workers", REDIS_URL=args.redis_url)
        try:
            with app.app_context():  # type: ignore[attr-defined]
                office_id = create_office("Bench office").id
                for channel in args.channels:
                    click.echo(f"{database}: loading {args.messages} messages into the {channel} fake", err=True)
                    loaded = LOADERS[channel](office_id, args.messages, args.seed)
                    try:
                        rows.append(drain(loaded, database, args.max_polls))
                    finally:
                        loaded.stop()
        finally:
            with app.app_context():  # type: ignore[attr-defined]
                db.session.remove()
                db.engine.dispose()
            flush_redis(args.redis_url)
    return rows


# part 2 ---------------------------------------------------------------------------------
class WebhookRig:
    """The X and Meta fakes' webhook delivery aimed at a served app, with the office connected to both."""

    def __init__(self, office_id: int, base_url: str) -> None:
        self.x = XSandbox()
        self.politician = self.x.add_user(X_HANDLE, "Els Vermeulen")
        token, secret = self.x.issue_access_token(self.politician["id"])
        self.voters = [self.x.add_user(f"kiezer_live{i}", f"Kiezer {i}") for i in range(VOTERS)]
        self.meta = MetaSandbox()
        page = self.meta.add_account(FACEBOOK, "Els Vermeulen")
        self.post = self.meta.add_post(page.id, "Ons plan voor betaalbaar wonen")
        never = utcnow() + timedelta(days=365)  # part 2 measures webhooks only: no poll may store first
        x_credentials = {
            "consumer_key": self.x.consumer_key,
            "consumer_secret": self.x.consumer_secret,
            "access_token": token,
            "access_token_secret": secret,
        }
        meta_credentials = {
            "access_token": page.token,
            "app_secret": self.meta.app_secret,
            "verify_token": self.meta.verify_token,
        }
        for kind, handle, external_id, credentials in (
            (ChannelKind.X, X_HANDLE, self.politician["id"], x_credentials),
            (ChannelKind.FACEBOOK, page.name, page.id, meta_credentials),
        ):
            db.session.add(
                ChannelAccount(
                    office_id=office_id,
                    kind=kind,
                    handle=handle,
                    external_id=external_id,
                    credentials=credentials,
                    settings={"poll_seconds": 3600},
                    next_poll_at=never,
                )
            )
        db.session.commit()
        self.base_url = base_url
        self.session = requests.Session()
        self.session.trust_env = False
        self.statuses: list[int] = []
        self.posted_at = 0.0
        self.meta.webhook_sink = self._meta_sink

    def subscribe_x(self) -> None:
        """Register ``/webhooks/x`` (X checks the CRC answer first) and subscribe the politician's account."""
        config = self.x.register_webhook(f"{self.base_url}/webhooks/x")
        if not config["valid"]:
            sys.exit("the X webhook CRC check failed; is the app serving /webhooks/x?")
        self.x.subscribe(self.politician["id"])

    def _meta_sink(self, body: bytes, headers: dict[str, str]) -> int:
        self.posted_at = time.perf_counter()
        status = self.session.post(f"{self.base_url}/webhooks/meta", data=body, headers=headers, timeout=30)
        return status.status_code

    def deliver(self, channel: str, voter: int, text: str) -> float:
        """Have voter number ``voter`` write ``text`` on ``channel`` and deliver the signed webhook.

        Returns when the POST began.
        """
        if channel == "X":
            self.x.post_tweet(self.voters[voter]["id"], f"@{X_HANDLE} {text}")
            self.posted_at = time.perf_counter()
            self.statuses.extend(self.x.deliver_webhooks())
        else:
            self.meta.comment(self.post.id, f"{10**14 + voter}", f"Kiezer {voter}", text)
            self.statuses.append(self.meta.deliveries[-1][1])
        return self.posted_at


def _wait(listener: EventListener, event: str, marker: str) -> tuple[float, dict[str, Any]]:
    """When the first ``event`` whose conversation's newest message carries ``marker`` arrived, and its payload.

    For ``message.triaged`` the tags must be final too (not an earlier message's, not pending).
    """

    def matches(name: str, data: dict[str, Any]) -> bool:
        for row in data.get("conversations") or []:
            if name != event or marker not in (row.get("snippet") or ""):
                continue
            if event != "message.triaged" or (row.get("tags") or {}).get("state") not in (None, "pending"):
                return True
        return False

    _, data = listener.wait_for(matches, timeout=EVENT_TIMEOUT_SECONDS)
    return time.perf_counter(), data


def webhook_latency(database: str, args: argparse.Namespace, workdir: Path) -> list[str]:
    """Part 2 on one database: signed webhooks one at a time, timed to the live events; rows per channel."""
    from inbox.jobs.consumers import start_embedded_jobs, warm_up_triage

    with database_url(database, args.postgres_url) as url:
        app = migrated_app(workdir, url, DIALOOG_JOBS="embedded", REDIS_URL="")
        click.echo(f"{database}: loading the triage models", err=True)
        warm_up_triage()
        consumer, ticker = start_embedded_jobs(workers=2, tick_seconds=1.0)
        server = LoopbackServer(app)  # type: ignore[arg-type]
        listener = None
        try:
            base_url = server.start()
            with app.app_context():  # type: ignore[attr-defined]
                office = create_office("Bench live office")
                staff = create_user(office.id, "staff@bench.test", "Staff Member", PASSWORD, Role.STAFF)
                rig = WebhookRig(office.id, base_url)
                staff_email = staff.email
                db.session.remove()
            rig.subscribe_x()
            listener = EventListener(base_url, login(base_url, staff_email, PASSWORD))
            timings: dict[str, dict[str, list[float]]] = {c: {"created": [], "triaged": []} for c in ("Facebook", "X")}
            rng = random.Random(args.seed)
            total = WARM_UP_DELIVERIES + args.deliveries
            for i in range(total):
                for channel in ("Facebook", "X"):
                    marker = f"[{channel} {i}]"
                    started = rig.deliver(channel, i % VOTERS, f"{marker} {voter_text(rng, '')}")
                    created_at, _ = _wait(listener, "message.created", marker)
                    triaged_at, _ = _wait(listener, "message.triaged", marker)
                    if i >= WARM_UP_DELIVERIES:
                        timings[channel]["created"].append(created_at - started)
                        timings[channel]["triaged"].append(triaged_at - started)
                if i % 10 == 0:
                    click.echo(f"  {database} webhooks: {i + 1}/{total} per channel delivered", err=True)
            if any(status != 200 for status in rig.statuses):
                sys.exit(f"some webhook deliveries were refused: {sorted(set(rig.statuses))}")
        finally:
            if listener is not None:
                listener.close()
            server.stop()
            ticker.stop()
            consumer.shutdown()
            with app.app_context():  # type: ignore[attr-defined]
                db.session.remove()
                db.engine.dispose()
    rows = []
    for channel, found in timings.items():
        c50, c95, cmax = percentiles(found["created"])
        t50, t95, tmax = percentiles(found["triaged"])
        rows.append(
            f"| {database} | {channel} | {len(found['created'])} | {c50:.0f} | {c95:.0f} | {cmax:.0f} "
            f"| {t50:.0f} | {t95:.0f} | {tmax:.0f} |"
        )
    return rows


def main(argv: list[str] | None = None) -> None:
    """Parse arguments, run both parts on the chosen databases and print the tables."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database", choices=["sqlite", "postgresql", "both"], default="sqlite")
    parser.add_argument("--messages", type=int, default=2000, help="voter messages per channel (default 2000)")
    parser.add_argument(
        "--channels",
        default=",".join(LOADERS),
        help=f"comma-separated channels for part 1 (default {','.join(LOADERS)})",
    )
    parser.add_argument("--deliveries", type=int, default=100, help="timed webhooks per channel (default 100)")
    parser.add_argument("--max-polls", type=int, default=1000, help="give up on a channel after this many polls")
    parser.add_argument("--seed", type=int, default=7, help="seed of the generated voters and texts")
    parser.add_argument(
        "--redis-url",
        default="redis://127.0.0.1:6379/10",
        help="a Redis database for part 1's queued triage jobs; it is EMPTIED before and after",
    )
    parser.add_argument(
        "--postgres-url",
        default="postgresql+psycopg://postgres@127.0.0.1:5432/test",
        help="an admin URL; scratch databases are created next to it and dropped afterwards",
    )
    parser.add_argument("--skip-ingest", action="store_true", help="skip part 1 (ingest throughput)")
    parser.add_argument("--skip-webhooks", action="store_true", help="skip part 2 (webhook -> open inbox)")
    args = parser.parse_args(argv)
    args.channels = [c.strip().lower() for c in args.channels.split(",") if c.strip()]
    unknown = sorted(set(args.channels) - set(LOADERS))
    if unknown:
        parser.error(f"unknown channel(s) {', '.join(unknown)}; choose from {', '.join(LOADERS)}")
    if args.messages < 1 or args.deliveries < 1:
        parser.error("--messages and --deliveries must be at least 1")
    databases = ["sqlite", "postgresql"] if args.database == "both" else [args.database]
    ingest_rows, webhook_rows = [], []
    with tempfile.TemporaryDirectory(prefix="dialoog-channel-bench-") as scratch:
        for database in databases:
            if not args.skip_ingest:
                ingest_rows += ingest_throughput(database, args, Path(scratch))
            if not args.skip_webhooks:
                webhook_rows += webhook_latency(database, args, Path(scratch))
    load = os.getloadavg()
    print(f"Machine load average at the end: {load[0]:.1f} (1 min), {load[1]:.1f} (5 min) on {os.cpu_count()} CPUs.")
    if ingest_rows:
        print()
        print("Ingest throughput (polling the loopback fakes with the real clients; triage queued, not run; no pacing)")
        print()
        print(
            "| database | channel | messages | polls | requests to fake | s | msg/s | s in fake | msg/s without fake |"
        )
        print("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
        print("\n".join(ingest_rows))
    if webhook_rows:
        print()
        print("Webhook POST -> event at an open inbox (ms; embedded jobs, one delivery at a time)")
        print()
        print(
            "| database | channel | deliveries | created p50 | created p95 | created max "
            "| tagged p50 | tagged p95 | tagged max |"
        )
        print("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
        print("\n".join(webhook_rows))


if __name__ == "__main__":
    main()
