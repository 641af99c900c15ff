"""Benchmark: compute and render one office's weekly digest over a large message table.

Generates ``--messages`` messages (default 1,000,000; about three in four from voters, the
rest the office's replies) for one office over ``--weeks`` weeks, with triage tags, on SQLite
and on PostgreSQL (bulk inserts), then times computing and rendering the digest of the last
complete week and reports the peak Python memory of doing it (tracemalloc). Target: < 5 s.

    python bench/digest_speed.py --messages 1000000
    python bench/digest_speed.py --messages 100000 --backends sqlite
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
import tracemalloc
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from tqdm import tqdm

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from inbox import create_app
from inbox.digest.compute import compute_digest
from inbox.digest.periods import week_containing
from inbox.digest.render import build_email, render_digest
from inbox.models import (
    ChannelAccount,
    ChannelKind,
    Contact,
    Conversation,
    ConversationStatus,
    Direction,
    Message,
    TriageResult,
    TriageState,
    db,
)
from inbox.services.access.users import create_office

TOPICS = ["mobility", "housing", "climate", "health", "education", "economy", "safety", "culture"]
SENTIMENTS = ["negative", "neutral", "positive"]
TEXTS = [
    "De buslijn 58 in Ninove mag niet verdwijnen, veel ouderen hebben ze nodig.",
    "Pourquoi les loyers à Bruxelles augmentent-ils autant cette année ?",
    "When will the cycle lane on the N8 finally be made safe for children?",
    "Wann wird die Buslinie nach St. Vith wieder eingesetzt?",
    "Het ziekenhuis in onze regio sluit de spoeddienst 's nachts, dat kan toch niet.",
]
BATCH = 20_000


def _insert(table: sa.Table, rows: list[dict[str, Any]]) -> None:
    db.session.execute(sa.insert(table), rows)


def generate(office_id: int, total: int, weeks: int, end: datetime, seed: int = 7) -> None:
    """Bulk-insert voters, conversations, messages and triage results for one office."""
    rng = random.Random(seed)
    accounts = []
    for kind in (ChannelKind.X, ChannelKind.EMAIL, ChannelKind.MASTODON):
        account = ChannelAccount(office_id=office_id, kind=kind, handle=f"bench-{kind.value}", credentials={})
        db.session.add(account)
        accounts.append(account)
    db.session.commit()
    voters = max(10, total // 6)
    start = end - timedelta(weeks=weeks)
    span = (end - start).total_seconds()
    now = datetime.now(UTC)
    with tqdm(total=voters, desc="voters", unit="row") as bar:
        for first in range(0, voters, BATCH):
            count = min(BATCH, voters - first)
            _insert(
                Contact.__table__,
                [
                    {
                        "office_id": office_id,
                        "display_name": f"Voter{first + i} Bench",
                        "created_at": now,
                        "last_contact_at": now,
                    }
                    for i in range(count)
                ],
            )
            bar.update(count)
    db.session.commit()
    contact_ids = list(db.session.execute(sa.select(Contact.id).where(Contact.office_id == office_id)).scalars())
    with tqdm(total=len(contact_ids), desc="conversations", unit="row") as bar:
        for first in range(0, len(contact_ids), BATCH):
            chunk = contact_ids[first : first + BATCH]
            _insert(
                Conversation.__table__,
                [
                    {
                        "office_id": office_id,
                        "channel_account_id": accounts[cid % len(accounts)].id,
                        "contact_id": cid,
                        "thread_key": f"bench-{cid}",
                        "status": ConversationStatus.CLOSED if rng.random() < 0.9 else ConversationStatus.OPEN,
                        "priority": 0,
                        "last_activity_at": now,
                        "created_at": now,
                    }
                    for cid in chunk
                ],
            )
            bar.update(len(chunk))
    db.session.commit()
    conversations = db.session.execute(
        sa.select(Conversation.id, Conversation.channel_account_id).where(Conversation.office_id == office_id)
    ).all()
    first_id = (db.session.execute(sa.select(sa.func.max(Message.id))).scalar() or 0) + 1
    with tqdm(total=total, desc="messages", unit="msg") as bar:
        for first in range(0, total, BATCH):
            count = min(BATCH, total - first)
            messages, results = [], []
            for offset in range(count):
                number = first + offset
                conversation_id, account_id = conversations[rng.randrange(len(conversations))]
                sent = start + timedelta(seconds=rng.uniform(0, span))
                inbound = rng.random() < 0.75
                messages.append(
                    {
                        "id": first_id + number,
                        "office_id": office_id,
                        "conversation_id": conversation_id,
                        "channel_account_id": account_id,
                        "direction": Direction.INBOUND if inbound else Direction.OUTBOUND,
                        "external_id": f"bench-{number}",
                        "text": rng.choice(TEXTS),
                        "raw": {},
                        "sent_at": sent,
                        "received_at": sent,
                        "triage_state": TriageState.DONE if inbound else TriageState.SKIPPED,
                        "triage_attempts": 0,
                        "triage_error": "",
                    }
                )
                if inbound:
                    topic = rng.choice(TOPICS)
                    results.append(
                        {
                            "message_id": first_id + number,
                            "language": "nl",
                            "topic": topic,
                            "topics": [{"code": topic, "score": round(rng.random(), 3)}],
                            "sentiment": rng.choice(SENTIMENTS),
                            "toxic": False,
                            "truncated": False,
                            "corrected": [],
                            "tags": {},
                            "model_version": "bench",
                            "versions": {},
                            "created_at": now,
                            "updated_at": now,
                        }
                    )
            _insert(Message.__table__, messages)
            _insert(TriageResult.__table__, results)
            db.session.commit()
            bar.update(count)
    if db.engine.dialect.name == "postgresql":
        db.session.execute(sa.text(f"SELECT setval('message_id_seq', {first_id + total})"))
        db.session.commit()
        db.session.execute(sa.text("ANALYZE"))
    else:
        db.session.execute(sa.text("ANALYZE"))
    db.session.commit()


def measure(office_id: int) -> tuple[float, float, int]:
    """Seconds to compute + render the last complete week, peak traced MiB, and the voters it counted."""
    week = week_containing(datetime.now(UTC), "Europe/Brussels").shifted(-1)
    started = time.perf_counter()
    digest = compute_digest(office_id, week, "nl", "http://127.0.0.1:5000")
    bytes(build_email(render_digest(digest), "bench@dialoog.test", "politician@dialoog.test", "nl"))
    seconds = time.perf_counter() - started
    db.session.expire_all()
    tracemalloc.start()
    digest = compute_digest(office_id, week, "nl", "http://127.0.0.1:5000")
    render_digest(digest)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return seconds, peak / 2**20, digest.voters


def run(
    label: str, database_url: str | None, total: int, weeks: int, profile: bool = False
) -> tuple[float, float, int, float]:
    """Fill a database (unless it holds the bench office already) and measure; (seconds, MiB, voters, fill s)."""
    from flask_migrate import upgrade

    from inbox.services.access.users import find_office

    with tempfile.TemporaryDirectory() as folder:
        config: dict[str, str] = {"DIALOOG_INSTANCE_DIR": folder, "DIALOOG_JOBS": "immediate", "LOG_LEVEL": "WARNING"}
        if database_url:
            config["DATABASE_URL"] = database_url
        app = create_app(config)
        with app.app_context():
            upgrade()
            name = f"Bench office ({label})"
            office = find_office(name)
            fill = 0.0
            if office is None:
                office = create_office(name)
                end = week_containing(datetime.now(UTC), "Europe/Brussels").start_utc
                filled = time.perf_counter()
                generate(office.id, total, weeks, end)
                fill = time.perf_counter() - filled
            if profile:
                import cProfile
                import pstats

                profiler = cProfile.Profile()
                profiler.runcall(measure, office.id)
                pstats.Stats(profiler).sort_stats("cumulative").print_stats(25)
            seconds, peak, voters = measure(office.id)
            db.session.remove()
            db.engine.dispose()
    return seconds, peak, voters, fill


def postgres_database(admin_url: str) -> tuple[str, sa.Engine, str]:
    """A fresh, empty PostgreSQL database: (url, admin engine, name)."""
    name = f"dialoog_bench_{uuid.uuid4().hex[:8]}"
    admin = sa.create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(sa.text(f'CREATE DATABASE "{name}"'))
    return admin_url.rsplit("/", 1)[0] + f"/{name}", admin, name


def kept_postgres_database(admin_url: str, name: str) -> str:
    """The URL of database ``name`` next to ``admin_url``, created when missing and never dropped."""
    admin = sa.create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        exists = connection.execute(sa.text("SELECT 1 FROM pg_database WHERE datname = :name"), {"name": name}).first()
        if not exists:
            connection.execute(sa.text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return admin_url.rsplit("/", 1)[0] + f"/{name}"


def main(argv: list[str] | None = None) -> None:
    """Parse arguments, run each backend, print a table."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--messages", type=int, default=1_000_000, help="messages per backend (default 1,000,000)")
    parser.add_argument("--weeks", type=int, default=52, help="weeks the messages spread over (default 52)")
    parser.add_argument("--backends", default="sqlite,postgresql", help="comma-separated: sqlite,postgresql")
    parser.add_argument(
        "--postgres-url",
        default="postgresql+psycopg://postgres@127.0.0.1:5432/test",
        help="an existing database to connect to for creating the scratch database",
    )
    parser.add_argument("--sqlite-file", help="keep the SQLite database in this file and reuse it when filled")
    parser.add_argument("--postgres-database", help="keep the PostgreSQL database of this name and reuse it")
    parser.add_argument("--profile", action="store_true", help="print where the time goes (cProfile)")
    args = parser.parse_args(argv)
    results = []
    for backend in [name.strip() for name in args.backends.split(",") if name.strip()]:
        if backend == "sqlite":
            url = f"sqlite:///{Path(args.sqlite_file).resolve()}" if args.sqlite_file else None
            results.append(("SQLite", *run("sqlite", url, args.messages, args.weeks, args.profile)))
        elif backend == "postgresql" and args.postgres_database:
            url = kept_postgres_database(args.postgres_url, args.postgres_database)
            results.append(("PostgreSQL", *run("postgresql", url, args.messages, args.weeks, args.profile)))
        elif backend == "postgresql":
            url, admin, name = postgres_database(args.postgres_url)
            try:
                results.append(("PostgreSQL", *run("postgresql", url, args.messages, args.weeks, args.profile)))
            finally:
                with admin.connect() as connection:
                    connection.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
                admin.dispose()
        else:
            parser.error(f"unknown backend {backend!r}: use sqlite and/or postgresql")
    print(f"\n{args.messages:,} messages over {args.weeks} weeks, one office; digest of the last complete week")
    print(f"{'backend':<12} {'compute+render':>15} {'peak memory':>12} {'voters':>8} {'fill':>9}")
    for label, seconds, peak, voters, fill in results:
        verdict = "ok" if seconds < 5 else "over the 5 s target"
        print(f"{label:<12} {seconds:>13.2f} s {peak:>9.1f} MiB {voters:>8} {fill:>7.0f} s  {verdict}")


if __name__ == "__main__":
    main()
