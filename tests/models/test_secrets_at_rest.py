"""Channel credentials are encrypted in the database, readable only with the key."""

from __future__ import annotations

import pytest
from cryptography.fernet import InvalidToken
from flask import Flask
from sqlalchemy import text

from inbox.models import ChannelAccount, ChannelKind, db
from inbox.models.base import init_cipher
from tests.factories import office_with_users


def test_credentials_are_not_stored_in_clear(app: Flask) -> None:
    setup = office_with_users()
    secret = "access-secret-0123456789"
    account = ChannelAccount(
        office_id=setup.office.id, kind=ChannelKind.X, handle="x", credentials={"access_token_secret": secret}
    )
    db.session.add(account)
    db.session.commit()

    raw = db.session.execute(
        text("SELECT credentials FROM channel_account WHERE id = :id"), {"id": account.id}
    ).scalar_one()
    assert secret.encode() not in bytes(raw)
    db.session.expire_all()
    assert db.session.get(ChannelAccount, account.id).credentials == {"access_token_secret": secret}

    init_cipher("A" * 43 + "=")  # another key cannot read them
    db.session.expire_all()
    with pytest.raises(InvalidToken):
        db.session.get(ChannelAccount, account.id).credentials  # noqa: B018
    init_cipher(app.extensions["dialoog.settings"].encryption_key)
