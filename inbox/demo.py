"""The demo: one command starts the inbox with the X sandbox and simulated voters."""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable

import click
from flask import Flask
from flask_migrate import upgrade
from sqlalchemy import select

from inbox.ingest.provider_hosts import allow_loopback
from inbox.models import ChannelAccount, ChannelKind, Role, User, db
from inbox.runner import run_server
from inbox.sandbox.server import LoopbackServer
from inbox.sandbox.voters import VoterSimulator
from inbox.sandbox.x_api import XSandbox
from inbox.services.users import create_office, create_user, find_office

log = logging.getLogger(__name__)

DEMO_OFFICE = "Demo"
DEMO_PASSWORD = "dialoog-demo"
POLITICIAN_X_ID = "1500000000000000001"
POLITICIAN_HANDLE = "ElsVermeulenBE"
# Further sandboxed channels: each module's ``start_demo(office_id)`` runs inside the app
# context, starts its loopback provider and simulated voters, connects a channel account
# of the office to it, and returns a function that stops them.
DEMO_CHANNELS: tuple[str, ...] = (
    "inbox.sandbox.meta_demo:start_demo",
    "inbox.sandbox.mail_demo:start_demo",
    "inbox.sandbox.form_demo:start_demo",  # after the mail demo: the form copies its SMTP settings
    "inbox.sandbox.mastodon_demo:start_demo",
    "inbox.sandbox.bluesky_demo:start_demo",
)
DEMO_USERS = (
    ("admin@demo.dialoog.test", "Ada Admin", Role.ADMIN),
    ("els@demo.dialoog.test", "Els Vermeulen", Role.POLITICIAN),
    ("pieter@demo.dialoog.test", "Pieter Claes", Role.STAFF),
    ("amelie@demo.dialoog.test", "Amélie Dubois", Role.STAFF),
)


def seed_demo(api_base_url: str, credentials: dict[str, str]) -> ChannelAccount:
    """Create the Demo office, its users and X account once; point the account at the sandbox."""
    office = find_office(DEMO_OFFICE) or create_office(DEMO_OFFICE)
    for email, name, role in DEMO_USERS:
        user = db.session.execute(select(User).where(User.email == email)).scalar_one_or_none()
        if user is None:
            create_user(office.id, email, name, DEMO_PASSWORD, role)
        else:  # the published demo password stays usable (upgrade 0015 asks every older account for a new one)
            user.must_change_password = False
    account = db.session.execute(
        select(ChannelAccount).where(ChannelAccount.office_id == office.id, ChannelAccount.kind == ChannelKind.X)
    ).scalar_one_or_none()
    if account is None:
        account = ChannelAccount(
            office_id=office.id, kind=ChannelKind.X, handle=POLITICIAN_HANDLE, external_id=POLITICIAN_X_ID
        )
        db.session.add(account)
    account.credentials = credentials
    account.settings = {"api_base_url": api_base_url, "poll_seconds": 1}
    account.next_poll_at = None
    db.session.commit()
    return account


def start_x_sandbox() -> tuple[XSandbox, LoopbackServer, dict[str, str]]:
    """Start the loopback X API with the politician's account; returns its credentials."""
    sandbox = XSandbox(mentions_limit=1800)
    sandbox.add_user(POLITICIAN_HANDLE, "Els Vermeulen", user_id=POLITICIAN_X_ID)
    token, secret = sandbox.issue_access_token(POLITICIAN_X_ID)
    server = LoopbackServer(sandbox.app())
    server.start()
    credentials = {
        "consumer_key": sandbox.consumer_key,
        "consumer_secret": sandbox.consumer_secret,
        "access_token": token,
        "access_token_secret": secret,
    }
    return sandbox, server, credentials


def run_demo(app: Flask, *, host: str, port: int, interval: float) -> None:
    """Migrate, seed, start the sandbox and the simulator, then serve until Ctrl-C."""
    allow_loopback(app)  # the channel sandboxes listen on loopback, which production refuses
    with app.app_context():
        upgrade()
        _sandbox, server, credentials = start_x_sandbox()
        account = seed_demo(server.base_url, credentials)
        stoppers = start_demo_channels(account.office_id)
    simulator = VoterSimulator(server.base_url, POLITICIAN_HANDLE, POLITICIAN_X_ID, interval_seconds=interval)
    simulator.start()
    click.echo(f"\nDialoog demo: open http://{host}:{port}  (X sandbox at {server.base_url})")
    click.echo(f"Logins (password for all: {DEMO_PASSWORD}):")
    for email, name, role in DEMO_USERS:
        click.echo(f"  {role.value:<10} {email:<28} {name}")
    click.echo("Invitations and password-reset mails are saved in instance/outbox/ (.eml files).")
    click.echo("Ctrl-C stops everything; the data stays in the instance/ folder.\n")
    run_server(app, host=host, port=port, on_stop=[simulator.stop, server.stop, *stoppers])


def start_demo_channels(office_id: int) -> list[Callable[[], None]]:
    """Start every sandboxed channel of ``DEMO_CHANNELS`` for the office; returns their stop functions."""
    stoppers = []
    for target in DEMO_CHANNELS:
        module_name, _, function_name = target.partition(":")
        start_demo = getattr(importlib.import_module(module_name), function_name)
        stoppers.append(start_demo(office_id))
    return stoppers
