"""Triage in the inbox: every message gets its tags; bad input never fails the batch."""

from __future__ import annotations

from flask import Flask
from sqlalchemy import select

from inbox.models import Message, TriageState, db
from inbox.services.intake.store import store_incoming
from inbox.services.intake.triage import claim_stale_triage, triage_messages
from tests.factories import incoming, office_with_users, plain_account


def stored(texts: dict[str, str]) -> dict[str, Message]:
    setup = office_with_users()
    account = plain_account(setup.office.id)
    store_incoming(account.id, [incoming(key, text=text, author_id=key) for key, text in texts.items()])
    db.session.expire_all()
    return {m.external_id: m for m in db.session.execute(select(Message)).scalars()}


def test_every_message_gets_language_topic_sentiment_toxicity_and_needs_reply(app: Flask) -> None:
    messages = stored(
        {
            "question": "Wanneer komt er eindelijk een veilig fietspad langs de N8 in Ninove? Kunt u dat navragen?",
            "thanks": "Merci beaucoup pour votre soutien aux infirmières, bravo !",
            "abuse": "Je bent een vuile leugenaar en een idioot, rot op uit de politiek.",
            "rent": "Die Mieten in Eupen sind viel zu hoch, was tun Sie dagegen?",
        }
    )
    question, thanks, abuse, rent = (messages[k].triage for k in ("question", "thanks", "abuse", "rent"))
    assert all(m.triage_state == TriageState.DONE for m in messages.values())
    assert (question.language, thanks.language, rent.language) == ("nl", "fr", "de")
    assert question.topic == "mobility" and rent.topic == "housing"
    assert question.needs_reply and rent.needs_reply and not thanks.needs_reply
    assert thanks.sentiment == "positive" and abuse.sentiment == "negative"
    assert abuse.toxic and not question.toxic and not thanks.toxic
    assert set(question.versions) >= {"encoder", "topic", "sentiment", "toxicity", "needs_reply", "language"}
    assert all(0.0 <= t["score"] <= 1.0 for t in question.topics)


def test_bad_input_is_tagged_as_well_as_it_can_be_and_never_fails_the_batch(sqlite_app: Flask) -> None:
    messages = stored(
        {
            "empty": "",
            "emoji": "🙏🏽🇧🇪👏👏",
            "url": "https://www.example.be/petitie?id=42",
            "huge": ("Het ziekenhuis in Aalst moet open blijven voor iedereen. " * 2000)[:100_000],
            "mixed": "Bonjour, je vous écris au sujet des pensions. Ik woon in Brussel en mijn pensioen is te laag.",
            "spanish": "¿Cuándo van a bajar los impuestos para los trabajadores autónomos en Bélgica?",
            "invalid": "Caf\udce9 ferm\udce9 \x00 in onze straat, waarom?",
            "normal": "Why is the train to Leuven always late?",
        }
    )
    assert all(m.triage_state == TriageState.DONE for m in messages.values())
    assert messages["empty"].triage.language == "und" and messages["emoji"].triage.language == "und"
    assert messages["url"].triage.language == "und"
    assert messages["huge"].triage.truncated and not messages["normal"].triage.truncated
    assert messages["huge"].triage.topic == "healthcare"
    assert messages["spanish"].triage.language == "es"
    assert set(messages["mixed"].triage.tags["languages"]) == {"fr", "nl"}
    assert "\ufffd" in messages["invalid"].text and messages["invalid"].triage.language == "nl"
    assert messages["normal"].triage.topic == "mobility"


def test_triage_is_idempotent_and_a_failed_message_is_retried(sqlite_app: Flask) -> None:
    messages = stored({"a": "Wat doet u aan de wachtlijsten in de psychiatrie?"})
    message = messages["a"]
    assert triage_messages([message.id]) == 0  # already done: nothing changes

    message.triage_state = TriageState.FAILED
    message.triage_error = "embedding failed: RuntimeError: out of memory"
    message.triage_retry_at = message.received_at
    db.session.commit()
    assert claim_stale_triage(older_than_seconds=0) == [message.id]
    assert claim_stale_triage(older_than_seconds=0) == []  # leased: not queued twice
    assert triage_messages([message.id]) == 1
    db.session.expire_all()
    message = db.session.get(Message, message.id)
    assert message.triage_state == TriageState.DONE and message.triage_error == ""
