"""Issue 23, finding 9 (form part): a form token brings in one message, not six hours of them.

The token of one page load used to be accepted again and again until it expired, so a
script could fetch one page and post any number of messages (each confirmed by mail). Now
the message a token brings in is stored under an id made from the token: a second post
with another text is refused with the form's "expired" sentence, while the same page sent
twice (a double click) still looks fine to the voter and stores one message.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from flask import Flask
from sqlalchemy import select

from inbox.models import ChannelAccount, ChannelKind, Message, db
from tests.contacts.conftest import FormVisitor, Mailbox
from tests.security.form_helpers import loopback_smtp, mails_to, office_form


@pytest.fixture
def smtp_server() -> Iterator[Mailbox]:
    """A real SMTP server on loopback."""
    with loopback_smtp() as mailbox:
        yield mailbox


def _stored_texts() -> list[str]:
    db.session.expire_all()
    query = (
        select(Message.text)
        .join(ChannelAccount, ChannelAccount.id == Message.channel_account_id)
        .where(ChannelAccount.kind == ChannelKind.WEBFORM)
        .order_by(Message.id)
    )
    return list(db.session.execute(query).scalars())


def test_a_used_form_token_brings_in_no_second_message(app: Flask, smtp_server: Mailbox) -> None:
    form_key = office_form(app, smtp_server)
    page = FormVisitor(app, form_key)
    page.open(lang="en")
    first = page.post(email="ann@example.org", message="Is the library open on Sundays?", lang="en")
    assert first.status_code == 200

    reused = page.post(email="someone.else@example.org", message="Another message on the same token", lang="en")
    assert reused.status_code == 422
    assert "The form expired or was sent too quickly" in reused.get_data(as_text=True)
    assert _stored_texts() == ["Is the library open on Sundays?"]
    assert mails_to(smtp_server, "ann@example.org")
    assert mails_to(smtp_server, "someone.else@example.org", wait=0.5) == [], "no confirmation for the reuse"

    double_click = page.post(email="ann@example.org", message="Is the library open on Sundays?", lang="en")
    assert double_click.status_code == 200 and "Thank you" in double_click.get_data(as_text=True)
    assert _stored_texts() == ["Is the library open on Sundays?"], "the same page sent twice stores one message"

    page.open(lang="en")  # a fresh page: a fresh token
    assert page.post(email="ann@example.org", message="And on Mondays?", lang="en").status_code == 200
    assert _stored_texts() == ["Is the library open on Sundays?", "And on Mondays?"]
