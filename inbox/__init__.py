"""Dialoog: a two-way conversation inbox for politicians' offices."""

from __future__ import annotations

import os

# One BLAS thread per process unless the operator says otherwise. The triage heads' products are
# small; OpenBLAS's own threads busy-wait, and on a machine shared by the web, worker and database
# processes they made each head call take hundreds of milliseconds. Set before numpy loads OpenBLAS.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import logging
from typing import Any

from flask import Flask

from inbox.config import load_settings


def create_app(config: dict[str, Any] | None = None) -> Flask:
    """Build the Flask application: settings, extensions, blueprints, commands.

    ``config`` overrides settings read from the environment (tests use it).
    """
    settings = load_settings(overrides=config)
    app = Flask(
        __name__, static_folder=str(settings.static_dir), static_url_path="/static", template_folder="web/templates"
    )
    app.config.from_mapping(settings.flask_config())
    app.extensions["dialoog.settings"] = settings
    from inbox.logging_setup import configure_logging, register_request_ids

    configure_logging(settings.log_level, settings.log_format)
    register_request_ids(app)
    logging.getLogger("alembic.runtime.plugins").setLevel(logging.WARNING)
    logging.getLogger("mail.log").setLevel(logging.WARNING)  # aiosmtpd (the mail sandbox): one line per SMTP step
    if settings.log_level != "DEBUG":
        logging.getLogger("huey").setLevel(logging.WARNING)  # one line per job is noise

    # Imported here, not at the top: importing any inbox module must not build the whole app.
    from inbox.extensions import init_extensions, socketio
    from inbox.jobs import tasks  # noqa: F401  (importing it registers the jobs services queue by name)
    from inbox.jobs.queues import init_queues
    from inbox.live.events import use_sender

    init_extensions(app, settings)
    init_queues(app, settings)
    use_sender(socketio.emit)

    from inbox.web import register_web

    register_web(app)

    from inbox.cli import register_commands

    register_commands(app)
    return app
