"""The production topology on one host, as a reusable object (the command, tests, load scripts).

::

    nginx :8080 (sticky route cookie, WebSockets) ──► web-1 gunicorn :8081 ─┐
                                                 └──► web-2 gunicorn :8082 ─┤ Socket.IO events
    worker-ingest  (polls)       ─┐                                        │ through Redis
    worker-triage  (models)      ─┼── Huey queues in Redis ◄── scheduler    │
    worker-send    (replies, digests) ┘                                    ─┘
                         all ──► PostgreSQL

``start()`` runs ``db upgrade``, writes the nginx configuration into the instance folder,
starts every process under a :class:`~inbox.deploy.supervisor.Supervisor` and waits until
each web process's ``/readyz`` answers 200, the workers consume (the triage worker has its
models loaded), the scheduler has run a round and nginx listens.
"""

from __future__ import annotations

import logging
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from types import TracebackType
from typing import IO

import requests

from inbox.config import PROJECT_DIR
from inbox.deploy.nginx import nginx_command, write_config
from inbox.deploy.readiness import READY_VARIABLE, ready_pid
from inbox.deploy.supervisor import ChildSpec, Supervisor, structured_line

log = logging.getLogger(__name__)

QUEUE_NAMES = ("ingest", "triage", "send")
DEFAULT_WORKER_THREADS = {"ingest": 4, "triage": 2, "send": 4}
ENDING_SIGNALS = {signal.SIGKILL, signal.SIGTERM, signal.SIGINT, signal.SIGQUIT, signal.SIGABRT}


def free_port(host: str = "127.0.0.1") -> int:
    """A TCP port nobody listens on right now."""
    with socket.socket() as probe:
        probe.bind((host, 0))
        return int(probe.getsockname()[1])


def _port_in_use(host: str, port: int) -> bool:
    with socket.socket() as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError:
            return True
    return False


def _answers(url: str) -> bool:
    try:
        return requests.get(url, timeout=2).status_code == 200
    except requests.RequestException:
        return False


class Topology:
    """nginx, N gunicorn web processes, one worker per queue (triage: one or more) and the scheduler, supervised."""

    def __init__(
        self,
        *,
        database_url: str,
        redis_url: str,
        instance_dir: Path,
        web_processes: int = 2,
        proxy_port: int = 8080,
        extra_env: dict[str, str] | None = None,
        supervise: bool = True,
        proxy_host: str = "127.0.0.1",
        web_ports: list[int] | None = None,
        worker_threads: dict[str, int] | None = None,
        triage_processes: int = 1,
        log_stream: IO[str] | None = None,
        restart_backoff: float = 1.0,
    ) -> None:
        if web_processes < 1:
            raise ValueError("at least one web process is needed")
        if triage_processes < 1:
            raise ValueError("at least one triage worker process is needed")
        self.database_url, self.redis_url = database_url, redis_url
        self.instance_dir = Path(instance_dir).resolve()
        self.base_dir = self.instance_dir / "production"
        self.log_dir = self.base_dir / "logs"
        self.proxy_host, self.proxy_port = proxy_host, proxy_port
        self.web_ports = list(web_ports) if web_ports else [free_port() for _ in range(web_processes)]
        if len(self.web_ports) != web_processes:
            raise ValueError(f"{web_processes} web processes need {web_processes} ports, not {len(self.web_ports)}")
        self._local_proxy_host = "127.0.0.1" if proxy_host in ("0.0.0.0", "") else proxy_host
        self.proxy_url = f"http://{self._local_proxy_host}:{proxy_port}"
        self.web_urls = [f"http://127.0.0.1:{port}" for port in self.web_ports]
        self.extra_env = dict(extra_env or {})
        self.supervise = supervise
        self.worker_threads = {**DEFAULT_WORKER_THREADS, **(worker_threads or {})}
        self.triage_processes = triage_processes
        self.log_stream = log_stream
        self.restart_backoff = restart_backoff
        self._supervisor: Supervisor | None = None
        self._killed: dict[str, int] = {}

    # -- what runs ------------------------------------------------------------------------------

    def process_names(self) -> list[str]:
        """Every supervised process, e.g. proxy, web-1, web-2, worker-ingest, worker-triage, worker-send, scheduler."""
        webs = [f"web-{number}" for number in range(1, len(self.web_ports) + 1)]
        return ["proxy", *webs, *self.worker_names(), "scheduler"]

    def worker_names(self) -> list[str]:
        """One worker process per queue; the triage queue may have more: worker-triage, worker-triage-2, …"""
        names = []
        for queue in QUEUE_NAMES:
            names.append(f"worker-{queue}")
            if queue == "triage":
                names += [f"worker-triage-{number}" for number in range(2, self.triage_processes + 1)]
        return names

    def environment(self, role: str) -> dict[str, str]:
        """The environment of one process of the topology."""
        env = {
            **os.environ,
            "DATABASE_URL": self.database_url,
            "REDIS_URL": self.redis_url,
            "DIALOOG_JOBS": "workers",
            "DIALOOG_INSTANCE_DIR": str(self.instance_dir),
            "DIALOOG_LOG_FORMAT": "json",
            "DIALOOG_PUBLIC_URL": os.environ.get("DIALOOG_PUBLIC_URL") or self.proxy_url,
            "PYTHONUNBUFFERED": "1",
            "PYTHONPATH": os.pathsep.join(filter(None, [str(PROJECT_DIR), os.environ.get("PYTHONPATH")])),
            **self.extra_env,
            "DIALOOG_PROCESS_ROLE": role,
        }
        env.pop("FLASK_RUN_FROM_CLI", None)
        return env

    def _ready_file(self, name: str) -> Path:
        return self.base_dir / "run" / f"{name}.ready"

    def _specs(self, nginx_config: Path) -> list[ChildSpec]:
        python = sys.executable
        specs = [
            ChildSpec("proxy", nginx_command(nginx_config), self.environment("proxy"), self._proxy_ready, stop_group=0)
        ]
        for number, (port, url) in enumerate(zip(self.web_ports, self.web_urls, strict=True), start=1):
            name = f"web-{number}"
            command = [python, "-m", "gunicorn", "-c", "python:inbox.deploy.gunicorn_conf", "-b", f"127.0.0.1:{port}"]
            command += ["-n", f"dialoog-{name}", "inbox.deploy.wsgi:app"]
            probe = lambda _pid, url=url: _answers(f"{url}/readyz")  # noqa: E731
            specs.append(ChildSpec(name, command, self.environment(name), probe, cwd=PROJECT_DIR))
        for name in self.worker_names():
            queue = name.split("-")[1]
            command = [python, "-m", "inbox", "worker", "--queue", queue, "--workers", str(self.worker_threads[queue])]
            specs.append(self._ready_file_child(name, command))
        specs.append(self._ready_file_child("scheduler", [python, "-m", "inbox", "scheduler"], stop_group=0))
        return specs

    def _ready_file_child(self, name: str, command: list[str], stop_group: int = 1) -> ChildSpec:
        ready_file = self._ready_file(name)
        env = {**self.environment(name), READY_VARIABLE: str(ready_file)}
        if name.startswith("worker-triage") and self.triage_processes > 1 and "OMP_NUM_THREADS" not in env:
            # several triage processes share the cores: each runs the encoder on its share of them
            env["OMP_NUM_THREADS"] = str(max(1, len(os.sched_getaffinity(0)) // self.triage_processes))
        probe = lambda pid: ready_pid(ready_file) == pid  # noqa: E731
        return ChildSpec(name, command, env, probe, stop_group=stop_group, cwd=PROJECT_DIR)

    def _proxy_ready(self, pid: int) -> bool:
        if ready_pid(self.base_dir / "run" / "nginx.pid") != pid:
            return False
        try:
            with socket.create_connection((self._local_proxy_host, self.proxy_port), timeout=1):
                return True
        except OSError:
            return False

    # -- lifecycle ------------------------------------------------------------------------------

    def _preflight(self) -> Path:
        wanted = [(self.proxy_host or "0.0.0.0", self.proxy_port), *(("127.0.0.1", port) for port in self.web_ports)]
        busy = [port for host, port in wanted if _port_in_use(host, port)]
        if busy:
            ports = ", ".join(map(str, busy))
            raise RuntimeError(f"port(s) {ports} already in use: stop what listens there or pick others")
        self.log_dir.mkdir(parents=True, exist_ok=True)
        (self.base_dir / "run").mkdir(parents=True, exist_ok=True)
        for name in self.process_names():
            self._ready_file(name).unlink(missing_ok=True)
        upstreams = [f"127.0.0.1:{port}" for port in self.web_ports]
        listen = f"{self.proxy_host}:{self.proxy_port}"
        config = write_config(listen=listen, upstreams=upstreams, base_dir=self.base_dir)
        checked = subprocess.run(nginx_command(config, test=True), capture_output=True, text=True, check=False)
        if checked.returncode != 0:
            raise RuntimeError(f"nginx refuses its configuration {config}:\n{checked.stderr}")
        return config

    def migrate(self) -> None:
        """Run ``python -m inbox db upgrade`` against the topology's database."""
        command = [sys.executable, "-m", "inbox", "db", "upgrade"]
        done = subprocess.run(
            command, env=self.environment("migrate"), cwd=PROJECT_DIR, capture_output=True, text=True, check=False
        )
        with (self.log_dir / "migrate.log").open("a", encoding="utf-8") as file:
            for line in (done.stdout + done.stderr).splitlines():
                file.write(structured_line(line, "migrate") + "\n")
        if done.returncode != 0:
            raise RuntimeError(f"`db upgrade` failed (exit {done.returncode}):\n{done.stderr[-4000:]}")

    def start(self, timeout: float = 120) -> None:
        """Migrate, start every process and wait until all are ready (or raise, with everything stopped)."""
        deadline = time.monotonic() + timeout
        config = self._preflight()
        log.info("applying migrations")
        self.migrate()
        self._supervisor = Supervisor(
            self._specs(config),
            log_dir=self.log_dir,
            log_stream=self.log_stream,
            restart=self.supervise,
            initial_backoff=self.restart_backoff,
        )
        self._supervisor.start()
        try:
            for name in self.process_names():
                self._supervisor.wait_ready(name, max(1.0, deadline - time.monotonic()))
                log.info("%s ready", name)
        except BaseException:
            self.stop()
            raise

    def stop(self) -> None:
        """Stop everything: the proxy and the scheduler first, then web processes and workers."""
        if self._supervisor is not None:
            self._supervisor.stop()
            self._supervisor = None

    def __enter__(self) -> Topology:
        self.start()
        return self

    def __exit__(
        self, _type: type[BaseException] | None, _error: BaseException | None, _trace: TracebackType | None
    ) -> None:
        self.stop()

    # -- for tests and fault scripts ------------------------------------------------------------

    def _running(self) -> Supervisor:
        if self._supervisor is None:
            raise RuntimeError("the topology is not started")
        return self._supervisor

    def pid(self, name: str) -> int:
        """The pid of the process ``name`` (its master for nginx and gunicorn)."""
        pid = self._running().pid(name)
        if pid is None:
            raise ProcessLookupError(f"{name} is not running right now")
        return pid

    def kill(self, name: str, sig: int = signal.SIGKILL) -> None:
        """Send ``sig`` to ``name``; the supervisor restarts it (``supervise=True``) after its backoff."""
        supervisor = self._running()
        pid = self.pid(name)
        if sig in ENDING_SIGNALS:  # wait_running() then waits for the new process
            self._killed[name] = pid
        supervisor.send_signal(name, sig)
        if sig == signal.SIGKILL:
            deadline = time.monotonic() + 5
            while supervisor.pid(name) == pid and time.monotonic() < deadline:
                time.sleep(0.02)

    def wait_running(self, name: str, timeout: float = 60) -> None:
        """Block until ``name`` is up and ready again (a new process after :meth:`kill`)."""
        supervisor = self._running()
        deadline = time.monotonic() + timeout
        while supervisor.pid(name) in (None, self._killed.get(name)):
            if time.monotonic() >= deadline:
                raise TimeoutError(f"{name} did not come back within {timeout:.0f}s:\n{supervisor.tail(name)}")
            time.sleep(0.05)
        supervisor.wait_ready(name, max(0.1, deadline - time.monotonic()))

    def log_path(self, name: str) -> Path:
        """Where the JSON log lines of ``name`` are written."""
        return self.log_dir / f"{name}.log"
