"""A triage worker killed mid-batch loses and duplicates nothing (PostgreSQL, Redis, worker processes).

The worker claims its batch with row locks and holds them while it encodes; ``kill -9`` then
drops its connection, PostgreSQL releases the rows, and the next worker tags them: every
message ends with exactly one triage result, one embedding and one triage attempt.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from inbox.config import PROJECT_DIR
from inbox.models import Message, MessageEmbedding, TriageResult, TriageState, db
from inbox.services.intake.store import store_incoming
from tests.conftest import make_app
from tests.factories import incoming, office_with_users, plain_account

MESSAGES = 300
SUBJECTS = (
    "Wanneer komt er een veilig fietspad langs de N8 in Ninove?",
    "Quand allez-vous rouvrir le bureau de poste de Jodoigne ?",
    "Why are the trains to Leuven late every single morning?",
    "Die Mieten in Eupen sind viel zu hoch, was tun Sie dagegen?",
)


@pytest.fixture
def workers(tmp_path: Path, postgres_database: str, redis_url: str) -> Iterator[dict]:
    """The app (queueing in Redis) and a way to start ``python -m inbox`` processes; all stopped after."""
    app = make_app(tmp_path, postgres_database, REDIS_URL=redis_url, DIALOOG_JOBS="workers")
    env = {
        **os.environ,
        "DATABASE_URL": postgres_database,
        "REDIS_URL": redis_url,
        "DIALOOG_INSTANCE_DIR": str(tmp_path / "instance"),
        "DIALOOG_TRIAGE_SWEEP_SECONDS": "1",
        "PYTHONPATH": str(PROJECT_DIR),
    }
    processes: list[subprocess.Popen] = []

    def start(*command: str) -> subprocess.Popen:
        log = (tmp_path / f"{command[0]}-{len(processes)}.log").open("w")
        process = subprocess.Popen(
            [sys.executable, "-m", "inbox", *command], cwd=PROJECT_DIR, env=env, stdout=log, stderr=subprocess.STDOUT
        )
        processes.append(process)
        return process

    yield {"app": app, "start": start}
    for process in processes:
        if process.poll() is None:
            process.send_signal(signal.SIGINT)
            try:
                process.wait(timeout=40)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def count(query) -> int:  # type: ignore[no-untyped-def]
    value = db.session.execute(query).scalar_one()
    db.session.commit()
    return int(value)


def batch_in_flight() -> bool:
    """A worker holds a claimed batch: its transaction is open while the encoder runs."""
    return bool(
        count(
            text(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
                " AND state = 'idle in transaction' AND pid <> pg_backend_pid()"
            )
        )
    )


def wait_until(condition, timeout: float, what: str) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail(f"waited {timeout:.0f} s for {what}")
        time.sleep(0.05)


def test_a_triage_worker_killed_mid_batch_loses_and_duplicates_nothing(workers) -> None:  # type: ignore[no-untyped-def]
    app = workers["app"]
    with app.app_context():
        account = plain_account(office_with_users().office.id)
        for start in range(0, MESSAGES, 50):
            store_incoming(
                account.id,
                [
                    incoming(f"k-{i}", text=f"{SUBJECTS[i % 4]} ({i})", author_id=f"v{i % 20}")
                    for i in range(start, start + 50)
                ],
            )
        done = Message.triage_state == TriageState.DONE
        tagged = select(func.count()).select_from(Message).where(done)

        first = workers["start"]("worker", "--queue", "triage", "--workers", "2")
        wait_until(lambda: count(tagged) > 0, 300, "the first worker to tag a batch")
        wait_until(batch_in_flight, 60, "the worker to hold its next batch")
        first.send_signal(signal.SIGKILL)  # mid-batch: its claimed rows are locked, its encoder running
        first.wait(timeout=10)
        at_kill = count(tagged)
        assert at_kill < MESSAGES, "the worker finished before it was killed: nothing was tested"

        workers["start"]("worker", "--queue", "triage", "--workers", "2")
        workers["start"]("scheduler")
        wait_until(lambda: count(tagged) == MESSAGES, 600, "every message to be tagged")

        messages = db.session.execute(select(Message)).scalars().all()
        assert len(messages) == MESSAGES
        assert {m.triage_attempts for m in messages} == {1}  # none tagged twice, the killed batch not counted
        assert count(select(func.count()).select_from(TriageResult)) == MESSAGES
        assert count(select(func.count(func.distinct(TriageResult.message_id)))) == MESSAGES
        assert count(select(func.count()).select_from(MessageEmbedding)) == MESSAGES
