"""Scale-out mode: PostgreSQL, Redis, separate worker and scheduler processes.

A mention is polled and triaged by a worker process, and the event it publishes reaches
a browser connected to the web process through the Redis message queue.
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
from sqlalchemy import select

from inbox.config import PROJECT_DIR
from inbox.ingest.base import Author, IncomingMessage
from inbox.jobs.queues import triage_queue
from inbox.models import Message, TriageState, db, utcnow
from inbox.sandbox.server import LoopbackServer
from inbox.services.intake.store import store_incoming
from tests.conftest import make_app
from tests.e2e.helpers import EventListener, login
from tests.factories import PASSWORD, office_with_users, x_account


def start_process(command: str, env: dict[str, str], log_path: Path) -> subprocess.Popen:
    """Start ``python -m inbox <command>`` as its own process, logging to a file."""
    log = log_path.open("w")
    return subprocess.Popen(
        [sys.executable, "-m", "inbox", command], cwd=PROJECT_DIR, env=env, stdout=log, stderr=subprocess.STDOUT
    )


def stop_process(process: subprocess.Popen) -> None:
    """Ctrl-C the process, then kill it if it lingers."""
    if process.poll() is None:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@pytest.fixture
def scaleout(tmp_path: Path, postgres_database: str, redis_url: str) -> Iterator[dict]:
    """The web app (in this process) and the environment for worker processes."""
    instance = tmp_path / "instance"
    app = make_app(tmp_path, postgres_database, REDIS_URL=redis_url, DIALOOG_JOBS="workers")
    env = {
        **os.environ,
        "DATABASE_URL": postgres_database,
        "REDIS_URL": redis_url,
        "DIALOOG_INSTANCE_DIR": str(instance),
        "DIALOOG_TRIAGE_SWEEP_SECONDS": "1",
        "PYTHONPATH": str(PROJECT_DIR),
    }
    processes: list[subprocess.Popen] = []
    with LoopbackServer(app) as server:
        yield {"app": app, "base_url": server.base_url, "env": env, "processes": processes, "logs": tmp_path}
    for process in processes:
        stop_process(process)


def test_an_event_from_a_worker_process_reaches_the_browser_via_redis(scaleout, x_sandbox) -> None:
    app, base_url, env = scaleout["app"], scaleout["base_url"], scaleout["env"]
    sandbox, sandbox_url = x_sandbox
    with app.app_context():
        setup = office_with_users()
        x_account(setup.office.id, sandbox, sandbox_url)
        email = setup.staff.email
        db.session.remove()
    listener = EventListener(base_url, login(base_url, email, PASSWORD))
    scaleout["processes"].append(start_process("worker", env, scaleout["logs"] / "worker.log"))
    scaleout["processes"].append(start_process("scheduler", env, scaleout["logs"] / "scheduler.log"))

    voter = sandbox.add_user("hans_k", "Hans Kessler")
    sandbox.post_tweet(voter["id"], "@PoliticianBE Wann kommt die neue Buslinie nach St. Vith?")

    _, triaged = listener.wait_for(lambda e, d: e == "message.triaged", timeout=30)
    [row] = triaged["conversations"]
    assert row["contact_name"] == "Hans Kessler"
    assert row["language"] == "de"
    listener.close()


def test_messages_whose_triage_job_was_lost_are_triaged_after_restart(scaleout) -> None:
    app, env = scaleout["app"], scaleout["env"]
    with app.app_context():
        setup = office_with_users()
        from tests.factories import plain_account

        account = plain_account(setup.office.id)
        batch = [
            IncomingMessage(
                external_id=f"lost-{i}",
                thread_key=f"t{i}",
                author=Author(external_id=f"v{i}"),
                text="Wat gebeurt er met de pensioenen van zelfstandigen?",
                sent_at=utcnow(),
            )
            for i in range(5)
        ]
        store_incoming(account.id, batch)
        triage_queue.flush()  # the worker died holding the batch: the queued triage job is gone
        db.session.remove()

    scaleout["processes"].append(start_process("worker", env, scaleout["logs"] / "worker.log"))
    scaleout["processes"].append(start_process("scheduler", env, scaleout["logs"] / "scheduler.log"))

    deadline = time.monotonic() + 30
    with app.app_context():
        while time.monotonic() < deadline:
            states = db.session.execute(select(Message.triage_state)).scalars().all()
            db.session.remove()
            if states and all(state == TriageState.DONE for state in states):
                break
            time.sleep(0.3)
        messages = db.session.execute(select(Message)).scalars().all()
        assert len(messages) == 5
        assert all(m.triage_state == TriageState.DONE and m.triage.language == "nl" for m in messages)
