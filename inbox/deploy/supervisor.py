"""Start, watch and stop a set of child processes; restart a crashed one with backoff.

One thread owns the children: it starts them (each in its own process group, dying with
this process if it is killed), reaps them, kills what a dead child left behind (nginx or
gunicorn workers), and restarts it after 1, 2, 4 … up to 30 seconds (reset once it ran
for a minute). Every line a child prints goes to ``logs/<name>.log`` and, when given, to
one shared stream, as a JSON line: lines that are not JSON yet (nginx's error log, a crash
before logging was set up) are wrapped with the child's name as their ``role``.
"""

from __future__ import annotations

import contextlib
import ctypes
import json
import logging
import os
import signal
import subprocess
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import IO

log = logging.getLogger(__name__)

STABLE_SECONDS = 60.0
START_ATTEMPTS = 3  # a child that exits this often before it is ready will not get better by waiting
_PR_SET_PDEATHSIG = 1


try:  # loaded before any fork: the child must not load libraries between fork and exec
    _PRCTL = ctypes.CDLL("libc.so.6", use_errno=True).prctl
except (OSError, AttributeError):  # not Linux
    _PRCTL = None


def _die_with_parent() -> None:
    """In the child between fork and exec: get SIGTERM when the supervising thread's process dies."""
    if _PRCTL is not None:
        _PRCTL(_PR_SET_PDEATHSIG, signal.SIGTERM)


@dataclass
class ChildSpec:
    """What to run: a name (also its log ``role``), a command, its environment and a readiness probe."""

    name: str
    command: list[str]
    env: dict[str, str]
    ready: Callable[[int], bool]  # called with the child's pid
    stop_signal: int = signal.SIGTERM
    stop_group: int = 1  # lower groups are stopped first (the proxy and the scheduler before the rest)
    cwd: Path | None = None


@dataclass
class _Child:
    spec: ChildSpec
    process: subprocess.Popen[bytes] | None = None
    wanted: bool = False
    started_at: float = 0.0
    next_start: float = 0.0
    backoff: float = 1.0
    restarts: int = 0
    tail: deque[str] = field(default_factory=lambda: deque(maxlen=40))
    reader: threading.Thread | None = None


def structured_line(raw: str, role: str) -> str:
    """``raw`` as one JSON log line: JSON lines pass through, other text is wrapped."""
    text = raw.rstrip("\r\n")
    if text.startswith("{"):
        try:
            entry = json.loads(text)
        except ValueError:
            entry = None
        if isinstance(entry, dict):
            if "role" in entry:
                return text
            entry["role"] = role
            return json.dumps(entry, ensure_ascii=False)
    level = "INFO"
    if any(mark in text for mark in ("[emerg]", "[alert]", "[crit]", "[error]", "Traceback", "Error:")):
        level = "ERROR"
    elif "[warn]" in text:
        level = "WARNING"
    moment = datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")
    entry = {"time": moment, "level": level, "logger": "output", "message": text, "role": role}
    return json.dumps(entry, ensure_ascii=False)


class Supervisor:
    """Runs the children of :class:`ChildSpec`; ``restart=False`` leaves a crashed child down."""

    def __init__(
        self,
        specs: list[ChildSpec],
        *,
        log_dir: Path,
        log_stream: IO[str] | None = None,
        restart: bool = True,
        initial_backoff: float = 1.0,
        max_backoff: float = 30.0,
        stop_timeout: float = 20.0,
    ) -> None:
        self.children = {spec.name: _Child(spec, backoff=initial_backoff) for spec in specs}
        self.log_dir = log_dir
        self.log_stream = log_stream
        self.restart = restart
        self.initial_backoff = initial_backoff
        self.max_backoff = max_backoff
        self.stop_timeout = stop_timeout
        self._lock = threading.RLock()
        self._write_lock = threading.Lock()
        self._wake = threading.Event()
        self._stopping = threading.Event()
        self._thread = threading.Thread(target=self._run, name="dialoog-supervisor", daemon=True)

    # -- public -------------------------------------------------------------------------------

    def start(self) -> None:
        """Start every child (from the supervising thread, which owns them)."""
        self.log_dir.mkdir(parents=True, exist_ok=True)
        with self._lock:
            for child in self.children.values():
                child.wanted, child.next_start = True, 0.0
        self._thread.start()

    def stop(self) -> None:
        """Stop the children in their groups' order (SIGTERM, then SIGKILL after ``stop_timeout``)."""
        if not self._thread.is_alive():
            return
        self._stopping.set()
        self._wake.set()
        self._thread.join(timeout=self.stop_timeout * 3 + 10)

    def pid(self, name: str) -> int | None:
        """The pid of the running child ``name`` (None while it is down)."""
        child = self.children[name]
        process = child.process
        return process.pid if process is not None and process.poll() is None else None

    def send_signal(self, name: str, sig: int) -> None:
        """Send ``sig`` to the child ``name`` (its main process)."""
        pid = self.pid(name)
        if pid is None:
            raise ProcessLookupError(f"{name} is not running")
        os.kill(pid, sig)
        self._wake.set()

    def wait_ready(self, name: str, timeout: float) -> None:
        """Block until ``name`` runs and its probe says ready; TimeoutError or RuntimeError with its last lines."""
        child = self.children[name]
        deadline = time.monotonic() + timeout
        restarts = child.restarts
        while time.monotonic() < deadline:
            pid = self.pid(name)
            if pid is not None and child.spec.ready(pid):
                return
            if not child.wanted and pid is None:
                raise RuntimeError(f"{name} stopped and is not restarted:\n{self.tail(name)}")
            if child.restarts - restarts >= START_ATTEMPTS:
                raise RuntimeError(f"{name} exited {START_ATTEMPTS} times while starting:\n{self.tail(name)}")
            time.sleep(0.1)
        raise TimeoutError(f"{name} not ready within {timeout:.0f}s; its last lines:\n{self.tail(name)}")

    def tail(self, name: str) -> str:
        """The last lines the child printed."""
        return "\n".join(self.children[name].tail)

    # -- the supervising thread ---------------------------------------------------------------

    def _run(self) -> None:
        try:
            while not self._stopping.is_set():
                with self._lock:
                    for child in self.children.values():
                        self._check(child)
                self._wake.wait(0.1)
                self._wake.clear()
        finally:
            self._shutdown()

    def _check(self, child: _Child) -> None:
        now = time.monotonic()
        if child.process is not None and child.process.poll() is not None:
            self._reaped(child, now)
        if child.wanted and child.process is None and now >= child.next_start:
            try:
                self._spawn(child)
            except OSError as error:
                child.next_start = now + child.backoff
                child.backoff = min(child.backoff * 2, self.max_backoff)
                log.error("could not start %s: %s", child.spec.name, error, extra={"child": child.spec.name})

    def _reaped(self, child: _Child, now: float) -> None:
        process, name = child.process, child.spec.name
        assert process is not None
        code = process.returncode
        how = f"signal {-code}" if code < 0 else f"code {code}"
        if code < 0 and -code in signal.valid_signals():
            how = f"signal {signal.Signals(-code).name}"
        self._kill_group(process.pid)
        child.process = None
        if not self.restart:
            child.wanted = False
            log.error("%s exited (%s); not restarted", name, how)
            return
        if now - child.started_at >= STABLE_SECONDS:
            child.backoff = self.initial_backoff
        child.next_start = now + child.backoff
        child.restarts += 1
        log.warning("%s exited (%s); restarting in %.1f s", name, how, child.backoff, extra={"child": name})
        child.backoff = min(child.backoff * 2, self.max_backoff)

    def _spawn(self, child: _Child) -> None:
        spec = child.spec
        process = subprocess.Popen(
            spec.command,
            env=spec.env,
            cwd=spec.cwd,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            start_new_session=True,
            preexec_fn=_die_with_parent,
        )
        child.process, child.started_at = process, time.monotonic()
        child.reader = threading.Thread(target=self._forward, args=(child, process), daemon=True)
        child.reader.start()
        log.info("started %s (pid %d)", spec.name, process.pid, extra={"child": spec.name})

    def _forward(self, child: _Child, process: subprocess.Popen[bytes]) -> None:
        """Copy the child's output, line by line; never stop reading (a full pipe would block the child)."""
        assert process.stdout is not None
        with (self.log_dir / f"{child.spec.name}.log").open("a", encoding="utf-8") as file:
            for raw in process.stdout:
                line = structured_line(raw.decode("utf-8", "replace"), child.spec.name)
                child.tail.append(line)
                with self._write_lock:
                    self._write(file, line)
                    if self.log_stream is not None and not self._write(self.log_stream, line):
                        self.log_stream = None  # stderr went away (a closed terminal): keep the files

    @staticmethod
    def _write(stream: IO[str], line: str) -> bool:
        try:
            stream.write(line + "\n")
            stream.flush()
        except (OSError, ValueError):
            return False
        return True

    @staticmethod
    def _kill_group(pgid: int, sig: int = signal.SIGKILL) -> None:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(pgid, sig)

    def _shutdown(self) -> None:
        with self._lock:
            for child in self.children.values():
                child.wanted = False
            for group in sorted({child.spec.stop_group for child in self.children.values()}):
                members = [c for c in self.children.values() if c.spec.stop_group == group and c.process is not None]
                for child in members:
                    if child.process is not None and child.process.poll() is None:
                        log.info("stopping %s", child.spec.name)
                        child.process.send_signal(child.spec.stop_signal)
                deadline = time.monotonic() + self.stop_timeout
                for child in members:
                    assert child.process is not None
                    try:
                        child.process.wait(timeout=max(0.1, deadline - time.monotonic()))
                    except subprocess.TimeoutExpired:
                        log.warning("%s did not stop within %.0f s; killed", child.spec.name, self.stop_timeout)
                    self._kill_group(child.process.pid)
                    child.process.wait()
                    child.process = None
            for child in self.children.values():
                if child.reader is not None:
                    child.reader.join(timeout=5)
