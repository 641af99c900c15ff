"""The demo: one command starts the inbox with the X sandbox and simulated voters."""

from __future__ import annotations

import importlib
import logging
import threading
import time
from collections.abc import Callable

import click
from flask import Flask
from flask_migrate import upgrade
from sqlalchemy import select

from inbox.models import ChannelAccount, ChannelKind, Role, User, db
from inbox.provider_hosts import allow_loopback
from inbox.runner import run_server
from inbox.sandbox.server import LoopbackServer
from inbox.sandbox.voters import VoterSimulator
from inbox.sandbox.x.api import XSandbox
from inbox.services.access.users import create_office, create_user, find_office
from inbox.services.replies.canned import list_canned_replies, save_canned_reply

log = logging.getLogger(__name__)

DEMO_OFFICE = "Demo"
DEMO_PASSWORD = "dialoog-demo"
POLITICIAN_X_ID = "1500000000000000001"
POLITICIAN_HANDLE = "ElsVermeulenBE"
# Further sandboxed channels: each module's ``start_demo(office_id)`` runs inside the app
# context, starts its loopback provider and simulated voters, connects a channel account
# of the office to it, and returns a function that stops them.
DEMO_CHANNELS: tuple[str, ...] = (
    "inbox.sandbox.meta.demo:start_demo",
    "inbox.sandbox.mail.demo:start_demo",
    "inbox.sandbox.webform.demo:start_demo",  # after the mail demo: the form copies its SMTP settings
    "inbox.sandbox.mastodon.demo:start_demo",
    "inbox.sandbox.bluesky.demo:start_demo",
)
# A few canned replies to try, one per language the demo's voters write in.
DEMO_CANNED = (
    ("Bedankt", "nl", "Beste {voter_name}, bedankt voor uw bericht. We zoeken het uit. {politician_name}"),
    ("Merci", "fr", "Bonjour {voter_name}, merci pour votre message. Nous examinons la question. {politician_name}"),
    ("Thanks", "en", "Dear {voter_name}, thank you for your message. We are looking into it. {politician_name}"),
    ("Danke", "de", "Hallo {voter_name}, danke für Ihre Nachricht. Wir prüfen das. {politician_name}"),
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
    seed_canned_replies(office.id)
    from inbox.sandbox.answered_history import seed_answered_history
    from inbox.services.access.office_members import politician_name

    seed_answered_history(account, politician_name(office.id))  # "Answered before" has a history (issue 20)
    return account


def seed_canned_replies(office_id: int) -> None:
    """Give the Demo office its canned replies in Dutch, French, English and German (once)."""
    if list_canned_replies(office_id):
        return
    admin = db.session.execute(select(User).where(User.email == DEMO_USERS[0][0])).scalar_one()
    for title, language, body in DEMO_CANNED:
        save_canned_reply(office_id, admin, title, language, body)


def source_interval(interval: float) -> float:
    """Seconds between messages of each simulated source, so that all together send one every ``interval``."""
    return interval * (1 + len(DEMO_CHANNELS))  # the X voters and each further channel


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
    """Migrate, seed, start the sandbox and the simulator, then serve until Ctrl-C.

    ``interval``: average seconds between two voter messages, all channels together.
    """
    allow_loopback(app)  # the channel sandboxes listen on loopback, which production refuses
    with app.app_context():
        upgrade()
        _sandbox, server, credentials = start_x_sandbox()
        account = seed_demo(server.base_url, credentials)
        stoppers = start_demo_channels(account.office_id, source_interval(interval))
        start_month_seeding(app, account.office_id)
    simulator = VoterSimulator(
        server.base_url, POLITICIAN_HANDLE, POLITICIAN_X_ID, interval_seconds=source_interval(interval)
    )
    simulator.start()
    click.echo(f"\nDialoog demo: open http://{host}:{port}  (X sandbox at {server.base_url})")
    click.echo(f"Logins (password for all: {DEMO_PASSWORD}):")
    for email, name, role in DEMO_USERS:
        click.echo(f"  {role.value:<10} {email:<28} {name}")
    click.echo(f"Voters write about once every {interval:g} s (python -m inbox demo --interval SECONDS).")
    click.echo("Invitations and password-reset mails are saved in instance/outbox/ (.eml files).")
    click.echo("Ctrl-C stops everything; the data stays in the instance/ folder.\n")
    run_server(app, host=host, port=port, on_stop=[simulator.stop, server.stop, *stoppers])


def start_month_seeding(app: Flask, office_id: int) -> threading.Thread:
    """Seed the month of answered history (once) in a background thread, logging its progress;
    the web server answers meanwhile, and the demo's triage worker helps tag the history."""

    def seed() -> None:
        from inbox.sandbox.demo_month import already_seeded, seed_month
        from inbox.services.access.office_members import politician_name

        with app.app_context():
            try:
                if not already_seeded(office_id):
                    time.sleep(1)  # let the server start first
                    seed_month(office_id, politician_name(office_id), progress=log.info)
            except Exception:  # the live demo goes on without its history
                log.exception("demo history: seeding failed")
            finally:
                db.session.remove()

    thread = threading.Thread(target=seed, name="demo-history", daemon=True)
    thread.start()
    return thread


def start_demo_channels(office_id: int, interval_seconds: float) -> list[Callable[[], None]]:
    """Start every sandboxed channel of ``DEMO_CHANNELS`` for the office, each with simulated voters
    writing every ``interval_seconds`` on average; returns their stop functions."""
    stoppers = []
    for target in DEMO_CHANNELS:
        module_name, _, function_name = target.partition(":")
        start_demo = getattr(importlib.import_module(module_name), function_name)
        stoppers.append(start_demo(office_id, interval_seconds=interval_seconds))
    return stoppers
