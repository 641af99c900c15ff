"""Triage under load through the real worker path: how long a fresh mention waits to be tagged.

    python bench/triage_backlog.py [--rate 50 --seconds 60 --backlog 3000 --fresh-rate 5 --copies 0]

It creates a scratch PostgreSQL database, starts a redis-server of its own on a free port
and a triage worker process (``python -m inbox worker --queue triage --workers 2``, as the
production topology runs it, models loaded before it counts as ready), then stores voter
messages with ``store_incoming`` from this process, as the ingest worker and the webhooks do
(each store queues its triage job after commit):

- **steady**: ``--rate`` messages/s for ``--seconds``: 80 % as one poll's page per second,
  20 % one at a time (webhooks), spread over the second;
- **backlog**: ``--backlog`` mentions stored (100 per call) while the worker is stopped, so
  they all wait as after a viral post; once the worker is back (models loaded), fresh
  mentions one at a time at ``--fresh-rate``/s until the backlog is tagged.

Printed per phase: stored → tagged p50 / p95 / max (``message.received_at`` to
``triage_result.created_at``; in the backlog phase of the fresh mentions, and the time from
the backlog's first tag to its last), tags per second (messages / first stored to last
tagged), the rate at which they were actually stored (on a loaded machine this process may
not keep up with ``--rate``) and the worker's CPU.
Every text is distinct unless ``--copies`` (a share of messages repeating an earlier text
exactly, as campaign copies do). Run it from a checkout's root to measure that checkout's
code (``cd /tmp/wt-old && python /work/main/bench/triage_backlog.py`` measures the old one).
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import psutil
import sqlalchemy as sa

ROOT = Path.cwd() if (Path.cwd() / "inbox").is_dir() else Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from encoder_speed import make_messages  # noqa: E402

from inbox import create_app  # noqa: E402
from inbox.ingest.base import Author, IncomingMessage  # noqa: E402
from inbox.models import ChannelAccount, ChannelKind, Message, TriageResult, db  # noqa: E402
from inbox.services.access.users import create_office  # noqa: E402
from inbox.services.intake.store import store_incoming  # noqa: E402

ADMIN_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/test"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class Texts:
    """Distinct voter messages (nl/fr/en/de), or with ``copies`` a share repeating an earlier one."""

    def __init__(self, copies: float, seed: int = 3) -> None:
        self.pool = make_messages(20_000, seed=seed)
        self.copies = copies
        self.rng = random.Random(seed)
        self.sent: list[str] = []

    def next(self) -> str:
        if self.sent and self.rng.random() < self.copies:
            return self.rng.choice(self.sent[-500:])
        text = f"{self.pool[len(self.sent) % len(self.pool)]} [{len(self.sent)}]"
        self.sent.append(text)
        return text


class Bench:
    """The database, Redis, the worker process and the app this process stores with."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.work = Path(tempfile.mkdtemp(prefix="dialoog-triage-backlog-"))
        self.name = f"dialoog_backlog_{uuid.uuid4().hex[:8]}"
        self.admin = sa.create_engine(ADMIN_URL, isolation_level="AUTOCOMMIT")
        self.processes: list[subprocess.Popen] = []
        self.texts = Texts(args.copies)
        self.serial = 0

    def start(self) -> None:
        from flask_migrate import upgrade

        with self.admin.connect() as connection:
            connection.execute(sa.text(f'CREATE DATABASE "{self.name}"'))
        database_url = ADMIN_URL.rsplit("/", 1)[0] + f"/{self.name}"
        port = free_port()
        self.processes.append(
            subprocess.Popen(
                ["redis-server", "--port", str(port), "--save", "", "--appendonly", "no", "--dir", str(self.work)],
                stdout=subprocess.DEVNULL,
            )
        )
        redis_url = f"redis://127.0.0.1:{port}/0"
        config = {
            "DATABASE_URL": database_url,
            "REDIS_URL": redis_url,
            "DIALOOG_JOBS": "workers",
            "DIALOOG_INSTANCE_DIR": str(self.work / "instance"),
            "LOG_LEVEL": "WARNING",
        }
        time.sleep(0.5)
        self.app = create_app(config)
        with self.app.app_context():
            upgrade()
            office = create_office("Bench office")
            account = ChannelAccount(
                office_id=office.id, kind=ChannelKind.X, handle="b", external_id="1", credentials={}
            )
            db.session.add(account)
            db.session.commit()
            self.account_id = account.id
        self.config = config
        self.start_worker()

    def start_worker(self) -> None:
        """Start the triage worker process and wait until it has loaded its models."""
        ready = self.work / "worker.ready"
        ready.unlink(missing_ok=True)
        env = {**os.environ, **self.config, "DIALOOG_READY_FILE": str(ready), "PYTHONPATH": str(ROOT)}
        command = [sys.executable, "-m", "inbox", "worker", "--queue", "triage", "--workers", "2"]
        log = (self.work / "worker.log").open("a")
        self.worker = subprocess.Popen(command, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
        self.processes.append(self.worker)
        deadline = time.monotonic() + 600
        while not ready.exists():
            if self.worker.poll() is not None or time.monotonic() > deadline:
                raise SystemExit(f"the triage worker did not start; see {self.work / 'worker.log'}")
            time.sleep(0.2)
        self.cpu = psutil.Process(self.worker.pid)

    def stop_worker(self) -> None:
        """Stop the worker (SIGTERM: it finishes its batch), so that a backlog can pile up."""
        self.worker.terminate()
        self.worker.wait(timeout=120)
        self.processes.remove(self.worker)

    def stop(self) -> None:
        for process in reversed(self.processes):
            process.terminate()
            try:
                process.wait(timeout=40)
            except subprocess.TimeoutExpired:
                process.kill()
        with self.admin.connect() as connection:
            connection.execute(sa.text(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)'))
        shutil.rmtree(self.work, ignore_errors=True)

    def store(self, prefix: str, count: int) -> None:
        """Store ``count`` new mentions in one call, as one poll's page (or one webhook)."""
        batch = []
        for _ in range(count):
            self.serial += 1
            batch.append(
                IncomingMessage(
                    external_id=f"{prefix}-{self.serial}",
                    thread_key=f"t{self.serial}",
                    author=Author(external_id=f"v{self.serial % 997}", handle=f"v{self.serial % 997}"),
                    text=self.texts.next(),
                    sent_at=datetime.now(UTC) - timedelta(seconds=1),
                )
            )
        with self.app.app_context():
            store_incoming(self.account_id, batch)
            db.session.remove()

    def waiting(self, prefix: str) -> int:
        with self.app.app_context():
            count = db.session.execute(
                sa.select(sa.func.count())
                .select_from(Message)
                .where(Message.external_id.like(f"{prefix}-%"), Message.triage_state == "pending")
            ).scalar_one()
            db.session.remove()
            return int(count)

    def latencies(self, prefix: str) -> list[tuple[datetime, datetime]]:
        with self.app.app_context():
            rows = db.session.execute(
                sa.select(Message.received_at, TriageResult.created_at)
                .join(TriageResult, TriageResult.message_id == Message.id)
                .where(Message.external_id.like(f"{prefix}-%"))
            ).all()
            db.session.remove()
            return [(stored, tagged) for stored, tagged in rows]

    def wait_tagged(self, prefixes: list[str], timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while any(self.waiting(prefix) for prefix in prefixes):
            if time.monotonic() > deadline:
                print(f"gave up waiting after {timeout:.0f} s", file=sys.stderr)
                return
            time.sleep(0.5)


def paced(schedule: list[tuple[float, str, int]], bench: Bench, until: Any = None) -> None:
    """Store per ``schedule`` (seconds from now, prefix, count); stops early when ``until()`` is true."""
    started = time.monotonic()
    for offset, prefix, count in schedule:
        delay = started + offset - time.monotonic()
        if delay > 0:
            time.sleep(delay)
        if until is not None and until():
            return
        bench.store(prefix, count)


def summary(pairs: list[tuple[datetime, datetime]]) -> dict[str, float]:
    waits = sorted((tagged - stored).total_seconds() for stored, tagged in pairs)
    if not waits:
        return {"n": 0}
    span = (max(t for _, t in pairs) - min(s for s, _ in pairs)).total_seconds()
    storing = (max(s for s, _ in pairs) - min(s for s, _ in pairs)).total_seconds()
    return {
        "stored_per_s": len(waits) / storing if storing > 0 else float("nan"),
        "n": len(waits),
        "p50": waits[len(waits) // 2],
        "p95": waits[min(len(waits) - 1, int(len(waits) * 0.95))],
        "max": waits[-1],
        "per_s": len(waits) / span if span > 0 else float("nan"),
    }


def line(label: str, figures: dict[str, float]) -> str:
    if not figures.get("n"):
        return f"{label:<28} (none)"
    return (
        f"{label:<28} {figures['n']:>6} {figures['p50']:>8.2f} {figures['p95']:>8.2f} {figures['max']:>8.2f}"
        f" {figures['per_s']:>8.1f} {figures['stored_per_s']:>9.1f}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rate", type=float, default=50, help="steady phase: messages/s (default 50)")
    parser.add_argument("--seconds", type=float, default=60, help="steady phase length (default 60)")
    parser.add_argument("--backlog", type=int, default=3000, help="backlog phase: mentions at once (default 3000)")
    parser.add_argument("--fresh-rate", type=float, default=5, help="fresh mentions/s during the backlog (default 5)")
    parser.add_argument("--copies", type=float, default=0.0, help="share of messages copying an earlier text")
    parser.add_argument("--phases", default="steady,backlog", help="comma-separated: steady,backlog")
    args = parser.parse_args(argv)
    phases = [p.strip() for p in args.phases.split(",") if p.strip()]
    bench = Bench(args)
    results: list[tuple[str, dict[str, float]]] = []
    try:
        bench.start()
        print(f"code: {ROOT}; worker ready", file=sys.stderr)
        if "steady" in phases:
            schedule: list[tuple[float, str, int]] = []
            polled, singles = round(args.rate * 0.8), round(args.rate * 0.2)
            for second in range(int(args.seconds)):
                schedule.append((float(second), "steady", polled))
                schedule += [(second + (i + 0.5) / max(singles, 1), "steady", 1) for i in range(singles)]
            schedule.sort()
            cpu = bench.cpu.cpu_times()
            began = time.monotonic()
            paced(schedule, bench)
            bench.wait_tagged(["steady"], timeout=900)
            used = sum(bench.cpu.cpu_times()[:2]) - sum(cpu[:2])
            results.append((f"steady {args.rate:g}/s", summary(bench.latencies("steady"))))
            results.append((f"  worker CPU {used / (time.monotonic() - began) * 100:.0f} %", {}))
        if "backlog" in phases:
            bench.stop_worker()  # the backlog piles up (a burst stored faster than it is tagged)
            for start in range(0, args.backlog, 100):
                bench.store("backlog", min(100, args.backlog - start))
            bench.start_worker()
            cpu = bench.cpu.cpu_times()
            began = time.monotonic()
            fresh = [(i / args.fresh_rate, "fresh", 1) for i in range(int(args.fresh_rate * 1800))]
            paced(fresh, bench, until=lambda: bench.waiting("backlog") == 0)
            bench.wait_tagged(["backlog", "fresh"], timeout=900)
            used = sum(bench.cpu.cpu_times()[:2]) - sum(cpu[:2])
            backlog = bench.latencies("backlog")
            drained = (max(t for _, t in backlog) - min(t for _, t in backlog)).total_seconds()
            results.append((f"backlog of {args.backlog} (waits include storing and the worker's start)", {}))
            tags = len(backlog) + len(bench.latencies("fresh"))
            results.append((f"  drained in {drained:.0f} s: {tags / drained:.1f} tags/s (fresh included)", {}))
            results.append((f"fresh at {args.fresh_rate:g}/s meanwhile", summary(bench.latencies("fresh"))))
            results.append((f"  worker CPU {used / (time.monotonic() - began) * 100:.0f} %", {}))
    finally:
        bench.stop()
    print(f"\ntriage through the worker process (2 threads), PostgreSQL + Redis; code at {ROOT}")
    print(f"copies share {args.copies:g}; load average at the end {os.getloadavg()[0]:.1f} (a shared machine)")
    print(f"{'stored -> tagged, seconds':<28} {'n':>6} {'p50':>8} {'p95':>8} {'max':>8} {'tags/s':>8} {'stored/s':>9}")
    for label, figures in results:
        print(line(label, figures) if figures else label)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
