"""Fixtures for the contact form and contact linking: a real SMTP server on loopback, offices, logins."""

from __future__ import annotations

import email
import re
import socket
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.policy import default as default_policy
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from flask import Flask
from flask.testing import FlaskClient

from inbox.models import ChannelAccount, ChannelKind, User, db
from tests.clients import isolated_client, login
from tests.factories import OfficeSetup, office_with_users


def free_port() -> int:
    """A TCP port nothing listens on right now (aiosmtpd cannot bind port 0)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class Mailbox:
    """Every mail the loopback SMTP server accepted."""

    port: int
    received: list[tuple[list[str], EmailMessage]] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802 (aiosmtpd hook)
        """Keep the mail (aiosmtpd calls this for each message)."""
        parsed = email.message_from_bytes(envelope.content, policy=default_policy)
        with self.lock:
            self.received.append((list(envelope.rcpt_tos), parsed))  # type: ignore[arg-type]
        return "250 OK"

    def messages_to(self, address: str) -> list[EmailMessage]:
        """Mails whose envelope recipients include ``address``."""
        with self.lock:
            return [message for recipients, message in self.received if address in recipients]


@pytest.fixture
def smtp_server() -> Iterator[Mailbox]:
    """A real aiosmtpd server on a free loopback port."""
    mailbox = Mailbox(port=free_port())
    controller = Controller(mailbox, hostname="127.0.0.1", port=mailbox.port)
    controller.start()
    try:
        yield mailbox
    finally:
        controller.stop()


def email_account(office_id: int, smtp_port: int, *, address: str = "office@kamer.example") -> ChannelAccount:
    """The office's EMAIL account; the form's WEBFORM account copies its SMTP settings on first use."""
    account = ChannelAccount(
        office_id=office_id,
        kind=ChannelKind.EMAIL,
        handle=address,
        credentials={"smtp_host": "127.0.0.1", "smtp_port": smtp_port, "smtp_security": "none"},
        settings={"from_address": address, "from_name": "Kabinet Peeters"},
    )
    db.session.add(account)
    db.session.commit()
    return account


@pytest.fixture
def form_office(app: Flask, smtp_server: Mailbox) -> OfficeSetup:
    """An office whose e-mail account sends through the loopback SMTP server; forms accept instant posts."""
    app.config["DIALOOG_FORM_MIN_SECONDS"] = 0
    setup = office_with_users("Kabinet Peeters")
    email_account(setup.office.id, smtp_server.port)
    return setup


@pytest.fixture
def staff_client(app: Flask) -> Callable[[User], tuple[FlaskClient, dict[str, str]]]:
    """A logged-in client for a user, with the CSRF header to send on writes."""

    def make(user: User) -> tuple[FlaskClient, dict[str, str]]:
        client = isolated_client(app)
        token = login(client, user)
        return client, {"X-CSRFToken": token}

    return make


class FormVisitor:
    """A voter's browser on the public form: loads the page, then posts it with its token."""

    def __init__(self, app: Flask, form_key: str, ip: str = "198.51.100.7") -> None:
        self.client = isolated_client(app)
        self.form_key = form_key
        self.environ = {"REMOTE_ADDR": ip}

    def open(self, lang: str | None = None, headers: dict[str, str] | None = None) -> str:
        """Load the form; returns its HTML and remembers the form token."""
        query = f"?lang={lang}" if lang else ""
        page = self.client.get(f"/form/{self.form_key}{query}", headers=headers or {}, environ_base=self.environ)
        assert page.status_code == 200, page.status_code
        html = page.get_data(as_text=True)
        self.token = re.search(r'name="token" value="([^"]+)"', html).group(1)  # type: ignore[union-attr]
        return html

    def post(self, **fields: str) -> Any:
        """Post the form with these fields (defaults: a complete, valid post in Dutch)."""
        data = {
            "name": "Jan Peeters",
            "email": "jan.peeters@example.be",
            "postcode": "9000",
            "message": "Wanneer komt er een veilig fietspad langs de Coupure?",
            "consent": "yes",
            "website": "",
            "lang": "nl",
            "token": self.token,
        }
        data.update(fields)
        data = {key: value for key, value in data.items() if value is not None}
        return self.client.post(f"/form/{self.form_key}", data=data, environ_base=self.environ)


@pytest.fixture
def visitor() -> Callable[..., FormVisitor]:
    """Make a FormVisitor for a form key (and client address) on the app of the test."""
    from flask import current_app

    def make(form_key: str, ip: str = "198.51.100.7") -> FormVisitor:
        return FormVisitor(current_app._get_current_object(), form_key, ip)  # type: ignore[attr-defined]

    return make


def form_key_of(office_id: int) -> str:
    """The office's public form key (created on first use)."""
    from inbox.services.webform.submissions import form_for_office

    return form_for_office(office_id).form_key
