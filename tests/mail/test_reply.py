"""Answering by SMTP (aiosmtpd): threaded headers, the office's From, and the voter's answer back."""

from __future__ import annotations

from flask import Flask
from sqlalchemy import select

from inbox.models import ChannelAccount, ChannelKind, Conversation, Message, OutgoingReply, ReplyState, db
from inbox.sandbox.mail.server import MailSandbox
from inbox.services.intake.polling import poll_account
from inbox.services.replies.outgoing import create_reply
from tests.mail.conftest import make_email_account
from tests.mail.mails import voter_mail


def only_conversation() -> Conversation:
    return db.session.execute(select(Conversation)).scalar_one()


def answer(office, conversation_id: int, text: str) -> OutgoingReply:
    """Reply as the politician (no approval needed) and read the reply's state after delivery."""
    reply = create_reply(office.office.id, conversation_id, office.politician, text)
    db.session.expire_all()
    return db.session.get(OutgoingReply, reply.id)


def test_reply_is_threaded_and_the_voters_answer_lands_in_the_same_conversation(
    app: Flask, office, mail_sandbox: MailSandbox, email_account: ChannelAccount
) -> None:
    first = voter_mail(references=None, subject="Fietspad steenweg Leuven")
    mail_sandbox.deliver(first)
    poll_account(email_account.id)
    conversation = only_conversation()

    reply = answer(office, conversation.id, "Beste Lieselotte,\n\nHet komt er in 2027.")

    assert reply.state == ReplyState.SENT
    (sent,) = mail_sandbox.received
    message = sent.message
    assert sent.recipients == ["lieselotte@voter.example"]
    assert message["From"] == "Bureau Els Vermeulen <office@example.test>"
    assert message["Reply-To"] == "antwoord@example.test"
    assert message["Subject"] == "Re: Fietspad steenweg Leuven"
    assert message["In-Reply-To"] == first["Message-ID"]
    assert message["References"] == first["Message-ID"]
    assert message["Message-ID"] and message["Message-ID"] != first["Message-ID"]
    assert (
        message.get_body(("plain",)).get_content().replace("\r\n", "\n").strip()
        == "Beste Lieselotte,\n\nHet komt er in 2027."
    )
    assert "<p>Beste Lieselotte,</p>" in message.get_body(("html",)).get_content()
    assert reply.external_id == message["Message-ID"].strip("<>")

    voter_answer = voter_mail(  # Outlook drops References and keeps only In-Reply-To
        subject="Antw: Re: Fietspad steenweg Leuven",
        text="Dank u! Ook voor de N8?\n\n-----Oorspronkelijk bericht-----\nVan: Bureau",
        in_reply_to=message["Message-ID"],
    )
    mail_sandbox.deliver(voter_answer)
    poll_account(email_account.id)

    assert db.session.execute(select(Conversation)).scalars().all() == [conversation]
    latest = db.session.execute(select(Message).order_by(Message.id.desc()).limit(1)).scalar_one()
    assert latest.text == "Dank u! Ook voor de N8?"
    assert latest.conversation_id == conversation.id

    answer(office, conversation.id, "Ook de N8, ja.")
    second = mail_sandbox.received[-1].message
    assert second["In-Reply-To"] == voter_answer["Message-ID"]
    assert second["Subject"] == "Re: Fietspad steenweg Leuven"


def test_rewritten_ids_still_thread_by_subject_and_sender(
    app: Flask, mail_sandbox: MailSandbox, email_account: ChannelAccount
) -> None:
    mail_sandbox.deliver(voter_mail(subject="Réf. : Loyers à Liège", text="Première question"))
    poll_account(email_account.id)
    mail_sandbox.deliver(
        voter_mail(subject="RE: Loyers à Liège", text="Une précision", in_reply_to="<rewritten-by-gateway@mx.example>")
    )
    mail_sandbox.deliver(voter_mail(sender="other@voter.example", subject="Re: Loyers à Liège", text="Autre votant"))
    poll_account(email_account.id)

    conversations = {m.text: m.conversation_id for m in db.session.execute(select(Message)).scalars()}
    assert conversations["Une précision"] == conversations["Première question"]
    assert conversations["Autre votant"] != conversations["Première question"]


def test_webform_account_replies_by_mail_in_the_voters_thread(app: Flask, office, mail_sandbox: MailSandbox) -> None:
    from inbox.ingest.base import Author, IncomingMessage
    from inbox.models import utcnow
    from inbox.services.intake.store import store_incoming

    account = make_email_account(office.office.id, mail_sandbox, kind=ChannelKind.WEBFORM)
    store_incoming(
        account.id,
        [
            IncomingMessage(
                external_id="form-1@dialoog.example",
                thread_key="form:1",
                author=Author(external_id="ines@voter.example", display_name="Inês"),
                text="Is there a French course for newcomers in Etterbeek?",
                sent_at=utcnow(),
                subject="Contact form",
                raw={
                    "from": "ines@voter.example",
                    "message_id": "form-1@dialoog.example",
                    "references": [],
                    "subject": "Contact form",
                },
            )
        ],
    )
    answer(office, only_conversation().id, "Yes: see the commune's website.")

    (sent,) = mail_sandbox.received
    assert sent.recipients == ["ines@voter.example"]
    assert sent.message["In-Reply-To"] == "<form-1@dialoog.example>"
    assert sent.message["Subject"] == "Re: Contact form"


def test_smtp_4xx_is_retried_and_5xx_is_permanent(
    app: Flask, office, mail_sandbox: MailSandbox, email_account: ChannelAccount
) -> None:
    mail_sandbox.deliver(voter_mail())
    poll_account(email_account.id)
    conversation = only_conversation()

    mail_sandbox.fail_next_smtp("451 4.3.0 Mailbox temporarily unavailable")
    held = answer(office, conversation.id, "Eerste poging")
    assert held.state == ReplyState.FAILED
    assert held.next_attempt_at is not None  # will be retried
    assert "retrying later" in held.last_error

    mail_sandbox.fail_next_smtp("550 5.1.1 No such user", stage="RCPT")
    refused = answer(office, conversation.id, "Tweede poging")
    assert refused.state == ReplyState.FAILED
    assert refused.next_attempt_at is None  # permanent: a person must look at it
    assert "lieselotte@voter.example" in refused.last_error
    assert mail_sandbox.received == []

    mail_sandbox.fail_next_smtp("450 4.2.0 Greylisted, try again", stage="RCPT")
    greylisted = answer(office, conversation.id, "Derde poging")
    assert greylisted.next_attempt_at is not None


def test_wrong_smtp_password_is_unauthorized(app: Flask, office, mail_sandbox: MailSandbox) -> None:
    from inbox.ingest.base import ChannelError
    from inbox.ingest.email.ingestor import EmailReplySender
    from inbox.models import AccountHealth

    account = make_email_account(office.office.id, mail_sandbox)
    credentials = dict(account.credentials, smtp_password="wrong")
    account.credentials = credentials
    db.session.commit()
    try:
        EmailReplySender().send(account, "Hallo", "x@voter.example", {"from": "x@voter.example", "subject": "x"})
    except ChannelError as error:
        assert error.permanent
        assert error.health == AccountHealth.UNAUTHORIZED
        assert "check the SMTP user name and password" in error.detail
    else:
        raise AssertionError("sending with a wrong password must fail")


def test_a_hostile_sender_address_gets_no_mail_and_a_clear_reason(
    app: Flask, mail_sandbox: MailSandbox, email_account: ChannelAccount
) -> None:
    from inbox.ingest.base import ChannelError
    from inbox.ingest.email.ingestor import EmailReplySender

    hostile = {"from": "voter@voter.example\r\nBcc: everyone@list.example", "subject": "x\r\nBcc: a@b.c"}
    try:
        EmailReplySender().send(email_account, "Hallo", None, hostile)
    except ChannelError as error:
        assert error.permanent
        assert "no valid e-mail address" in error.detail
    else:
        raise AssertionError("a header-injection address must not be answered")
    assert mail_sandbox.received == []

    receipt = EmailReplySender().send(
        email_account, "Hallo", None, {"from": "voter@voter.example", "subject": "x\r\nBcc: a@b.c"}
    )
    (sent,) = mail_sandbox.received
    assert sent.recipients == ["voter@voter.example"]
    assert sent.message["Subject"] == "Re: x Bcc: a@b.c"
    assert sent.message["Bcc"] is None
    assert receipt.external_id == sent.message["Message-ID"].strip("<>")
