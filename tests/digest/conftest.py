"""Digest fixtures: a real SMTP server (aiosmtpd) on loopback and an app that mails through it."""

from __future__ import annotations

import dataclasses
import socket
import threading
from collections.abc import Iterator
from email import message_from_bytes, policy
from email.message import EmailMessage

import pytest
from aiosmtpd.controller import Controller
from flask import Flask
from flask.testing import FlaskClient

from inbox.models import User
from tests.clients import logged_in_client


class Mailbox:
    """Collects every message the SMTP server accepts; can refuse the next ``refuse`` deliveries with 451."""

    def __init__(self) -> None:
        self.messages: list[EmailMessage] = []
        self.refuse = 0
        self.lock = threading.Lock()

    async def handle_DATA(self, server, session, envelope) -> str:  # noqa: N802 (aiosmtpd's hook name)
        """Store the message (or refuse it, temporarily)."""
        with self.lock:
            if self.refuse:
                self.refuse -= 1
                return "451 4.3.0 mailbox busy, try again later"
            self.messages.append(message_from_bytes(envelope.content, policy=policy.default))
        return "250 OK"

    def to(self, address: str) -> list[EmailMessage]:
        """Messages addressed to ``address``."""
        return [message for message in self.messages if message["To"] == address]


def free_port() -> int:
    """A loopback port nothing listens on right now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def smtp_server() -> Iterator[tuple[Mailbox, int]]:
    """aiosmtpd on a free loopback port: (mailbox, port)."""
    mailbox = Mailbox()
    port = free_port()
    controller = Controller(mailbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield mailbox, port
    finally:
        controller.stop()


@pytest.fixture
def mail_app(app: Flask, smtp_server: tuple[Mailbox, int]) -> Mailbox:
    """Point the ``app`` fixture (SQLite and PostgreSQL) at the loopback SMTP server; the mailbox."""
    mailbox, port = smtp_server
    settings = app.extensions["dialoog.settings"]
    app.extensions["dialoog.settings"] = dataclasses.replace(
        settings,
        smtp_host="127.0.0.1",
        smtp_port=port,
        smtp_security="none",
        mail_from="Dialoog <digest@dialoog.test>",
        public_url="https://inbox.example.test",
    )
    return mailbox


def client_for(app: Flask, user: User) -> FlaskClient:
    """A test client logged in as ``user``."""
    return logged_in_client(app, user, csrf_header=False)
