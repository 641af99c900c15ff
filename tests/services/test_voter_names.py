"""What a voter is called: a readable name in the queue, and never their handle in a reply's greeting."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from flask import Flask
from sqlalchemy import select

from inbox.models import ChannelAccount, ChannelKind, Conversation, db
from inbox.services.intake.store import store_incoming
from inbox.services.replies.canned import render_canned_reply, save_canned_reply
from tests.conftest import make_app
from tests.factories import incoming, office_with_users, plain_account


@pytest.fixture
def app(tmp_path: Path) -> Iterator[Flask]:
    """An app whose jobs are queued and never run (no triage needed here)."""
    application = make_app(tmp_path, DIALOOG_JOBS="embedded")
    with application.app_context():
        yield application
        db.session.remove()


def _store(account_id: int, author_id: str, *, name: str = "", handle: str = "") -> Conversation:
    message = incoming(author_id=author_id)
    store_incoming(account_id, [replace(message, author=replace(message.author, display_name=name, handle=handle))])
    return db.session.execute(select(Conversation).order_by(Conversation.id.desc()).limit(1)).scalar_one()


def test_a_facebook_voter_known_only_by_number_gets_a_readable_name(app: Flask) -> None:
    setup = office_with_users()
    page = ChannelAccount(office_id=setup.office.id, kind=ChannelKind.FACEBOOK, handle="Politica", external_id="p-1")
    db.session.add(page)
    db.session.commit()

    unnamed = _store(page.id, "000002284266631")
    named = _store(page.id, "000009999990001", name="Marie Dupont")

    assert unnamed.contact.display_name == "Facebook-gebruiker …6631"
    assert named.contact.display_name == "Marie Dupont"


def test_a_canned_reply_greets_by_name_and_never_by_handle(app: Flask) -> None:
    setup = office_with_users()
    account = plain_account(setup.office.id)
    office, admin = setup.office.id, setup.admin
    canned = save_canned_reply(office, admin, "Bedankt", "nl", "Beste {voter_name}, bedankt voor uw bericht.")
    merci = save_canned_reply(office, admin, "Merci", "fr", "Cher {voter_name}, merci pour votre message.")

    by_handle = _store(account.id, "griet", handle="griet_vdbroeck")
    by_name = _store(account.id, "jan", name="Jan Peeters", handle="janp")

    assert render_canned_reply(office, canned.id, by_handle.id) == "Goeiedag, bedankt voor uw bericht."
    assert render_canned_reply(office, merci.id, by_handle.id) == "Bonjour, merci pour votre message."
    assert render_canned_reply(office, canned.id, by_name.id) == "Beste Jan Peeters, bedankt voor uw bericht."
