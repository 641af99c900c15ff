"""Work that must wait for the database: live events and queued jobs leave after commit.

A service that changes rows and then tells open inboxes (or queues a job) must not do so
before the change is committed: a page would reload rows that are not there yet, a job
would look for a message it cannot see, and a rolled-back change would still be announced.
:func:`run_after_commit` holds such an action while the current transaction has written
something, runs it right after that transaction commits, and drops it when it rolls back.
When nothing is being written (a read, or after the commit), the action runs at once.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from sqlalchemy import event
from sqlalchemy.orm import ORMExecuteState, Session, SessionTransaction

from inbox.models.base import db

log = logging.getLogger(__name__)

_PENDING = "dialoog.after_commit"  # actions waiting for the current transaction, in session.info
_WROTE = "dialoog.wrote"  # the current transaction has flushed or executed a write


def run_after_commit(action: Callable[[], None]) -> None:
    """Run ``action`` once the current transaction commits, or now when it has written nothing.

    Never raises from a later commit: a failing action is logged (the rows are committed,
    and open pages catch up when they reload).
    """
    session = db.session()
    if session.in_transaction() and session.info.get(_WROTE):
        session.info.setdefault(_PENDING, []).append(action)
        return
    _run(action)


def _run(action: Callable[[], None]) -> None:
    try:
        action()
    except Exception:
        log.exception("an action after commit failed")


def _forget(session: Session) -> None:
    session.info.pop(_PENDING, None)
    session.info.pop(_WROTE, None)


@event.listens_for(Session, "after_flush")
def _flushed(session: Session, _context: object) -> None:
    session.info[_WROTE] = True


@event.listens_for(Session, "do_orm_execute")
def _executed(state: ORMExecuteState) -> None:
    if not state.is_select:  # INSERT/UPDATE/DELETE, ORM or Core or text: count it as a write
        state.session.info[_WROTE] = True


@event.listens_for(Session, "after_commit")
def _committed(session: Session) -> None:
    actions = session.info.pop(_PENDING, [])
    session.info.pop(_WROTE, None)
    for action in actions:
        _run(action)


@event.listens_for(Session, "after_rollback")
def _rolled_back(session: Session) -> None:
    _forget(session)


@event.listens_for(Session, "after_transaction_end")
def _ended(session: Session, transaction: SessionTransaction) -> None:
    """A closed session (end of a request or job) drops what its uncommitted transaction held."""
    if transaction.parent is None:
        _forget(session)
