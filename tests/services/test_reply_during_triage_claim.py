"""A reply is recorded as sent while the triage worker holds the voter's message in its batch.

Under load (bench/load_faults.py, 50 messages/s with staff replying) a few replies ended
"uncertain" although no sender had died: the triage batch had claimed the voter's message
``FOR UPDATE``, which also blocks inserting a row that *refers* to it (the reply's answer
pair), while the reply's transaction held the conversation the batch was about to update.
PostgreSQL broke the deadlock by failing the reply's transaction after the channel had
taken the reply. Claims now take ``FOR NO KEY UPDATE``, and recording a sent reply is
retried on a transient database error.
"""

from __future__ import annotations

import threading

from flask import Flask
from sqlalchemy import select, update

from inbox.models import Conversation, Message, OutgoingReply, ReplyState, TriageState, db
from inbox.services.intake.polling import poll_account
from inbox.services.intake.triage_order import claim_waiting
from inbox.services.replies.outgoing import create_reply
from tests.factories import office_with_users, x_account


def test_a_reply_is_sent_and_recorded_while_triage_holds_the_voters_message(postgres_app: Flask, x_sandbox) -> None:
    app = postgres_app
    sandbox, base_url = x_sandbox
    setup = office_with_users()
    account = x_account(setup.office.id, sandbox, base_url)
    voter = sandbox.add_user("jens_p", "Jens Peeters")
    tweet = sandbox.post_tweet(voter["id"], "@PoliticianBE Wanneer wordt de N8 in Ieper eindelijk heraangelegd?")
    poll_account(account.id)
    conversation = db.session.execute(select(Conversation)).scalar_one()
    question = db.session.execute(select(Message)).scalar_one()
    db.session.execute(update(Message).values(triage_state=TriageState.PENDING))  # waiting for a (re-)triage
    db.session.commit()

    claimed, reply_done = threading.Event(), threading.Event()
    held: list[int] = []

    def triage_batch_holding_the_message() -> None:
        with app.app_context():
            held.extend(claim_waiting(64))
            claimed.set()
            reply_done.wait(timeout=20)  # the batch is "encoding" while the reply goes out
            db.session.rollback()
            db.session.remove()

    batch = threading.Thread(target=triage_batch_holding_the_message)
    batch.start()
    try:
        assert claimed.wait(timeout=10) and held == [question.id]
        reply = create_reply(setup.office.id, conversation.id, setup.staff, "Dag Jens, de werken starten in maart.")
        still_held = not reply_done.is_set() and batch.is_alive()
    finally:
        reply_done.set()
        batch.join(timeout=30)

    assert still_held  # the reply did not wait for the batch to finish
    db.session.expire_all()
    reply = db.session.get(OutgoingReply, reply.id)
    assert reply.state == ReplyState.SENT, reply.last_error
    assert [posted["text"] for posted in sandbox.replies_to(tweet["id"])] == ["Dag Jens, de werken starten in maart."]
