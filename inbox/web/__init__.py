"""Web adapters: pages, JSON API, Socket.IO events and login. Thin: services do the work."""

from __future__ import annotations

from flask import Flask


def register_web(app: Flask) -> None:
    """Register blueprints and Socket.IO handlers on ``app``."""
    from inbox.extensions import socketio
    from inbox.web.api import api
    from inbox.web.auth import auth
    from inbox.web.events import register_events
    from inbox.web.routes import pages

    app.register_blueprint(auth)
    app.register_blueprint(pages)
    app.register_blueprint(api)
    register_events(socketio)
