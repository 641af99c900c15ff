"""One approval covers a campaign answer: every included voter answered once, on their own channel."""

from __future__ import annotations

from flask import Flask
from sqlalchemy import select

from inbox.models import AuditEvent, Campaign, Message, OutgoingReply, ReplyState, TriageResult, db
from inbox.services.intake.polling import poll_account
from tests.clients import logged_in_client
from tests.factories import office_with_users, x_account

LETTER = "@PoliticianBE Stop de sluiting van buslijn 58 in Ninove! Wij hebben die bus elke dag nodig."


def _campaign_awaiting_approval(sandbox, base_url):  # type: ignore[no-untyped-def]
    """Three voters sent the letter on X; staff answered the campaign; the office requires approval."""
    setup = office_with_users(require_approval=True)
    account = x_account(setup.office.id, sandbox, base_url)
    tweets = {}
    for handle in ("lotte_v", "marc_d", "an_p"):
        voter = sandbox.add_user(handle, handle.replace("_", " ").title())
        tweets[handle] = sandbox.post_tweet(voter["id"], LETTER)
    poll_account(account.id)
    campaign = Campaign(office_id=setup.office.id, label="buslijn 58", size=3, centroid=b"", fingerprints=b"")
    db.session.add(campaign)
    db.session.flush()
    for triage in db.session.execute(select(TriageResult).join(Message)).scalars():
        triage.campaign_id = campaign.id
    db.session.commit()
    return setup, campaign, tweets


def test_one_approval_sends_the_campaign_answer_to_every_included_voter_once(app: Flask, x_sandbox) -> None:
    sandbox, base_url = x_sandbox
    setup, campaign, tweets = _campaign_awaiting_approval(sandbox, base_url)
    staff = logged_in_client(app, setup.staff)
    politician = logged_in_client(app, setup.politician)
    staff.post(f"/api/campaigns/{campaign.id}/reply", json={"texts": {"nl": "Beste {voter_name},\nLijn 58 blijft."}})
    assert all(not sandbox.replies_to(tweet["id"]) for tweet in tweets.values())

    queue = politician.get("/api/approvals").get_json()["replies"]
    review = {reply["voter"]: reply for reply in queue}
    assert set(review) == {"Lotte V", "Marc D", "An P"}
    assert {reply["campaign_id"] for reply in queue} == {campaign.id}
    assert review["Lotte V"]["greeting"] == "Beste Lotte V,"
    assert review["Marc D"]["channel"] == "x" and review["Marc D"]["campaign_label"] == "buslijn 58"

    refused = staff.post(f"/api/approvals/campaigns/{campaign.id}/approve", json={"exclude": []})
    assert refused.status_code == 422  # only the politician approves
    excluded = review["Marc D"]["id"]
    done = politician.post(f"/api/approvals/campaigns/{campaign.id}/approve", json={"exclude": [excluded]})
    assert done.status_code == 200 and done.get_json()["approved"] == 2

    assert [p["text"] for p in sandbox.replies_to(tweets["lotte_v"]["id"])] == ["Beste Lotte V,\nLijn 58 blijft."]
    assert [p["text"] for p in sandbox.replies_to(tweets["an_p"]["id"])] == ["Beste An P,\nLijn 58 blijft."]
    assert sandbox.replies_to(tweets["marc_d"]["id"]) == []
    assert db.session.get(OutgoingReply, excluded).state == ReplyState.AWAITING_APPROVAL
    audits = db.session.execute(select(AuditEvent).where(AuditEvent.action == "campaign.approved")).scalars().all()
    assert len(audits) == 1
    assert audits[0].actor_user_id == setup.politician.id
    assert audits[0].detail["count"] == 2 and audits[0].detail["excluded"] == 1
    assert [p["voter"] for p in politician.get("/api/approvals").get_json()["replies"]] == ["Marc D"]
    trail = logged_in_client(app, setup.admin).get("/api/admin/audit?action=campaign.approved").get_json()
    assert [(e["action"], e["target_label"]) for e in trail["events"]] == [("campaign.approved", "buslijn 58")]

    # The excluded voter approved later: only they get the answer, nobody twice.
    politician.post(f"/api/approvals/campaigns/{campaign.id}/approve", json={"exclude": []})
    assert [len(sandbox.replies_to(tweet["id"])) for tweet in tweets.values()] == [1, 1, 1]
    again = politician.post(f"/api/approvals/campaigns/{campaign.id}/approve", json={"exclude": []})
    assert again.status_code == 422
    assert [len(sandbox.replies_to(tweet["id"])) for tweet in tweets.values()] == [1, 1, 1]


def test_a_campaign_of_another_office_cannot_be_approved(app: Flask, x_sandbox) -> None:
    sandbox, base_url = x_sandbox
    _setup, campaign, _tweets = _campaign_awaiting_approval(sandbox, base_url)
    other = office_with_users("Ander kantoor")
    answer = logged_in_client(app, other.politician).post(f"/api/approvals/campaigns/{campaign.id}/approve", json={})
    assert answer.status_code == 404
