"""The live part of the queue benchmark in the scale-out mode (``bench/queue_live.py --mode scaleout``).

Processes, as in a scale-out deployment on one host:

* Redis: a private ``redis-server`` on a free port (or ``--redis-url``), the Socket.IO
  message queue and the job queues;
* PostgreSQL: a scratch database, migrated, dropped at the end;
* the web process: ``gunicorn -w 1 --threads 100 wsgi:app`` (Flask-SocketIO's threading
  mode with simple-websocket), which the ``clients`` Socket.IO clients connect to;
* the publisher: a separate Python process (``python bench/queue_live_scaleout.py
  publish``) that stores each message through ``store_incoming`` and so publishes its
  ``message.created`` event through Redis, as an ingest job in a worker does;
* a triage worker (``python -m inbox worker --queue triage``) tagging the messages and
  publishing ``message.triaged``, as in production (``--no-worker`` leaves it out).

The publisher stores one message each time this process asks (a line on its stdin) and
answers on its stdout with the conversation id and the ``time.monotonic()`` at which the store began.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import socket
import subprocess
import sys
import time
import uuid
from collections import defaultdict
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path

import click
import requests
import sqlalchemy as sa

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.queue_live import connect_listeners, drive, live_message, live_office, report
from inbox import create_app
from inbox.config import PROJECT_DIR
from inbox.models import ChannelAccount, db
from inbox.services.intake.store import store_incoming


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _stop(process: subprocess.Popen) -> None:
    """Ask the process to stop (SIGTERM), kill it if it lingers."""
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@contextmanager
def _process(command: list[str], env: dict[str, str], log: Path, *, pipe: bool = False) -> Iterator[subprocess.Popen]:
    """A child process logging to ``log``; with ``pipe`` we talk to it over its stdin and stdout."""
    with log.open("w") as output:
        streams = {"stdin": subprocess.PIPE, "stdout": subprocess.PIPE, "text": True} if pipe else {"stdout": output}
        process = subprocess.Popen(command, cwd=PROJECT_DIR, env=env, stderr=output, **streams)  # type: ignore[call-overload]
        try:
            yield process
        finally:
            if process.stdin:
                process.stdin.close()
            _stop(process)


@contextmanager
def private_redis(workdir: Path) -> Iterator[str]:
    """A redis-server of our own on a free loopback port, without persistence."""
    binary = shutil.which("redis-server")
    if binary is None:
        raise click.ClickException("redis-server is not installed; pass --redis-url redis://host:port/db instead")
    port = _free_port()
    command = [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"]
    with _process([*command, "--dir", str(workdir)], dict(os.environ), workdir / "redis.log"):
        import redis

        client = redis.Redis(port=port)
        deadline = time.monotonic() + 15
        while True:
            try:
                client.ping()
                break
            except redis.exceptions.ConnectionError:
                if time.monotonic() > deadline:
                    raise click.ClickException(f"redis-server did not start; see {workdir / 'redis.log'}") from None
                time.sleep(0.1)
        client.close()
        yield f"redis://127.0.0.1:{port}/0"


@contextmanager
def scratch_database(admin_url: str) -> Iterator[str]:
    """A fresh PostgreSQL database next to ``admin_url``, dropped afterwards."""
    name = f"dialoog_live_{uuid.uuid4().hex[:8]}"
    admin = sa.create_engine(admin_url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as connection:
            connection.execute(sa.text(f'CREATE DATABASE "{name}"'))
    except sa.exc.OperationalError as error:
        raise click.ClickException(f"PostgreSQL is not reachable at {admin_url} ({error.__class__.__name__})") from None
    try:
        yield admin_url.rsplit("/", 1)[0] + f"/{name}"
    finally:
        with admin.connect() as connection:
            connection.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def _wait_for_web(base_url: str, process: subprocess.Popen, log: Path) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise click.ClickException(f"gunicorn stopped (exit {process.returncode}); see {log}")
        try:
            if requests.get(f"{base_url}/login", timeout=10).ok:
                return
        except (requests.ConnectionError, requests.Timeout):
            pass
        time.sleep(0.2)
    raise click.ClickException(f"gunicorn did not answer within 60 s; see {log}")


def measure_scaleout(workdir: Path, args: argparse.Namespace) -> str:
    """Start Redis, PostgreSQL database, gunicorn, publisher (and worker); measure; stop them all."""
    from flask_migrate import upgrade

    logs = args.logs or workdir
    logs.mkdir(parents=True, exist_ok=True)
    with ExitStack() as stack:
        redis_url = args.redis_url or stack.enter_context(private_redis(workdir))
        database_url = stack.enter_context(scratch_database(args.postgres_url))
        settings = {
            "DATABASE_URL": database_url,
            "REDIS_URL": redis_url,
            "DIALOOG_INSTANCE_DIR": str(workdir / "instance"),
            "DIALOOG_JOBS": "workers",
        }
        app = create_app(settings)
        with app.app_context():
            upgrade()
            users, _ = live_office(args.clients)
            db.session.remove()
            db.engine.dispose()
        env = {**os.environ, **settings, "PYTHONPATH": str(PROJECT_DIR), "LOG_LEVEL": "WARNING"}
        port = _free_port()
        web_log = logs / "gunicorn.log"
        gunicorn = [sys.executable, "-m", "gunicorn", "-w", "1", "--threads", "100", "-b", f"127.0.0.1:{port}"]
        gunicorn.append("--no-control-socket")  # its default path is shared by every gunicorn of the user
        web = stack.enter_context(_process([*gunicorn, "wsgi:app"], env, web_log))
        base_url = f"http://127.0.0.1:{port}"
        _wait_for_web(base_url, web, web_log)
        if not args.no_worker:
            worker = [sys.executable, "-m", "inbox", "worker", "--queue", "triage"]
            stack.enter_context(_process(worker, env, logs / "worker.log"))
        publisher_log = logs / "publisher.log"
        publisher_command = [sys.executable, str(Path(__file__).resolve()), "publish"]
        publisher = stack.enter_context(_process(publisher_command, env, publisher_log, pipe=True))
        arrivals: dict[int, list[float]] = defaultdict(list)
        triaged: set[int] = set()
        listeners = connect_listeners(base_url, users, arrivals, triaged)

        def store_one(n: int) -> tuple[int, float]:
            assert publisher.stdin is not None and publisher.stdout is not None
            publisher.stdin.write(f"{n}\n")
            publisher.stdin.flush()
            line = publisher.stdout.readline()
            if not line:
                raise click.ClickException(f"the publisher stopped; see {publisher_log}")
            answer = json.loads(line)
            return answer["conversation"], answer["started"]

        try:
            latencies, slowest = drive(store_one, arrivals, args.clients, args.messages)
        finally:
            for listener in listeners:
                listener.client.disconnect()
    worker_note = "" if args.no_worker else f" + triage worker, which tagged {len(triaged)} of them meanwhile"
    label = f"scale-out (PostgreSQL, Redis, gunicorn -w 1 --threads 100, separate publisher{worker_note})"
    return report(label, args.clients, args.messages, latencies, slowest)


def publish_loop() -> None:
    """The publisher process: for each number n on stdin store message n, answer on stdout."""
    app = create_app()
    with app.app_context():
        account_id = db.session.execute(sa.select(ChannelAccount.id)).scalar_one()
        db.session.remove()
    for line in sys.stdin:
        with app.app_context():
            started = time.monotonic()
            conversation_id = next(iter(store_incoming(account_id, [live_message(int(line))]).conversation_ids))
            db.session.remove()
        print(json.dumps({"conversation": conversation_id, "started": started}), flush=True)


if __name__ == "__main__":
    if sys.argv[1:] == ["publish"]:
        publish_loop()
    else:
        sys.exit("usage: python bench/queue_live.py --mode scaleout (this file's `publish` is its helper process)")
