"""Serve any WSGI app on a free 127.0.0.1 port from a daemon thread (for fakes in tests and demos)."""

from __future__ import annotations

import threading
from types import TracebackType
from typing import TYPE_CHECKING, Self

from werkzeug.serving import BaseWSGIServer, WSGIRequestHandler, make_server

if TYPE_CHECKING:
    from _typeshed.wsgi import WSGIApplication

POLL_SECONDS = 0.02  # how quickly stop() takes effect (serve_forever's shutdown check)


class _QuietHandler(WSGIRequestHandler):
    """Request handler that does not print an access-log line per request."""

    def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
        """Skip werkzeug's per-request log line."""


class LoopbackServer:
    """Run a WSGI app on ``127.0.0.1`` in a daemon thread; use ``with`` or ``start()``/``stop()``."""

    def __init__(self, app: WSGIApplication, *, port: int = 0, quiet: bool = True) -> None:
        self.app = app
        self.port = port
        self.quiet = quiet
        self._server: BaseWSGIServer | None = None
        self._thread: threading.Thread | None = None

    @property
    def base_url(self) -> str:
        """``http://127.0.0.1:<port>`` of the running server."""
        if self._server is None:
            raise RuntimeError("server is not running")
        return f"http://127.0.0.1:{self._server.server_port}"

    def start(self) -> str:
        """Bind (port 0 picks a free port), start serving in a daemon thread, return the base URL."""
        if self._server is not None:
            return self.base_url
        handler = _QuietHandler if self.quiet else None
        self._server = make_server("127.0.0.1", self.port, self.app, threaded=True, request_handler=handler)
        self._thread = threading.Thread(
            target=self._server.serve_forever,
            kwargs={"poll_interval": POLL_SECONDS},
            name=f"loopback-{self._server.port}",
            daemon=True,
        )
        self._thread.start()
        return self.base_url

    def stop(self) -> None:
        """Stop serving and close the socket; safe to call twice."""
        server, thread = self._server, self._thread
        self._server = self._thread = None
        if server is not None:
            server.shutdown()
            server.server_close()
        if thread is not None:
            thread.join(timeout=5)

    def __enter__(self) -> Self:
        self.start()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()
