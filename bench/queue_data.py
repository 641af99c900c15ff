"""Generate a big office for the queue benchmark and load it fast (COPY / executemany).

One office with ``conversations`` conversations and about ``messages`` messages (three in
four inbound, each with a triage result), voters with Belgian-sounding names, texts in
Dutch, French, English and German built from phrases, so search words have realistic
selectivity. Rows go straight into the tables (PostgreSQL ``COPY``, SQLite
``executemany`` in big transactions); the search index is then built the way
``python -m inbox search reindex`` builds it.
"""

from __future__ import annotations

import random
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import text

from inbox.models import Campaign, ChannelAccount, ChannelKind, Role, db
from inbox.services.access.users import create_office, create_user
from inbox.services.search.full_text import pg_document_sql
from inbox.services.search.words import index_terms, words

FIRST = "An Bart Céline Dirk Els Femke Geert Hanne Inès Jan Karim Lotte Marie Nadia Olivier Pieter Sofie Tom"
LAST = "Peeters Janssens Maes Jacobs Mertens Willems Claes Dubois Lambert Dupont Martin Renard Schmitz Kessler Wouters"
PHRASES = {
    "nl": [
        "de fietspaden in onze gemeente zijn gevaarlijk",
        "mijn trein had weer vertraging",
        "we vinden geen betaalbare woning",
        "de energiefactuur is verdubbeld",
        "wanneer komt er een oplossing",
        "de wachtlijsten in de zorg zijn te lang",
        "bedankt voor uw inzet",
        "de belastingen op arbeid zijn te hoog",
        "de bus rijdt nog maar één keer per uur",
        "onze school heeft geen plaats meer",
    ],
    "fr": [
        "les impôts sont beaucoup trop élevés",
        "le loyer de mon appartement a encore augmenté",
        "le train était en retard toute la semaine",
        "merci pour votre engagement",
        "que comptez-vous faire pour les pensions",
        "les hôpitaux manquent de personnel",
        "la piste cyclable est dangereuse",
        "nos écoles sont surpeuplées",
    ],
    "en": [
        "the new taxes on housing are unfair",
        "my train was late again",
        "thank you for your work",
        "when will the roads be repaired",
        "childcare is far too expensive",
    ],
    "de": [
        "die Steuern sind viel zu hoch",
        "der Bus nach Eupen fährt nicht mehr",
        "danke für Ihren Einsatz",
        "die Mieten steigen jedes Jahr",
    ],
}
LANGUAGE_WEIGHTS = {"nl": 0.5, "fr": 0.35, "en": 0.1, "de": 0.05}
TOPICS = ["mobility", "housing", "energy", "health", "taxes_budget", "education", "pensions", "other"]
SENTIMENTS = ["negative", "neutral", "positive"]
STATUSES = [("closed", 0.7), ("open", 0.18), ("pending", 0.06), ("snoozed", 0.06)]


@dataclass
class Dataset:
    """What the benchmark needs to know about the generated office."""

    office_id: int
    user_id: int
    campaign_id: int
    conversations: int
    messages: int


def _pick(rng: random.Random, weighted: list[tuple[str, float]]) -> str:
    return rng.choices([v for v, _ in weighted], [w for _, w in weighted])[0]


def _setup(conversations: int) -> tuple[int, list[int], dict[str, int], list[int]]:
    """Office, users, one account per channel kind and some campaigns (through the ORM)."""
    office = create_office("Bench office")
    users = [
        create_user(office.id, f"bench{n}@example.test", f"Bench User {n}", "bench-password-123", role).id
        for n, role in enumerate([Role.STAFF, Role.POLITICIAN, Role.STAFF, Role.ADMIN])
    ]
    accounts = {}
    for kind in ChannelKind:
        account = ChannelAccount(office_id=office.id, kind=kind, handle=f"bench_{kind.value}", credentials={})
        db.session.add(account)
        db.session.flush()
        accounts[kind.value] = account.id
    campaigns = []
    for n in range(max(1, conversations // 2000)):
        campaign = Campaign(office_id=office.id, label=f"campaign {n}", size=0, centroid=b"", fingerprints=b"")
        db.session.add(campaign)
        db.session.flush()
        campaigns.append(campaign.id)
    db.session.commit()
    return office.id, users, accounts, campaigns


def generate(
    conversations: int, messages: int, office_id: int, users: list[int], accounts: dict[str, int], campaigns: list[int]
) -> Iterator[dict[str, list[tuple[Any, ...]]]]:
    """Rows per table, in chunks of 5,000 conversations (ids are assigned here)."""
    rng = random.Random(42)
    first, last = FIRST.split(), LAST.split()
    now = datetime.now(UTC)
    per_conversation = messages / conversations
    message_id = 0
    kinds = list(accounts)
    for start in range(0, conversations, 5000):
        chunk: dict[str, list[tuple[Any, ...]]] = {"contact": [], "identity": [], "conversation": [], "message": []}
        chunk["triage"] = []
        for cid in range(start + 1, min(conversations, start + 5000) + 1):
            language = _pick(rng, list(LANGUAGE_WEIGHTS.items()))
            name = f"{rng.choice(first)} {rng.choice(last)} {cid}"
            kind = rng.choice(kinds)
            last_at = now - timedelta(seconds=rng.randrange(365 * 86400))
            status = _pick(rng, STATUSES)
            snoozed = last_at + timedelta(days=rng.choice([-1, 30])) if status == "snoozed" else None
            assignee = rng.choice([None, None, *users])
            chunk["contact"].append((cid, office_id, name, last_at, last_at))
            chunk["identity"].append((cid, office_id, cid, kind, f"voter-{cid}", f"voter{cid}", name, last_at))
            chunk["conversation"].append(
                (cid, office_id, accounts[kind], cid, f"t{cid}", "", status, snoozed, assignee, 0, last_at, last_at)
            )
            count = rng.randint(1, max(1, round(2 * per_conversation) - 1))  # mean: per_conversation
            for n in range(count):
                message_id += 1
                inbound = n == count - 1 or rng.random() < 0.7
                sent = last_at - timedelta(hours=(count - 1 - n) * 5)
                body = (". ".join(rng.sample(PHRASES[language], 2)) + ".").capitalize()
                chunk["message"].append(
                    (
                        message_id,
                        office_id,
                        cid,
                        accounts[kind],
                        "in" if inbound else "out",
                        f"m{message_id}",
                        cid if inbound else None,
                        None if inbound else users[0],
                        body,
                        sent,
                        sent,
                        "done" if inbound else "skipped",
                    )
                )
                if inbound:
                    campaign = rng.choice(campaigns) if rng.random() < 0.02 else None
                    chunk["triage"].append(
                        (
                            message_id,
                            message_id,
                            language,
                            rng.choice(TOPICS),
                            rng.choice(SENTIMENTS),
                            rng.random() < 0.02,
                            rng.random() < 0.45,
                            campaign,
                            sent,
                        )
                    )
        yield chunk


COLUMNS = {
    "contact": "id, office_id, display_name, created_at, last_contact_at",
    "identity": "id, office_id, contact_id, channel_kind, external_id, handle, display_name, created_at",
    "conversation": "id, office_id, channel_account_id, contact_id, thread_key, subject, status, snoozed_until, "
    "assignee_id, priority, last_activity_at, created_at",
    "message": "id, office_id, conversation_id, channel_account_id, direction, external_id, author_identity_id, "
    "author_user_id, text, sent_at, received_at, triage_state",
    "triage": "id, message_id, language, topic, sentiment, toxic, needs_reply, campaign_id, created_at",
}
TABLES = {"identity": "contact_identity", "triage": "triage_result"}


def _full_rows(key: str, rows: list[tuple[Any, ...]]) -> tuple[str, list[tuple[Any, ...]]]:
    """Column list and rows, with the columns that are the same for every row appended."""
    columns = COLUMNS[key]
    if key == "message":
        return columns + ", raw, triage_attempts, triage_error", [(*row, "{}", 0, "") for row in rows]
    if key == "triage":
        extra = ", topics, truncated, corrected, tags, model_version, versions, updated_at"
        return columns + extra, [(*row, "[]", False, "[]", "{}", "bench", "{}", row[-1]) for row in rows]
    return columns, rows


def existing() -> Dataset:
    """The dataset a previous run loaded (``--keep``), read back from the database."""
    office_id = db.session.execute(text("SELECT id FROM office WHERE name = 'Bench office'")).scalar_one()
    user_id = db.session.execute(text("SELECT id FROM user_account WHERE email = 'bench0@example.test'")).scalar_one()
    campaign_id = db.session.execute(text("SELECT min(id) FROM campaign")).scalar_one()
    conversations = db.session.execute(text("SELECT count(*) FROM conversation")).scalar_one()
    messages = db.session.execute(text("SELECT count(*) FROM message")).scalar_one()
    return Dataset(office_id, user_id, campaign_id, conversations, messages)


def load(conversations: int, messages: int, progress: Callable[[int], None]) -> Dataset:
    """Create the office and bulk-load everything; ``progress`` gets conversation counts."""
    office_id, users, accounts, campaigns = _setup(conversations)
    dialect = db.engine.dialect.name
    raw = db.engine.raw_connection()
    total = 0
    try:
        for chunk in generate(conversations, messages, office_id, users, accounts, campaigns):
            for key in ("contact", "identity", "conversation", "message", "triage"):
                columns, rows = _full_rows(key, chunk[key])
                table = TABLES.get(key, key)
                if dialect == "postgresql":
                    with raw.cursor() as cursor, cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
                        for row in rows:
                            copy.write_row(row)
                else:
                    marks = ", ".join("?" * len(rows[0]))
                    raw.cursor().executemany(f"INSERT INTO {table} ({columns}) VALUES ({marks})", _sqlite(rows))
            raw.commit()
            total += len(chunk["message"])
            progress(len(chunk["conversation"]))
        _finish(raw, dialect, campaigns)
    finally:
        raw.close()
    return Dataset(office_id, users[0], campaigns[0], conversations, total)


def _sqlite(rows: list[tuple[Any, ...]]) -> Iterator[tuple[Any, ...]]:
    """Values as SQLAlchemy stores them in SQLite (naive UTC text timestamps)."""
    for row in rows:
        yield tuple(v.strftime("%Y-%m-%d %H:%M:%S.%f") if isinstance(v, datetime) else v for v in row)


def _finish(raw: Any, dialect: str, campaigns: list[int]) -> None:
    """Campaign sizes, toxic flags, sequences, the search index and planner statistics."""
    cursor = raw.cursor()
    cursor.execute(
        "UPDATE campaign SET size = (SELECT count(*) FROM triage_result t WHERE t.campaign_id = campaign.id)"
    )
    cursor.execute(  # what triage keeps up to date (inbox.services.conversations.flags)
        "UPDATE conversation SET has_toxic = TRUE WHERE id IN (SELECT m.conversation_id FROM message m "
        "JOIN triage_result t ON t.message_id = m.id WHERE m.direction = 'in' AND t.toxic)"
    )
    if dialect == "postgresql":
        for table in ("contact", "contact_identity", "conversation", "message", "triage_result"):
            cursor.execute(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT max(id) FROM {table}))")
        cursor.execute(
            "INSERT INTO message_search (message_id, office_id, conversation_id, document) "
            f"SELECT m.id, m.office_id, m.conversation_id, {pg_document_sql('m.text', 't.language')} "
            "FROM message m LEFT JOIN triage_result t ON t.message_id = m.id WHERE m.direction = 'in'"
        )
        cursor.execute(
            "INSERT INTO contact_search (contact_id, office_id, document) "
            "SELECT c.id, c.office_id, to_tsvector('simple', c.display_name || ' ' || i.handle) "
            "FROM contact c JOIN contact_identity i ON i.contact_id = c.id"
        )
        raw.commit()
        _vacuum(raw)
    else:
        _sqlite_index(raw)
        cursor.execute("ANALYZE")
    raw.commit()


def _vacuum(raw: Any) -> None:
    """VACUUM ANALYZE (PostgreSQL), as autovacuum would after a bulk load in production.

    Planner statistics, and the visibility map: without it every index-only scan the
    queue relies on (the newest inbound message of a conversation) reads the heap too.
    """
    connection = raw.dbapi_connection
    connection.autocommit = True
    try:
        connection.execute("VACUUM ANALYZE")
    finally:
        connection.autocommit = False


def _sqlite_index(raw: sqlite3.Connection) -> None:
    """Fill the FTS5 tables with the terms ``inbox.services.search.full_text`` computes."""
    cursor, rows = raw.cursor(), raw.cursor()
    rows.execute(
        "SELECT m.id, m.office_id, m.conversation_id, m.text, t.language FROM message m "
        "LEFT JOIN triage_result t ON t.message_id = m.id WHERE m.direction = 'in'"
    )
    batch = rows.fetchmany(20000)
    while batch:
        cursor.executemany(
            "INSERT INTO message_fts (rowid, document, office_id, conversation_id) VALUES (?, ?, ?, ?)",
            [(mid, index_terms(body, language), office, conv) for mid, office, conv, body, language in batch],
        )
        batch = rows.fetchmany(20000)
    rows.execute(
        "SELECT c.id, c.office_id, c.display_name || ' ' || i.handle FROM contact c "
        "JOIN contact_identity i ON i.contact_id = c.id"
    )
    names = rows.fetchall()
    cursor.executemany(
        "INSERT INTO contact_fts (rowid, document, office_id) VALUES (?, ?, ?)",
        [(cid, " ".join(dict.fromkeys(words(value))), office) for cid, office, value in names],
    )
    raw.commit()
