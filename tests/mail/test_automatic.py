"""Bounces and auto-replies create no conversation and get no answer; the cursor moves past them."""

from __future__ import annotations

from flask import Flask
from sqlalchemy import func, select

from inbox.models import ChannelAccount, Contact, Conversation, Message, db
from inbox.sandbox.mail.server import MailSandbox
from inbox.services.intake.polling import poll_account
from tests.conformance.corpora import MAIL_BOUNCES
from tests.mail.mails import voter_mail

DELIVERY_REPORT = (
    b"From: Mail Delivery System <postmaster@mx.voter.example>\r\n"
    b"To: office@example.test\r\nSubject: Returned mail: see transcript for details\r\n"
    b"Message-ID: <dsn-1@mx.voter.example>\r\nMIME-Version: 1.0\r\n"
    b'Content-Type: multipart/report; report-type=delivery-status; boundary="R"\r\n\r\n'
    b"--R\r\nContent-Type: text/plain\r\n\r\nYour message could not be delivered.\r\n"
    b"--R\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.voter.example\r\n\r\n"
    b"Final-Recipient: rfc822; gone@voter.example\r\nAction: failed\r\nStatus: 5.1.1\r\n"
    b"--R--\r\n"
)


def test_bounces_and_auto_replies_are_skipped(
    app: Flask, mail_sandbox: MailSandbox, email_account: ChannelAccount
) -> None:
    automatic = [
        DELIVERY_REPORT,
        voter_mail(sender="MAILER-DAEMON@mx.example", subject="Mail delivery failed", text="failed"),
        voter_mail(subject="Afwezig", headers={"Auto-Submitted": "auto-replied"}, text="Ik ben afwezig"),
        voter_mail(subject="Re: Fietspad", headers={"X-Autoreply": "yes"}, text="Ik ben er niet"),
        voter_mail(subject="Automatisch antwoord: Fietspad", text="Tot maandag afwezig"),
        voter_mail(subject="Réponse automatique : Loyers", text="Je suis absent"),
        voter_mail(subject="Abwesenheitsnotiz: Zweisprachigkeit", text="Ich bin nicht im Büro"),
        voter_mail(subject="Out of Office: Rent", text="I am away"),
        voter_mail(subject="Automatic reply: Rent", headers={"Return-Path": "<>"}, text="away"),
    ]
    for mail in automatic:
        mail_sandbox.deliver(mail)
    mail_sandbox.deliver(
        voter_mail(subject="Absence de bus à Namur", headers={"Auto-Submitted": "no"}, text="Le bus 4 ne passe plus.")
    )
    mail_sandbox.deliver(  # a person writing through a mailing list: "bulk" is the list's header, not theirs
        voter_mail(
            sender="Jan Peeters <jan@voter.example>",
            subject="[buurt-gent] Brief aan de schepen",
            headers={"Precedence": "bulk", "List-Id": "<buurt-gent.lists.example>"},
            text="Wij vragen een zebrapad aan de school.",
        )
    )

    poll_account(email_account.id)

    assert sorted(db.session.execute(select(Message.text)).scalars()) == [
        "Le bus 4 ne passe plus.",
        "Wij vragen een zebrapad aan de school.",
    ]
    assert db.session.execute(select(func.count(Conversation.id))).scalar_one() == 2
    assert db.session.get(ChannelAccount, email_account.id).cursor["last_uid"] >= len(automatic) + 2
    assert mail_sandbox.received == []


def test_real_bounces_create_no_contact_and_no_conversation(
    app: Flask, mail_sandbox: MailSandbox, email_account: ChannelAccount
) -> None:
    """Real bounces the old rules stored as voters (all under one 'unknown-sender' contact), polled
    from the IMAP server: nothing is stored, no contact is made, the cursor moves past them."""
    names = ("lhost-dragonfly-01", "lhost-dragonfly-06", "lhost-mcafee-04", "arf-22", "lhost-amazonses-10")
    for name in names:
        mail_sandbox.deliver((MAIL_BOUNCES / f"{name}.eml").read_bytes())

    poll_account(email_account.id)

    assert db.session.execute(select(func.count(Message.id))).scalar_one() == 0
    assert db.session.execute(select(func.count(Contact.id))).scalar_one() == 0
    assert db.session.get(ChannelAccount, email_account.id).cursor["last_uid"] >= len(names)
