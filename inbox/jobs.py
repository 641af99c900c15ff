"""Background jobs (Huey) and the schedule that feeds them.

Embedded default: Huey keeps its queue in a SQLite file in the instance folder and
consumer threads run inside the server process. With REDIS_URL set the queue lives in
Redis and ``python -m inbox worker`` processes consume it, while ``python -m inbox
scheduler`` (or the embedded ticker) enqueues due polls and sweeps.

Jobs take ids, open their own app context and are idempotent.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from flask import Flask
from huey import Huey
from huey.consumer import Consumer
from huey.exceptions import TaskLockedException
from huey.storage import MemoryStorage, RedisStorage, SqliteStorage

from inbox.config import Settings

log = logging.getLogger(__name__)

huey = Huey("dialoog", storage_class=MemoryStorage, utc=True)
_state: dict[str, Any] = {"app": None}


def init_jobs(app: Flask, settings: Settings) -> None:
    """Point the Huey queue at the storage this deployment uses and remember the app."""
    _state["app"] = app
    huey.immediate = False
    if settings.jobs_mode == "immediate":
        huey.immediate = True
    elif settings.redis_url:
        huey.storage = RedisStorage(name="dialoog", url=settings.redis_url)
    else:
        settings.instance_dir.mkdir(parents=True, exist_ok=True)
        huey.storage = SqliteStorage(name="dialoog", filename=str(settings.instance_dir / "jobs.sqlite3"), timeout=30)


@contextmanager
def job_context() -> Iterator[Flask]:
    """An app context for one job run, with a clean database session afterwards."""
    app = _state["app"]
    if app is None:
        raise RuntimeError("jobs used before create_app(); the worker must create the app first")
    with app.app_context():
        from inbox.models import db

        try:
            yield app
        finally:
            db.session.remove()


@huey.task(retries=5, retry_delay=5)
def triage_job(message_ids: list[int]) -> int:
    """Triage the given messages (those still pending)."""
    from inbox.services.triage import triage_messages

    with job_context():
        return triage_messages(message_ids)


@huey.task()
def poll_job(account_id: int) -> None:
    """Poll one channel account, unless another poll of it is running."""
    from inbox.services.polling import poll_account

    try:
        with huey.lock_task(f"poll-{account_id}"), job_context():
            poll_account(account_id)
    except TaskLockedException:
        log.info("poll of account %s already running; skipped", account_id)


@huey.task()
def deliver_reply_job(reply_id: int) -> None:
    """Send one queued reply through its channel."""
    from inbox.services.replies import deliver_reply

    try:
        with huey.lock_task(f"reply-{reply_id}"), job_context():
            deliver_reply(reply_id)
    except TaskLockedException:
        log.info("reply %s is being sent by another worker; skipped", reply_id)


@huey.task()
def send_digest_job(delivery_id: int) -> None:
    """Send one weekly digest e-mail (the row is claimed first, so a duplicate job sends nothing)."""
    from inbox.digest.delivery import deliver_digest

    with job_context():
        deliver_digest(delivery_id)


def enqueue_triage(message_ids: list[int], batch_size: int = 64) -> None:
    """Queue triage of new messages in batches."""
    for start in range(0, len(message_ids), batch_size):
        triage_job(message_ids[start : start + batch_size])


def tick() -> None:
    """One round of scheduled work: due polls, forgotten triage, replies due a retry, snoozes, digests."""
    from inbox.services.conversation_status import wake_snoozed_conversations
    from inbox.services.polling import claim_due_accounts
    from inbox.services.replies import claim_due_replies, flag_uncertain_deliveries
    from inbox.services.triage import claim_stale_triage

    with job_context() as app:
        settings = app.extensions["dialoog.settings"]
        for account_id in claim_due_accounts():
            poll_job(account_id)
        stale = claim_stale_triage(older_than_seconds=settings.triage_sweep_seconds)
        if stale:
            log.info("re-queueing triage of %d message(s) left pending", len(stale))
            enqueue_triage(stale)
        for reply_id in claim_due_replies():
            deliver_reply_job(reply_id)
        flag_uncertain_deliveries()
        wake_snoozed_conversations()
        from inbox.digest.schedule import claim_due_digests

        for delivery_id in claim_due_digests():
            send_digest_job(delivery_id)


class Ticker:
    """Runs :func:`tick` every ``interval`` seconds in a thread until stopped."""

    def __init__(self, interval: float = 1.0, action: Callable[[], None] = tick) -> None:
        self.interval = interval
        self.action = action
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="dialoog-ticker", daemon=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                self.action()
            except Exception:
                log.exception("scheduled round failed")
            self._stop.wait(self.interval)

    def start(self) -> Ticker:
        """Start ticking in the background."""
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop after the current round."""
        self._stop.set()
        self._thread.join(timeout=10)

    def run_forever(self) -> None:
        """Tick in the calling thread until interrupted (the ``scheduler`` command)."""
        try:
            self._run()
        except KeyboardInterrupt:
            self._stop.set()


class EmbeddedConsumer(Consumer):
    """A Huey consumer whose threads live inside the web server process.

    Signal handling stays with the server: stopping is done by :meth:`shutdown`.
    """

    def _set_signal_handlers(self) -> None:
        return None

    def shutdown(self) -> None:
        """Stop the worker threads, letting running jobs finish."""
        self.stop(graceful=True)


def warm_up_triage() -> None:
    """Load the triage models now (converting them on a first start), not at the first message."""
    from inbox.triage.models import get_triager

    app = _state["app"]
    log.info("loading triage models (a first start converts the encoder; this takes a few seconds)")
    get_triager(app.extensions["dialoog.settings"])
    log.info("triage models ready")


def start_embedded_jobs(workers: int, tick_seconds: float = 1.0) -> tuple[EmbeddedConsumer, Ticker]:
    """Start consumer threads and the ticker in this process (embedded mode)."""
    consumer = EmbeddedConsumer(
        huey,
        workers=workers,
        worker_type="thread",
        periodic=False,
        check_worker_health=False,
        initial_delay=0.05,
        backoff=1.5,
        max_delay=0.5,
    )
    consumer.start()
    ticker = Ticker(interval=tick_seconds).start()
    return consumer, ticker
