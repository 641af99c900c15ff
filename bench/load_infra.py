"""Throwaway PostgreSQL and Redis servers for the load-and-fault run, which may restart them.

Both live under one temporary folder, listen on free loopback ports and are removed at the
end (also on Ctrl-C). PostgreSQL runs as the ``postgres`` OS user when we are root.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import time
from pathlib import Path

import psycopg
import redis

PG_BIN = Path(os.environ.get("DIALOOG_PG_BIN", "/usr/lib/postgresql/15/bin"))


def free_port(preferred: int | None = None) -> int:
    """``preferred`` if nothing listens there, else any free loopback port."""
    for candidate in ([preferred] if preferred else []) + [0]:
        with socket.socket() as probe:
            try:
                probe.bind(("127.0.0.1", candidate))
            except OSError:
                continue
            return probe.getsockname()[1]
    raise RuntimeError("no free port")


def _as_postgres(command: list[str]) -> list[str]:
    """Run ``command`` as the postgres OS user when we are root (initdb refuses root)."""
    return ["runuser", "-u", "postgres", "--", *command] if os.geteuid() == 0 else command


class PostgresServer:
    """A private PostgreSQL cluster (trust auth) in ``folder``; ``restart`` drops every connection."""

    def __init__(self, folder: Path, port: int | None = None) -> None:
        self.folder = folder
        self.data = folder / "pgdata"
        self.port = port or free_port(55432)
        self.log = folder / "postgres.log"

    @property
    def url(self) -> str:
        """The SQLAlchemy URL of the benchmark database."""
        return f"postgresql://postgres@127.0.0.1:{self.port}/dialoog_load"

    def _run(self, *args: str, timeout: float = 120) -> None:
        subprocess.run(_as_postgres(list(args)), check=True, timeout=timeout, capture_output=True)

    def start(self) -> None:
        """initdb (first time), start, and create the database."""
        self.folder.mkdir(parents=True, exist_ok=True)
        if os.geteuid() == 0:
            shutil.chown(self.folder, "postgres", "postgres")
        if not self.data.exists():
            self._run(str(PG_BIN / "initdb"), "-D", str(self.data), "-A", "trust", "-U", "postgres", "-E", "UTF8")
        self._pg_ctl("start", "-w", "-t", "60", "-l", str(self.log))
        with psycopg.connect(f"postgresql://postgres@127.0.0.1:{self.port}/postgres", autocommit=True) as conn:
            if not conn.execute("SELECT 1 FROM pg_database WHERE datname = 'dialoog_load'").fetchone():
                conn.execute("CREATE DATABASE dialoog_load")

    def _pg_ctl(self, action: str, *extra: str) -> None:
        options = f"-p {self.port} -c listen_addresses=127.0.0.1 -c max_connections=300 -c unix_socket_directories="
        self._run(str(PG_BIN / "pg_ctl"), action, "-D", str(self.data), "-o", options, *extra)

    def restart(self, mode: str = "fast") -> None:
        """Restart the server (``fast``: clean shutdown; ``immediate``: like a crash)."""
        self._pg_ctl("restart", "-m", mode, "-w", "-t", "60", "-l", str(self.log))

    def postmaster_pid(self) -> int | None:
        """The PID of the running postmaster."""
        pid_file = self.data / "postmaster.pid"
        try:
            return int(pid_file.read_text().splitlines()[0])
        except (OSError, ValueError, IndexError):
            return None

    def stop(self) -> None:
        """Stop immediately (nothing to keep)."""
        if self.data.exists() and self.postmaster_pid():
            with contextlib.suppress(subprocess.SubprocessError, OSError):
                self._pg_ctl("stop", "-m", "immediate", "-w", "-t", "30")


class RedisServer:
    """A private redis-server without persistence; ``restart`` loses everything in it, like a crash."""

    def __init__(self, folder: Path, port: int | None = None) -> None:
        self.folder = folder
        self.port = port or free_port(56379)
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        """The Redis URL."""
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        """Start and wait until it answers PING."""
        self.folder.mkdir(parents=True, exist_ok=True)
        log = (self.folder / "redis.log").open("ab")
        self.process = subprocess.Popen(
            ["redis-server", "--port", str(self.port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
            stdout=log,
            stderr=subprocess.STDOUT,
            cwd=self.folder,
        )
        client = redis.Redis.from_url(self.url)
        deadline = time.monotonic() + 20
        while True:
            try:
                client.ping()
                return
            except redis.ConnectionError:
                if time.monotonic() > deadline:
                    raise RuntimeError(f"redis-server did not start; see {self.folder / 'redis.log'}") from None
                time.sleep(0.05)

    def pid(self) -> int | None:
        """The PID of the running server."""
        return self.process.pid if self.process and self.process.poll() is None else None

    def stop(self, sig: int = signal.SIGKILL) -> None:
        """Stop it (killed by default: no chance to save anything)."""
        if self.process and self.process.poll() is None:
            self.process.send_signal(sig)
            self.process.wait(timeout=10)
        self.process = None

    def restart(self, down_seconds: float = 3.0) -> None:
        """Kill, stay down ``down_seconds``, start again (empty)."""
        self.stop()
        time.sleep(down_seconds)
        self.start()
