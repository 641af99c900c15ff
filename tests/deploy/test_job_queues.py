"""Jobs go to three queues (ingest, triage, send), and job locks expire after a killed worker."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from huey.exceptions import TaskLockedException

from inbox.jobs.locks import expiring_lock
from inbox.jobs.queues import QUEUES, ingest_queue
from inbox.jobs.tasks import deliver_reply_job, poll_job, send_digest_job, triage_job
from tests.conftest import make_app


@pytest.fixture(params=["sqlite", "redis"])
def queued_app(request: pytest.FixtureRequest, tmp_path: Path):  # type: ignore[no-untyped-def]
    """An app whose jobs are queued (not run): in the SQLite file, or in Redis."""
    if request.param == "redis":
        return make_app(tmp_path, REDIS_URL=request.getfixturevalue("redis_url"), DIALOOG_JOBS="workers")
    return make_app(tmp_path, DIALOOG_JOBS="embedded")


def test_each_kind_of_job_waits_in_its_own_queue(queued_app) -> None:  # type: ignore[no-untyped-def]
    for queue in QUEUES.values():
        queue.flush()
    poll_job(1)
    triage_job([1, 2])
    triage_job([3])
    deliver_reply_job(5)
    send_digest_job(9)
    assert {name: queue.pending_count() for name, queue in QUEUES.items()} == {"ingest": 1, "triage": 2, "send": 2}
    for queue in QUEUES.values():
        queue.flush()


def test_a_lock_left_by_a_killed_worker_expires(queued_app) -> None:  # type: ignore[no-untyped-def]
    ingest_queue.flush()
    held = expiring_lock(ingest_queue, "poll-7", ttl=1)
    held.__enter__()  # the worker holding it is killed: it never leaves the block
    with pytest.raises(TaskLockedException), expiring_lock(ingest_queue, "poll-7"):
        pass
    time.sleep(1.2)
    # The next poll of the account runs, and holds the lock while it does.
    lock = "poll-7"
    with expiring_lock(ingest_queue, lock), pytest.raises(TaskLockedException), expiring_lock(ingest_queue, lock):
        pass
    with expiring_lock(ingest_queue, "poll-7"):  # and released its lock
        pass
