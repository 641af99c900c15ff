"""The nightly learning run: an office's corrections improve its tagging overnight, once a night."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from flask import Flask
from sqlalchemy import func, select

from inbox.models import AuditEvent, Message, OfficeModel, db
from inbox.services.intake.store import store_incoming
from inbox.services.learning.corrections import correct_tag
from inbox.services.learning.measure import LearningReport
from inbox.services.learning.retrain import NIGHTLY_DONE, NIGHTLY_STARTED, claim_nightly_learning, learn_overnight
from tests.factories import incoming, office_with_users, plain_account

pytest.importorskip("torch")

NIGHT = datetime(2026, 11, 27, 1, 30, tzinfo=UTC)  # 02:30 in Brussels
NEXT_NIGHT = datetime(2026, 11, 28, 1, 30, tzinfo=UTC)
AFTERNOON = datetime(2026, 11, 27, 14, 0, tzinfo=UTC)
NOISE_TEXTS = [  # this office files aircraft noise under the environment, not under mobility
    "Het vliegtuiglawaai boven onze wijk houdt ons elke nacht wakker.",
    "De nachtvluchten over Kraainem zijn onleefbaar geworden.",
    "Le bruit des avions au-dessus de Woluwe est insupportable la nuit.",
    "Aircraft noise over our street wakes the children every night.",
    "Der Fluglärm über unserem Dorf ist nachts unerträglich.",
    "Sinds de nieuwe vliegroute kunnen we niet meer slapen door de vliegtuigen.",
    "Les vols de nuit au-dessus de Bruxelles doivent cesser.",
    "Wat doet u tegen de nachtvluchten boven de Noordrand?",
]
SARCASM = [  # and reads praise for a delay as the complaint it is
    "Bravo, weer een uur vertraging, goed gedaan NMBS.",
    "Great job, another year without a cycle lane.",
    "Fantastisch hoor, de derde keer deze maand dat de bus niet komt.",
    "Super, encore une grève. Merci pour rien.",
    "Toll gemacht, wieder keine Antwort vom Ministerium.",
]
SIMILAR = "Opnieuw geen oog dichtgedaan door de nachtvluchten boven Zaventem."
SIMILAR_SARCASM = "Dank u NMBS voor de extra wandeling naar huis."  # sarcasm without a stated complaint


def run_night(now: datetime) -> dict[int, list[LearningReport]]:
    """What the scheduler and the triage worker do at ``now``: claim the due offices, then learn for each."""
    return {office_id: learn_overnight(office_id) for office_id in claim_nightly_learning(now, force=True)}


def _tags_of_new_messages(account_id: int, external_id: str) -> tuple[str | None, str | None]:
    """Topic of a new message like the noise ones, sentiment of a new one like the sarcastic ones."""
    texts = {f"{external_id}-noise": SIMILAR, f"{external_id}-sarcasm": SIMILAR_SARCASM}
    store_incoming(account_id, [incoming(key, text=text, author_id=key) for key, text in texts.items()])
    found = {
        m.external_id: m.triage
        for m in db.session.execute(select(Message).where(Message.external_id.in_(texts))).scalars()
    }
    return found[f"{external_id}-noise"].topic, found[f"{external_id}-sarcasm"].sentiment


def _audit_count(action: str) -> int:
    return db.session.execute(select(func.count()).where(AuditEvent.action == action)).scalar_one()


def _office_heads() -> dict[str, tuple[str, datetime]]:
    rows = db.session.execute(select(OfficeModel)).scalars()
    return {row.kind: (row.version, row.trained_at) for row in rows}


def test_corrections_improve_similar_messages_after_the_nightly_run(app: Flask) -> None:
    """The office files aircraft noise under the environment and reads sarcasm as negative: after the
    night, new messages like those are tagged that way too; the audit log holds the figures."""
    setup = office_with_users()
    account = plain_account(setup.office.id)
    texts = NOISE_TEXTS + SARCASM
    store_incoming(account.id, [incoming(str(i), text=t, author_id=f"v{i}") for i, t in enumerate(texts)])
    topic_before, sentiment_before = _tags_of_new_messages(account.id, "before")
    assert topic_before != "climate_environment" and sentiment_before != "negative"
    for message in db.session.execute(select(Message).where(Message.text.in_(texts))).scalars().all():
        if message.text in NOISE_TEXTS:
            correct_tag(setup.office.id, message.id, setup.staff, "topic", "climate_environment")
        else:
            correct_tag(setup.office.id, message.id, setup.staff, "sentiment", "negative")

    assert run_night(AFTERNOON) == {}  # daytime: nothing runs
    runs = run_night(NIGHT)

    reports = {report.tag: report for report in runs[setup.office.id]}
    for tag in ("topic", "sentiment"):
        assert reports[tag].kept and reports[tag].gain is not None and reports[tag].gain > 0
    assert _tags_of_new_messages(account.id, "after") == ("climate_environment", "negative")
    done = db.session.execute(select(AuditEvent).where(AuditEvent.action == NIGHTLY_DONE)).scalar_one()
    figures = {head["tag"]: head for head in done.detail["heads"]}
    assert figures["topic"]["accuracy_after"] > figures["topic"]["accuracy_before"]
    assert set(figures) == {"topic", "sentiment"}
    assert set(_office_heads()) == {tag for tag, head in figures.items() if head["kept"]}


def test_a_second_run_the_same_night_or_without_new_corrections_changes_nothing(app: Flask) -> None:
    setup = office_with_users()
    account = plain_account(setup.office.id)
    store_incoming(account.id, [incoming(str(i), text=t, author_id=f"v{i}") for i, t in enumerate(NOISE_TEXTS)])
    messages = db.session.execute(select(Message)).scalars().all()
    for message in messages[:-1]:
        correct_tag(setup.office.id, message.id, setup.staff, "topic", "climate_environment")

    assert set(run_night(NIGHT)) == {setup.office.id}
    heads = _office_heads()
    events = _audit_count(NIGHTLY_STARTED), _audit_count(NIGHTLY_DONE)

    assert run_night(NIGHT) == {}  # same night
    assert run_night(NEXT_NIGHT) == {}  # no new corrections since
    assert claim_nightly_learning(NEXT_NIGHT) == []  # (and the cheap check is throttled)
    assert _office_heads() == heads
    assert (_audit_count(NIGHTLY_STARTED), _audit_count(NIGHTLY_DONE)) == events

    correct_tag(setup.office.id, messages[-1].id, setup.staff, "topic", "climate_environment")
    assert run_night(NIGHT) == {}  # at most once a night
    runs = run_night(NEXT_NIGHT)
    assert [report.tag for report in runs[setup.office.id]] == ["topic"]  # only the tag with new corrections
    assert _audit_count(NIGHTLY_DONE) == events[1] + 1


def _zone_where_it_is_three_in_the_night() -> str:
    """An ``Etc/GMT±k`` zone whose local time is now between 03:00 and 04:00."""
    offset = (3 - datetime.now(UTC).hour + 12) % 24 - 12  # hours ahead of UTC, in -12..11
    return "UTC" if offset == 0 else f"Etc/GMT{-offset:+d}"  # (POSIX signs: Etc/GMT-2 is UTC+2)


def test_the_scheduler_runs_the_nightly_learning_when_it_is_night_in_the_office(app: Flask) -> None:
    from inbox.jobs import schedule as jobs
    from inbox.services.learning import retrain as learning

    setup = office_with_users()
    account = plain_account(setup.office.id)
    store_incoming(account.id, [incoming(str(i), text=t, author_id=f"v{i}") for i, t in enumerate(NOISE_TEXTS)])
    for message in db.session.execute(select(Message)).scalars().all():
        correct_tag(setup.office.id, message.id, setup.staff, "topic", "climate_environment")
    setup.office.timezone = _zone_where_it_is_three_in_the_night()
    db.session.commit()
    learning._state["next_check"] = 0.0

    jobs.tick()  # jobs run inline in the tests: the round claims the office and runs its learning

    assert _audit_count(NIGHTLY_DONE) == 1
    assert "topic" in _office_heads()
