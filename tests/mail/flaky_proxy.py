"""A TCP proxy in front of the IMAP server that can cut the connection in the middle of a FETCH answer."""

from __future__ import annotations

import contextlib
import socket
import threading
from types import TracebackType
from typing import Self


class DroppingProxy:
    """Forwards 127.0.0.1:<port> to the IMAP server; ``drop_during_fetch(n)`` breaks the n-th FETCH."""

    def __init__(self, target_port: int) -> None:
        self.target_port = target_port
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = int(self._listener.getsockname()[1])
        self._lock = threading.Lock()
        self._fetches_left: int | None = None
        self.drops = 0
        self._running = True

    def drop_during_fetch(self, number: int) -> None:
        """Cut the connection half-way through the answer to the ``number``-th FETCH from now."""
        with self._lock:
            self._fetches_left = number

    def __enter__(self) -> Self:
        threading.Thread(target=self._accept, daemon=True).start()
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None) -> None:
        self._running = False
        self._listener.close()

    def _accept(self) -> None:
        while self._running:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            upstream = socket.create_connection(("127.0.0.1", self.target_port))
            cut = threading.Event()
            threading.Thread(target=self._to_server, args=(client, upstream, cut), daemon=True).start()
            threading.Thread(target=self._to_client, args=(upstream, client, cut), daemon=True).start()

    def _to_server(self, client: socket.socket, upstream: socket.socket, cut: threading.Event) -> None:
        try:
            while data := client.recv(65536):
                if b" FETCH " in data.upper():
                    with self._lock:
                        if self._fetches_left is not None:
                            self._fetches_left -= 1
                            if self._fetches_left == 0:
                                self._fetches_left = None
                                cut.set()
                upstream.sendall(data)
        except OSError:
            pass

    def _to_client(self, upstream: socket.socket, client: socket.socket, cut: threading.Event) -> None:
        try:
            while data := upstream.recv(65536):
                if cut.is_set():
                    client.sendall(data[: max(1, len(data) // 2)])
                    self.drops += 1
                    break
                client.sendall(data)
        except OSError:
            pass
        for end in (client, upstream):
            with contextlib.suppress(OSError):
                end.shutdown(socket.SHUT_RDWR)
            end.close()
