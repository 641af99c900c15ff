"""Correcting tags: stored with who did it, kept through re-triage, and learned from."""

from __future__ import annotations

import pytest
from flask import Flask
from sqlalchemy import select

from inbox.models import AuditEvent, Message, OfficeModel, TagCorrection, db
from inbox.services.intake.retriage import messages_to_retriage, retriage_batch
from inbox.services.intake.store import store_incoming
from inbox.services.intake.triage import triage_messages
from inbox.services.learning.corrections import CorrectionRejectedError, correct_tag
from inbox.services.learning.retrain import learn_from_corrections
from inbox.services.learning.topics import add_topic
from tests.factories import incoming, office_with_users, plain_account


def test_a_correction_is_stored_with_its_author_and_survives_retriage(sqlite_app: Flask) -> None:
    setup = office_with_users()
    account = plain_account(setup.office.id)
    store_incoming(account.id, [incoming("1", text="Wanneer wordt de Kennedytunnel eindelijk gerenoveerd?")])
    message = db.session.execute(select(Message)).scalar_one()
    assert message.triage.topic == "mobility"

    correct_tag(setup.office.id, message.id, setup.staff, "topic", "local_services")
    correct_tag(setup.office.id, message.id, setup.staff, "needs_reply", False)

    correction = db.session.execute(select(TagCorrection).where(TagCorrection.tag == "topic")).scalar_one()
    assert (correction.user_id, correction.old_value, correction.new_value) == (
        setup.staff.id,
        "mobility",
        "local_services",
    )
    assert db.session.execute(select(AuditEvent).where(AuditEvent.action == "tag.corrected")).scalars().all()
    triage_messages([message.id], force=True)
    db.session.expire_all()
    result = db.session.get(Message, message.id).triage
    assert result.topic == "local_services" and result.needs_reply is False
    assert set(result.corrected) == {"topic", "needs_reply"}


def test_unknown_tags_and_values_are_refused_with_the_choices(sqlite_app: Flask) -> None:
    setup = office_with_users()
    account = plain_account(setup.office.id)
    store_incoming(account.id, [incoming("1", text="Hoe zit het met de pensioenen?")])
    message = db.session.execute(select(Message)).scalar_one()
    with pytest.raises(CorrectionRejectedError, match="choose one of"):
        correct_tag(setup.office.id, message.id, setup.staff, "topic", "football")
    with pytest.raises(CorrectionRejectedError, match="negative, neutral, positive"):
        correct_tag(setup.office.id, message.id, setup.staff, "sentiment", "angry")
    with pytest.raises(LookupError):
        correct_tag(setup.office.id + 1, message.id, setup.staff, "sentiment", "negative")


def test_corrections_teach_the_office_head_and_the_gain_is_measured(sqlite_app: Flask) -> None:
    """An office files questions about the local swimming pool under education; after
    learning, new messages like them go there too."""
    setup = office_with_users()
    account = plain_account(setup.office.id)
    pool_texts = [
        "Wanneer gaat het zwembad in Geraardsbergen weer open voor de scholen?",
        "Het stedelijk zwembad is al maanden dicht, waar moeten de kinderen zwemles krijgen?",
        "Quand la piscine communale rouvrira-t-elle pour les cours de natation des écoles ?",
        "Onze kinderen hebben geen zwemles meer sinds het zwembad sloot.",
        "When will the municipal swimming pool reopen for school swimming lessons?",
        "Zwemlessen voor de lagere school vallen weg door de sluiting van het zwembad.",
        "Die Schwimmhalle ist geschlossen, die Schulkinder haben keinen Schwimmunterricht mehr.",
        "La fermeture de la piscine prive nos enfants de cours de natation.",
    ]
    store_incoming(account.id, [incoming(str(i), text=t, author_id=f"v{i}") for i, t in enumerate(pool_texts)])
    for message in db.session.execute(select(Message)).scalars().all():
        correct_tag(setup.office.id, message.id, setup.staff, "topic", "education")
        correct_tag(setup.office.id, message.id, setup.staff, "sentiment", "negative")

    reports = {report.tag: report for report in learn_from_corrections(setup.office.id)}

    topic = reports["topic"]
    assert topic.corrections == len(pool_texts)
    assert topic.accuracy_after is not None and topic.accuracy_after > topic.accuracy_before
    assert "->" in topic.describe()
    assert {row.kind for row in db.session.execute(select(OfficeModel)).scalars()} == {"topic", "sentiment"}
    store_incoming(
        account.id, [incoming("new", text="Is er al nieuws over de heropening van het zwembad voor de scholen?")]
    )
    new = db.session.execute(select(Message).where(Message.external_id == "new")).scalar_one()
    assert new.triage.topic == "education"
    assert (
        new.triage.versions["topic"]
        == db.session.execute(select(OfficeModel.version).where(OfficeModel.kind == "topic")).scalar_one()
    )
    older = db.session.execute(select(Message.id).where(Message.external_id != "new")).scalars().all()
    assert set(messages_to_retriage()) == set(older)  # tagged before learning: due a re-triage


def test_a_topic_the_admin_adds_is_used_at_once(sqlite_app: Flask) -> None:
    setup = office_with_users()
    account = plain_account(setup.office.id)
    add_topic(
        setup.office.id,
        setup.admin,
        "animal_welfare",
        {"nl": "Dierenwelzijn", "fr": "Bien-être animal", "en": "Animal welfare", "de": "Tierschutz"},
        {
            "nl": "Huisdieren, dierenasielen, zwerfkatten, dierenmishandeling.",
            "fr": "Animaux de compagnie, refuges, chats errants, maltraitance animale.",
            "en": "Pets, animal shelters, stray cats, animal cruelty.",
        },
        ["Het dierenasiel zit overvol.", "Mon voisin maltraite son chien.", "Stray cats everywhere in our street."],
    )
    store_incoming(
        account.id, [incoming("cats", text="Er lopen tientallen zwerfkatten rond in ons park, wie vangt ze op?")]
    )
    message = db.session.execute(select(Message)).scalar_one()
    assert message.triage.topic == "animal_welfare"
    retriage_batch([message.id])
    assert db.session.get(Message, message.id).triage.topic == "animal_welfare"
