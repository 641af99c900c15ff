"""Helpers of the form findings' tests: a loopback SMTP server and an office's public form."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from email.message import EmailMessage

from aiosmtpd.controller import Controller
from flask import Flask

from inbox.models import db
from tests.contacts.conftest import Mailbox, email_account, form_key_of, free_port
from tests.factories import office_with_users


@contextmanager
def loopback_smtp() -> Iterator[Mailbox]:
    """A real aiosmtpd server on a free loopback port, keeping every mail it accepts."""
    mailbox = Mailbox(port=free_port())
    controller = Controller(mailbox, hostname="127.0.0.1", port=mailbox.port)
    controller.start()
    try:
        yield mailbox
    finally:
        controller.stop()


def office_form(app: Flask, mailbox: Mailbox, office_name: str = "Kabinet Peeters") -> str:
    """The public key of a new office's form, mailing through ``mailbox``; instant posts allowed."""
    app.config.update(DIALOOG_FORM_MIN_SECONDS=0)
    setup = office_with_users(office_name)
    email_account(setup.office.id, mailbox.port)
    key = form_key_of(setup.office.id)
    db.session.commit()
    return key


def mails_to(mailbox: Mailbox, address: str, *, wait: float = 5.0) -> list[EmailMessage]:
    """The mails delivered to ``address``, waiting up to ``wait`` seconds for the first."""
    deadline = time.monotonic() + wait
    while not mailbox.messages_to(address) and time.monotonic() < deadline:
        time.sleep(0.05)
    return mailbox.messages_to(address)
