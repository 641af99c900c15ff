"""X direct messages, replies in the account's threads and quote posts, with the real tweepy client."""

from __future__ import annotations

import pytest
from flask import Flask
from sqlalchemy import func, select

from inbox.ingest.base import ChannelError
from inbox.ingest.x.ingestor import XReplySender
from inbox.models import ChannelAccount, Conversation, Direction, Message, OutgoingReply, ReplyState, db
from inbox.services.intake.polling import poll_account
from inbox.services.replies.outgoing import create_reply, deliver_reply
from tests.factories import office_with_users, x_account
from tests.ingest.x_helpers import quiet_app, voters

__all__ = ["quiet_app"]


def _inbound() -> list[Message]:
    return list(
        db.session.execute(select(Message).where(Message.direction == Direction.INBOUND).order_by(Message.id)).scalars()
    )


def _thread_of(message: Message) -> str:
    return db.session.get(Conversation, message.conversation_id).thread_key


def test_dms_are_stored_per_voter_once_and_the_cursor_moves(quiet_app: Flask, x_sandbox) -> None:
    sandbox, base_url = x_sandbox
    setup = office_with_users()
    account = x_account(setup.office.id, sandbox, base_url)
    anna, bram = voters(sandbox)
    sandbox.send_dm(anna["id"], account.external_id, "Hallo, mag ik iets vragen over de premie?")
    sandbox.send_dm(account.external_id, anna["id"], "Natuurlijk!")  # the office's own DM: not a voter message
    sandbox.send_dm(anna["id"], account.external_id, 'Het gaat om <b>"renovatie"</b> & isolatie 🏠')
    sandbox.send_dm(bram["id"], account.external_id, "Bonjour, une question sur le tram.")

    poll_account(account.id)
    poll_account(account.id)  # nothing new: nothing twice

    texts = [m.text for m in _inbound()]
    assert texts == [
        "Hallo, mag ik iets vragen over de premie?",
        'Het gaat om <b>"renovatie"</b> & isolatie 🏠',
        "Bonjour, une question sur le tram.",
    ]
    assert {_thread_of(m) for m in _inbound()} == {f"x-dm:{anna['id']}", f"x-dm:{bram['id']}"}
    cursor = db.session.get(ChannelAccount, account.id).cursor
    assert cursor["dm"]["newest_id"] == max((e["id"] for e in sandbox.dm_events_of(account.external_id)), key=int)

    sandbox.send_dm(anna["id"], account.external_id, "En nog iets.")
    poll_account(account.id)
    assert [m.text for m in _inbound()][-1] == "En nog iets."
    assert len({m.conversation_id for m in _inbound() if m.author_identity.external_id == anna["id"]}) == 1


def test_a_dm_backlog_is_paged_through(quiet_app: Flask, x_sandbox) -> None:
    sandbox, base_url = x_sandbox
    setup = office_with_users()
    account = x_account(setup.office.id, sandbox, base_url)
    (anna,) = voters(sandbox, 1)
    for i in range(230):
        sandbox.send_dm(anna["id"], account.external_id, f"bericht {i}")
    poll_account(account.id)
    assert db.session.execute(select(func.count(Message.id))).scalar_one() == 230


def test_a_reply_to_a_dm_goes_out_as_a_dm(quiet_app: Flask, x_sandbox) -> None:
    sandbox, base_url = x_sandbox
    setup = office_with_users()
    account = x_account(setup.office.id, sandbox, base_url)
    (anna,) = voters(sandbox, 1)
    sandbox.send_dm(anna["id"], account.external_id, "Kan u mij terugbellen?")
    poll_account(account.id)
    (message,) = _inbound()

    reply = create_reply(setup.office.id, message.conversation_id, setup.staff, "We bellen u morgen.")
    deliver_reply(reply.id)

    reply = db.session.get(OutgoingReply, reply.id)
    assert reply.state == ReplyState.SENT
    sent = [e for e in sandbox.dm_events_of(anna["id"]) if e["sender_id"] == account.external_id]
    assert [e["text"] for e in sent] == ["We bellen u morgen."]
    assert reply.external_id == f"dm:{sent[0]['id']}"
    assert sandbox.request_count("/2/tweets") == 0


def test_replies_under_the_accounts_post_and_quote_posts_arrive(quiet_app: Flask, x_sandbox) -> None:
    sandbox, base_url = x_sandbox
    setup = office_with_users()
    account = x_account(setup.office.id, sandbox, base_url)
    anna, bram = voters(sandbox)
    own = sandbox.post_tweet(account.external_id, "Vandaag stellen we het nieuwe mobiliteitsplan voor.")
    first = sandbox.post_tweet(anna["id"], "Eindelijk!", in_reply_to_tweet_id=own["id"])
    sandbox.post_tweet(
        bram["id"], "@kiezer0 Ben je zeker? Ik lees niets over bussen.", in_reply_to_tweet_id=first["id"]
    )
    quote = sandbox.post_tweet(bram["id"], "Dit plan vergeet de landelijke gemeenten.", quote_tweet_id=own["id"])

    poll_account(account.id)

    by_text = {m.text: m for m in _inbound()}
    assert set(by_text) == {"Eindelijk!", "@kiezer0 Ben je zeker? Ik lees niets over bussen.", quote["text"]}
    assert _thread_of(by_text["Eindelijk!"]) == f"x:{own['id']}:{anna['id']}"
    assert _thread_of(by_text["@kiezer0 Ben je zeker? Ik lees niets over bussen."]) == f"x:{own['id']}:{bram['id']}"
    assert _thread_of(by_text[quote["text"]]) == f"x:{quote['id']}:{bram['id']}"

    later = sandbox.post_tweet(anna["id"], "Ik citeer dit ook.", quote_tweet_id=own["id"])
    account = db.session.get(ChannelAccount, account.id)
    account.settings = {**account.settings, "x_quote_check_seconds": 0}
    db.session.commit()
    poll_account(account.id)
    poll_account(account.id)
    texts = [m.text for m in _inbound()]
    assert texts.count(later["text"]) == 1 and len(texts) == 4


def test_an_over_long_post_reply_is_refused_before_calling_x(quiet_app: Flask, x_sandbox) -> None:
    sandbox, base_url = x_sandbox
    setup = office_with_users()
    account = x_account(setup.office.id, sandbox, base_url)
    (anna,) = voters(sandbox, 1)
    sandbox.post_tweet(anna["id"], "@PoliticianBE Wat met de N8?")
    poll_account(account.id)
    (message,) = _inbound()

    with pytest.raises(ChannelError) as refused:
        XReplySender().send(account, "Dank u! " + "é" * 273, message.external_id, message.raw)
    assert refused.value.permanent
    assert "281 of 280 weighted characters" in refused.value.detail
    assert sandbox.request_count("/2/tweets") == 0

    receipt = XReplySender().send(account, "Dank u! " + "é" * 272, message.external_id, message.raw)
    assert sandbox.get_tweet(receipt.external_id)["text"].endswith("é" * 272)


def test_a_forbidden_dm_pass_keeps_the_mentions_and_says_why(quiet_app: Flask, x_sandbox) -> None:
    sandbox, base_url = x_sandbox
    setup = office_with_users()
    account = x_account(setup.office.id, sandbox, base_url)
    (anna,) = voters(sandbox, 1)
    sandbox.post_tweet(anna["id"], "@PoliticianBE Wat met de N8?")
    sandbox.send_dm(anna["id"], account.external_id, "Privé vraag")
    sandbox.fail_next("/2/dm_events", 403)

    poll_account(account.id)
    assert [m.text for m in _inbound()] == ["@PoliticianBE Wat met de N8?"]
    assert "403" in db.session.get(ChannelAccount, account.id).cursor["pass_errors"]["dm"]

    poll_account(account.id)
    assert [m.text for m in _inbound()] == ["@PoliticianBE Wat met de N8?", "Privé vraag"]
    assert db.session.get(ChannelAccount, account.id).cursor["pass_errors"] == {}


def test_hostile_dm_text_is_stored_intact_by_polling(quiet_app: Flask, x_sandbox) -> None:
    sandbox, base_url = x_sandbox
    setup = office_with_users()
    account = x_account(setup.office.id, sandbox, base_url)
    (anna,) = voters(sandbox, 1)
    hostile = "\u202e<script>alert(1)</script> שלום \x00 🇧🇪 " + "woord " * 1600
    sandbox.send_dm(anna["id"], account.external_id, hostile)

    poll_account(account.id)
    (message,) = _inbound()
    assert message.text == hostile.replace("\x00", "\ufffd")
    assert message.raw["dm_event"]["text"] == hostile.replace("\x00", "\ufffd")


def test_retweets_of_quote_posts_are_not_stored_as_messages(quiet_app: Flask, x_sandbox) -> None:
    """X returns retweets of quote posts among the quotes ("RT @…", cut at 140 characters) unless
    ``exclude=retweets`` is asked; a repost is nobody's words to the office."""
    sandbox, base_url = x_sandbox
    account = x_account(office_with_users().office.id, sandbox, base_url)
    anna, bram = voters(sandbox)
    own = sandbox.post_tweet(account.external_id, "Vandaag stellen we het nieuwe mobiliteitsplan voor.")
    quote = sandbox.post_tweet(
        bram["id"],
        "Dit plan vergeet de landelijke gemeenten, en dat zeg ik al jaren tegen iedereen.",
        quote_tweet_id=own["id"],
    )
    retweet = sandbox.retweet(anna["id"], quote["id"])
    assert retweet["text"].startswith("RT @") and {t["id"] for t in sandbox.quotes_of(own["id"])} == {
        quote["id"],
        retweet["id"],
    }

    poll_account(account.id)

    assert [m.text for m in _inbound()] == [quote["text"]]
