"""Flask extensions, created unbound and wired to an app with ``init_app``."""

from __future__ import annotations

import hashlib

from flask import Flask
from flask_login import LoginManager
from flask_migrate import Migrate
from flask_socketio import SocketIO
from flask_wtf import CSRFProtect
from sqlalchemy import event
from sqlalchemy.engine import Engine

from inbox.config import PROJECT_DIR, Settings
from inbox.live.origin import live_origin_check
from inbox.live.redis_manager import ResyncingRedisManager
from inbox.models import db
from inbox.models.base import init_cipher

migrate = Migrate()
socketio = SocketIO()
login_manager = LoginManager()
csrf = CSRFProtect()


def _tune_sqlite(engine: Engine) -> None:
    """WAL journal and a busy timeout so web requests and job threads share the file."""

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=30000")
        cursor.close()


def events_channel(database_url: str) -> str:
    """The Redis pub/sub channel of this deployment's live events.

    Pub/sub ignores Redis database numbers, so deployments (or test runs) sharing one Redis
    server would otherwise hear each other's events; the processes of one deployment share
    their database, so its URL names the channel.
    """
    return "dialoog-events-" + hashlib.sha256(database_url.encode()).hexdigest()[:16]


def init_extensions(app: Flask, settings: Settings) -> None:
    """Bind every extension to ``app`` according to ``settings``."""
    init_cipher(settings.encryption_key, *settings.encryption_old_keys)  # the first encrypts, all decrypt
    if settings.database_url.startswith("sqlite"):
        settings.instance_dir.mkdir(parents=True, exist_ok=True)
    db.init_app(app)
    with app.app_context():
        if db.engine.dialect.name == "sqlite":
            _tune_sqlite(db.engine)
    migrate.init_app(app, db, directory=str(PROJECT_DIR / "migrations"))
    # Flask-SocketIO keeps the message queue of an earlier init_app when the new one has none
    # (an app made after a scale-out app in the same process would publish to that Redis).
    socketio.server_options.pop("client_manager", None)
    queue: dict[str, object] = {}
    if settings.redis_url:
        channel = events_channel(settings.database_url)
        queue["client_manager"] = ResyncingRedisManager(settings.redis_url, channel=channel)
    socketio.init_app(
        app,
        async_mode="threading",
        message_queue=settings.redis_url,
        cors_allowed_origins=live_origin_check(settings.public_url),  # the inbox's own pages only
        logger=False,
        engineio_logger=False,
        **queue,
    )
    login_manager.init_app(app)
    login_manager.login_view = "auth.login"
    csrf.init_app(app)
