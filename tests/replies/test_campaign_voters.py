"""A campaign counts voters, not messages or identities, and answers each voter once (issue 16).

Lotte sends the letter by e-mail and comments it on Facebook (two identities, linked to one
contact by a merge), Marc sends it twice on X, An once: three voters, five messages.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from flask import Flask
from sqlalchemy import select

from inbox.digest.compute import compute_digest
from inbox.digest.periods import week_of
from inbox.models import Campaign, ChannelAccount, ChannelKind, Conversation, Message, OutgoingReply, ReplyState, db
from inbox.services.contacts.identities import merge_contacts
from inbox.services.conversations.campaign_members import (
    MIN_CAMPAIGN_VOTERS,
    campaign_voter_counts,
    campaign_voters,
)
from inbox.services.replies.approvals import DUPLICATE_COMMENT, approval_queue, approve_campaign
from inbox.services.replies.campaign import campaign_overview, reply_to_campaign
from inbox.triage.campaigns import assign
from tests.clients import logged_in_client
from tests.queue.conftest import Desk, make_desk, post, tag

LETTER = (
    "Beste minister, sluit spoorlijn 90 niet. Duizenden pendelaars hebben die lijn elke dag nodig. "
    "Met vriendelijke groet"
)
WEEK = week_of(date(2026, 1, 1))  # the queue fixtures send on 2026-01-01


def _facebook(office_id: int) -> ChannelAccount:
    account = ChannelAccount(
        office_id=office_id, kind=ChannelKind.FACEBOOK, handle="PolitiekBE", external_id="page-1", credentials={}
    )
    db.session.add(account)
    db.session.commit()
    return account


def _campaign(desk: Desk, messages: list[Message]) -> Campaign:
    campaign = Campaign(
        office_id=desk.office_id, label="spoorlijn 90", size=len(messages), centroid=b"", fingerprints=b""
    )
    db.session.add(campaign)
    db.session.commit()
    for message in messages:
        tag(message, campaign_id=campaign.id)
    return campaign


def _three_voters_five_messages(desk: Desk) -> tuple[Campaign, dict[str, list[Message]]]:
    facebook = _facebook(desk.office_id)
    sent = {
        "lotte": [
            post(desk.email, LETTER, voter="lotte@example.be", name="Lotte Peeters"),
            post(facebook, LETTER, voter="fb-lotte", name="Lotte Peeters"),
        ],
        "marc": [
            post(desk.x, LETTER, voter="marc", name="Marc D", thread="marc-1"),
            post(desk.x, LETTER, voter="marc", name="Marc D", thread="marc-2"),
        ],
        "an": [post(desk.x, LETTER, voter="an", name="An P")],
    }
    return _campaign(desk, [m for messages in sent.values() for m in messages]), sent


def _contact(message: Message) -> int:
    return db.session.get(Conversation, message.conversation_id).contact_id


def _link_lotte(desk: Desk, sent: dict[str, list[Message]]) -> None:
    mail, facebook = sent["lotte"]
    merge_contacts(desk.office_id, _contact(mail), _contact(facebook), desk.setup.admin.id)


def test_every_counter_counts_a_voter_once_across_channels_and_repeats(app: Flask) -> None:
    desk = make_desk("Spoor")
    campaign, sent = _three_voters_five_messages(desk)
    # before the link, Lotte's e-mail and Facebook identities are two voters
    assert campaign_voter_counts([campaign.id]) == {campaign.id: 4}

    _link_lotte(desk, sent)  # the count follows the link: computed, not stored
    assert campaign_voter_counts([campaign.id]) == {campaign.id: 3}

    staff = logged_in_client(app, desk.setup.staff)
    rows = staff.get("/api/queue").get_json()["items"]
    assert len(rows) == 5  # five conversations…
    assert {row["tags"]["campaign_size"] for row in rows} == {3}  # …of three voters
    assert {row["tags"]["campaign_coordinated"] for row in rows} == {True}

    panel = staff.get(f"/api/campaigns/{campaign.id}").get_json()
    assert panel["size"] == len(panel["voters"]) == 3
    lotte = next(voter for voter in panel["voters"] if voter["voter"] == "Lotte Peeters")
    assert lotte["channel"] == "facebook"  # her most recent campaign message
    assert sorted(lotte["channels"]) == ["email", "facebook"]

    line = next(c for c in compute_digest(desk.office_id, WEEK, "nl").campaigns if c.campaign_id == campaign.id)
    assert (line.voters, line.messages) == (3, 5)


def test_the_campaign_answer_goes_to_each_voter_once_on_their_latest_channel(app: Flask) -> None:
    desk = make_desk("Spoor")
    desk.setup.office.require_approval = True  # replies wait: nothing here can deliver them
    db.session.commit()
    campaign, sent = _three_voters_five_messages(desk)
    _link_lotte(desk, sent)

    reply_to_campaign(desk.office_id, campaign.id, desk.setup.staff, {"nl": "Beste {voter_name}, lijn 90 blijft."})
    reply_to_campaign(desk.office_id, campaign.id, desk.setup.staff, {"nl": "Nog eens."})  # answers nobody twice
    replies = db.session.execute(select(OutgoingReply).where(OutgoingReply.campaign_id == campaign.id)).scalars().all()
    latest = [sent["lotte"][1], sent["marc"][1], sent["an"][0]]
    assert sorted(r.conversation_id for r in replies) == sorted(m.conversation_id for m in latest)
    panel = campaign_overview(desk.office_id, campaign.id)
    assert [v["reply_state"] for v in panel["voters"]] == ["awaiting_approval"] * 3
    assert len([r for r in approval_queue(desk.office_id) if r["campaign_id"] == campaign.id]) == 3

    for reply in replies:  # as the channels' delivery would record it
        reply.state, reply.sent_at = ReplyState.SENT, datetime(2026, 1, 1, 1, tzinfo=UTC)
    db.session.commit()
    line = next(c for c in compute_digest(desk.office_id, WEEK, "nl").campaigns if c.campaign_id == campaign.id)
    assert (line.voters, line.answered, line.conversations) == (3, 3, 5)


def test_a_voter_linked_after_the_answer_is_not_answered_again(app: Flask) -> None:
    desk = make_desk("Spoor")
    desk.setup.office.require_approval = True
    db.session.commit()
    campaign, sent = _three_voters_five_messages(desk)
    reply_to_campaign(desk.office_id, campaign.id, desk.setup.staff, {"nl": "Beste {voter_name}"})
    assert len([r for r in approval_queue(desk.office_id) if r["campaign_id"] == campaign.id]) == 4

    _link_lotte(desk, sent)  # now one voter holds two waiting answers
    waiting = [r for r in approval_queue(desk.office_id) if r["campaign_id"] == campaign.id]
    assert len(waiting) == 3
    assert len(campaign_voters(campaign.id)) == 3

    done = approve_campaign(desk.office_id, campaign.id, desk.setup.politician)
    assert done["approved"] == 3  # one answer per voter; Lotte's second goes back to its author
    states = db.session.execute(
        select(OutgoingReply.conversation_id, OutgoingReply.state, OutgoingReply.review_comment).where(
            OutgoingReply.campaign_id == campaign.id
        )
    ).all()
    returned = [(c, comment) for c, state, comment in states if state == ReplyState.DRAFT]
    assert returned == [(sent["lotte"][0].conversation_id, DUPLICATE_COMMENT)]


def test_one_voter_repeating_the_letter_is_no_coordinated_campaign(app: Flask) -> None:
    desk = make_desk("Alleen")
    facebook = _facebook(desk.office_id)
    alone = [
        post(desk.email, LETTER, voter="jan@example.be", name="Jan"),
        post(facebook, LETTER, voter="fb-jan", name="Jan"),
        post(desk.x, LETTER, voter="jan", name="Jan"),
        post(desk.x, LETTER, voter="jan", name="Jan", thread="jan-2"),
    ]
    campaign = _campaign(desk, alone)
    first = _contact(alone[0])
    for message in alone[1:3]:
        if _contact(message) != first:
            merge_contacts(desk.office_id, first, _contact(message), desk.setup.admin.id)
    assert campaign_voter_counts([campaign.id]) == {campaign.id: 1}

    rows = logged_in_client(app, desk.setup.staff).get("/api/queue").get_json()["items"]
    assert {(row["tags"]["campaign_size"], row["tags"]["campaign_coordinated"]) for row in rows} == {(1, False)}
    assert [c.campaign_id for c in compute_digest(desk.office_id, WEEK, "nl").campaigns] == []


def test_the_voter_threshold_is_the_matchers_campaign_threshold() -> None:
    assert (assign.__kwdefaults__ or {})["min_size"] == MIN_CAMPAIGN_VOTERS
    assert MIN_CAMPAIGN_VOTERS >= 2
