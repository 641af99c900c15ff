"""Command-line tools, registered on the Flask app (``python -m inbox --help``).

Each command imports what it runs inside its function: ``--help`` and the other commands
stay quick and never load, say, the triage models or the sandbox.
"""

from __future__ import annotations

import logging

import click
from flask import Flask, current_app
from sqlalchemy import select

from inbox.models import ChannelAccount, Role, db

DEMO_INTERVAL_SECONDS = 20.0  # the demo's default pace: one voter message every ~20 s, all channels together

log = logging.getLogger(__name__)


def _settings():  # type: ignore[no-untyped-def]
    return current_app.extensions["dialoog.settings"]


@click.command("create-user")
@click.option("--office", "office_name", required=True, help="Office name (created if missing).")
@click.option("--email", required=True, help="Login e-mail address.")
@click.option("--name", required=True, help="Full name shown to colleagues.")
@click.option(
    "--role",
    type=click.Choice([r.value for r in Role]),
    required=True,
    help="Role in the office (viewer: the digest and dashboard only, no voter details).",
)
@click.password_option(help="Password (asked when omitted).")
def create_user_command(office_name: str, email: str, name: str, role: str, password: str) -> None:
    """Create a user with a role in an office; at their first login they choose their own password."""
    from inbox.services.access.users import create_office, create_user, find_office

    office = find_office(office_name) or create_office(office_name)
    try:
        user = create_user(office.id, email, name, password, Role(role), must_change_password=True)
    except ValueError as error:
        raise click.UsageError(str(error)) from None
    click.echo(f"Created {user.email} as {role} in {office.name}; the first login asks for a new password.")


@click.command("poll-once")
@click.option("--account", "account_id", type=int, help="Only this channel account id (default: all).")
def poll_once_command(account_id: int | None) -> None:
    """Poll channel accounts now, in this process, and print what was stored."""
    from inbox.services.intake.polling import poll_account

    ids = [account_id] if account_id else list(db.session.execute(select(ChannelAccount.id)).scalars())
    if not ids:
        raise click.ClickException("No channel accounts yet: connect one first (or run `python -m inbox demo`).")
    for current in ids:
        result = poll_account(current)
        account = db.session.get(ChannelAccount, current)
        if result is None:
            click.echo(f"{account.kind} {account.handle}: failed — {account.health_detail}", err=True)
        else:
            new, known = len(result.new_message_ids), result.duplicates
            click.echo(f"{account.kind} {account.handle}: {new} new, {known} already stored")


@click.command("worker")
@click.option(
    "--queue",
    type=click.Choice(["ingest", "triage", "send", "all"]),
    default="all",
    show_default=True,
    help="Which jobs: ingest (channel polls), triage (tagging; loads the models), send (replies, digests).",
)
@click.option("--workers", default=2, show_default=True, help="Worker threads per queue in this process.")
def worker_command(queue: str, workers: int) -> None:
    """Run background jobs from the Redis queues (scale-out mode; needs REDIS_URL)."""
    if not _settings().redis_url:
        raise click.UsageError("The worker needs REDIS_URL; in the embedded mode jobs run inside `serve`/`demo`.")
    from inbox.deploy.workers import run_workers

    run_workers(queue, workers)


@click.command("scheduler")
@click.option("--interval", default=1.0, show_default=True, help="Seconds between rounds.")
def scheduler_command(interval: float) -> None:
    """Enqueue due polls, forgotten triage and reply retries (scale-out mode)."""
    from inbox.jobs.schedule import Ticker

    click.echo("Scheduler running; Ctrl-C stops it.")
    Ticker(interval=interval).run_forever()


@click.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=5000, show_default=True)
def serve_command(host: str, port: int) -> None:
    """Run the inbox web server (with in-process jobs in the embedded mode)."""
    from inbox.runner import run_server

    if _settings().jobs_mode == "workers":
        click.echo(
            "Note: `serve` is one development-grade server; `python -m inbox production` runs nginx, "
            "gunicorn web processes, workers and the scheduler.",
            err=True,
        )

    run_server(current_app._get_current_object(), host=host, port=port)  # type: ignore[attr-defined]


@click.command("demo")
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=5000, show_default=True)
@click.option(
    "--interval",
    default=DEMO_INTERVAL_SECONDS,
    show_default=True,
    type=click.FloatRange(min=0.5),
    metavar="SECONDS",
    help="Average seconds between two simulated voter messages, all channels together "
    "(the default is a calm first look; 2 fills the inbox fast).",
)
def demo_command(host: str, port: int, interval: float) -> None:
    """Migrate, seed the Demo office (people, channels, canned replies), start the sandboxed
    channels with simulated voters, and serve the inbox."""
    from inbox.demo import run_demo

    run_demo(current_app._get_current_object(), host=host, port=port, interval=interval)  # type: ignore[attr-defined]


def register_commands(app: Flask) -> None:
    """Attach the commands to ``app.cli``."""
    from inbox.audit_cli import audit_cli
    from inbox.deploy.command import production_command
    from inbox.digest.cli import digest_cli
    from inbox.privacy_cli import privacy_cli
    from inbox.search_cli import search_cli
    from inbox.secrets_cli import secrets_cli
    from inbox.triage_cli import triage_cli

    for command in (
        create_user_command,
        poll_once_command,
        worker_command,
        scheduler_command,
        serve_command,
        demo_command,
        triage_cli,
        digest_cli,
        search_cli,
        audit_cli,
        secrets_cli,
        privacy_cli,
        production_command,
    ):
        app.cli.add_command(command)
