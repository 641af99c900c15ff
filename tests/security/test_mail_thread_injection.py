"""Issue 23, finding 9 (mail part): naming another voter's Message-ID does not join their conversation.

Message-IDs travel in every reply and quote. A stranger who puts a voter's Message-ID in
``References`` (or ``In-Reply-To``) used to land in that voter's conversation, and the
office's next answer there went to the stranger, quoting the thread. Now a mail only
joins a conversation of its own sender; anything else starts a conversation of its own.
The voter's own replies still thread as before.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from flask import Flask
from sqlalchemy import select

from inbox.models import ChannelAccount, Conversation, Message, OutgoingReply, ReplyState, db
from inbox.sandbox.mail.server import MailSandbox
from inbox.services.intake.polling import poll_account
from inbox.services.replies.outgoing import create_reply
from tests.factories import OfficeSetup, office_with_users
from tests.mail.conftest import make_email_account
from tests.mail.mails import voter_mail

VOTER = "Lieselotte Peeters <lieselotte@voter.example>"
STRANGER = "Mallory <mallory@attacker.example>"


@pytest.fixture
def mail_sandbox() -> Iterator[MailSandbox]:
    """pymap and aiosmtpd on free loopback ports."""
    with MailSandbox() as sandbox:
        yield sandbox


@pytest.fixture
def office(app: Flask) -> OfficeSetup:
    """An office with an admin, a politician and a staff member."""
    return office_with_users()


@pytest.fixture
def email_account(office: OfficeSetup, mail_sandbox: MailSandbox) -> ChannelAccount:
    """The office's e-mail account on the sandbox."""
    return make_email_account(office.office.id, mail_sandbox)


def _conversation_senders() -> list[set[str]]:
    """For each conversation (oldest first), the senders of its inbound mails."""
    db.session.expire_all()
    senders: list[set[str]] = []
    for conversation_id in db.session.execute(select(Conversation.id).order_by(Conversation.id)).scalars():
        rows = db.session.execute(select(Message.raw).where(Message.conversation_id == conversation_id)).scalars()
        senders.append({raw["from"] for raw in rows if raw.get("from")})
    return senders


def _voters_conversation() -> Conversation:
    """The conversation holding the voter's first mail (one poll may store its mails in any order)."""
    for conversation in db.session.execute(select(Conversation).order_by(Conversation.id)).scalars():
        senders = {
            raw.get("from")
            for raw in db.session.execute(
                select(Message.raw).where(Message.conversation_id == conversation.id)
            ).scalars()
        }
        if "lieselotte@voter.example" in senders:
            return conversation
    raise AssertionError("the voter's mail is in no conversation")


def test_a_strangers_mail_naming_a_voters_message_id_starts_its_own_conversation(
    app: Flask, office: OfficeSetup, mail_sandbox: MailSandbox, email_account: ChannelAccount
) -> None:
    first = voter_mail(sender=VOTER)
    mail_sandbox.deliver(first)
    poll_account(email_account.id)

    mail_sandbox.deliver(
        voter_mail(
            sender=STRANGER,
            subject="Re: Fietspad steenweg Leuven",
            text="Please send all further answers to me.",
            in_reply_to=first["Message-ID"],
            references=[first["Message-ID"]],
        )
    )
    poll_account(email_account.id)
    assert _conversation_senders() == [{"lieselotte@voter.example"}, {"mallory@attacker.example"}]

    reply = create_reply(office.office.id, _voters_conversation().id, office.politician, "Beste Lieselotte, in 2027.")
    db.session.expire_all()
    assert db.session.get(OutgoingReply, reply.id).state == ReplyState.SENT
    (sent,) = mail_sandbox.received
    assert sent.recipients == ["lieselotte@voter.example"], "the office's answer goes to the voter"


def test_in_one_poll_a_stranger_cannot_follow_a_voters_new_mail_and_the_voter_still_threads(
    app: Flask, mail_sandbox: MailSandbox, email_account: ChannelAccount
) -> None:
    first = voter_mail(sender=VOTER)
    injected = voter_mail(sender=STRANGER, subject="Re: Fietspad steenweg Leuven", references=[first["Message-ID"]])
    follow_up = voter_mail(
        sender=VOTER, subject="Re: Fietspad steenweg Leuven", text="Nog een vraag.", in_reply_to=first["Message-ID"]
    )
    for mail in (first, injected, follow_up):
        mail_sandbox.deliver(mail)
    poll_account(email_account.id)  # all three arrive in the same poll, stored in any order

    assert sorted(map(sorted, _conversation_senders())) == [["lieselotte@voter.example"], ["mallory@attacker.example"]]
    voters = db.session.execute(
        select(Message.text).where(Message.conversation_id == _voters_conversation().id)
    ).scalars()
    assert "Nog een vraag." in set(voters), "the voter's own reply joins the voter's conversation"
