"""Campaigns in the inbox: a form letter sent by many voters, also translated, becomes one campaign."""

from __future__ import annotations

from flask import Flask
from sqlalchemy import select

from inbox.models import Campaign, Message, db
from inbox.services.intake.store import store_incoming
from tests.factories import incoming, office_with_users, plain_account

LETTER = {
    "nl": (
        "Beste minister, ik vraag u dringend om de spoorlijn 90 tussen Denderleeuw en Geraardsbergen niet te "
        "sluiten. Duizenden pendelaars en scholieren zijn elke dag afhankelijk van deze lijn. Met vriendelijke groet"
    ),
    "fr": (
        "Madame la ministre, je vous demande instamment de ne pas fermer la ligne ferroviaire 90 entre Denderleeuw "
        "et Grammont. Des milliers de navetteurs et d'élèves dépendent chaque jour de cette ligne. Cordialement"
    ),
    "en": (
        "Dear minister, I urgently ask you not to close railway line 90 between Denderleeuw and Geraardsbergen. "
        "Thousands of commuters and pupils depend on this line every day. Kind regards"
    ),
}


def test_a_form_letter_becomes_one_campaign_across_languages(app: Flask) -> None:
    setup = office_with_users()
    account = plain_account(setup.office.id)
    first = [
        incoming("1", text=LETTER["nl"] + "\nJan", author_id="a"),
        incoming("2", text=LETTER["nl"] + "\nAn Peeters", author_id="b"),
        incoming("3", text="Hallo! " + LETTER["nl"] + "\nGreet", author_id="c"),
        incoming(
            "4", text="Wanneer komt er een nieuwe trein naar Geraardsbergen? Ik sta elke dag te wachten.", author_id="d"
        ),
    ]
    store_incoming(account.id, first)
    later = [
        incoming("5", text=LETTER["fr"] + "\nSophie", author_id="e"),
        incoming("6", text=LETTER["en"] + "\nTom", author_id="f"),
        incoming("7", text=LETTER["nl"] + "\nLien", author_id="g"),
    ]
    store_incoming(account.id, later)

    campaigns = db.session.execute(select(Campaign)).scalars().all()
    assert len(campaigns) == 1
    campaign = campaigns[0]
    members = {
        m.external_id
        for m in db.session.execute(select(Message)).scalars()
        if m.triage and m.triage.campaign_id == campaign.id
    }
    assert members == {"1", "2", "3", "5", "6", "7"}
    assert campaign.size == 6
    assert "spoorlijn 90" in campaign.label
