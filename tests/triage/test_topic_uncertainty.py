"""Honest uncertainty stored (issue 16): triage writes ``topic_uncertain`` and a second clear
topic onto the message's triage result; migration 0021 adds both, old rows stay unknown (NULL)."""

from __future__ import annotations

from types import SimpleNamespace

import sqlalchemy as sa
from flask import Flask
from flask_migrate import downgrade, upgrade
from sqlalchemy import select

from inbox.models import Message, db
from inbox.services.intake.store import store_incoming
from inbox.triage.pipeline import topic_second
from tests.factories import incoming, office_with_users, plain_account
from tests.queue.test_toxic_migration import NOW, fresh_app, insert

__all__ = ["fresh_app"]  # the fixture, imported to be used here

HEAD = SimpleNamespace(info={"uncertain_below": {"energy": 0.35, "housing": 0.0, "agriculture_food": 0.45}})


def test_a_second_topic_only_when_it_is_as_clear_as_a_top_topic_and_close_to_the_first() -> None:
    assert topic_second(HEAD, [("housing", 0.80), ("energy", 0.50)]) == "energy"
    assert topic_second(HEAD, [("housing", 0.95), ("energy", 0.40)]) is None  # under half the first
    assert topic_second(HEAD, [("housing", 0.60), ("agriculture_food", 0.40)]) is None  # under its own threshold
    assert topic_second(HEAD, [("energy", 0.34), ("housing", 0.34)]) is None  # the first is uncertain
    assert topic_second(HEAD, [("housing", 0.90)]) is None
    assert topic_second(SimpleNamespace(info={}), [("housing", 0.8), ("energy", 0.7)]) is None  # no calibration


def test_triage_stores_an_uncertain_topic_and_a_second_clear_one(sqlite_app: Flask) -> None:
    setup = office_with_users()
    account = plain_account(setup.office.id)
    texts = {
        "vague": "Het is allemaal zo duur geworden, ik kan niet meer rondkomen.",
        "two": "Twee zorgen: mijn pensioen is te laag, en de wachtlijsten in de ziekenhuizen zijn te lang.",
        "clear": "Wanneer komt er eindelijk een veilig fietspad langs de N8 in Ninove? Kunt u dat navragen?",
    }
    store_incoming(account.id, [incoming(key, text=text, author_id=key) for key, text in texts.items()])
    db.session.expire_all()
    tagged = {m.external_id: m.triage for m in db.session.execute(select(Message)).scalars()}

    vague, two, clear = tagged["vague"], tagged["two"], tagged["clear"]
    assert (vague.topic, vague.topic_uncertain, vague.topic_second) == ("energy", True, None)
    assert (two.topic, two.topic_uncertain, two.topic_second) == ("pensions_social", False, "healthcare")
    assert (clear.topic, clear.topic_uncertain, clear.topic_second) == ("mobility", False, None)


def test_migration_0021_adds_the_columns_old_rows_stay_unknown_and_downgrade_keeps_them(fresh_app: Flask) -> None:
    upgrade(revision="0020")
    tables = sa.MetaData()
    tables.reflect(db.engine, only=["office", "channel_account", "contact", "conversation", "message", "triage_result"])
    t = tables.tables
    with db.engine.begin() as connection:
        insert(connection, t["office"], id=1, name="Office")
        insert(connection, t["channel_account"], id=1, office_id=1, kind="x", handle="office")
        insert(connection, t["contact"], id=1, office_id=1, display_name="Voter")
        insert(connection, t["conversation"], id=1, office_id=1, channel_account_id=1, contact_id=1, thread_key="t1")
        insert(
            connection,
            t["message"],
            id=1,
            office_id=1,
            conversation_id=1,
            channel_account_id=1,
            direction="in",
            external_id="m1",
            text="Bericht",
            sent_at=NOW,
        )
        insert(connection, t["triage_result"], id=1, message_id=1, topic="energy", model_version="old")

    upgrade(revision="0021")
    with db.engine.connect() as connection:
        row = connection.execute(sa.text("SELECT topic, topic_uncertain, topic_second FROM triage_result")).one()
    assert tuple(row) == ("energy", None, None)

    downgrade(revision="0020")
    columns = {column["name"] for column in sa.inspect(db.engine).get_columns("triage_result")}
    assert not {"topic_uncertain", "topic_second"} & columns
    with db.engine.connect() as connection:
        assert connection.execute(sa.text("SELECT topic FROM triage_result")).scalar_one() == "energy"
