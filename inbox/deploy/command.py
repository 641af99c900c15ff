"""``python -m inbox production``: the whole production topology on this host, in one command."""

from __future__ import annotations

import os
import signal
import sys
import threading

import click
from flask import current_app

from inbox.logging_setup import ROLE_VARIABLE, configure_logging


def _check_services() -> tuple[str, str]:
    """PostgreSQL and Redis from the environment, or a UsageError saying what to set."""
    settings = current_app.extensions["dialoog.settings"]
    missing = []
    if not settings.database_url.startswith("postgresql"):
        missing.append("DATABASE_URL=postgresql://USER:PASSWORD@HOST:5432/DBNAME (PostgreSQL; SQLite is the demo's)")
    if not settings.redis_url:
        missing.append("REDIS_URL=redis://HOST:6379/0 (queues and live events shared by all processes)")
    if missing:
        raise click.UsageError("production mode needs PostgreSQL and Redis; set\n  " + "\n  ".join(missing))
    return settings.database_url, settings.redis_url


@click.command("production")
@click.option("--web", "web_processes", default=2, show_default=True, help="gunicorn web processes (one worker each).")
@click.option("--port", default=8080, show_default=True, help="Port of the proxy: the address users open.")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address of the proxy (0.0.0.0: all interfaces).")
@click.option("--web-port", type=int, help="Internal port of the first web process, the next ones follow [--port + 1].")
@click.option(
    "--triage-workers",
    "triage_processes",
    default=1,
    show_default=True,
    type=click.IntRange(min=1),
    help="Triage worker processes (each loads the models, ~1 GB; they share the cores).",
)
def production_command(web_processes: int, port: int, host: str, web_port: int | None, triage_processes: int) -> None:
    """Migrate, then run nginx, the web processes, the ingest, triage and send workers and the scheduler.

    Needs DATABASE_URL (PostgreSQL) and REDIS_URL. Every process logs JSON lines (to stderr
    and to instance/production/logs/); a process that crashes is restarted. Ctrl-C or SIGTERM
    stops everything cleanly.
    """
    from inbox.deploy.topology import Topology

    database_url, redis_url = _check_services()
    settings = current_app.extensions["dialoog.settings"]
    os.environ[ROLE_VARIABLE] = "supervisor"
    configure_logging(settings.log_level, "json")
    first = web_port or port + 1
    topology = Topology(
        database_url=database_url,
        redis_url=redis_url,
        instance_dir=settings.instance_dir,
        web_processes=web_processes,
        proxy_port=port,
        proxy_host=host,
        web_ports=list(range(first, first + web_processes)),
        triage_processes=triage_processes,
        log_stream=sys.stderr,
    )
    stop = threading.Event()
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda _signum, _frame: stop.set())
    click.echo("Starting: db upgrade, then nginx, web processes, workers and the scheduler…", err=True)
    try:
        topology.start()
    except (RuntimeError, TimeoutError, FileNotFoundError) as error:
        raise click.ClickException(str(error)) from None
    click.echo(f"Dialoog is up at http://{host}:{port}  (health: /healthz, readiness: /readyz)")
    for name in topology.process_names():
        where = ""
        if name.startswith("web-"):
            where = f"  {topology.web_urls[int(name.split('-')[1]) - 1]}"
        elif name == "proxy":
            where = f"  http://{host}:{port}"
        click.echo(f"  {name:<14} pid {topology.pid(name):<7}{where}")
    click.echo(f"Logs: {topology.log_dir}/<name>.log and stderr (JSON lines). Ctrl-C stops everything.")
    try:
        while not stop.wait(0.5):
            pass
    finally:
        click.echo("Stopping…", err=True)
        topology.stop()
        click.echo("Stopped.", err=True)
