"""The weekly digest names the answers reused most often, with how often, and forgets an erased voter's."""

from __future__ import annotations

from flask import Flask

from inbox.digest.compute import compute_digest
from inbox.digest.periods import week_containing
from inbox.digest.render import render_digest
from inbox.models import Conversation, db, utcnow
from inbox.services.answers.feedback import suggestions_for, use_answer, use_canned
from inbox.services.privacy.erasure import erase_voter
from inbox.services.replies.canned import save_canned_reply
from tests.answers.test_suggestions import BUS_Q, history, post
from tests.queue.conftest import Desk


def test_the_digest_counts_reused_answers_and_drops_an_erased_voters(app: Flask, desk: Desk) -> None:
    earlier = history(desk)
    staff = desk.setup.staff
    canned = save_canned_reply(desk.office_id, desk.setup.admin, "Bus 5", "nl", "Beste {voter_name}, bus 5 rijdt.")
    for voter in ("dirk", "els", "fien"):
        asking = post(desk.x, "Rijdt bus 5 binnenkort terug via de Kerkstraat?", voter=voter, name=f"{voter.title()} X")
        bus = suggestions_for(desk.office_id, asking.conversation_id)["answers"][0]
        assert bus["question"] == BUS_Q
        use_answer(desk.office_id, asking.conversation_id, bus["id"], staff)
    use_canned(desk.office_id, asking.conversation_id, canned.id, staff)
    week = week_containing(utcnow(), "Europe/Brussels")
    digest = compute_digest(desk.office_id, week, "en")
    assert [(item.label, item.count, item.canned) for item in digest.reused] == [(BUS_Q, 3, False), ("Bus 5", 1, True)]
    text = render_digest(digest).text
    assert f"reused 3×: “{BUS_Q}”" in text and "reused 1×: canned reply “Bus 5”" in text
    assert "Questions answered most often this week" in text
    assert "Diese Woche am häufigsten beantwortet" in render_digest(compute_digest(desk.office_id, week, "de")).text

    anna = db.session.get(Conversation, earlier["anna"].conversation_id).contact_id
    erase_voter(anna, None)
    after = render_digest(compute_digest(desk.office_id, week, "en")).text
    assert "Kerkstraat" not in after.split("Questions answered most often")[-1].split("reused 1×")[0]
    assert [(item.label, item.count) for item in compute_digest(desk.office_id, week, "en").reused] == [("Bus 5", 1)]
