"""Fixtures for the e-mail channel: real pymap (IMAP) and aiosmtpd (SMTP) on loopback."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from flask import Flask

from inbox.models import ChannelAccount, ChannelKind, db
from inbox.sandbox.mail.server import MailSandbox
from tests.factories import OfficeSetup, office_with_users


@pytest.fixture
def mail_sandbox() -> Iterator[MailSandbox]:
    """pymap and aiosmtpd on free loopback ports, fresh for each test."""
    with MailSandbox() as sandbox:
        yield sandbox


def make_email_account(
    office_id: int, sandbox: MailSandbox, *, folder: str = "INBOX", kind: ChannelKind = ChannelKind.EMAIL
) -> ChannelAccount:
    """An e-mail (or web-form) account of the office, pointed at the sandbox servers."""
    account = ChannelAccount(
        office_id=office_id,
        kind=kind,
        handle=f"{kind.value}:{sandbox.user}",
        credentials=sandbox.credentials(folder=folder),
        settings={
            "from_address": sandbox.user,
            "from_name": "Bureau Els Vermeulen",
            "reply_to": "antwoord@example.test",
            "poll_seconds": 1,
        },
    )
    db.session.add(account)
    db.session.commit()
    return account


@pytest.fixture
def office(app: Flask) -> OfficeSetup:
    """An office with an admin, a politician and a staff member."""
    return office_with_users()


@pytest.fixture
def email_account(office: OfficeSetup, mail_sandbox: MailSandbox) -> ChannelAccount:
    """The office's e-mail account on the sandbox's INBOX."""
    return make_email_account(office.office.id, mail_sandbox)
