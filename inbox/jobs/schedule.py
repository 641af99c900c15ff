"""The schedule: one tick enqueues due polls, forgotten triage, replies due a retry, digests,
the daily housekeeping and the nightly learning; a ticker runs it every second."""

from __future__ import annotations

import logging
import signal
import threading
import time
from collections.abc import Callable

from inbox.deploy.readiness import mark_ready
from inbox.digest.schedule import claim_due_digests
from inbox.jobs.queues import enqueue_triage, job_context
from inbox.jobs.tasks import deliver_reply_job, housekeeping_job, nightly_learning_job, poll_job, send_digest_job
from inbox.services.conversations.status import wake_snoozed_conversations
from inbox.services.intake.polling import claim_due_accounts
from inbox.services.intake.triage import claim_stale_triage
from inbox.services.learning.retrain import claim_nightly_learning
from inbox.services.replies.outgoing import claim_due_replies, flag_uncertain_deliveries

log = logging.getLogger(__name__)

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


def tick() -> None:
    """One round of scheduled work: due polls, forgotten triage, replies due a retry, snoozes, digests,
    and now and then the daily housekeeping (retention) and the nightly learning from corrections."""
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
        if threading.current_thread() is threading.main_thread():
            signal.signal(signal.SIGTERM, lambda _signum, _frame: self._stop.set())
        try:
            self._run(after_first_round=mark_ready)
        except KeyboardInterrupt:
            self._stop.set()
        log.info("scheduler stopped")
