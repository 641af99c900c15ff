"""Triage takes the most urgent waiting message first, in batches that follow the load.

A fresh mention is tagged before a backlog of 2,000 is drained, a message that may be a
threat jumps the queue, and a copy of an already tagged text skips the encoder (counted on
the real triage pipeline) and gets exactly the tags of the text it copies.
"""

from __future__ import annotations

import itertools
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from flask import Flask
from sqlalchemy import func, select

from inbox.models import Message, TriageState, db
from inbox.services.intake.store import store_incoming
from inbox.services.intake.triage_order import BATCH_SMALL, PRIORITY_THREAT, triage_waiting
from inbox.triage.models import get_triager
from inbox.triage.pipeline import Triager, model_text
from tests.conftest import make_app
from tests.factories import incoming, office_with_users, plain_account

SUBJECTS = (
    "Wanneer komt er een veilig fietspad langs de N8 in Ninove?",
    "Quand allez-vous rouvrir le bureau de poste de Jodoigne ?",
    "Why are the trains to Leuven late every single morning?",
    "Die Mieten in Eupen sind viel zu hoch, was tun Sie dagegen?",
)
THREAT = "We know where you live. See you tonight at your front door."
_numbers = itertools.count(1)


@pytest.fixture(params=["sqlite", "postgresql"])
def queued_app(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Flask]:
    """An app whose triage jobs wait in their queue (nothing tags what is stored until a worker runs)."""
    url = request.getfixturevalue("postgres_database") if request.param == "postgresql" else None
    application = make_app(tmp_path, url, DIALOOG_JOBS="embedded")
    with application.app_context():
        yield application
        db.session.remove()
    with application.app_context():
        db.engine.dispose()


def store(account_id: int, texts: list[str], chunk: int = 100) -> list[int]:
    """Store ``texts`` as voters' mentions (as a poll would, ``chunk`` at a time); their ids."""
    ids: list[int] = []
    for start in range(0, len(texts), chunk):
        batch = [
            incoming(f"m-{next(_numbers)}", text=text, author_id=f"voter-{(start + i) % 50}")
            for i, text in enumerate(texts[start : start + chunk])
        ]
        ids += store_incoming(account_id, batch).new_message_ids
    return ids


def backlog(n: int) -> list[str]:
    """``n`` distinct voter messages (a street number each, so none repeats another)."""
    return [f"{SUBJECTS[i % len(SUBJECTS)]} (straat {i})" for i in range(n)]


def state_of(message_id: int) -> TriageState:
    db.session.expire_all()
    return db.session.get(Message, message_id).triage_state


def waiting() -> int:
    return db.session.execute(
        select(func.count()).select_from(Message).where(Message.triage_state == TriageState.PENDING)
    ).scalar_one()


def test_a_fresh_mention_is_tagged_before_a_backlog_of_2000_is_drained(queued_app: Flask) -> None:
    account = plain_account(office_with_users().office.id)
    store(account.id, backlog(2000))
    [fresh] = store(account.id, ["Wat doet u aan de wachtlijsten in de psychiatrie? Ik wacht al een jaar."])

    tagged, more = triage_waiting(seconds=0)  # the worker's first batch

    assert state_of(fresh) == TriageState.DONE
    assert more and tagged == BATCH_SMALL
    assert waiting() == 2001 - BATCH_SMALL  # the backlog still waits


def test_a_message_that_may_be_a_threat_jumps_the_queue(queued_app: Flask) -> None:
    account = plain_account(office_with_users().office.id)
    [threat] = store(account.id, [THREAT])  # stored first: the oldest of all
    store(account.id, backlog(300))
    [fresh] = store(account.id, ["Bedankt voor uw antwoord over de bus, heel fijn!"])
    assert db.session.get(Message, threat).triage_priority == PRIORITY_THREAT

    triage_waiting(seconds=0)

    db.session.expire_all()
    message = db.session.get(Message, threat)
    assert message.triage_state == TriageState.DONE and message.triage.threat
    assert state_of(fresh) == TriageState.DONE
    assert waiting() > 250


def test_copies_skip_the_encoder_and_get_exactly_the_tags_of_the_text_they_copy(queued_app: Flask) -> None:
    encoder = get_triager(queued_app.extensions["dialoog.settings"]).encoder
    account = plain_account(office_with_users().office.id)
    letter = f"Stop de sluiting van het zwembad in Geel! Petitie {uuid.uuid4().hex[:8]}: wij willen het open houden."
    [original] = store(account.id, [letter])
    before = encoder.texts_encoded
    triage_waiting()
    assert encoder.texts_encoded == before + 1

    retweet = f"Ook van mij: zwembad Geel {uuid.uuid4().hex[:8]} moet open blijven."
    copies = store(account.id, [letter] * 5 + [retweet] * 3)  # a campaign's copies and a repeated retweet
    calls, before = encoder.calls, encoder.texts_encoded
    assert triage_waiting()[0] == 8

    assert encoder.texts_encoded == before + 1  # only the new text; one encoder call for the batch
    assert encoder.calls == calls + 1
    db.session.expire_all()
    tags = {message_id: tag_view(db.session.get(Message, message_id)) for message_id in [original, *copies]}
    for copy in copies[:5]:
        assert_same_tags(tags[copy], tags[original])
    assert_same_tags(tags[copies[5]], tags[copies[6]])
    assert_same_tags(tags[copies[6]], tags[copies[7]])

    # and they are the tags the model gives the text without any reuse
    triager = get_triager(queued_app.extensions["dialoog.settings"])
    plain = Triager(encoder.inner, triager.heads, triager.default_topic_head, triager.sentiment_classifier)
    [fresh] = plain.analyse([letter])
    stored = db.session.get(Message, original).triage
    assert (stored.language, stored.topic, stored.sentiment, stored.toxic, stored.needs_reply, stored.threat) == (
        fresh.language,
        fresh.topics[0][0],
        fresh.sentiment,
        fresh.toxic,
        fresh.needs_reply,
        fresh.threat,
    )
    assert stored.topics[0]["score"] == pytest.approx(fresh.topics[0][1], abs=2e-3)
    assert model_text(letter) == model_text(db.session.get(Message, copies[0]).text)


def tag_view(message: Message) -> tuple[tuple, tuple]:
    """A message's triage result as (labels, scores): every label, and every score beside them."""
    r = message.triage
    labels = (r.language, [t["code"] for t in r.topics], r.sentiment, r.toxic, r.threat, r.needs_reply, r.versions)
    scores = tuple(
        0.0 if value is None else float(value)
        for value in (
            *[t["score"] for t in r.topics],
            r.sentiment_score,
            r.toxicity_score,
            r.threat_score,
            r.needs_reply_score,
        )
    )
    return labels, scores


def assert_same_tags(copy: tuple[tuple, tuple], original: tuple[tuple, tuple]) -> None:
    """The same labels, and scores equal up to float rounding (a head's matrix product over a
    batch of another size differs in the 8th decimal, so exact or rounded equality would flake)."""
    assert copy[0] == original[0]
    assert copy[1] == pytest.approx(original[1], abs=1e-5)


def test_a_failed_message_due_a_retry_is_tagged_after_the_waiting_ones(queued_app: Flask) -> None:
    account = plain_account(office_with_users().office.id)
    [failed] = store(account.id, ["Waarom is het zwembad in Geel nog altijd dicht?"])
    message = db.session.get(Message, failed)
    message.triage_state, message.triage_error = TriageState.FAILED, "embedding failed: RuntimeError: out of memory"
    db.session.commit()
    [fresh] = store(account.id, ["Wanneer wordt de N8 eindelijk veilig voor fietsers?"])

    assert triage_waiting([failed, fresh]) == (2, False)  # as the sweep queues it: its id in the job
    assert state_of(failed) == TriageState.DONE and state_of(fresh) == TriageState.DONE
