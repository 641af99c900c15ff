"""A worker process: Huey consumer threads for one queue (or all), until SIGTERM or Ctrl-C."""

from __future__ import annotations

import logging
import signal
import threading
import time

from inbox.deploy.readiness import mark_ready

log = logging.getLogger(__name__)

HEALTH_CHECK_SECONDS = 10.0


def run_workers(queue: str, threads: int, shutdown_timeout: float = 30.0) -> None:
    """Consume ``queue`` (``ingest``, ``triage``, ``send`` or ``all``) with ``threads`` threads per queue.

    The triage queue's models are loaded before its first job is taken (the other queues
    are consumed meanwhile); the process marks itself ready once all are consumed. SIGTERM or Ctrl-C
    lets running jobs finish (for up to ``shutdown_timeout`` seconds); a second one stops
    at once. Dead consumer threads are restarted.
    """
    from inbox.jobs.consumers import EmbeddedConsumers, warm_up_triage
    from inbox.jobs.queues import QUEUES

    names = list(QUEUES) if queue == "all" else [queue]
    consumers = EmbeddedConsumers(threads, {name: QUEUES[name] for name in names})
    for consumer in consumers.consumers.values():
        consumer.shutdown_timeout = shutdown_timeout
    stop = threading.Event()

    def _on_signal(signum: int, _frame: object) -> None:
        if stop.is_set():
            raise SystemExit(f"stopped by a second {signal.Signals(signum).name}")
        log.info("received %s; letting running jobs finish", signal.Signals(signum).name)
        stop.set()

    previous = {sig: signal.signal(sig, _on_signal) for sig in (signal.SIGTERM, signal.SIGINT)}
    try:
        consumers.start([name for name in names if name != "triage"])  # polls and sends need no models
        if "triage" in names:
            warm_up_triage()
            consumers.start(["triage"])
        log.info("worker consuming %s with %d thread(s) per queue", ", ".join(names), threads)
        mark_ready()
        last_check = time.monotonic()
        while not stop.wait(0.5):
            if time.monotonic() - last_check >= HEALTH_CHECK_SECONDS:
                last_check = time.monotonic()
                for consumer in consumers.consumers.values():
                    consumer.check_worker_health()
    finally:
        consumers.shutdown()
        for consumer in consumers.consumers.values():
            consumer.huey.notify_interrupted_tasks()
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        log.info("worker stopped")
