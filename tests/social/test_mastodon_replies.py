"""Replying on Mastodon: in the voter's thread, mentioning them, never more public than they were."""

from __future__ import annotations

from datetime import timedelta

import pytest
from flask import Flask
from sqlalchemy import select

from inbox.ingest.mastodon.ingestor import MastodonReplySender
from inbox.models import ChannelAccount, Conversation, Direction, Message, OutgoingReply, ReplyState, db, utcnow
from inbox.services.intake.polling import poll_account
from inbox.services.replies.outgoing import ReplyRejectedError, claim_due_replies, create_reply, deliver_reply
from tests.factories import OfficeSetup, office_with_users
from tests.social.conftest import Fake, mastodon_account


def voter_writes(mastodon: Fake, visibility: str, text: str = "@els Komt er een oplossing voor de wachtlijsten?"):
    setup = office_with_users()
    account = mastodon_account(setup.office.id, mastodon)
    voter = mastodon.sandbox.add_account("lotte@mastodon.social", "Lotte Verstraeten")
    status = mastodon.sandbox.post_status(voter["id"], text, visibility=visibility)
    poll_account(account.id)
    conversation = db.session.execute(select(Conversation)).scalar_one()
    return setup, conversation, status


def reply(setup: OfficeSetup, conversation: Conversation, text: str) -> OutgoingReply:
    sent = create_reply(setup.office.id, conversation.id, setup.staff, text)
    db.session.expire_all()
    return db.session.get(OutgoingReply, sent.id)


@pytest.mark.parametrize(
    ("voter_visibility", "reply_visibility"),
    [("public", "public"), ("unlisted", "unlisted"), ("private", "direct"), ("direct", "direct")],
)
def test_reply_answers_the_status_mentions_the_voter_and_never_widens(
    app: Flask, mastodon: Fake, voter_visibility: str, reply_visibility: str
) -> None:
    setup, conversation, status = voter_writes(mastodon, voter_visibility)

    sent = reply(setup, conversation, "Dank je, Lotte! We werken aan 2.000 extra plaatsen.")

    assert sent.state == ReplyState.SENT and sent.attempts == 1
    (posted,) = mastodon.sandbox.replies_to(status["id"])
    assert posted["in_reply_to_id"] == status["id"]
    assert posted["visibility"] == reply_visibility
    assert [m["acct"] for m in posted["mentions"]] == ["lotte@mastodon.social"]  # so it reaches her
    assert "Dank je, Lotte!" in posted["content"]
    assert sent.external_id == posted["id"]
    message = db.session.get(Message, sent.sent_message_id)
    assert message.direction == Direction.OUTBOUND and message.conversation_id == conversation.id
    assert deliver_reply(sent.id) is None  # a duplicate job sends nothing
    assert len(mastodon.sandbox.replies_to(status["id"])) == 1


def test_a_voter_answering_the_reply_stays_in_the_same_conversation(app: Flask, mastodon: Fake) -> None:
    setup, conversation, _status = voter_writes(mastodon, "public")
    sent = reply(setup, conversation, "We bekijken het deze week.")
    lotte = mastodon.sandbox.account_by_acct("lotte@mastodon.social")
    mastodon.sandbox.post_status(lotte["id"], "@els Bedankt voor het snelle antwoord!", in_reply_to_id=sent.external_id)

    poll_account(conversation.channel_account_id)

    assert db.session.execute(select(Conversation.id)).scalars().all() == [conversation.id]
    texts = [m.text for m in db.session.execute(select(Message).order_by(Message.id)).scalars()]
    assert texts[-1] == "@els Bedankt voor het snelle antwoord!" and len(texts) == 3


def test_a_reply_over_500_characters_with_the_mention_is_refused_before_calling_mastodon(
    app: Flask, mastodon: Fake
) -> None:
    setup, conversation, _status = voter_writes(mastodon, "public")
    before = mastodon.sandbox.request_count("/api/v1/statuses")

    with pytest.raises(ReplyRejectedError, match="500"):  # the composer's check
        reply(setup, conversation, "a" * 501)
    with pytest.raises(ReplyRejectedError, match="500"):  # it counts the mention the sender adds: "@lotte "
        reply(setup, conversation, "a" * 494)
    assert mastodon.sandbox.request_count("/api/v1/statuses") == before
    assert claim_due_replies() == []

    fits = reply(setup, conversation, "b" * 493)
    assert fits.state == ReplyState.SENT


def test_a_failed_send_is_retried_and_a_rate_limit_waits(app: Flask, mastodon: Fake) -> None:
    setup, conversation, status = voter_writes(mastodon, "unlisted")
    mastodon.sandbox.fail_next("/api/v1/statuses", 503)

    sent = reply(setup, conversation, "We bekijken het.")
    assert sent.state == ReplyState.FAILED and "server error" in sent.last_error
    assert sent.next_attempt_at is not None
    assert mastodon.sandbox.replies_to(status["id"]) == []

    sent.next_attempt_at = utcnow() - timedelta(seconds=1)
    db.session.commit()
    mastodon.sandbox.fail_next("/api/v1/statuses", 429, headers={"X-RateLimit-Reset": "2099-01-01T00:00:00.000Z"})
    assert claim_due_replies() == [sent.id]
    deliver_reply(sent.id)
    db.session.expire_all()
    sent = db.session.get(OutgoingReply, sent.id)
    assert sent.state == ReplyState.FAILED and sent.next_attempt_at.year == 2099  # waits for the reset

    sent.next_attempt_at = utcnow() - timedelta(seconds=1)
    db.session.commit()
    claim_due_replies()
    deliver_reply(sent.id)
    db.session.expire_all()
    assert db.session.get(OutgoingReply, sent.id).state == ReplyState.SENT
    assert len(mastodon.sandbox.replies_to(status["id"])) == 1


def test_a_revoked_token_fails_the_reply_with_a_clear_reason(app: Flask, mastodon: Fake) -> None:
    setup, conversation, _ = voter_writes(mastodon, "public")
    account = db.session.get(ChannelAccount, conversation.channel_account_id)
    mastodon.sandbox.revoke_token(account.credentials["access_token"])

    sent = reply(setup, conversation, "Bedankt voor je bericht.")

    assert sent.state == ReplyState.FAILED and sent.next_attempt_at is None
    assert "Reconnect the account" in sent.last_error


def test_sending_the_same_reply_again_after_a_lost_answer_posts_it_once(app: Flask, mastodon: Fake) -> None:
    _, conversation, status = voter_writes(mastodon, "public")
    account = db.session.get(ChannelAccount, conversation.channel_account_id)
    voter_message = db.session.execute(select(Message)).scalar_one()
    sender = MastodonReplySender()

    first = sender.send(account, "Dank je!", voter_message.external_id, voter_message.raw)
    again = sender.send(account, "Dank je!", voter_message.external_id, voter_message.raw)  # a retry

    assert again.external_id == first.external_id
    assert len(mastodon.sandbox.replies_to(status["id"])) == 1
