"""Bad input and faults: huge mail, huge headers, zip bombs, a connection dropped mid-fetch."""

from __future__ import annotations

import io
import os
import time
import zipfile

from flask import Flask
from sqlalchemy import func, select

from inbox.models import AccountHealth, ChannelAccount, EmailAttachment, Message, db
from inbox.sandbox.mail.server import MailSandbox
from inbox.services.intake.polling import poll_account
from tests.mail.conftest import make_email_account
from tests.mail.flaky_proxy import DroppingProxy
from tests.mail.mails import voter_mail


def texts() -> list[str]:
    return list(db.session.execute(select(Message.text).order_by(Message.id)).scalars())


def test_a_25_mb_mail_is_stored_with_its_attachment(
    app: Flask, mail_sandbox: MailSandbox, email_account: ChannelAccount
) -> None:
    mail = voter_mail(subject="Plannen", text="In bijlage de plannen van onze straat.")
    payload = os.urandom(18 * 1024 * 1024)
    mail.add_attachment(payload, maintype="application", subtype="pdf", filename="plannen.pdf")
    raw = mail.as_bytes()
    assert len(raw) > 24 * 1024 * 1024
    mail_sandbox.deliver(raw)

    started = time.monotonic()
    poll_account(email_account.id)
    assert time.monotonic() - started < 60

    assert texts() == ["In bijlage de plannen van onze straat."]
    attachment = db.session.execute(select(EmailAttachment)).scalar_one()
    assert (attachment.filename, attachment.size) == ("plannen.pdf", len(payload))
    assert attachment.content == payload


def test_a_header_with_10000_recipients(app: Flask, mail_sandbox: MailSandbox, email_account: ChannelAccount) -> None:
    everyone = ",\r\n ".join(f"Kiezer {i} <kiezer{i}@voter.example>" for i in range(10_000))
    mail = voter_mail(text="Open brief aan alle verkozenen.")
    del mail["To"]
    mail_sandbox.deliver(f"To: {everyone}\r\nCc: {everyone}\r\n".encode() + mail.as_bytes())

    started = time.monotonic()
    poll_account(email_account.id)
    assert time.monotonic() - started < 30
    assert texts() == ["Open brief aan alle verkozenen."]


def test_a_zip_bomb_is_kept_as_metadata_and_never_unpacked(
    app: Flask, mail_sandbox: MailSandbox, email_account: ChannelAccount
) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for i in range(4):
            archive.writestr(f"zeros-{i}.bin", bytes(64 * 1024 * 1024))  # 256 MB unpacked, ~1000:1
    bomb = buffer.getvalue()
    assert len(bomb) < 2 * 1024 * 1024
    mail = voter_mail(text="Zie bijlage")
    mail.add_attachment(bomb, maintype="application", subtype="zip", filename="documenten.zip")
    mail_sandbox.deliver(mail)

    poll_account(email_account.id)

    attachment = db.session.execute(select(EmailAttachment)).scalar_one()
    assert (attachment.filename, attachment.content_type, attachment.size) == (
        "documenten.zip",
        "application/zip",
        len(bomb),
    )
    assert attachment.content == bomb
    message = db.session.execute(select(Message)).scalar_one()
    assert message.raw["attachments"][0]["size"] == len(bomb)


def test_connection_dropped_mid_fetch_resumes_without_loss_or_duplicate(
    app: Flask, office, mail_sandbox: MailSandbox
) -> None:
    with DroppingProxy(mail_sandbox.imap_port) as proxy:
        account = make_email_account(office.office.id, mail_sandbox)
        account.credentials = dict(account.credentials, imap_port=proxy.port)
        db.session.commit()
        for i in range(1, 6):
            mail_sandbox.deliver(voter_mail(subject=f"Vraag {i}", text=f"Vraag nummer {i}"))

        proxy.drop_during_fetch(3)
        poll_account(account.id)
        assert proxy.drops == 1
        assert texts() == ["Vraag nummer 1", "Vraag nummer 2"]
        assert db.session.get(ChannelAccount, account.id).health == AccountHealth.OK

        proxy.drop_during_fetch(1)  # dropped before anything arrived: a temporary error, nothing moves
        assert poll_account(account.id) is None
        account = db.session.get(ChannelAccount, account.id)
        assert account.health == AccountHealth.PROVIDER_ERROR
        assert len(texts()) == 2

        poll_account(account.id)
        poll_account(account.id)
        assert texts() == [f"Vraag nummer {i}" for i in range(1, 6)]
        assert db.session.execute(select(func.count(Message.id))).scalar_one() == 5
        assert db.session.get(ChannelAccount, account.id).health == AccountHealth.OK
