"""What the load run does beside the voters: staff logins, the queue-page probe, staff replying, CPU/memory.

Each runs in a thread of the benchmark's process and talks to the inbox through the proxy.
"""

from __future__ import annotations

import itertools
import re
import secrets
import statistics
import threading
import time
from collections.abc import Callable
from typing import Any

import psutil
import requests


def login(base_url: str, email: str, password: str) -> requests.Session:
    """Log in through the real form (with its CSRF token); the session carries the cookies."""
    session = requests.Session()
    session.trust_env = False
    page = session.get(f"{base_url}/login", timeout=30)
    token = re.search(r'name="csrf_token" value="([^"]+)"', page.text)
    if token is None:
        raise RuntimeError(f"no login form at {base_url}/login (HTTP {page.status_code})")
    answer = session.post(
        f"{base_url}/login", data={"email": email, "password": password, "csrf_token": token.group(1)}, timeout=30
    )
    csrf = re.search(r'name="csrf-token" content="([^"]+)"', answer.text)
    if not answer.ok or "/login" in answer.url or csrf is None:
        raise RuntimeError(f"login of {email} failed (HTTP {answer.status_code})")
    session.headers["X-CSRFToken"] = csrf.group(1)
    return session


def cookie_header(session: requests.Session) -> str:
    """The session's cookies as one ``Cookie`` header (for the Socket.IO clients)."""
    return "; ".join(f"{cookie.name}={cookie.value}" for cookie in session.cookies)


def percentile(values: list[float], share: float) -> float | None:
    """The ``share`` percentile (0–1) of ``values``, None when empty."""
    if not values:
        return None
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


class Periodic:
    """Calls ``step`` every ``interval`` seconds in a daemon thread until stopped."""

    def __init__(self, name: str, interval: float, step: Callable[[], None]) -> None:
        self.interval, self.step = interval, step
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            try:
                self.step()
            except Exception:  # a probe never stops the run; the counters say what failed
                time.sleep(0.5)

    def start(self) -> Periodic:
        """Start calling."""
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop calling."""
        self._stop.set()
        self._thread.join(timeout=30)


class QueueProbe:
    """A staff member reloading the queue's first page; latencies (ms) and errors per scenario."""

    def __init__(self, base_url: str, session: requests.Session, interval: float = 0.5) -> None:
        self.base_url, self.session = base_url, session
        self.latencies: list[float] = []
        self.errors = 0
        self.runner = Periodic("queue-probe", interval, self._probe)

    def _probe(self) -> None:
        started = time.perf_counter()
        try:
            answer = self.session.get(f"{self.base_url}/api/queue", params={"limit": "50"}, timeout=30)
            ok = answer.status_code == 200
        except requests.RequestException:
            ok = False
        if ok:
            self.latencies.append((time.perf_counter() - started) * 1000)
        else:
            self.errors += 1

    def take(self) -> dict[str, Any]:
        """p50/p95 and errors since the last call."""
        latencies, errors = self.latencies, self.errors
        self.latencies, self.errors = [], 0
        return {"requests": len(latencies) + errors, "errors": errors, "p50_ms": percentile(latencies, 0.5),
                "p95_ms": percentile(latencies, 0.95)}  # fmt: skip


class Repliers:
    """A few staff members answering voters from the queue, each reply with a unique token.

    A POST that fails without an answer may still have stored the reply: it is never
    retried (a new reply gets a new token), so a token posted twice is a double send.
    """

    def __init__(self, base_url: str, sessions: list[requests.Session], per_second: float) -> None:
        self.base_url, self.sessions = base_url, itertools.cycle(sessions)
        self.replies: dict[int, str] = {}
        self.tokens: set[str] = set()
        self.errors = 0
        self._answered: set[int] = set()
        self.runner = Periodic("repliers", 1 / per_second, self._reply_once) if per_second > 0 else None

    def _reply_once(self) -> None:
        session = next(self.sessions)
        page = session.get(f"{self.base_url}/api/queue", params={"limit": "50"}, timeout=30)
        if page.status_code != 200:
            self.errors += 1
            return
        target = next((row["id"] for row in page.json()["items"] if row["id"] not in self._answered), None)
        if target is None:
            return
        self._answered.add(target)
        token = secrets.token_hex(6)
        self.tokens.add(token)
        try:
            answer = session.post(
                f"{self.base_url}/api/conversations/{target}/replies",
                json={"text": f"Dank u voor uw bericht, we bekijken het. [r:{token}]", "force": True},
                timeout=30,
            )
        except requests.RequestException:
            self.errors += 1
            return
        if answer.status_code == 202:
            self.replies[int(answer.json()["id"])] = token
        else:
            self.errors += 1

    def take(self) -> tuple[dict[int, str], set[str], int]:
        """Replies written since the last call (id → token), all tokens used, errors."""
        taken = (self.replies, self.tokens, self.errors)
        self.replies, self.tokens, self.errors = {}, set(), 0
        return taken


class ResourceSampler:
    """CPU and memory of named process trees, sampled every second (psutil).

    ``roots`` names the processes: pids whose children count too; a negative pid counts alone.
    """

    def __init__(self, roots: Callable[[], dict[str, list[int]]]) -> None:
        self.roots = roots
        self._known: dict[int, psutil.Process] = {}
        self.samples: dict[str, list[tuple[float, float]]] = {}
        self.runner = Periodic("sampler", 1.0, self._sample)

    def _process(self, pid: int) -> psutil.Process:
        known = self._known.get(pid)
        if known is None:
            known = self._known[pid] = psutil.Process(pid)
            known.cpu_percent(None)  # the first reading is always 0: start the clock
        return known

    def _sample(self) -> None:
        for name, pids in self.roots().items():
            cpu = rss = 0.0
            tree: set[int] = set()
            for pid in pids:
                if pid < 0:
                    tree.add(-pid)
                    continue
                try:
                    tree |= {pid, *(child.pid for child in psutil.Process(pid).children(recursive=True))}
                except psutil.Error:
                    continue
            for pid in tree:
                try:
                    process = self._process(pid)
                    cpu += process.cpu_percent(None)
                    rss += process.memory_info().rss
                except psutil.Error:
                    self._known.pop(pid, None)
            if tree:
                self.samples.setdefault(name, []).append((cpu, rss / 2**20))

    def take(self) -> dict[str, dict[str, float]]:
        """Mean and max CPU % (100 = one core) and max RSS (MiB) per process since the last call."""
        samples, self.samples = self.samples, {}
        return {
            name: {"cpu_mean": round(statistics.fmean(c for c, _ in rows), 1),
                   "cpu_max": round(max(c for c, _ in rows), 1), "rss_max_mb": round(max(m for _, m in rows), 1)}
            for name, rows in samples.items() if rows
        }  # fmt: skip
