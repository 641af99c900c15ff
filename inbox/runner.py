"""Run the web server, with the embedded job consumer and scheduler when configured."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable

from flask import Flask

from inbox.extensions import socketio

log = logging.getLogger(__name__)


def run_server(app: Flask, *, host: str, port: int, on_stop: list[Callable[[], None]] | None = None) -> None:
    """Serve the inbox until Ctrl-C; then stop jobs and ``on_stop`` hooks cleanly.

    In the embedded mode Huey consumer threads and the ticker run in this process; in the
    workers mode they run in ``worker`` and ``scheduler`` processes instead.
    """
    settings = app.extensions["dialoog.settings"]
    stops: list[Callable[[], None]] = list(on_stop or [])
    if settings.jobs_mode == "embedded":
        import threading

        from inbox.jobs.consumers import start_embedded_jobs, warm_up_triage

        threading.Thread(target=warm_up_triage, name="triage-warm-up", daemon=True).start()

        consumer, ticker = start_embedded_jobs(settings.embedded_workers)
        stops = [ticker.stop, consumer.shutdown, *stops]
    log.info("Dialoog inbox at http://%s:%s (jobs: %s)", host, port, settings.jobs_mode)
    logging.getLogger("werkzeug").setLevel(logging.WARNING)
    os.environ.pop("FLASK_RUN_FROM_CLI", None)  # else Flask ignores run() under `flask`/`python -m inbox`
    try:
        socketio.run(app, host=host, port=port, allow_unsafe_werkzeug=True, use_reloader=False, log_output=False)
    except KeyboardInterrupt:
        pass
    finally:
        log.info("stopping…")
        for stop in stops:
            try:
                stop()
            except Exception:
                log.exception("error while stopping")
        log.info("stopped")
