"""Rotating the encryption key of secrets at rest, as an operator does it with the commands.

Key 1 wrote the credentials; the app restarts with key 2 and key 1 as an old key, rotates,
restarts with key 2 alone; an app with a wrong key is told by ``secrets check`` which
variable to set.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from cryptography.fernet import Fernet, InvalidToken
from flask import Flask
from sqlalchemy import select, text

from inbox import create_app
from inbox.models import AuditEvent, ChannelAccount, ChannelKind, db
from inbox.services.channel_accounts.connection import CHANNEL_FIELDS
from tests.factories import office_with_users

CREDENTIALS = [
    {"imap_password": "imap-geheim", "smtp_password": "smtp-geheim"},
    {"access_token": "meta-token", "app_secret": "meta-app-secret", "verify_token": "meta-verify"},
    {"app_password": "bsky-app-password"},
]


@contextmanager
def restarted(app: Flask, tmp_path: Path, key: str, old_keys: str = "") -> Iterator[Flask]:
    """The same database served by a new process configured with these keys."""
    other = create_app(
        {
            "DATABASE_URL": app.config["SQLALCHEMY_DATABASE_URI"],
            "DIALOOG_INSTANCE_DIR": str(tmp_path / f"instance-{key[:6]}"),
            "DIALOOG_ENCRYPTION_KEY": key,
            "DIALOOG_ENCRYPTION_OLD_KEYS": old_keys,
            "TESTING": "1",
            "DIALOOG_JOBS": "immediate",
        }
    )
    with other.app_context():
        yield other
        db.session.remove()
        db.engine.dispose()


def _raw(account_id: int) -> bytes:
    query = text("SELECT credentials FROM channel_account WHERE id = :id")
    return bytes(db.session.execute(query, {"id": account_id}).scalar_one())


def _credentials() -> list[dict]:
    db.session.expire_all()
    return [
        account.credentials
        for account in db.session.execute(select(ChannelAccount).order_by(ChannelAccount.id)).scalars()
    ]


def test_rotate_to_a_new_key_then_drop_the_old_one(app: Flask, tmp_path: Path) -> None:
    office = office_with_users().office
    kinds = [ChannelKind.EMAIL, ChannelKind.FACEBOOK, ChannelKind.BLUESKY]
    for kind, credentials in zip(kinds, CREDENTIALS, strict=True):
        db.session.add(ChannelAccount(office_id=office.id, kind=kind, handle=str(kind), credentials=credentials))
    db.session.commit()
    ids = list(db.session.execute(select(ChannelAccount.id).order_by(ChannelAccount.id)).scalars())
    key_1, key_2 = app.extensions["dialoog.settings"].encryption_key, Fernet.generate_key().decode()
    db.session.remove()

    with restarted(app, tmp_path, key_2, old_keys=key_1) as second:
        assert _credentials() == CREDENTIALS  # reads with the old key before any rotation
        runner = second.test_cli_runner()
        check = runner.invoke(args=["secrets", "check"])
        assert check.exit_code == 0 and "3 under an old key" in check.output

        rotated = runner.invoke(args=["secrets", "rotate"])
        assert rotated.exit_code == 0, rotated.output
        assert "Re-encrypted 3 values" in rotated.output
        for account_id in ids:
            token = _raw(account_id)
            Fernet(key_2.encode()).decrypt(token)
            with pytest.raises(InvalidToken):
                Fernet(key_1.encode()).decrypt(token)
        assert _credentials() == CREDENTIALS

        again = runner.invoke(args=["secrets", "rotate"])  # nothing left to do: idempotent
        assert again.exit_code == 0 and "Re-encrypted 0 values" in again.output
        audited = db.session.execute(select(AuditEvent).where(AuditEvent.action == "secrets.rotated")).scalars().all()
        assert [event.detail["channel_account.credentials"]["rotated"] for event in audited] == [3, 0]

    with restarted(app, tmp_path, key_2) as third:  # the old key is gone: everything still reads
        assert _credentials() == CREDENTIALS
        check = third.test_cli_runner().invoke(args=["secrets", "check"])
        assert check.exit_code == 0 and "Every encrypted value opens with the current key" in check.output

    with restarted(app, tmp_path, Fernet.generate_key().decode()) as wrong:
        runner = wrong.test_cli_runner()
        check = runner.invoke(args=["secrets", "check"])
        assert check.exit_code == 1
        assert "3 encrypted values cannot be read" in check.output and "DIALOOG_ENCRYPTION_OLD_KEYS" in check.output
        assert f"3 UNREADABLE (ids {', '.join(map(str, ids))})" in check.output
        before = [_raw(account_id) for account_id in ids]
        assert runner.invoke(args=["secrets", "rotate"]).exit_code == 1
        assert [_raw(account_id) for account_id in ids] == before  # left as they were


def test_new_key_and_a_malformed_old_key_is_named(app: Flask, tmp_path: Path) -> None:
    key = app.test_cli_runner().invoke(args=["secrets", "new-key"]).output.strip()
    Fernet(key.encode())
    malformed = f"{Fernet.generate_key().decode()},not-a-key"
    with (
        pytest.raises(ValueError, match="DIALOOG_ENCRYPTION_OLD_KEYS: key 2 is not a Fernet key"),
        restarted(app, tmp_path, key, old_keys=malformed),
    ):
        pass


def test_every_secret_a_channel_asks_for_is_kept_in_an_encrypted_column() -> None:
    from inbox.models.base import EncryptedJSON

    assert isinstance(ChannelAccount.__table__.c.credentials.type, EncryptedJSON)
    for kind, fields in CHANNEL_FIELDS.items():
        for field in fields:
            if field.secret or any(word in field.name for word in ("password", "secret", "token")):
                assert field.place == "credentials", f"{kind} {field.name} is not encrypted"
