"""Replying on Bluesky: a post in the voter's thread with the right root and parent references."""

from __future__ import annotations

from datetime import timedelta

import pytest
from flask import Flask
from sqlalchemy import select

from inbox.models import Conversation, Direction, Message, OutgoingReply, ReplyState, db, utcnow
from inbox.services.intake.polling import poll_account
from inbox.services.replies.outgoing import ReplyRejectedError, claim_due_replies, create_reply, deliver_reply
from tests.factories import OfficeSetup, office_with_users
from tests.social.conftest import Fake, bluesky_account

CREATE = "com.atproto.repo.createRecord"


def reply(setup: OfficeSetup, conversation_id: int, text: str) -> OutgoingReply:
    sent = create_reply(setup.office.id, conversation_id, setup.staff, text)
    db.session.expire_all()
    return db.session.get(OutgoingReply, sent.id)


def conversation_of(did: str) -> Conversation:
    return db.session.execute(select(Conversation).where(Conversation.thread_key.endswith(did))).scalar_one()


def test_a_reply_deep_in_a_thread_refers_to_the_thread_root_and_the_voters_post(app: Flask, bluesky: Fake) -> None:
    sandbox = bluesky.sandbox
    setup = office_with_users()
    account = bluesky_account(setup.office.id, bluesky)
    anna = sandbox.add_account("anna.bsky.social", "Anna")
    bram = sandbox.add_account("bram.bsky.social", "Bram")
    root = sandbox.post_text(anna["did"], "@els.bsky.social Wanneer komt het fietspad?", langs=["nl"])
    answer = sandbox.post_text(
        bram["did"], "@els.bsky.social Ook bij ons in Aalst!", reply_to=root["uri"], langs=["nl"]
    )
    poll_account(account.id)

    sent = reply(setup, conversation_of(bram["did"]).id, "Dank je, Bram! We nemen Aalst mee.")

    assert sent.state == ReplyState.SENT and sent.attempts == 1
    (posted,) = sandbox.replies_to(answer["uri"])
    assert posted["record"]["reply"] == {"root": root, "parent": answer}  # strong refs: uri + cid
    assert posted["record"]["text"] == "Dank je, Bram! We nemen Aalst mee."
    assert posted["record"]["langs"] == ["nl"]
    assert posted["author"] == bluesky.politician["did"]
    assert sent.external_id == posted["uri"]
    message = db.session.get(Message, sent.sent_message_id)
    assert message.direction == Direction.OUTBOUND and message.raw["cid"] == posted["cid"]
    assert deliver_reply(sent.id) is None
    assert len(sandbox.replies_to(answer["uri"])) == 1


def test_the_voters_answer_to_the_reply_joins_their_conversation(app: Flask, bluesky: Fake) -> None:
    sandbox = bluesky.sandbox
    setup = office_with_users()
    account = bluesky_account(setup.office.id, bluesky)
    anna = sandbox.add_account("anna.bsky.social", "Anna")
    first = sandbox.post_text(anna["did"], "@els.bsky.social Wanneer komt het fietspad?")
    poll_account(account.id)
    conversation = conversation_of(anna["did"])
    sent = reply(setup, conversation.id, "Volgend voorjaar.")
    thanks = sandbox.post_text(anna["did"], "Bedankt!", reply_to=sent.external_id)

    poll_account(account.id)

    assert db.session.execute(select(Conversation.id)).scalars().all() == [conversation.id]
    stored = db.session.execute(select(Message).where(Message.external_id == thanks["uri"])).scalar_one()
    assert stored.conversation_id == conversation.id and stored.raw["root"] == first


def test_replies_bluesky_would_refuse_are_refused_before_calling_it(app: Flask, bluesky: Fake) -> None:
    sandbox = bluesky.sandbox
    setup = office_with_users()
    account = bluesky_account(setup.office.id, bluesky)
    voter = sandbox.add_account("lotte.bsky.social", "Lotte")
    post = sandbox.post_text(voter["did"], "@els.bsky.social Hoe zit het met de kinderopvang?")
    poll_account(account.id)
    conversation_id = conversation_of(voter["did"]).id
    before = sandbox.request_count(CREATE)

    with pytest.raises(ReplyRejectedError, match="300"):  # the composer's check
        reply(setup, conversation_id, "é" * 301)
    heavy = reply(setup, conversation_id, "👨‍👩‍👧‍👦" * 150)  # 150 graphemes but 3,750 bytes: the sender's check
    assert heavy.state == ReplyState.FAILED and heavy.next_attempt_at is None
    assert "at most 3000" in heavy.last_error
    assert sandbox.request_count(CREATE) == before

    flags = reply(setup, conversation_id, "🇧🇪" * 150 + "é" * 150)  # 300 graphemes, 450 code points
    assert flags.state == ReplyState.SENT
    assert len(sandbox.replies_to(post["uri"])) == 1


def test_a_failed_post_is_retried_and_a_rate_limit_waits_for_its_reset(app: Flask, bluesky: Fake) -> None:
    sandbox = bluesky.sandbox
    setup = office_with_users()
    account = bluesky_account(setup.office.id, bluesky)
    voter = sandbox.add_account("jens.bsky.social", "Jens")
    post = sandbox.post_text(voter["did"], "@els.bsky.social Wat met de treinen?")
    poll_account(account.id)
    conversation_id = conversation_of(voter["did"]).id

    sandbox.fail_next(CREATE, 503)
    sent = reply(setup, conversation_id, "We volgen het op.")
    assert sent.state == ReplyState.FAILED and "server error (503)" in sent.last_error
    assert sent.next_attempt_at is not None

    sent.next_attempt_at = utcnow() - timedelta(seconds=1)
    db.session.commit()
    sandbox.fail_next(CREATE, 429, headers={"ratelimit-reset": "4070908800", "ratelimit-remaining": "0"})
    claim_due_replies()
    deliver_reply(sent.id)
    db.session.expire_all()
    sent = db.session.get(OutgoingReply, sent.id)
    assert sent.state == ReplyState.FAILED and sent.next_attempt_at.year == 2099

    sent.next_attempt_at = utcnow() - timedelta(seconds=1)
    db.session.commit()
    claim_due_replies()
    deliver_reply(sent.id)
    db.session.expire_all()
    assert db.session.get(OutgoingReply, sent.id).state == ReplyState.SENT
    assert len(sandbox.replies_to(post["uri"])) == 1
