"""The background loop every demo voter simulator runs: act, wait a while, act again."""

from __future__ import annotations

import logging
import random
import threading
from collections.abc import Callable

log = logging.getLogger(__name__)


class PeriodicPoster:
    """Calls ``post_one`` from a daemon thread every ``interval_seconds`` (times a random factor
    between ``1 - jitter`` and ``1 + jitter``); an error is logged and the loop goes on."""

    def __init__(
        self,
        name: str,
        post_one: Callable[[], object],
        interval_seconds: float,
        *,
        jitter: float = 0.0,
        rng: random.Random | None = None,
        first_wait: bool = False,
    ) -> None:
        self.name = name
        self.post_one = post_one
        self.interval_seconds = interval_seconds
        self.jitter = jitter
        self.rng = rng or random.Random()
        self.first_wait = first_wait
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def wait(self, seconds: float) -> bool:
        """Sleep up to ``seconds``; True when the poster was stopped meanwhile."""
        return self._stop.wait(seconds)

    def _next_wait(self) -> float:
        return self.interval_seconds * self.rng.uniform(1 - self.jitter, 1 + self.jitter)

    def _run(self) -> None:
        if self.first_wait and self.wait(self._next_wait()):
            return
        while not self._stop.is_set():
            try:
                self.post_one()
            except Exception:  # a demo voter must never bring the demo down
                log.exception("%s could not post", self.name)
            if self.wait(self._next_wait()):
                return

    def start(self) -> None:
        """Start posting in the background."""
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name=self.name, daemon=True)
            self._thread.start()

    def stop(self) -> None:
        """Stop posting (waits for the current post)."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=10)
            self._thread = None
