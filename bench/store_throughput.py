"""Benchmark: how many incoming messages per second the store service takes.

Stores batches of generated mentions (new voters, threads and replies mixed) through
``store_incoming`` — the same path polling uses, including the triage enqueue and the
live event — on SQLite and on PostgreSQL, and prints messages per second.

    python bench/store_throughput.py --messages 5000 --batch-size 100
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

import sqlalchemy as sa

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from inbox import create_app
from inbox.ingest.base import Author, IncomingMessage
from inbox.models import ChannelAccount, ChannelKind, db
from inbox.services.access.users import create_office
from inbox.services.intake.store import store_incoming

TEXTS = [
    "Wanneer komt er eindelijk een veilig fietspad langs de N8?",
    "Pourquoi les loyers à Bruxelles augmentent-ils autant ?",
    "When will the tax reform for self-employed people be voted?",
    "Wann wird die Buslinie nach St. Vith wieder eingesetzt?",
]


def generate(count: int, seed: int = 7) -> list[IncomingMessage]:
    """``count`` mentions from ~count/4 voters, a third of them replies in an existing thread."""
    rng = random.Random(seed)
    start = datetime.now(UTC) - timedelta(days=1)
    voters = max(1, count // 4)
    messages = []
    for i in range(count):
        voter = rng.randrange(voters)
        thread = rng.randrange(voters) if rng.random() < 0.33 else voter
        messages.append(
            IncomingMessage(
                external_id=str(10**15 + i),
                thread_key=f"x:{thread}:{voter}",
                author=Author(external_id=f"voter-{voter}", handle=f"voter{voter}", display_name=f"Voter {voter}"),
                text=rng.choice(TEXTS),
                sent_at=start + timedelta(seconds=i),
            )
        )
    return messages


def run(label: str, database_url: str | None, messages: list[IncomingMessage], batch_size: int) -> float:
    """Store ``messages`` in batches on one database; returns messages per second."""
    from flask_migrate import upgrade

    instance = tempfile.mkdtemp(prefix="dialoog-bench-")
    config = {"DIALOOG_INSTANCE_DIR": instance, "DIALOOG_JOBS": "embedded", "LOG_LEVEL": "WARNING"}
    if database_url:
        config["DATABASE_URL"] = database_url
    app = create_app(config)
    with app.app_context():
        upgrade()
        office = create_office("Bench office")
        account = ChannelAccount(
            office_id=office.id, kind=ChannelKind.X, handle="bench", external_id="1", credentials={}
        )
        db.session.add(account)
        db.session.commit()
        account_id = account.id
        started = time.perf_counter()
        for done in range(0, len(messages), batch_size):
            store_incoming(account_id, messages[done : done + batch_size])
            db.session.remove()
            print(f"\r{label}: {min(done + batch_size, len(messages))}/{len(messages)}", end="", file=sys.stderr)
        elapsed = time.perf_counter() - started
        print(file=sys.stderr)
        db.engine.dispose()
    return len(messages) / elapsed


def postgres_database(admin_url: str) -> tuple[str, sa.Engine, str]:
    """Create a scratch database; returns its URL, the admin engine and its name."""
    name = f"dialoog_bench_{uuid.uuid4().hex[:8]}"
    admin = sa.create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(sa.text(f'CREATE DATABASE "{name}"'))
    return admin_url.rsplit("/", 1)[0] + f"/{name}", admin, name


def main(argv: list[str] | None = None) -> None:
    """Parse arguments, run the benchmark on each backend and print a table."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--messages", type=int, default=5000, help="messages to store per backend (default 5000)")
    parser.add_argument("--batch-size", type=int, default=100, help="messages per store call (default 100)")
    parser.add_argument("--backends", default="sqlite,postgresql", help="comma-separated: sqlite,postgresql")
    parser.add_argument(
        "--postgres-url",
        default="postgresql+psycopg://postgres@127.0.0.1:5432/test",
        help="an existing database to create the scratch database from",
    )
    args = parser.parse_args(argv)
    messages = generate(args.messages)
    results = []
    for backend in args.backends.split(","):
        if backend == "sqlite":
            results.append(("SQLite (WAL)", run("sqlite", None, messages, args.batch_size)))
        elif backend == "postgresql":
            url, admin, name = postgres_database(args.postgres_url)
            try:
                results.append(("PostgreSQL", run("postgresql", url, messages, args.batch_size)))
            finally:
                with admin.connect() as connection:
                    connection.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        else:
            parser.error(f"unknown backend {backend!r}")
    print(f"\nstore_incoming, {args.messages} messages in batches of {args.batch_size}")
    print(f"{'backend':<14} {'messages/s':>10}")
    for label, rate in results:
        print(f"{label:<14} {rate:>10.0f}")


if __name__ == "__main__":
    main()
