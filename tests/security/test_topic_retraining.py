"""Issue 23, finding 8 (topics part): adding a topic no longer trains inside the web request.

The probe posted a topic with 3,000 examples: the office's topic head was retrained inside
the request, 34 seconds of a web thread. Now the examples are capped (a clear 422, nothing
added, nothing trained) and the retraining is a background job on the triage queue; the
admin sees the new topic as "training" until the new head is stored.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from flask import Flask
from sqlalchemy import func, select

from inbox.jobs.queues import triage_queue
from inbox.models import OfficeModel, Topic, db
from inbox.services.learning.topics import MAX_EXAMPLE_CHARS, MAX_TOPIC_EXAMPLES
from tests.clients import logged_in_client
from tests.conftest import make_app
from tests.factories import office_with_users

ANIMALS = {
    "code": "animal_welfare",
    "names": {"nl": "Dierenwelzijn", "en": "Animal welfare"},
    "descriptions": {"nl": "Huisdieren, dierenasielen, zwerfkatten.", "en": "Pets, animal shelters, stray cats."},
    "examples": ["Het dierenasiel zit overvol.", "Stray cats everywhere in our street."],
}


@pytest.fixture
def queued_app(tmp_path: Path) -> Iterator[Flask]:
    """An app whose jobs wait in the embedded queue until the test runs them (no consumer threads)."""
    app = make_app(tmp_path, DIALOOG_JOBS="embedded")
    with app.app_context():
        yield app
        db.session.remove()


def _topic_head_labels(office_id: int) -> list[str] | None:
    db.session.expire_all()
    meta = db.session.execute(
        select(OfficeModel.meta).where(OfficeModel.office_id == office_id, OfficeModel.kind == "topic")
    ).scalar_one_or_none()
    return None if meta is None else json.loads(meta["sidecar"])["labels"]


def _run_queued_jobs() -> int:
    ran = 0
    while (task := triage_queue.dequeue()) is not None:
        triage_queue.execute(task)
        ran += 1
    return ran


@pytest.mark.parametrize(
    ("examples", "reason"),
    [
        ([f"Voorbeeld nummer {n} over dieren." for n in range(3_000)], f"at most {MAX_TOPIC_EXAMPLES} examples"),
        (["Kort.", "x" * (MAX_EXAMPLE_CHARS + 1)], f"an example has at most {MAX_EXAMPLE_CHARS}"),
    ],
)
def test_too_many_or_too_long_examples_are_refused_with_the_reason(
    queued_app: Flask, examples: list[str], reason: str
) -> None:
    setup = office_with_users("Topics office")
    admin = logged_in_client(queued_app, setup.admin)
    answer = admin.post("/api/admin/topics", json={**ANIMALS, "examples": examples})
    assert answer.status_code == 422
    assert reason in answer.get_json()["error"]
    assert db.session.execute(select(func.count(Topic.id)).where(Topic.code == "animal_welfare")).scalar_one() == 0
    assert _run_queued_jobs() == 0 and _topic_head_labels(setup.office.id) is None, "nothing was trained"


def test_a_new_topic_is_trained_in_the_background_and_shown_as_training_until_then(queued_app: Flask) -> None:
    setup = office_with_users("Topics office")
    admin = logged_in_client(queued_app, setup.admin)
    answer = admin.post("/api/admin/topics", json=ANIMALS)
    assert answer.status_code == 201 and answer.get_json()["training"] is True
    assert _topic_head_labels(setup.office.id) is None, "the request itself trained nothing"

    listed = {topic["code"]: topic for topic in admin.get("/api/topics").get_json()["topics"]}
    assert listed["animal_welfare"]["training"] is True
    assert listed["housing"]["training"] is False, "the default topics are known by the default head"

    assert _run_queued_jobs() == 1
    assert "animal_welfare" in _topic_head_labels(setup.office.id)
    listed = {topic["code"]: topic for topic in admin.get("/api/topics").get_json()["topics"]}
    assert not any(topic["training"] for topic in listed.values())
