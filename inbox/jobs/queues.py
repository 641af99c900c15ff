"""The three job queues, the app each job runs in, and queueing a job by name after commit.

Services queue work with :func:`enqueue` (or :func:`enqueue_triage`) and never import the
jobs themselves: the job leaves once the service's transaction commits, so a worker never
looks for rows it cannot see yet, and a rolled-back change queues nothing.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from flask import Flask
from huey import Huey
from huey.storage import MemoryStorage, RedisStorage, SqliteStorage

from inbox.config import Settings
from inbox.models import db
from inbox.models.after_commit import run_after_commit

log = logging.getLogger(__name__)

ingest_queue = Huey("dialoog-ingest", storage_class=MemoryStorage, utc=True)
triage_queue = Huey("dialoog-triage", storage_class=MemoryStorage, utc=True)
send_queue = Huey("dialoog-send", storage_class=MemoryStorage, utc=True)
QUEUES: dict[str, Huey] = {"ingest": ingest_queue, "triage": triage_queue, "send": send_queue}
_state: dict[str, Any] = {"app": None}
_jobs: dict[str, Callable[..., Any]] = {}


def init_queues(app: Flask, settings: Settings) -> None:
    """Point the three queues at the storage this deployment uses and remember the app."""
    _state["app"] = app
    for queue in QUEUES.values():
        queue.immediate = False
        if settings.jobs_mode == "immediate":
            queue.immediate = True
        elif settings.redis_url:
            queue.storage = RedisStorage(name=queue.name, url=settings.redis_url)
        else:
            settings.instance_dir.mkdir(parents=True, exist_ok=True)
            path = str(settings.instance_dir / "jobs.sqlite3")
            queue.storage = SqliteStorage(name=queue.name, filename=path, timeout=30)


def current_app_of_jobs() -> Flask:
    """The app jobs run in; a clear error when no app was created in this process."""
    app = _state["app"]
    if app is None:
        raise RuntimeError("jobs used before create_app(); the worker must create the app first")
    return app


@contextmanager
def job_context() -> Iterator[Flask]:
    """An app context for one job run, with a clean database session afterwards."""
    with current_app_of_jobs().app_context() as context:
        try:
            yield context.app
        finally:
            db.session.remove()


def job(queue: Huey, **options: Any) -> Callable[[Callable[..., Any]], Any]:
    """Make a function a job of ``queue`` (Huey's task options) that :func:`enqueue` finds by name."""

    def register(function: Callable[..., Any]) -> Any:
        task = queue.task(**options)(function)
        _jobs[function.__name__] = task
        return task

    return register


def enqueue(name: str, *args: Any) -> None:
    """Queue the job called ``name`` with ``args`` once the current transaction commits."""
    task = _jobs.get(name)
    if task is None:
        raise LookupError(f"no job called {name!r}: the jobs are registered by importing inbox.jobs.tasks")
    run_after_commit(lambda: task(*args))


def enqueue_triage(message_ids: list[int]) -> None:
    """Wake a triage worker once these messages are committed.

    The worker claims the waiting messages itself, most urgent first
    (``inbox.services.intake.triage_order``); the ids matter only for failed ones due a retry.
    """
    if message_ids:
        enqueue("triage_job", list(message_ids))
