"""Rate-limit windows, injected faults and a request log, shared by the Mastodon and Bluesky fakes."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass


@dataclass
class Fault:
    """A canned response for the next request whose path (or XRPC method) starts with ``prefix``."""

    prefix: str
    status: int
    body: bytes | None
    headers: dict[str, str]


@dataclass(frozen=True)
class RateWindow:
    """One fixed window after a request was counted (or refused); ``reset`` in epoch seconds."""

    limit: int
    remaining: int
    reset: float
    window_seconds: int
    allowed: bool


class LimitsAndFaults:
    """Fixed-window rate limits per (key, bucket), a queue of faults and a log of requests; thread-safe."""

    def __init__(self, limits: dict[str, int], window_seconds: int) -> None:
        self.limits = dict(limits)
        self.window_seconds = window_seconds
        self._limits_lock = threading.Lock()
        self._windows: dict[tuple[str, str], list[float]] = {}
        self._faults: list[Fault] = []
        self._requests: list[str] = []

    def consume(self, key: str, bucket: str = "global", *, exhaust: bool = False) -> RateWindow:
        """Count one request in ``key``'s window for ``bucket``; ``exhaust`` reports it used up (injected 429)."""
        limit, now = self.limits[bucket], time.time()
        with self._limits_lock:
            window = self._windows.get((key, bucket))
            if window is None or now >= window[0] + self.window_seconds:
                window = self._windows[(key, bucket)] = [float(int(now)), 0]
            allowed = window[1] < limit and not exhaust
            if allowed:
                window[1] += 1
            remaining = 0 if exhaust else int(limit - window[1])
            return RateWindow(limit, remaining, window[0] + self.window_seconds, self.window_seconds, allowed)

    def fail_next(
        self, prefix: str, status: int, *, body: str | bytes | None = None, headers: dict[str, str] | None = None
    ) -> None:
        """Answer the next request under ``prefix`` with ``status`` (and the given body and headers)."""
        raw = body.encode() if isinstance(body, str) else body
        with self._limits_lock:
            self._faults.append(Fault(prefix, status, raw, dict(headers or {})))

    def take_fault(self, path: str) -> Fault | None:
        """Pop the first queued fault matching ``path``."""
        with self._limits_lock:
            for fault in self._faults:
                if path.startswith(fault.prefix):
                    self._faults.remove(fault)
                    return fault
            return None

    def record_request(self, path: str) -> None:
        """Log one API request (control routes are not logged)."""
        with self._limits_lock:
            self._requests.append(path)

    def request_count(self, prefix: str = "") -> int:
        """How many API requests arrived under ``prefix``."""
        with self._limits_lock:
            return sum(1 for path in self._requests if path.startswith(prefix))
