"""Open live connections keep the office's events only while their login and role last.

Each web process remembers the connections it admitted. While it has any, a background task
re-checks them every ``live_recheck_seconds`` (one query for all) and disconnects a page
whose session ended (logout, deactivation, erasure, the 30-day cap) or whose user no longer
sees voter details in that office (demoted to viewer, removed). The page's reconnection is
then refused like any other viewer's or anonymous page, so it stops hearing voters' messages.
"""

from __future__ import annotations

import logging
import threading
from typing import Any

from flask import Flask

from inbox.models import db
from inbox.services.access.live_access import LiveConnection, revoked_connections

log = logging.getLogger(__name__)


class LiveGuard:
    """The connections one web process admitted, re-checked in the background while there are any."""

    def __init__(self, app: Flask, server: Any, interval_seconds: float) -> None:
        self.app, self.server, self.interval = app, server, interval_seconds
        self.connections: dict[str, LiveConnection] = {}
        self.lock = threading.Lock()
        self.running = False

    def admit(self, sid: str, connection: LiveConnection) -> None:
        """Remember an admitted connection; start re-checking if this is the first."""
        with self.lock:
            self.connections[sid] = connection
            start, self.running = not self.running, True
        if start:
            self.server.start_background_task(self._run)

    def forget(self, sid: str) -> None:
        """A connection closed."""
        with self.lock:
            self.connections.pop(sid, None)

    def check_now(self) -> set[str]:
        """Disconnect the connections whose rights ended; returns their ids."""
        with self.lock:
            snapshot = dict(self.connections)
        with self.app.app_context():
            try:
                revoked = revoked_connections(snapshot)
            finally:
                db.session.remove()
        for sid in revoked:
            self.forget(sid)
            log.info("closing a live connection of user %s: their session or role ended", snapshot[sid].user_id)
            self.server.disconnect(sid, namespace="/", ignore_queue=True)
        return revoked

    def _run(self) -> None:
        while True:
            self.server.sleep(self.interval)
            with self.lock:
                if not self.connections:
                    self.running = False
                    return
            try:
                self.check_now()
            except Exception:  # the database may be restarting: keep the connections, try again
                log.exception("could not re-check the open live connections; trying again")
