"""The campaign panel shows what the voters wrote, and the queue row counts its voters as the panel does."""

from __future__ import annotations

from flask import Flask
from sqlalchemy import select

from inbox.models import Campaign, Message, TriageResult, TriageState, db
from inbox.services.conversations.campaign_members import letter_and_variants
from inbox.services.intake.store import store_incoming
from tests.clients import logged_in_client
from tests.factories import incoming, office_with_users, plain_account

LETTER = (
    "Beste minister, sluit spoorlijn 90 niet. Duizenden pendelaars hebben die lijn elke dag nodig. "
    "Met vriendelijke groet"
)


def _campaign_of_five(office_id: int) -> Campaign:
    """Five voters: three sent the letter as is, one added a sentence, one left a sentence out.

    The matcher's running count (``Campaign.size``) says 2, as when members joined from the pool."""
    account = plain_account(office_id)
    texts = [
        LETTER,
        LETTER,
        LETTER.replace("Met vriendelijke groet", "Mijn dochter neemt die trein naar school. Met vriendelijke groet"),
        LETTER,
        LETTER.replace(" Duizenden pendelaars hebben die lijn elke dag nodig.", ""),
    ]
    store_incoming(account.id, [incoming(str(n), text=text, author_id=f"voter{n}") for n, text in enumerate(texts)])
    campaign = Campaign(office_id=office_id, label="spoorlijn 90", size=2, centroid=b"", fingerprints=b"")
    db.session.add(campaign)
    db.session.flush()
    for message in db.session.execute(select(Message).order_by(Message.id)).scalars():
        if message.triage is None:  # triage did not run (no job consumer): tag as the matcher would
            message.triage_state = TriageState.DONE
            db.session.add(TriageResult(message_id=message.id, language="nl", model_version="test", tags={}))
    db.session.flush()
    for triage in db.session.execute(select(TriageResult).join(Message)).scalars():
        triage.campaign_id = campaign.id
    db.session.commit()
    return campaign


def test_the_queue_row_counts_the_voters_the_campaign_panel_lists(app: Flask) -> None:
    setup = office_with_users()
    campaign = _campaign_of_five(setup.office.id)
    staff = logged_in_client(app, setup.staff)

    panel = staff.get(f"/api/campaigns/{campaign.id}").get_json()
    rows = staff.get("/api/queue").get_json()["items"]
    assert panel["size"] == len(panel["voters"]) == 5
    assert {row["tags"]["campaign_size"] for row in rows} == {5}


def test_the_campaign_panel_shows_the_letter_and_what_voters_changed(app: Flask) -> None:
    setup = office_with_users()
    campaign = _campaign_of_five(setup.office.id)
    panel = logged_in_client(app, setup.staff).get(f"/api/campaigns/{campaign.id}").get_json()

    assert panel["letter"] == LETTER
    assert panel["letter_count"] == 3
    variants = {(tuple(v["added"]), tuple(v["left_out"])): v["count"] for v in panel["variants"]}
    assert variants == {
        (("Mijn dochter neemt die trein naar school.",), ()): 1,
        ((), ("Duizenden pendelaars hebben die lijn elke dag nodig.",)): 1,
    }


def test_voters_who_changed_the_letter_the_same_way_are_one_variant() -> None:
    wrote = letter_and_variants(
        [
            ("An", "Red de bus. Nu."),
            ("Bart", "Red de bus. Nu."),
            ("Cas", "Red de bus. Nu. Groet, Cas"),
            ("Dirk", "Red de bus.  Nu.\nGroet, Cas"),
        ]
    )
    assert wrote["letter"] == "Red de bus. Nu."
    assert wrote["letter_count"] == 2
    assert wrote["variants"] == [{"added": ["Groet, Cas"], "left_out": [], "voters": ["Cas", "Dirk"], "count": 2}]
