"""The politician approves a campaign answer once, after reviewing each voter; one voter left out."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import select

from inbox.models import AuditEvent, Campaign, Conversation, OutgoingReply, ReplyState, db
from inbox.sandbox.server import LoopbackServer
from inbox.services.intake.store import store_incoming
from inbox.services.replies.outgoing import create_reply
from tests.conftest import make_app
from tests.factories import PASSWORD, incoming, office_with_users, plain_account
from tests.web.conftest import browser, screenshot  # noqa: F401 - the browser fixture

pytestmark = pytest.mark.browser

VOTERS = ("Lotte Vermeulen", "Marc Dubois", "An Peeters")


@pytest.fixture
def office(tmp_path: Path) -> Iterator[dict]:
    """Three voters wrote the same letter; staff answered the campaign; each reply awaits approval."""
    app = make_app(tmp_path, DIALOOG_JOBS="embedded")  # queued jobs never run: nothing is sent
    with app.app_context():
        setup = office_with_users("Kantoor Campagne", require_approval=True)
        account = plain_account(setup.office.id, handle="PoliticianBE")
        for number, name in enumerate(VOTERS):
            message = incoming(str(number), text="Red buslijn 58!", author_id=f"voter{number}")
            store_incoming(account.id, [replace(message, author=replace(message.author, display_name=name))])
        campaign = Campaign(office_id=setup.office.id, label="buslijn 58", size=3, centroid=b"", fingerprints=b"")
        db.session.add(campaign)
        db.session.commit()
        for conversation in db.session.execute(select(Conversation).order_by(Conversation.id)).scalars().all():
            name = conversation.contact.display_name.split()[0]
            create_reply(
                setup.office.id,
                conversation.id,
                setup.staff,
                f"Beste {name},\nLijn 58 blijft.",
                campaign_id=campaign.id,
            )
        people = {"politician": setup.politician.email, "politician_id": setup.politician.id}
        db.session.remove()
    with LoopbackServer(app) as server:
        yield {"url": server.base_url, "app": app, **people}


def test_one_approval_for_the_whole_campaign_with_a_voter_left_out(browser, office: dict) -> None:  # noqa: F811
    from playwright.sync_api import expect

    page = browser.new_context(locale="nl-BE").new_page()
    page.goto(office["url"] + "/login")
    page.locator("input[name=email]").fill(office["politician"])
    page.locator("input[name=password]").fill(PASSWORD)
    page.locator("button[type=submit]").click()
    page.wait_for_url(office["url"] + "/**")
    page.goto(office["url"] + "/approvals")

    card = page.locator("#approval-list li.campaign-approval")
    expect(card.locator("h2")).to_have_text("Campagneantwoord “buslijn 58”: 3 kiezers")
    expect(card.locator(".campaign-voter")).to_have_count(3)
    lotte = card.locator(".campaign-voter", has_text="Lotte Vermeulen")
    expect(lotte.locator(".greeting")).to_have_text("Beste Lotte,")
    lotte.get_by_text("Volledige tekst").click()
    expect(lotte.locator(".full-text p")).to_have_text("Beste Lotte,\nLijn 58 blijft.")
    expect(lotte.locator(".voter-channel")).to_have_text("Het antwoord gaat uit op X als @PoliticianBE")
    approve = card.get_by_role("button", name="Goedkeuren en versturen naar 3 kiezers")
    expect(approve).to_be_visible()
    expect(page.locator("#approval-list > li")).to_have_count(1)  # one card, not three taps
    screenshot(page, "approval-campaign-card")

    card.get_by_label("Marc Dubois meenemen").uncheck()
    card.get_by_label("An Peeters meenemen").uncheck()
    card.get_by_role("button", name="Goedkeuren en versturen naar 1 kiezer").click()

    expect(page.locator("#approvals-status")).to_have_text(
        "Goedgekeurd: 1 antwoord vertrekt, elk op het kanaal van de kiezer."
    )
    left = page.locator("#approval-list > li")
    expect(left).to_have_count(2)  # the two left out, each on their own card: edit, approve or send back
    expect(left.filter(has_text="Marc Dubois").get_by_role("button", name="Terugsturen")).to_be_visible()
    marc = left.filter(has_text="Marc Dubois")
    marc.locator(".comment").fill("Noem de lijn bij naam.")
    marc.get_by_role("button", name="Terugsturen").click()
    expect(left).to_have_count(1)
    left.get_by_role("button", name="Goedkeuren en versturen").click()
    expect(page.locator("#approvals-empty")).to_be_visible()

    with office["app"].app_context():
        states = {
            reply.text.split(",")[0]: reply.state for reply in db.session.execute(select(OutgoingReply)).scalars()
        }
        assert states == {
            "Beste Lotte": ReplyState.QUEUED,
            "Beste An": ReplyState.QUEUED,
            "Beste Marc": ReplyState.DRAFT,  # sent back to its author with the comment
        }
        audits = db.session.execute(select(AuditEvent).where(AuditEvent.action.like("%approved"))).scalars().all()
        assert [(a.action, a.actor_user_id, a.detail.get("count")) for a in audits] == [
            ("campaign.approved", office["politician_id"], 1),
            ("reply.approved", office["politician_id"], None),
        ]
