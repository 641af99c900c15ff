"""Replying to a voter on X: stored first, sent once through tweepy, failures retried and shown."""

from __future__ import annotations

from datetime import timedelta

import pytest
from flask import Flask
from sqlalchemy import select

from inbox.models import Conversation, Direction, Message, OutgoingReply, ReplyState, db, utcnow
from inbox.services.intake.polling import poll_account
from inbox.services.replies.outgoing import ReplyRejectedError, claim_due_replies, create_reply, deliver_reply
from tests.factories import office_with_users, x_account


def conversation_with_mention(sandbox, base_url: str):
    setup = office_with_users()
    account = x_account(setup.office.id, sandbox, base_url)
    voter = sandbox.add_user("lotte_v", "Lotte Verstraeten")
    tweet = sandbox.post_tweet(
        voter["id"], "@PoliticianBE Komt er een oplossing voor de wachtlijsten in de kinderopvang?"
    )
    poll_account(account.id)
    conversation = db.session.execute(select(Conversation)).scalar_one()
    return setup, conversation, tweet


def test_reply_goes_out_as_a_reply_to_the_voters_post(app: Flask, x_sandbox) -> None:
    sandbox, base_url = x_sandbox
    setup, conversation, tweet = conversation_with_mention(sandbox, base_url)

    reply = create_reply(
        setup.office.id, conversation.id, setup.staff, "Dank je, Lotte! We werken aan 2.000 extra plaatsen."
    )

    db.session.expire_all()
    reply = db.session.get(OutgoingReply, reply.id)
    assert reply.state == ReplyState.SENT and reply.attempts == 1
    posted = sandbox.replies_to(tweet["id"])
    assert [p["text"] for p in posted] == ["Dank je, Lotte! We werken aan 2.000 extra plaatsen."]
    assert reply.external_id == posted[0]["id"]
    sent = db.session.get(Message, reply.sent_message_id)
    assert sent.direction == Direction.OUTBOUND and sent.conversation_id == conversation.id

    assert deliver_reply(reply.id) is None  # a duplicate job sends nothing
    assert len(sandbox.replies_to(tweet["id"])) == 1


def test_a_failed_send_is_shown_and_retried_later(app: Flask, x_sandbox) -> None:
    sandbox, base_url = x_sandbox
    setup, conversation, tweet = conversation_with_mention(sandbox, base_url)
    sandbox.fail_next("/2/tweets", 503)

    reply = create_reply(setup.office.id, conversation.id, setup.staff, "We bekijken het.")
    db.session.expire_all()
    reply = db.session.get(OutgoingReply, reply.id)
    assert reply.state == ReplyState.FAILED
    assert "server error" in reply.last_error
    assert sandbox.replies_to(tweet["id"]) == []

    reply.next_attempt_at = utcnow() - timedelta(seconds=1)
    db.session.commit()
    assert claim_due_replies() == [reply.id]
    deliver_reply(reply.id)
    db.session.expire_all()
    assert db.session.get(OutgoingReply, reply.id).state == ReplyState.SENT
    assert len(sandbox.replies_to(tweet["id"])) == 1


def test_a_refused_reply_is_not_retried(app: Flask, x_sandbox) -> None:
    sandbox, base_url = x_sandbox
    setup, conversation, _ = conversation_with_mention(sandbox, base_url)
    sandbox.fail_next(
        "/2/tweets", 403, body=b'{"title":"Forbidden","detail":"Forbidden","type":"about:blank","status":403}'
    )

    reply = create_reply(setup.office.id, conversation.id, setup.staff, "Bedankt voor je bericht.")
    db.session.expire_all()
    reply = db.session.get(OutgoingReply, reply.id)
    assert reply.state == ReplyState.FAILED and reply.next_attempt_at is None
    assert claim_due_replies() == []


@pytest.mark.parametrize("text", ["", "   \n "])
def test_an_empty_reply_is_refused(app: Flask, x_sandbox, text: str) -> None:
    sandbox, base_url = x_sandbox
    setup, conversation, _ = conversation_with_mention(sandbox, base_url)
    with pytest.raises(ReplyRejectedError):
        create_reply(setup.office.id, conversation.id, setup.staff, text)
    assert db.session.execute(select(OutgoingReply)).first() is None
