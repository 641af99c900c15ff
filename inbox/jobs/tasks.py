"""The jobs: each takes ids, opens its own app context and is idempotent (safe to run twice)."""

from __future__ import annotations

import logging

from huey.exceptions import TaskLockedException

from inbox.digest.delivery import deliver_digest
from inbox.jobs.locks import expiring_lock
from inbox.jobs.queues import ingest_queue, job, job_context, send_queue, triage_queue
from inbox.services.access.invitations import mail_invitation
from inbox.services.access.password_changes import mail_password_reset
from inbox.services.access.user_sessions import purge_expired_sessions
from inbox.services.intake.polling import poll_account
from inbox.services.intake.triage_order import triage_waiting
from inbox.services.learning.retrain import learn_overnight, retrain_topic_head
from inbox.services.privacy.retention import run_due_retention
from inbox.services.replies.outgoing import deliver_reply

log = logging.getLogger(__name__)


@job(triage_queue, retries=5, retry_delay=5)
def triage_job(message_ids: list[int]) -> int:
    """Tag the waiting messages, most urgent first (``inbox.services.intake.triage_order``), then
    ``message_ids`` if their triage failed and is due a retry; a job that ran its time queues the next."""
    with job_context():
        tagged, more = triage_waiting(message_ids)
    if more:
        triage_job([])
    return tagged


POLL_LOCK_SECONDS = 120  # a poll killed mid-way blocks its account no longer than this (polls are idempotent)


@job(ingest_queue)
def poll_job(account_id: int) -> None:
    """Poll one channel account, unless another poll of it is running."""
    try:
        with expiring_lock(ingest_queue, f"poll-{account_id}", ttl=POLL_LOCK_SECONDS), job_context():
            poll_account(account_id)
    except TaskLockedException:
        log.info("poll of account %s already running; skipped", account_id)


@job(send_queue)
def deliver_reply_job(reply_id: int) -> None:
    """Send one queued reply through its channel."""
    try:
        with expiring_lock(send_queue, f"reply-{reply_id}", ttl=300), job_context():
            deliver_reply(reply_id)
    except TaskLockedException:
        log.info("reply %s is being sent by another worker; skipped", reply_id)


@job(send_queue)
def send_digest_job(delivery_id: int) -> None:
    """Send one weekly digest e-mail (the row is claimed first, so a duplicate job sends nothing)."""
    with job_context():
        deliver_digest(delivery_id)


@job(send_queue, retries=3, retry_delay=60)
def account_mail_job(kind: str, key: int | str) -> None:
    """Mail an invitation (``key``: its id) or a password-reset link (``key``: the address); sent once."""
    with job_context():
        if kind == "invitation":
            mail_invitation(int(key))
        elif kind == "password_reset":
            mail_password_reset(str(key))


@job(ingest_queue)
def housekeeping_job() -> None:
    """Upkeep that is due: each office's retention run (once per office-local day), expired sign-ins."""
    try:
        with expiring_lock(ingest_queue, "housekeeping", ttl=3600), job_context():
            for office_id, counts in run_due_retention().items():
                log.info("retention of office %s: %s", office_id, counts)
            purge_expired_sessions()
    except TaskLockedException:
        log.info("housekeeping already running; skipped")


@job(triage_queue)
def nightly_learning_job(office_id: int) -> None:
    """Retrain one office's topic and sentiment heads from its new corrections (claimed by the tick)."""
    try:
        with expiring_lock(triage_queue, f"learn-{office_id}", ttl=3600), job_context():
            for report in learn_overnight(office_id):
                log.info("nightly learning of office %s: %s", office_id, report.describe())
    except TaskLockedException:
        log.info("nightly learning of office %s already running; skipped", office_id)


TOPICS_LOCK_SECONDS = 1800  # a retraining killed mid-way blocks the office's next one no longer than this


@job(triage_queue, retries=20, retry_delay=30)
def retrain_topics_job(office_id: int) -> None:
    """Retrain the office's topic head after its admin added a topic (queued by ``add_topic``).

    One at a time per office: a job that finds another running is retried later (it then
    trains on every topic added meanwhile). Running it twice stores the same head again.
    """
    with expiring_lock(triage_queue, f"topics-{office_id}", ttl=TOPICS_LOCK_SECONDS), job_context():
        retrain_topic_head(office_id)
