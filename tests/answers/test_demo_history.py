"""The demo office starts with a history of answered questions, so the panel has something to show."""

from __future__ import annotations

from flask import Flask
from sqlalchemy import select

from inbox.demo import DEMO_USERS
from inbox.models import AnswerPair, Message, TriageState, db
from inbox.sandbox.answered_history import HISTORY, seed_answered_history
from inbox.services.access.users import create_office, create_user
from inbox.services.answers.feedback import suggestions_for
from inbox.services.intake.triage import triage_messages
from tests.answers.test_suggestions import post
from tests.factories import plain_account


def test_the_demo_history_is_suggested_to_a_new_voter(sqlite_app: Flask) -> None:
    office = create_office("Demo")
    for email, name, role in DEMO_USERS:
        create_user(office.id, email, name, "dialoog-demo-pw", role)
    account = plain_account(office.id, handle="ElsVermeulenBE")
    assert seed_answered_history(account, "Els Vermeulen") == len(HISTORY)
    assert seed_answered_history(account, "Els Vermeulen") == 0  # once
    pending = db.session.execute(select(Message.id).where(Message.triage_state == TriageState.PENDING)).scalars()
    triage_messages(list(pending))  # as the demo's jobs do when they start
    pairs = db.session.execute(select(AnswerPair)).scalars().all()
    assert len(pairs) == len(HISTORY) and all(pair.embedding is not None for pair in pairs)
    assert {pair.reply_language for pair in pairs} == {"nl", "fr", "en", "de"}

    asking = post(account, "@ElsVermeulenBE Onze bus komt maar één keer per uur, komt er een betere dienstregeling?")
    best = suggestions_for(office.id, asking.conversation_id)["answers"][0]
    assert "De Lijn voegt vanaf 1 februari een extra bus per uur toe" in best["text"]
    assert best["text"].startswith("Beste Voter voter,") and best["text"].endswith("Els Vermeulen")
