"""Mail from a real IMAP server (pymap) through polling into conversations."""

from __future__ import annotations

from flask import Flask
from sqlalchemy import func, select

from inbox.models import AccountHealth, ChannelAccount, Conversation, ConversationStatus, Message, db
from inbox.sandbox.mail.server import MailSandbox
from inbox.services.intake.polling import poll_account
from tests.mail.conftest import make_email_account
from tests.mail.mails import voter_mail


def stored() -> list[Message]:
    return list(db.session.execute(select(Message).order_by(Message.id)).scalars())


def conversation_count() -> int:
    return db.session.execute(select(func.count(Conversation.id))).scalar_one()


def test_new_mail_becomes_conversations_and_is_not_stored_twice(
    app: Flask, mail_sandbox: MailSandbox, email_account: ChannelAccount
) -> None:
    mail_sandbox.deliver(voter_mail())
    mail_sandbox.deliver(
        voter_mail(
            sender="Julien Lambert <julien@voter.example>",
            subject="Loyers à Liège",
            text="Pourquoi les loyers augmentent-ils autant à Liège ?",
        )
    )

    poll_account(email_account.id)
    poll_account(email_account.id)

    messages = stored()
    assert [m.text for m in messages] == [
        "Wanneer komt er eindelijk een veilig fietspad op de steenweg naar Leuven?",
        "Pourquoi les loyers augmentent-ils autant à Liège ?",
    ]
    assert messages[1].raw["from"] == "julien@voter.example"
    assert messages[1].author_identity.display_name == "Julien Lambert"
    assert conversation_count() == 2
    account = db.session.get(ChannelAccount, email_account.id)
    assert account.health == AccountHealth.OK
    assert account.cursor["last_uid"] >= 2

    mail_sandbox.deliver(voter_mail(subject="Nog iets", text="En de bus 58?"))
    poll_account(email_account.id)
    assert [m.text for m in stored()][-1] == "En de bus 58?"
    assert len(stored()) == 3


def test_renumbered_folder_is_rescanned_without_duplicates(app: Flask, office, mail_sandbox: MailSandbox) -> None:
    mail_sandbox.recreate_folder("Dialoog")
    account = make_email_account(office.office.id, mail_sandbox, folder="Dialoog")
    first = voter_mail(text="Eerste bericht")
    mail_sandbox.deliver(first, folder="Dialoog")
    poll_account(account.id)
    old_validity = db.session.get(ChannelAccount, account.id).cursor["uidvalidity"]

    mail_sandbox.recreate_folder("Dialoog")  # the server renumbers: new UIDVALIDITY, UIDs restart
    mail_sandbox.deliver(first, folder="Dialoog")
    mail_sandbox.deliver(voter_mail(text="Tweede bericht"), folder="Dialoog")
    poll_account(account.id)

    assert [m.text for m in stored()] == ["Eerste bericht", "Tweede bericht"]
    assert db.session.get(ChannelAccount, account.id).cursor["uidvalidity"] != old_validity


def test_reply_from_the_voter_reopens_the_closed_conversation(
    app: Flask, mail_sandbox: MailSandbox, email_account: ChannelAccount
) -> None:
    first = voter_mail()
    mail_sandbox.deliver(first)
    poll_account(email_account.id)
    conversation = db.session.execute(select(Conversation)).scalar_one()
    conversation.status = ConversationStatus.CLOSED
    db.session.commit()

    mail_sandbox.deliver(
        voter_mail(
            subject="Re: Fietspad steenweg Leuven",
            text="Nog geen antwoord gekregen.\n\nOp ma 23 nov. 2026 om 09:00 schreef Lieselotte:\n> Wanneer...",
            in_reply_to=first["Message-ID"],
            references=[first["Message-ID"]],
        )
    )
    poll_account(email_account.id)

    assert conversation_count() == 1
    conversation = db.session.execute(select(Conversation)).scalar_one()
    assert conversation.status == ConversationStatus.OPEN
    latest = stored()[-1]
    assert latest.text == "Nog geen antwoord gekregen."
    assert "> Wanneer..." in latest.raw["full_text"]


def test_wrong_password_is_reported_for_the_admin(
    app: Flask, mail_sandbox: MailSandbox, email_account: ChannelAccount
) -> None:
    credentials = dict(email_account.credentials)
    credentials["imap_password"] = "wrong"
    email_account.credentials = credentials
    db.session.commit()

    assert poll_account(email_account.id) is None
    account = db.session.get(ChannelAccount, email_account.id)
    assert account.health == AccountHealth.UNAUTHORIZED
    assert "check the user name and password" in account.health_detail


def test_unreachable_server_is_a_temporary_provider_error(app: Flask, office, mail_sandbox: MailSandbox) -> None:
    account = make_email_account(office.office.id, mail_sandbox)
    mail_sandbox.stop()

    assert poll_account(account.id) is None
    account = db.session.get(ChannelAccount, account.id)
    assert account.health == AccountHealth.PROVIDER_ERROR
    assert "Cannot reach the IMAP server" in account.health_detail
    assert account.cursor == {}


def test_missing_or_wrong_settings_say_what_to_fix(app: Flask, office, mail_sandbox: MailSandbox) -> None:
    account = make_email_account(office.office.id, mail_sandbox)
    account.credentials = dict(account.credentials, imap_host="")
    db.session.commit()
    assert poll_account(account.id) is None
    account = db.session.get(ChannelAccount, account.id)
    assert account.health == AccountHealth.MISCONFIGURED
    assert "imap_host" in account.health_detail

    account.credentials = dict(mail_sandbox.credentials(), imap_port="imap")
    account.next_poll_at = None
    db.session.commit()
    assert poll_account(account.id) is None
    assert "port" in db.session.get(ChannelAccount, account.id).health_detail

    account = db.session.get(ChannelAccount, account.id)
    account.credentials = mail_sandbox.credentials(folder="Archief/Bestaat-niet")
    db.session.commit()
    assert poll_account(account.id) is None
    account = db.session.get(ChannelAccount, account.id)
    assert account.health == AccountHealth.MISCONFIGURED
    assert "Archief/Bestaat-niet" in account.health_detail


def test_html_mail_is_stored_sanitised(app: Flask, mail_sandbox: MailSandbox, email_account: ChannelAccount) -> None:
    mail_sandbox.deliver(
        voter_mail(
            text=None,
            html='<p onclick="x()">Help <img src="https://t.example/p.gif"><script>alert(1)</script>ons</p>',
        )
    )
    poll_account(email_account.id)
    message = db.session.execute(select(Message)).scalar_one()
    assert message.html == "<p>Help ons</p>"
    assert message.text == "Help ons"
