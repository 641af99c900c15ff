"""Benchmark: how fast the queue's first page and full-text search answer on a big office.

Loads one office with 200,000 conversations and about 1,000,000 messages (with triage
results and the search index) into PostgreSQL and/or SQLite, then times the first page of
the queue unfiltered and with typical filters, and full-text searches: in-process
(``queue_page``, the service the endpoint calls) and over HTTP (``GET /api/queue`` through
the Flask test client, logged in). Prints p50 and p95 server times in milliseconds as a
Markdown table. Targets: queue page < 50 ms, search < 200 ms.

    python bench/queue_speed.py                      # both databases, full size
    python bench/queue_speed.py --database sqlite --conversations 20000 --messages 100000
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path

import click
import sqlalchemy as sa

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.queue_data import Dataset, existing, load
from inbox import create_app
from inbox.models import db
from inbox.services.conversations.queue import queue_page
from inbox.services.conversations.queue_filters import parse_queue_filters

TARGET_QUEUE_MS = 50
TARGET_SEARCH_MS = 200


def scenarios(data: Dataset) -> list[tuple[str, dict[str, str], bool]]:
    """(label, query string, is it a search) for each measurement."""
    return [
        ("queue, unfiltered (open+pending)", {}, False),
        ("queue, assignee=mine", {"assignee": "mine"}, False),
        ("queue, unassigned + needs_reply", {"assignee": "unassigned", "needs_reply": "true"}, False),
        ("queue, topic=housing", {"topic": "housing"}, False),
        ("queue, language=fr + sentiment=negative", {"language": "fr", "sentiment": "negative"}, False),
        ("queue, toxic=true", {"toxic": "true"}, False),
        ("queue, campaign", {"campaign": str(data.campaign_id)}, False),
        ("queue, channel=email, all statuses", {"channel": "email", "status": "open,pending,snoozed,closed"}, False),
        ("search 'fietspad' (nl stem)", {"q": "fietspad"}, True),
        ("search 'impôts' (fr stem)", {"q": "impôts"}, True),
        ("search 'Steuer' all statuses", {"q": "Steuer", "status": "open,pending,snoozed,closed"}, True),
        ("search voter name 'dubois'", {"q": "dubois"}, True),
        ("search 'trein vertraging' + topic", {"q": "trein vertraging", "topic": "mobility"}, True),
    ]


def percentiles(samples: list[float]) -> tuple[float, float]:
    """p50 and p95 in milliseconds."""
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return statistics.median(ordered) * 1000, p95 * 1000


def timed(action: Callable[[], object], runs: int) -> list[float]:
    """Durations of ``runs`` calls, after two warm-up calls."""
    for _ in range(2):
        action()
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        samples.append(time.perf_counter() - start)
    return samples


def measure(label: str, app: object, data: Dataset, runs: int) -> list[str]:
    """Markdown rows for every scenario on one database."""
    client = app.test_client()  # type: ignore[attr-defined]
    form = client.get("/login").get_data(as_text=True)
    token = re.search(r'name="csrf_token" value="([^"]+)"', form)
    client.post(
        "/login",
        data={
            "email": "bench0@example.test",
            "password": "bench-password-123",
            "csrf_token": token.group(1) if token else "",
        },
    )
    rows = []
    for name, args, is_search in scenarios(data):
        filters = parse_queue_filters(args)

        def service(filters=filters) -> object:
            page = queue_page(data.office_id, data.user_id, filters)
            db.session.rollback()
            return page

        def http(args=args) -> object:
            response = client.get("/api/queue", query_string=args)
            assert response.status_code == 200, response.get_data(as_text=True)[:300]
            return response

        found = len(service().items)
        s50, s95 = percentiles(timed(service, runs))
        h50, h95 = percentiles(timed(http, runs))
        target = TARGET_SEARCH_MS if is_search else TARGET_QUEUE_MS
        verdict = "ok" if h95 < target else "SLOW"
        rows.append(
            f"| {label} | {name} | {found} | {s50:.1f} | {s95:.1f} | {h50:.1f} | {h95:.1f} | {target} {verdict} |"
        )
    return rows


def run(database: str, args: argparse.Namespace, workdir: Path) -> list[str]:
    """Create, load and measure one database; returns its table rows."""
    config = {"DIALOOG_INSTANCE_DIR": str(workdir / database), "DIALOOG_JOBS": "immediate", "TESTING": "1"}
    admin = None
    reuse = args.reuse_postgres if database == "postgresql" else args.reuse_sqlite
    if reuse and database == "postgresql":
        config["DATABASE_URL"] = args.postgres_url.rsplit("/", 1)[0] + f"/{reuse}"
    elif reuse:
        config["DIALOOG_INSTANCE_DIR"] = reuse
    elif database == "postgresql":
        name = f"dialoog_bench_{uuid.uuid4().hex[:8]}"
        click.echo(f"PostgreSQL scratch database: {name}", err=True)
        admin = sa.create_engine(args.postgres_url, isolation_level="AUTOCOMMIT")
        with admin.connect() as connection:
            connection.execute(sa.text(f'CREATE DATABASE "{name}"'))
        config["DATABASE_URL"] = args.postgres_url.rsplit("/", 1)[0] + f"/{name}"
    app = create_app(config)
    try:
        with app.app_context():
            from flask_migrate import upgrade

            if reuse:
                return measure(database, app, existing(), args.runs)
            upgrade()
            started = time.perf_counter()
            with click.progressbar(length=args.conversations, label=f"loading {database}", file=sys.stderr) as bar:
                data = load(args.conversations, args.messages, bar.update)
            click.echo(
                f"{database}: {data.conversations} conversations, {data.messages} messages loaded and indexed "
                f"in {time.perf_counter() - started:.0f} s",
                err=True,
            )
            return measure(database, app, data, args.runs)
    finally:
        with app.app_context():
            db.session.remove()
            db.engine.dispose()
        if admin is not None and not args.keep:
            with admin.connect() as connection:
                connection.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            admin.dispose()


def main(argv: list[str] | None = None) -> None:
    """Parse arguments, run the chosen databases and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database", choices=["sqlite", "postgresql", "both"], default="both")
    parser.add_argument("--conversations", type=int, default=200_000, help="conversations to generate")
    parser.add_argument("--messages", type=int, default=1_000_000, help="messages to generate (about)")
    parser.add_argument("--runs", type=int, default=40, help="timed runs per scenario and path")
    parser.add_argument(
        "--postgres-url",
        default="postgresql+psycopg://postgres@127.0.0.1:5432/test",
        help="an admin URL; a scratch database is created next to it and dropped afterwards",
    )
    parser.add_argument(
        "--live-clients",
        type=int,
        default=0,
        help="also time stored message -> Socket.IO event at this many clients (e.g. 50; 0 skips)",
    )
    parser.add_argument("--live-messages", type=int, default=40, help="messages stored for the live part")
    parser.add_argument("--reuse-sqlite", metavar="DIR", help="measure the SQLite instance folder a --keep run left")
    parser.add_argument("--reuse-postgres", metavar="NAME", help="measure the PostgreSQL database a --keep run left")
    parser.add_argument("--skip-queue", action="store_true", help="only run the live part")
    parser.add_argument("--keep", action="store_true", help="keep the PostgreSQL database and the SQLite file")
    args = parser.parse_args(argv)
    if args.conversations < 1 or args.messages < args.conversations:
        parser.error("--conversations must be at least 1 and --messages at least --conversations")
    databases = ["sqlite", "postgresql"] if args.database == "both" else [args.database]
    rows = []
    with tempfile.TemporaryDirectory(prefix="dialoog-queue-bench-") as scratch:
        workdir = tempfile.mkdtemp(prefix="dialoog-queue-bench-kept-") if args.keep else scratch
        for database in [] if args.skip_queue else databases:
            try:
                rows += run(database, args, Path(workdir))
            except sa.exc.OperationalError as error:
                sys.exit(
                    f"{database} is not reachable ({error.__class__.__name__}); is it running? {args.postgres_url}"
                )
        if args.live_clients > 0:
            from bench.queue_live import measure_live

            live = measure_live(Path(scratch), args.live_clients, args.live_messages)
    if args.keep:
        click.echo(f"kept the SQLite file under {workdir} and the PostgreSQL database named above", err=True)
    load = os.getloadavg()
    print(f"Machine load average at the end: {load[0]:.1f} (1 min), {load[1]:.1f} (5 min) on {os.cpu_count()} CPUs.")
    print()
    print("| database | scenario | rows | service p50 ms | service p95 ms | HTTP p50 ms | HTTP p95 ms | target ms |")
    print("| --- | --- | ---: | ---: | ---: | ---: | ---: | --- |")
    print("\n".join(rows))
    if args.live_clients > 0:
        print()
        print(live)


if __name__ == "__main__":
    main()
