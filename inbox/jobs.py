"""Background jobs (Huey) and the schedule that feeds them.

Three queues, so each kind of work gets its own worker processes and one slow kind never
holds up another: ``ingest`` (channel polls), ``triage`` (tagging new messages; the worker
holds the models) and ``send`` (replies and weekly digests).

Embedded default: Huey keeps the queues in a SQLite file in the instance folder and
consumer threads for all three run inside the server process. With REDIS_URL set the
queues live in Redis and ``python -m inbox worker --queue ingest|triage|send|all``
processes consume them, while ``python -m inbox scheduler`` (or the embedded ticker)
enqueues due polls and sweeps.

Jobs take ids, open their own app context and are idempotent.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from flask import Flask
from huey import Huey
from huey.consumer import Consumer
from huey.exceptions import TaskLockedException
from huey.storage import MemoryStorage, RedisStorage, SqliteStorage

from inbox.config import Settings
from inbox.job_locks import expiring_lock

log = logging.getLogger(__name__)

ingest_queue = Huey("dialoog-ingest", storage_class=MemoryStorage, utc=True)
triage_queue = Huey("dialoog-triage", storage_class=MemoryStorage, utc=True)
send_queue = Huey("dialoog-send", storage_class=MemoryStorage, utc=True)
QUEUES: dict[str, Huey] = {"ingest": ingest_queue, "triage": triage_queue, "send": send_queue}
_state: dict[str, Any] = {"app": None}


def init_jobs(app: Flask, settings: Settings) -> None:
    """Point the three queues at the storage this deployment uses and remember the app."""
    _state["app"] = app
    for queue in QUEUES.values():
        queue.immediate = False
        if settings.jobs_mode == "immediate":
            queue.immediate = True
        elif settings.redis_url:
            queue.storage = RedisStorage(name=queue.name, url=settings.redis_url)
        else:
            settings.instance_dir.mkdir(parents=True, exist_ok=True)
            path = str(settings.instance_dir / "jobs.sqlite3")
            queue.storage = SqliteStorage(name=queue.name, filename=path, timeout=30)


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


@triage_queue.task(retries=5, retry_delay=5)
def triage_job(message_ids: list[int]) -> int:
    """Triage the given messages (those still pending)."""
    from inbox.services.intake.triage import triage_messages

    with job_context():
        return triage_messages(message_ids)


POLL_LOCK_SECONDS = 120  # a poll killed mid-way blocks its account no longer than this (polls are idempotent)


@ingest_queue.task()
def poll_job(account_id: int) -> None:
    """Poll one channel account, unless another poll of it is running."""
    from inbox.services.intake.polling import poll_account

    try:
        with expiring_lock(ingest_queue, f"poll-{account_id}", ttl=POLL_LOCK_SECONDS), job_context():
            poll_account(account_id)
    except TaskLockedException:
        log.info("poll of account %s already running; skipped", account_id)


@send_queue.task()
def deliver_reply_job(reply_id: int) -> None:
    """Send one queued reply through its channel."""
    from inbox.services.replies.outgoing import deliver_reply

    try:
        with expiring_lock(send_queue, f"reply-{reply_id}", ttl=300), job_context():
            deliver_reply(reply_id)
    except TaskLockedException:
        log.info("reply %s is being sent by another worker; skipped", reply_id)


@send_queue.task()
def send_digest_job(delivery_id: int) -> None:
    """Send one weekly digest e-mail (the row is claimed first, so a duplicate job sends nothing)."""
    from inbox.digest.delivery import deliver_digest

    with job_context():
        deliver_digest(delivery_id)


@send_queue.task(retries=3, retry_delay=60)
def account_mail_job(kind: str, key: int | str) -> None:
    """Mail an invitation (``key``: its id) or a password-reset link (``key``: the address); sent once."""
    from inbox.services.access.invitations import mail_invitation
    from inbox.services.access.password_changes import mail_password_reset

    with job_context():
        if kind == "invitation":
            mail_invitation(int(key))
        elif kind == "password_reset":
            mail_password_reset(str(key))


@ingest_queue.task()
def housekeeping_job() -> None:
    """Upkeep that is due: each office's retention run (once per office-local day), expired sign-ins."""
    from inbox.services.access.user_sessions import purge_expired_sessions
    from inbox.services.privacy.retention import run_due_retention

    try:
        with expiring_lock(ingest_queue, "housekeeping", ttl=3600), job_context():
            for office_id, counts in run_due_retention().items():
                log.info("retention of office %s: %s", office_id, counts)
            purge_expired_sessions()
    except TaskLockedException:
        log.info("housekeeping already running; skipped")


@triage_queue.task()
def nightly_learning_job(office_id: int) -> None:
    """Retrain one office's topic and sentiment heads from its new corrections (claimed by the tick)."""
    from inbox.services.learning.retrain import learn_overnight

    try:
        with expiring_lock(triage_queue, f"learn-{office_id}", ttl=3600), job_context():
            for report in learn_overnight(office_id):
                log.info("nightly learning of office %s: %s", office_id, report.describe())
    except TaskLockedException:
        log.info("nightly learning of office %s already running; skipped", office_id)


TOPICS_LOCK_SECONDS = 1800  # a retraining killed mid-way blocks the office's next one no longer than this


@triage_queue.task(retries=20, retry_delay=30)
def retrain_topics_job(office_id: int) -> None:
    """Retrain the office's topic head after its admin added a topic (queued by ``add_topic``).

    One at a time per office: a job that finds another running is retried later (it then
    trains on every topic added meanwhile). Running it twice stores the same head again.
    """
    from inbox.services.learning.retrain import retrain_topic_head

    with expiring_lock(triage_queue, f"topics-{office_id}", ttl=TOPICS_LOCK_SECONDS), job_context():
        retrain_topic_head(office_id)


HOUSEKEEPING_EVERY_SECONDS = 300.0
_housekeeping = {"last": float("-inf")}


def enqueue_housekeeping_when_due(now: float | None = None) -> bool:
    """Queue :func:`housekeeping_job` at most every few minutes (its work runs once a day)."""
    now = time.monotonic() if now is None else now
    if now - _housekeeping["last"] < HOUSEKEEPING_EVERY_SECONDS:
        return False
    _housekeeping["last"] = now
    housekeeping_job()
    return True


def enqueue_triage(message_ids: list[int], batch_size: int = 64) -> None:
    """Queue triage of new messages in batches."""
    for start in range(0, len(message_ids), batch_size):
        triage_job(message_ids[start : start + batch_size])


def tick() -> None:
    """One round of scheduled work: due polls, forgotten triage, replies due a retry, snoozes, digests,
    and now and then the daily housekeeping (retention) and the nightly learning from corrections."""
    from inbox.services.conversations.status import wake_snoozed_conversations
    from inbox.services.intake.polling import claim_due_accounts
    from inbox.services.intake.triage import claim_stale_triage
    from inbox.services.learning.retrain import claim_nightly_learning
    from inbox.services.replies.outgoing import claim_due_replies, flag_uncertain_deliveries

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
        enqueue_housekeeping_when_due()
        for office_id in claim_nightly_learning():
            nightly_learning_job(office_id)


class Ticker:
    """Runs :func:`tick` every ``interval`` seconds in a thread until stopped."""

    def __init__(self, interval: float = 1.0, action: Callable[[], None] = tick) -> None:
        self.interval = interval
        self.action = action
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="dialoog-ticker", daemon=True)

    def _run(self, after_first_round: Callable[[], None] | None = None) -> None:
        while not self._stop.is_set():
            try:
                self.action()
            except Exception:
                log.exception("scheduled round failed")
            if after_first_round is not None:
                after_first_round()
                after_first_round = None
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
        """Tick in the calling thread until Ctrl-C or SIGTERM (the ``scheduler`` command).

        After the first round it marks itself ready for a supervisor (``DIALOOG_READY_FILE``).
        """
        import signal

        from inbox.deploy.readiness import mark_ready

        if threading.current_thread() is threading.main_thread():
            signal.signal(signal.SIGTERM, lambda _signum, _frame: self._stop.set())
        try:
            self._run(after_first_round=mark_ready)
        except KeyboardInterrupt:
            self._stop.set()
        log.info("scheduler stopped")


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


class EmbeddedConsumers:
    """One embedded consumer per queue (ingest, triage, send), stopped together."""

    def __init__(self, workers: int, queues: dict[str, Huey] | None = None) -> None:
        self.consumers = {
            name: EmbeddedConsumer(
                queue,
                workers=workers,
                worker_type="thread",
                periodic=False,
                check_worker_health=False,
                initial_delay=0.05,
                backoff=1.5,
                max_delay=0.5,
            )
            for name, queue in (queues or QUEUES).items()
        }
        self._started: list[str] = []

    def start(self, names: list[str] | None = None) -> EmbeddedConsumers:
        """Start the worker threads of the queues ``names`` (default: every queue)."""
        for name in list(self.consumers) if names is None else names:
            if name not in self._started:
                self.consumers[name].start()
                self._started.append(name)
        return self

    def shutdown(self) -> None:
        """Stop all started worker threads, letting running jobs finish."""
        started = [self.consumers[name] for name in self._started]
        for consumer in started:
            consumer.stop_flag.set()
        for consumer in started:
            consumer.shutdown()
        self._started = []


def start_embedded_jobs(workers: int, tick_seconds: float = 1.0) -> tuple[EmbeddedConsumers, Ticker]:
    """Start ``workers`` consumer threads per queue and the ticker in this process (embedded mode)."""
    consumers = EmbeddedConsumers(workers).start()
    ticker = Ticker(interval=tick_seconds).start()
    return consumers, ticker
