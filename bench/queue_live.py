"""Second part of the queue benchmark: from a stored message to its event in 50 open inboxes.

The inbox is served like the end-to-end tests serve it (embedded jobs, a threaded WSGI
server on loopback); ``clients`` real python-socketio clients log in through the form
and listen. Each message is stored through ``store_incoming`` (the path every channel
uses) and the time from the start of that call to the ``message.created`` event arriving
at each client is recorded.
"""

from __future__ import annotations

import re
import statistics
import threading
import time
from collections import defaultdict
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import click
import requests
import socketio

from inbox import create_app
from inbox.ingest.base import Author, IncomingMessage
from inbox.models import ChannelAccount, ChannelKind, Role, db
from inbox.sandbox.server import LoopbackServer
from inbox.services.store import store_incoming
from inbox.services.users import create_office, create_user

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

    def __init__(self, base_url: str, session: requests.Session, arrivals: dict[int, list[float]]) -> None:
        self.client = socketio.Client(http_session=session, reconnection=False)
        self.lock = threading.Lock()
        self.client.on("message.created", self._on_created)
        self.arrivals = arrivals
        self.client.connect(base_url, transports=["websocket"], wait_timeout=30)

    def _on_created(self, payload: dict[str, Any]) -> None:
        now = time.perf_counter()
        with self.lock:
            self.arrivals[payload["conversation"]["id"]].append(now)


def measure_live(workdir: Path, clients: int, messages: int) -> str:
    """Serve the inbox, connect ``clients`` listeners, store ``messages`` and report p50/p95."""
    from flask_migrate import upgrade

    from inbox.jobs import start_embedded_jobs

    app = create_app({"DIALOOG_INSTANCE_DIR": str(workdir / "live"), "DIALOOG_JOBS": "embedded", "TESTING": "1"})
    with app.app_context():
        upgrade()
        office = create_office("Live bench office")
        users = [
            create_user(office.id, f"live{n}@example.test", f"Live {n}", PASSWORD, Role.STAFF).email
            for n in range(clients)
        ]
        account = ChannelAccount(office_id=office.id, kind=ChannelKind.X, handle="live_bench", credentials={})
        db.session.add(account)
        db.session.commit()
        account_id = account.id
    consumer, ticker = start_embedded_jobs(workers=2, tick_seconds=0.5)
    arrivals: dict[int, list[float]] = defaultdict(list)
    latencies: list[float] = []
    slowest: list[float] = []
    with LoopbackServer(app) as server:
        listeners = []
        with click.progressbar(
            users, label="connecting Socket.IO clients", file=click.get_text_stream("stderr")
        ) as bar:
            for email in bar:
                listeners.append(Listener(server.base_url, _login(server.base_url, email), arrivals))
        for n in range(messages):
            message = IncomingMessage(
                external_id=f"live-{n}",
                thread_key=f"live-thread-{n}",
                author=Author(external_id=f"live-voter-{n}", handle=f"lv{n}", display_name=f"Live Voter {n}"),
                text=f"Vraag {n}: wanneer komt het fietspad?",
                sent_at=datetime.now(UTC),
            )
            with app.app_context():
                started = time.perf_counter()
                conversation_id = next(iter(store_incoming(account_id, [message]).conversation_ids))
            deadline = time.monotonic() + 10
            while len(arrivals[conversation_id]) < clients and time.monotonic() < deadline:
                time.sleep(0.002)
            got = arrivals[conversation_id]
            if len(got) < clients:
                raise click.ClickException(f"only {len(got)} of {clients} clients got message {n} within 10 s")
            latencies += [moment - started for moment in got]
            slowest.append(max(got) - started)
            time.sleep(0.05)
        for listener in listeners:
            listener.client.disconnect()
    ticker.stop()
    consumer.shutdown()
    ordered = sorted(latencies)
    p95 = ordered[round(0.95 * (len(ordered) - 1))] * 1000
    p95_slowest = sorted(slowest)[round(0.95 * (len(slowest) - 1))] * 1000
    return (
        f"stored → event at {clients} Socket.IO clients, {messages} messages: "
        f"p50 {statistics.median(ordered) * 1000:.0f} ms, p95 {p95:.0f} ms over all deliveries; "
        f"p95 of the last client per message {p95_slowest:.0f} ms (target < 300 ms)"
    )
