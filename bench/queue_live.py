"""Second part of the queue benchmark: from a stored message to its event in 50 open inboxes.

Two ways, like the two ways to run Dialoog:

* ``--mode embedded`` (default; also ``bench/queue_speed.py --live-clients 50``): SQLite,
  the inbox served in this process like the end-to-end tests serve it (embedded jobs, a
  threaded WSGI server on loopback), messages stored in this process.
* ``--mode scaleout`` (:mod:`bench.queue_live_scaleout`): a fresh PostgreSQL database, a
  Redis message queue, the web process started with ``gunicorn -w 1 --threads 100
  wsgi:app`` and the messages stored and published by a separate process, as a worker
  would, while a triage worker process tags them.

``clients`` real python-socketio clients log in through the form and listen. Each message
is stored through ``store_incoming`` (the path every channel uses) and the time from the
start of that call to the ``message.created`` event arriving at each client is recorded
(``time.monotonic``, the machine's monotonic clock, the same in every process).

    python bench/queue_live.py --mode scaleout --clients 50 --messages 40
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import tempfile
import threading
import time
from collections import defaultdict
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import click
import requests
import socketio

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from inbox import create_app
from inbox.ingest.base import Author, IncomingMessage
from inbox.models import ChannelAccount, ChannelKind, Role, db
from inbox.sandbox.server import LoopbackServer
from inbox.services.access.users import create_office, create_user
from inbox.services.intake.store import store_incoming

PASSWORD = "bench-password-123"


def _login(base_url: str, email: str) -> requests.Session:
    session = requests.Session()
    session.trust_env = False
    page = session.get(f"{base_url}/login", timeout=30)
    token = re.search(r'name="csrf_token" value="([^"]+)"', page.text)
    answer = session.post(
        f"{base_url}/login",
        data={"email": email, "password": PASSWORD, "csrf_token": token.group(1) if token else ""},
        timeout=30,
    )
    if not answer.ok or "/login" in answer.url:
        raise click.ClickException(f"login of {email} failed ({answer.status_code})")
    return session


class Listener:
    """One open inbox: a Socket.IO client noting when each conversation's event arrived."""

    def __init__(
        self,
        base_url: str,
        session: requests.Session,
        arrivals: dict[int, list[float]],
        triaged: set[int] | None = None,
    ) -> None:
        self.client = socketio.Client(http_session=session, reconnection=False)
        self.lock = threading.Lock()
        self.client.on("message.created", self._on_created)
        if triaged is not None:  # conversations whose message.triaged event arrived
            self.client.on("message.triaged", lambda data: triaged.update(row["id"] for row in data["conversations"]))
        self.arrivals = arrivals
        self.client.connect(base_url, transports=["websocket"], wait_timeout=30)

    def _on_created(self, payload: dict[str, Any]) -> None:
        now = time.monotonic()
        with self.lock:
            for row in payload["conversations"]:
                self.arrivals[row["id"]].append(now)


def drive(
    store_one: Callable[[int], tuple[int, float]], arrivals: dict[int, list[float]], clients: int, messages: int
) -> tuple[list[float], list[float]]:
    """Store ``messages`` one by one (``store_one(n)`` -> (conversation id, start time)), each
    after every client got the previous one; returns all latencies and the slowest per message."""
    latencies: list[float] = []
    slowest: list[float] = []
    for n in range(messages):
        conversation_id, started = store_one(n)
        deadline = time.monotonic() + 10
        while len(arrivals[conversation_id]) < clients and time.monotonic() < deadline:
            time.sleep(0.002)
        got = list(arrivals[conversation_id])
        if len(got) < clients:
            raise click.ClickException(f"only {len(got)} of {clients} clients got message {n} within 10 s")
        latencies += [moment - started for moment in got]
        slowest.append(max(got) - started)
        time.sleep(0.05)
    return latencies, slowest


def report(label: str, clients: int, messages: int, latencies: list[float], slowest: list[float]) -> str:
    """One line with p50/p95 over all deliveries and p95 of the last client per message."""
    ordered = sorted(latencies)
    p95 = ordered[round(0.95 * (len(ordered) - 1))] * 1000
    p95_slowest = sorted(slowest)[round(0.95 * (len(slowest) - 1))] * 1000
    return (
        f"{label}: stored → event at {clients} Socket.IO clients, {messages} messages: "
        f"p50 {statistics.median(ordered) * 1000:.0f} ms, p95 {p95:.0f} ms over all deliveries; "
        f"p95 of the last client per message {p95_slowest:.0f} ms (target < 300 ms)"
    )


def connect_listeners(
    base_url: str, emails: list[str], arrivals: dict[int, list[float]], triaged: set[int] | None = None
) -> list[Listener]:
    """Log every user in through the form and open their Socket.IO connection."""
    listeners = []
    with click.progressbar(emails, label="connecting Socket.IO clients", file=click.get_text_stream("stderr")) as bar:
        for email in bar:
            listeners.append(Listener(base_url, _login(base_url, email), arrivals, triaged))
    return listeners


def live_message(n: int) -> IncomingMessage:
    """The ``n``-th voter message of the live part (a new conversation each)."""
    return IncomingMessage(
        external_id=f"live-{n}",
        thread_key=f"live-thread-{n}",
        author=Author(external_id=f"live-voter-{n}", handle=f"lv{n}", display_name=f"Live Voter {n}"),
        text=f"Vraag {n}: wanneer komt het fietspad?",
        sent_at=datetime.now(UTC),
    )


def live_office(clients: int) -> tuple[list[str], int]:
    """The office of the live part: ``clients`` staff members and an X account (emails, account id)."""
    office = create_office("Live bench office")
    users = [
        create_user(office.id, f"live{n}@example.test", f"Live {n}", PASSWORD, Role.STAFF).email for n in range(clients)
    ]
    account = ChannelAccount(office_id=office.id, kind=ChannelKind.X, handle="live_bench", credentials={})
    db.session.add(account)
    db.session.commit()
    return users, account.id


def measure_live(workdir: Path, clients: int, messages: int) -> str:
    """Embedded mode: serve the inbox in this process (SQLite, in-process jobs and events),
    connect ``clients`` listeners, store ``messages`` here and report p50/p95."""
    from flask_migrate import upgrade

    from inbox.jobs.consumers import start_embedded_jobs

    app = create_app({"DIALOOG_INSTANCE_DIR": str(workdir / "live"), "DIALOOG_JOBS": "embedded", "TESTING": "1"})
    with app.app_context():
        upgrade()
        users, account_id = live_office(clients)
    consumer, ticker = start_embedded_jobs(workers=2, tick_seconds=0.5)
    arrivals: dict[int, list[float]] = defaultdict(list)

    def store_one(n: int) -> tuple[int, float]:
        with app.app_context():
            started = time.monotonic()
            return next(iter(store_incoming(account_id, [live_message(n)]).conversation_ids)), started

    with LoopbackServer(app) as server:
        listeners = connect_listeners(server.base_url, users, arrivals)
        latencies, slowest = drive(store_one, arrivals, clients, messages)
        for listener in listeners:
            listener.client.disconnect()
    ticker.stop()
    consumer.shutdown()
    return report("embedded (SQLite, one process)", clients, messages, latencies, slowest)


def main(argv: list[str] | None = None) -> None:
    """Run the live part alone, embedded or scale-out."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mode", choices=["embedded", "scaleout"], default="embedded")
    parser.add_argument("--clients", type=int, default=50, help="connected Socket.IO clients")
    parser.add_argument("--messages", type=int, default=40, help="messages stored, one at a time")
    parser.add_argument(
        "--postgres-url",
        default="postgresql+psycopg://postgres@127.0.0.1:5432/test",
        help="scale-out: an admin URL; a scratch database is created next to it and dropped afterwards",
    )
    parser.add_argument(
        "--redis-url", help="scale-out: a Redis to use (default: a private redis-server on a free port)"
    )
    parser.add_argument(
        "--no-worker", action="store_true", help="scale-out: no triage worker process (by default one runs)"
    )
    parser.add_argument("--logs", type=Path, help="scale-out: keep the processes' logs in this folder")
    args = parser.parse_args(argv)
    if args.clients < 1 or args.messages < 1:
        parser.error("--clients and --messages must be at least 1")
    with tempfile.TemporaryDirectory(prefix="dialoog-live-bench-") as scratch:
        if args.mode == "embedded":
            print(measure_live(Path(scratch), args.clients, args.messages))
        else:
            from bench.queue_live_scaleout import measure_scaleout

            print(measure_scaleout(Path(scratch), args))


if __name__ == "__main__":
    main()
