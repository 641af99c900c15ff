"""Which waiting message triage takes first, and batches that follow the load.

The triage worker does not tag the ids a job carries, in the order the jobs were queued: a
burst of 20,000 would make every later mention wait behind it. A triage job only wakes a
worker, which then claims the waiting (untagged) messages from the database itself:

1. a message the lexical threat pre-check flags (``inbox.triage.threat_rules``, run when it
   is stored: :func:`triage_priority`) before any other;
2. then the newest first, so a fresh mention never waits behind a burst's tail or an old
   backlog; while a backlog waits, a quarter of each full batch is its oldest messages, so
   under overload the oldest still move on;
3. as many as are waiting, up to a batch size that grows while the claims come back full
   (``BATCH_SMALL`` doubling up to ``BATCH_LARGE``, 16 to 64) and falls back when they do not: a
   single message is tagged at once, a backlog in large batches (one encoder call, one
   claim, one write each).

A claim holds its messages until the batch commits: on PostgreSQL with row locks
(``FOR NO KEY UPDATE SKIP LOCKED``: several workers take disjoint batches, and a worker killed
mid-batch releases its rows with its connection, so another tags them; nothing is tagged
twice, nothing lost. Not ``FOR UPDATE``: that lock also blocks every row *referring* to a
claimed message — a sent reply's answer pair waited on it while holding its conversation,
which the batch then wanted: a deadlock, and the reply was left "uncertain"); on SQLite
(the embedded mode, one process) one batch at a time.
Messages whose triage failed and are due a retry come after the waiting ones.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Sequence
from contextlib import AbstractContextManager, nullcontext

from sqlalchemy import Select, select

from inbox.models import Message, TriageState, db
from inbox.services.intake.triage import triage_messages
from inbox.triage.threat_rules import threat_rule

PRIORITY_THREAT = 2  # the lexical threat pre-check matched: tagged before anything else
PRIORITY_NEW = 1
BATCH_SMALL = 16
BATCH_LARGE = 64  # a fresh mention waits at most about two batches: keep them short
OLDEST_SHARE = 4  # 1/4 of a full batch goes to the oldest waiting messages
JOB_SECONDS = 20.0  # a job hands the rest to a next one after this, so a stopping worker never waits long

_sqlite_batch = threading.RLock()  # SQLite has no row locks: one batch at a time in the (only) process


def triage_priority(text: str) -> int:
    """The priority a message is stored with: ``PRIORITY_THREAT`` when it may be a threat."""
    return PRIORITY_THREAT if threat_rule(text) else PRIORITY_NEW


def _locking(query: Select) -> Select:
    """Lock the claimed rows on PostgreSQL, skipping those another worker holds."""
    if db.session.get_bind().dialect.name == "postgresql":
        return query.with_for_update(skip_locked=True, key_share=True)  # FOR NO KEY UPDATE: see above
    return query


def claim_waiting(limit: int) -> list[int]:
    """Claim up to ``limit`` waiting messages, most urgent first (locked until the transaction ends)."""
    waiting = Message.triage_state == TriageState.PENDING
    urgent = limit - limit // OLDEST_SHARE if limit >= OLDEST_SHARE else limit
    ids = list(
        db.session.execute(
            _locking(
                select(Message.id)
                .where(waiting)
                .order_by(Message.triage_priority.desc(), Message.id.desc())
                .limit(urgent)
            )
        ).scalars()
    )
    if len(ids) == urgent and urgent < limit:  # a backlog: its oldest move on too
        ids += db.session.execute(
            _locking(
                select(Message.id)
                .where(waiting, Message.id.not_in(ids))
                .order_by(Message.received_at, Message.id)
                .limit(limit - urgent)
            )
        ).scalars()
    return ids


def _serial() -> AbstractContextManager[object]:
    """SQLite: one batch at a time in this process; PostgreSQL's row locks keep batches apart."""
    return _sqlite_batch if db.session.get_bind().dialect.name == "sqlite" else nullcontext()


def triage_one_batch(limit: int) -> tuple[int, int]:
    """Claim and tag one batch of at most ``limit``; returns (claimed, tagged)."""
    with _serial():
        ids = claim_waiting(limit)
        if not ids:
            db.session.commit()
            return 0, 0
        return len(ids), triage_messages(ids)  # in the claim's transaction: its locks hold until the commit


def _failed(message_ids: Sequence[int]) -> list[int]:
    """Those of ``message_ids`` whose triage failed (the others are tagged, or waiting and claimed)."""
    if not message_ids:
        return []
    ids = list(
        db.session.execute(
            select(Message.id)
            .where(Message.id.in_(list(dict.fromkeys(message_ids))), Message.triage_state == TriageState.FAILED)
            .order_by(Message.id)
        ).scalars()
    )
    db.session.commit()
    return ids


def triage_waiting(retry_ids: Sequence[int] = (), *, seconds: float = JOB_SECONDS) -> tuple[int, bool]:
    """Tag the waiting messages, most urgent first, batch after batch, for up to ``seconds``.

    Then ``retry_ids`` (failed messages due a retry; ones already tagged are left alone).
    Returns (messages tagged, whether some may still wait: the caller queues a next job).
    """
    deadline = time.monotonic() + seconds
    tagged, size = 0, BATCH_SMALL
    while True:
        claimed, done = triage_one_batch(size)
        tagged += done
        if claimed < size:
            break
        size = min(size * 2, BATCH_LARGE)  # claims come back full: a backlog, larger batches
        if time.monotonic() >= deadline:
            return tagged, True
    retry = _failed(retry_ids)
    for start in range(0, len(retry), BATCH_LARGE):
        with _serial():
            tagged += triage_messages(retry[start : start + BATCH_LARGE])
    return tagged, False
