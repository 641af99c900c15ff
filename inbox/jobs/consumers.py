"""The embedded mode's consumers: Huey worker threads inside the server process, and the ticker."""

from __future__ import annotations

import logging

from huey import Huey
from huey.consumer import Consumer

from inbox.jobs.queues import QUEUES, current_app_of_jobs
from inbox.jobs.schedule import Ticker
from inbox.triage.models import get_triager

log = logging.getLogger(__name__)


class EmbeddedConsumer(Consumer):
    """A Huey consumer whose threads live inside the web server process.

    Signal handling stays with the server: stopping is done by :meth:`shutdown`.
    """

    def _set_signal_handlers(self) -> None:
        return None

    def shutdown(self) -> None:
        """Stop the worker threads, letting running jobs finish."""
        self.stop(graceful=True)


def warm_up_triage() -> None:
    """Load the triage models now (converting them on a first start), not at the first message."""
    app = current_app_of_jobs()
    log.info("loading triage models (a first start converts the encoder; this takes a few seconds)")
    get_triager(app.extensions["dialoog.settings"])
    log.info("triage models ready")


class EmbeddedConsumers:
    """One embedded consumer per queue (ingest, triage, send), stopped together."""

    def __init__(self, workers: int, queues: dict[str, Huey] | None = None) -> None:
        self.consumers = {
            name: EmbeddedConsumer(
                queue,
                workers=workers,
                worker_type="thread",
                periodic=False,
                check_worker_health=False,
                initial_delay=0.05,
                backoff=1.5,
                max_delay=0.5,
            )
            for name, queue in (queues or QUEUES).items()
        }
        self._started: list[str] = []

    def start(self, names: list[str] | None = None) -> EmbeddedConsumers:
        """Start the worker threads of the queues ``names`` (default: every queue)."""
        for name in list(self.consumers) if names is None else names:
            if name not in self._started:
                self.consumers[name].start()
                self._started.append(name)
        return self

    def shutdown(self) -> None:
        """Stop all started worker threads, letting running jobs finish."""
        started = [self.consumers[name] for name in self._started]
        for consumer in started:
            consumer.stop_flag.set()
        for consumer in started:
            consumer.shutdown()
        self._started = []


def start_embedded_jobs(workers: int, tick_seconds: float = 1.0) -> tuple[EmbeddedConsumers, Ticker]:
    """Start ``workers`` consumer threads per queue and the ticker in this process (embedded mode)."""
    consumers = EmbeddedConsumers(workers).start()
    ticker = Ticker(interval=tick_seconds).start()
    return consumers, ticker
