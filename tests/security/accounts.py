"""Helpers for the account tests: a real SMTP server (aiosmtpd) for the deployment's mail, form posts, links."""

from __future__ import annotations

import dataclasses
import re
import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from email import message_from_bytes, policy
from email.message import EmailMessage

from aiosmtpd.controller import Controller
from flask import Flask
from flask.testing import FlaskClient


class Outbox:
    """Every mail the loopback SMTP server accepted."""

    def __init__(self) -> None:
        self.messages: list[EmailMessage] = []
        self.lock = threading.Lock()

    async def handle_DATA(self, server, session, envelope) -> str:  # noqa: N802 (aiosmtpd's hook name)
        """Keep the mail."""
        with self.lock:
            self.messages.append(message_from_bytes(envelope.content, policy=policy.default))  # type: ignore[arg-type]
        return "250 OK"

    def to(self, address: str) -> list[EmailMessage]:
        """Mails addressed to ``address``, oldest first."""
        with self.lock:
            return [message for message in self.messages if message["To"] == address]

    def link(self, address: str, path: str) -> str:
        """The path and query of the last link to ``path`` mailed to ``address`` (e.g. ``/invitation?token=…``)."""
        mails = self.to(address)
        assert mails, f"no mail to {address}"
        body = mails[-1].get_body(("plain",)).get_content()  # type: ignore[union-attr]
        found = re.findall(r"https://inbox\.example\.test(" + re.escape(path) + r"\?token=[\w-]+)", body)
        assert found, f"no {path} link in the mail to {address}:\n{body}"
        return found[-1]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def mailing(app: Flask) -> Iterator[Outbox]:
    """Point ``app``'s own mail (invitations, resets) at aiosmtpd on loopback, with an https public URL."""
    box, port = Outbox(), _free_port()
    controller = Controller(box, hostname="127.0.0.1", port=port)
    controller.start()
    settings = app.extensions["dialoog.settings"]
    app.extensions["dialoog.settings"] = dataclasses.replace(
        settings,
        smtp_host="127.0.0.1",
        smtp_port=port,
        smtp_security="none",
        mail_from="Dialoog <accounts@dialoog.test>",
        public_url="https://inbox.example.test",
    )
    try:
        yield box
    finally:
        controller.stop()
        app.extensions["dialoog.settings"] = settings


def form_token(client: FlaskClient, path: str) -> str:
    """The CSRF token of the form on the page at ``path``."""
    page = client.get(path).get_data(as_text=True)
    found = re.search(r'name="csrf_token" value="([^"]+)"', page)
    assert found, f"{path} has no form"
    return found.group(1)


def post_form(client: FlaskClient, path: str, data: dict[str, str], *, page: str | None = None):  # type: ignore[no-untyped-def]
    """Open the page with the form (``page``, else ``path``) and submit it as a browser would."""
    return client.post(path, data={**data, "csrf_token": form_token(client, page or path)})


def sign_in(client: FlaskClient, email: str, password: str, **extra: str):  # type: ignore[no-untyped-def]
    """Submit the login form; the answer (302 on success)."""
    return post_form(client, "/login", {"email": email, "password": password, **extra})
