"""Full-text search over message text and voter names (PostgreSQL FTS, SQLite FTS5).

Index tables (created by migration 0004, outside the ORM models):

* PostgreSQL: ``message_search`` (message id, office, conversation, tsvector with a GIN
  index) and ``contact_search`` (contact id, office, tsvector of the voter's names).
* SQLite: the FTS5 tables ``message_fts`` (rowid = message id) and ``contact_fts``
  (rowid = contact id), holding the terms computed in :mod:`inbox.services.search.words`.

Maintenance: :func:`index_messages` runs right after a message is stored (its language
is not known yet, so it is indexed with the stems of all four languages, see
``search_text``) and again after triage, which re-indexes it with its own language only.
It also (re)indexes the voters who wrote the messages. ``python -m inbox search reindex``
rebuilds everything for rows stored before this index existed.

Deleting a message removes its PostgreSQL row (foreign key cascade); on SQLite its FTS5
row stays but can no longer match, because matches are always joined to live messages
and conversations.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import ColumnElement, Select, bindparam, column, exists, func, or_, select, table, text, union
from sqlalchemy.orm import aliased
from sqlalchemy.sql.elements import TextClause

from inbox.models import Contact, ContactIdentity, Conversation, Direction, Message, TriageResult, db
from inbox.services.search.words import PG_CONFIGS, fts5_match, index_terms, query_words, words

log = logging.getLogger(__name__)

COMMON_MATCHES = 2000

# the index tables, outside the ORM models (migration 0004 creates them per database)
message_search = table("message_search", column("conversation_id"), column("office_id"), column("document"))
contact_search = table("contact_search", column("contact_id"), column("office_id"), column("document"))
message_fts = table("message_fts", column("rowid"))
contact_fts = table("contact_fts", column("rowid"))


def _dialect() -> str:
    return db.session.get_bind().dialect.name


def pg_document_sql(text_column: str, language_column: str) -> str:
    """SQL computing a message's tsvector from its text and language (PostgreSQL)."""
    known = " ".join(
        f"WHEN '{code}' THEN to_tsvector('{config}', {text_column})" for code, config in PG_CONFIGS.items()
    )
    every = " || ".join(f"to_tsvector('{config}', {text_column})" for config in PG_CONFIGS.values())
    return f"(CASE {language_column} {known} ELSE {every} END) || to_tsvector('simple', {text_column})"


def _message_rows(message_ids: Sequence[int]) -> list[tuple[int, int, int, str, str | None]]:
    """(id, office, conversation, text, language) of the inbound messages among ``message_ids``."""
    return [
        tuple(row)  # type: ignore[misc]
        for row in db.session.execute(
            select(Message.id, Message.office_id, Message.conversation_id, Message.text, TriageResult.language)
            .outerjoin(TriageResult, TriageResult.message_id == Message.id)
            .where(Message.id.in_(message_ids), Message.direction == Direction.INBOUND)
        )
    ]


def _index_message_rows(rows: list[tuple[int, int, int, str, str | None]]) -> None:
    if not rows:
        return
    if _dialect() == "postgresql":
        statement = text(
            "INSERT INTO message_search (message_id, office_id, conversation_id, document) "
            f"SELECT m.id, m.office_id, m.conversation_id, {pg_document_sql('m.text', 't.language')} "
            "FROM message m LEFT JOIN triage_result t ON t.message_id = m.id WHERE m.id IN :ids "
            "ON CONFLICT (message_id) DO UPDATE SET document = EXCLUDED.document, "
            "conversation_id = EXCLUDED.conversation_id"
        ).bindparams(bindparam("ids", expanding=True))
        db.session.execute(statement, {"ids": [row[0] for row in rows]})
        return
    db.session.execute(
        text("DELETE FROM message_fts WHERE rowid IN :ids").bindparams(bindparam("ids", expanding=True)),
        {"ids": [row[0] for row in rows]},
    )
    db.session.execute(
        text(
            "INSERT INTO message_fts (rowid, document, office_id, conversation_id) "
            "VALUES (:id, :document, :office_id, :conversation_id)"
        ),
        [
            {"id": mid, "document": index_terms(body, language), "office_id": office, "conversation_id": conv}
            for mid, office, conv, body, language in rows
        ],
    )


def contact_names(contact_ids: Iterable[int]) -> dict[int, tuple[int, str]]:
    """contact id -> (office id, every name and handle the voter is known by)."""
    ids = list(contact_ids)
    if not ids:
        return {}
    names: dict[int, tuple[int, list[str]]] = {
        cid: (office, [name])
        for cid, office, name in db.session.execute(
            select(Contact.id, Contact.office_id, Contact.display_name).where(Contact.id.in_(ids))
        )
    }
    for cid, handle, display in db.session.execute(
        select(ContactIdentity.contact_id, ContactIdentity.handle, ContactIdentity.display_name).where(
            ContactIdentity.contact_id.in_(ids)
        )
    ):
        names[cid][1].extend([handle, display])
    return {cid: (office, " ".join(dict.fromkeys(n for n in parts if n))) for cid, (office, parts) in names.items()}


def index_contacts(contact_ids: Iterable[int]) -> None:
    """(Re)index the names of these voters. Names are matched as plain words, never stemmed."""
    names = contact_names(contact_ids)
    if not names:
        return
    if _dialect() == "postgresql":
        db.session.execute(
            text(
                "INSERT INTO contact_search (contact_id, office_id, document) "
                "VALUES (:id, :office_id, to_tsvector('simple', :names)) "
                "ON CONFLICT (contact_id) DO UPDATE SET document = EXCLUDED.document"
            ),
            [{"id": cid, "office_id": office, "names": value} for cid, (office, value) in names.items()],
        )
        return
    db.session.execute(
        text("DELETE FROM contact_fts WHERE rowid IN :ids").bindparams(bindparam("ids", expanding=True)),
        {"ids": list(names)},
    )
    db.session.execute(
        text("INSERT INTO contact_fts (rowid, document, office_id) VALUES (:id, :document, :office_id)"),
        [
            {"id": cid, "document": " ".join(dict.fromkeys(words(value))), "office_id": office}
            for cid, (office, value) in names.items()
        ],
    )


def index_messages_strict(message_ids: Sequence[int]) -> None:
    """Index these messages and their authors' names in the current transaction (no commit)."""
    _index_message_rows(_message_rows(message_ids))
    contacts = db.session.execute(
        select(ContactIdentity.contact_id)
        .join(Message, Message.author_identity_id == ContactIdentity.id)
        .where(Message.id.in_(message_ids))
        .distinct()
    ).scalars()
    index_contacts(list(contacts))


def index_messages(message_ids: Sequence[int]) -> None:
    """Make these messages (and their authors' names) searchable; commits.

    Safe to call any number of times. A failure is logged and rolled back, never raised:
    the messages are already stored, and ``python -m inbox search reindex`` repairs the index.
    """
    if not message_ids:
        return
    try:
        index_messages_strict(message_ids)
        db.session.commit()
    except Exception:  # the message is stored; the index can be rebuilt
        db.session.rollback()
        log.exception("indexing messages %s for search failed", list(message_ids)[:10])


def conversation_search_clause(office_id: int, query: str) -> ColumnElement[bool] | None:
    """A WHERE clause on Conversation: an inbound message matches ``query`` or the voter's
    names contain every word of it. None when the query has no words (nothing to filter).

    How it runs depends on how common the words are, found by a cheap probe (at most
    COMMON_MATCHES index entries): the few conversations of a rare word are gathered first;
    for a common word each conversation is checked while the queue is read in order, which
    stops as soon as the page is full. Either way the answer is the same.
    """
    terms = query_words(query)
    if not terms:
        return None
    if _dialect() == "postgresql":
        return _pg_clause(office_id, terms)
    return _sqlite_clause(query, terms)


def _is_common(matching: Select[Any]) -> bool:
    """Whether at least COMMON_MATCHES index entries match.

    SQLite counts them (reading no more than that many; FTS5 answers from its index).
    PostgreSQL asks the planner instead (see :func:`_pg_estimate`): counting there reads a
    heap page per match, which on a big office cost more than the search itself. The
    choice only decides how the search runs, never what it finds.
    """
    if _dialect() == "postgresql":
        return _pg_estimate(matching) >= COMMON_MATCHES
    probe = select(func.count()).select_from(matching.limit(COMMON_MATCHES).subquery())
    return db.session.execute(probe).scalar_one() >= COMMON_MATCHES


def _pg_estimate(matching: Select[Any]) -> float:
    """The planner's row estimate for ``matching`` (EXPLAIN, planned but not run; about 1 ms).

    It comes from the tsvector statistics ANALYZE keeps (the most common lexemes and their
    frequencies), so it is good enough to tell a rare word from a common one. The query
    words stay bound parameters.
    """
    connection = db.session.connection()
    compiled = matching.compile(dialect=connection.dialect)
    plan = connection.exec_driver_sql(f"EXPLAIN (FORMAT JSON) {compiled}", compiled.params).scalar_one()
    if isinstance(plan, str):
        plan = json.loads(plan)
    return float(plan[0]["Plan"]["Plan Rows"])


def _sqlite_clause(query: str, terms: list[str]) -> ColumnElement[bool]:
    """FTS5 matches are read by rowid only (any other FTS column costs a lookup per match)."""
    names = " AND ".join(f'"{word}"' for word in terms)
    contacts = select(contact_fts.c.rowid).where(text("contact_fts MATCH :names").bindparams(names=names))
    by_name = Conversation.contact_id.in_(contacts)
    matching = select(message_fts.c.rowid).where(text("message_fts MATCH :match").bindparams(match=fts5_match(query)))
    if not _is_common(matching) and not _is_common(contacts):
        return or_(Conversation.id.in_(select(Message.conversation_id).where(Message.id.in_(matching))), by_name)
    # "+ 0" keeps SQLite from seeking the index once per match: look each message up instead
    in_conversation = select(Message.id).where(
        Message.conversation_id == Conversation.id,
        Message.direction == Direction.INBOUND,
        (Message.id + 0).in_(matching),
    )
    return or_(exists(in_conversation.correlate(Conversation)), by_name)


def _pg_clause(office_id: int, terms: list[str]) -> ColumnElement[bool]:
    """tsvector matches; one IN over a UNION (never two INs joined by OR, which PostgreSQL
    cannot turn into a semi-join) for rare words, correlated EXISTS for common ones."""
    matching = select(message_search.c.conversation_id).where(
        message_search.c.office_id == office_id, _pg_matches("message_search", terms)
    )
    if not _is_common(matching) and not _is_common(_pg_contacts(office_id, terms)):
        named = aliased(Conversation)
        by_name = select(named.id).where(named.contact_id.in_(_pg_contacts(office_id, terms)))
        return Conversation.id.in_(union(matching, by_name))
    # OFFSET 0 keeps each EXISTS a per-row check: without it PostgreSQL may plan it as a
    # hashed subplan, which gathers every match first (300 ms for two common words)
    in_conversation = (
        select(message_search.c.conversation_id)
        .where(message_search.c.conversation_id == Conversation.id, _pg_matches("message_search", terms))
        .offset(0)
    )
    named = (
        select(contact_search.c.contact_id)
        .where(contact_search.c.contact_id == Conversation.contact_id, _pg_names(terms))
        .offset(0)
    )
    return or_(exists(in_conversation.correlate(Conversation)), exists(named.correlate(Conversation)))


def _pg_names(terms: list[str]) -> TextClause:
    tsquery = " && ".join(f"plainto_tsquery('simple', :n{i})" for i in range(len(terms)))
    return text(f"contact_search.document @@ ({tsquery})").bindparams(**{f"n{i}": w for i, w in enumerate(terms)})


def _pg_contacts(office_id: int, terms: list[str]) -> Select[tuple[int]]:
    return select(contact_search.c.contact_id).where(contact_search.c.office_id == office_id, _pg_names(terms))


def _pg_matches(table_name: str, words: list[str]) -> TextClause:
    configs = [*PG_CONFIGS.values(), "simple"]
    groups = [
        "(" + " || ".join(f"plainto_tsquery('{config}', :w{i})" for config in configs) + ")" for i in range(len(words))
    ]
    clause = f"{table_name}.document @@ ({' && '.join(groups)})"
    return text(clause).bindparams(**{f"w{i}": w for i, w in enumerate(words)})
