"""The e-mail demo: local servers, the office's account, voters who write and answer."""

from __future__ import annotations

from flask import Flask
from sqlalchemy import select

from inbox.models import ChannelAccount, ChannelKind, Message, db
from inbox.sandbox.mail.demo import VoterMailer, start_demo
from inbox.services.intake.polling import poll_account
from inbox.services.replies.outgoing import create_reply
from tests.factories import office_with_users


def test_demo_mail_arrives_and_voters_answer_replies_in_the_thread(sqlite_app: Flask) -> None:
    setup = office_with_users("Demo")
    stop = start_demo(setup.office.id)
    try:
        account = db.session.execute(
            select(ChannelAccount).where(ChannelAccount.kind == ChannelKind.EMAIL)
        ).scalar_one()
        poll_account(account.id)
        first = db.session.execute(select(Message)).scalar_one()
        assert first.text.strip()
        assert first.raw["from"].endswith("@voters.demo.test")

        create_reply(setup.office.id, first.conversation_id, setup.politician, "Bedankt, we volgen het op.")
        from inbox.sandbox.mail import demo as mail_demo

        sandbox = mail_demo._last_sandbox  # the running demo's servers
        mailer = VoterMailer(sandbox, seed=1)
        mailer.random.random = lambda: 0.0  # always answer the office's reply
        sandbox.deliver(mailer.next_mail())
        poll_account(account.id)

        office_reply = db.session.execute(select(Message).where(Message.author_user_id.is_not(None))).scalar_one()
        answers = [
            m
            for m in db.session.execute(select(Message)).scalars()
            if office_reply.external_id in (m.raw.get("in_reply_to") or [])
        ]
        assert len(answers) == 1
        assert answers[0].conversation_id == first.conversation_id
    finally:
        stop()
