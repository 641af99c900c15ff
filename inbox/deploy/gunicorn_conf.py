"""gunicorn settings of one web process (``-c python:inbox.deploy.gunicorn_conf``).

Flask-SocketIO's deployment for its ``threading`` mode with simple-websocket: the gthread
worker, ONE worker per gunicorn process (Socket.IO sessions live in that process), many
threads (each open WebSocket holds one). More web processes means more gunicorn processes
on other ports behind the sticky proxy, never ``-w 2``.

Logs: gunicorn's error and access logs as JSON lines like the app's (``DIALOOG_LOG_FORMAT``);
the access log leaves out query strings, which can hold searched voter names.
"""

from __future__ import annotations

import ctypes
import logging
import os
import signal
from typing import Any

from gunicorn.glogging import Logger

from inbox.logging_setup import make_formatter

worker_class = "gthread"
workers = 1
threads = int(os.environ.get("DIALOOG_WEB_THREADS") or 500)  # above the sockets one process holds when another dies
timeout = 60
graceful_timeout = 5  # open WebSockets keep a thread busy; the browser reconnects elsewhere
keepalive = 5
accesslog = "-"
errorlog = "-"
control_socket_disable = True  # its default path is shared by every gunicorn of the user
worker_tmp_dir = "/dev/shm" if os.path.isdir("/dev/shm") else None


class JsonLogger(Logger):
    """gunicorn's logger with Dialoog's formatter on both logs and a structured access line."""

    def setup(self, cfg: Any) -> None:
        """Install gunicorn's handlers, then give them our formatter."""
        super().setup(cfg)
        formatter = make_formatter()
        for handler in (*self.error_log.handlers, *self.access_log.handlers):
            handler.setFormatter(formatter)

    def access(self, resp: Any, req: Any, environ: dict[str, Any], request_time: Any) -> None:
        """One access line per request: method, path (no query), status, bytes, duration, request id."""
        if not self.access_log_enabled:
            return
        status = resp.status.split(None, 1)[0] if isinstance(resp.status, str) else resp.status
        headers = dict(resp.headers) if hasattr(resp.headers, "keys") else dict(resp.headers or [])
        request_id = environ.get("HTTP_X_REQUEST_ID") or headers.get("X-Request-ID") or ""
        method, path = environ.get("REQUEST_METHOD", "-"), environ.get("PATH_INFO", "-")
        try:
            self.access_log.info(
                "%s %s %s",
                method,
                path,
                status,
                extra={
                    "method": method,
                    "path": path,
                    "status": int(status),
                    "bytes": getattr(resp, "sent", None) or 0,
                    "duration_s": round(request_time.total_seconds(), 3),
                    "request_id": request_id,
                },
            )
        except Exception:
            self.error_log.exception("could not write the access log line")


logger_class = JsonLogger


def post_fork(server: Any, worker: Any) -> None:
    """The worker dies with its gunicorn master (a killed master must not leave a worker serving)."""
    try:
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except OSError:  # not Linux: the master stops its worker on a clean shutdown anyway
        logging.getLogger(__name__).debug("no PR_SET_PDEATHSIG here")
