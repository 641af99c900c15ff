"""Retention: a dry run lists exactly the voters past the period; applying removes only them, once a day."""

from __future__ import annotations

from datetime import timedelta

import pytest
from flask import Flask
from sqlalchemy import select

from inbox.models import AuditEvent, Contact, Conversation, Office, RetentionRun, db, utcnow
from inbox.services.privacy.retention import months_before, retention_report, run_due_retention, set_retention_months
from tests.clients import logged_in_client
from tests.privacy.conftest import outbound, store
from tests.queue.conftest import Desk

DAY = timedelta(days=1)


@pytest.fixture
def population(desk: Desk) -> dict[str, int]:
    """Contact ids: three due (old on X, old on e-mail, never wrote), two not (answered lately, wrote lately)."""
    now = utcnow()
    old_x = store(desk.x.id, "Oude vraag over de ring.", author="old-x", name="Oud X", sent_at=now - 900 * DAY)
    old_mail = store(desk.email.id, "Oude mail.", author="old@voter.example", name="Oud Mail", sent_at=now - 800 * DAY)
    answered = store(desk.x.id, "Heel oude vraag.", author="answered", name="Beantwoord", sent_at=now - 900 * DAY)
    outbound(db.session.get(Conversation, answered.conversation_id), "Ons late antwoord.", now - 30 * DAY)
    recent = store(desk.x.id, "Een verse vraag.", author="recent", name="Recent", sent_at=now - 2 * DAY)
    silent = Contact(office_id=desk.office_id, display_name="Stil", created_at=now - 1000 * DAY)
    db.session.add(silent)
    db.session.commit()

    def owner(message) -> int:  # type: ignore[no-untyped-def]
        return db.session.get(Conversation, message.conversation_id).contact_id

    return {
        "old_x": owner(old_x),
        "old_mail": owner(old_mail),
        "silent": silent.id,
        "answered": owner(answered),
        "recent": owner(recent),
        "oldest_sent": old_x.sent_at.isoformat(),  # type: ignore[dict-item]
    }


def remaining(desk: Desk) -> set[int]:
    return set(db.session.execute(select(Contact.id).where(Contact.office_id == desk.office_id)).scalars())


def test_the_dry_run_lists_exactly_the_old_voters_and_apply_removes_only_them(
    app: Flask, desk: Desk, other_desk: Desk, population: dict[str, int]
) -> None:
    report = retention_report(desk.office_id)
    assert report["retention_months"] == 24
    assert (report["voters"], report["conversations"], report["messages"]) == (3, 2, 2)
    assert report["per_channel"] == {
        "email": {"conversations": 1, "messages": 1},
        "x": {"conversations": 1, "messages": 1},
    }
    assert report["oldest_last_contact"][:16] == population["oldest_sent"][:16]

    runner = app.test_cli_runner()
    dry = runner.invoke(args=["privacy", "retention", "--office", "Kabinet A"])
    assert dry.exit_code == 0, dry.output
    assert "Due: 3 voters, 2 conversations, 2 messages" in dry.output and "nothing deleted" in dry.output
    assert len(remaining(desk)) == 5  # the dry run deleted nothing

    applied = runner.invoke(args=["privacy", "retention", "--office", "Kabinet A", "--apply"])
    assert applied.exit_code == 0, applied.output
    assert "Deleted 3 voters, 2 conversations, 2 messages." in applied.output
    db.session.expire_all()
    assert remaining(desk) == {population["answered"], population["recent"]}
    event = db.session.execute(select(AuditEvent).where(AuditEvent.action == "retention.applied")).scalar_one()
    assert event.office_id == desk.office_id and event.detail["counts"]["voters"] == 3
    assert retention_report(desk.office_id)["voters"] == 0


def test_the_daily_job_runs_once_per_office_and_day(
    app: Flask, desk: Desk, other_desk: Desk, population: dict[str, int]
) -> None:
    first = run_due_retention()
    assert set(first) == {desk.office_id, other_desk.office_id}
    assert first[desk.office_id]["voters"] == 3 and first[other_desk.office_id]["voters"] == 0
    assert run_due_retention() == {}  # later the same day: nothing
    runs = db.session.execute(select(RetentionRun).order_by(RetentionRun.office_id)).scalars().all()
    assert [(r.office_id, r.finished_at is not None) for r in runs] == [
        (desk.office_id, True),
        (other_desk.office_id, True),
    ]
    # the quiet office left no audit event; the office where voters went did
    actions = db.session.execute(select(AuditEvent.office_id).where(AuditEvent.action == "retention.applied")).all()
    assert [row[0] for row in actions] == [desk.office_id]
    tomorrow = run_due_retention(utcnow() + DAY)
    assert set(tomorrow) == {desk.office_id, other_desk.office_id} and tomorrow[desk.office_id]["voters"] == 0


def test_a_longer_period_keeps_them_and_the_period_is_set_on_the_privacy_page(
    app: Flask, desk: Desk, population: dict[str, int]
) -> None:
    admin = logged_in_client(app, desk.setup.admin)
    assert admin.put("/api/privacy/retention", json={"retention_months": 0}).status_code == 422
    answer = admin.put("/api/privacy/retention", json={"retention_months": 36})
    assert answer.status_code == 200 and answer.get_json()["report"]["voters"] == 0
    db.session.expire_all()
    assert db.session.get(Office, desk.office_id).retention_months == 36
    overview = admin.get("/api/privacy/overview").get_json()
    assert overview["retention_months"] == 36
    assert overview["log"][0]["action"] == "retention.changed" and overview["log"][0]["counts"] == {
        "from": 24,
        "to": 36,
    }
    assert logged_in_client(app, desk.setup.politician).get("/api/privacy/overview").status_code == 403
    assert logged_in_client(app, desk.setup.staff).get("/privacy").status_code == 403
    page = admin.get("/privacy")
    assert page.status_code == 200 and "privacy.js" in page.get_data(as_text=True)
    with pytest.raises(ValueError):
        set_retention_months(desk.office_id, desk.setup.admin, 121)


def test_months_before_keeps_the_end_of_the_month() -> None:
    from datetime import UTC, datetime

    assert months_before(datetime(2026, 3, 31, 12, tzinfo=UTC), 1) == datetime(2026, 2, 28, 12, tzinfo=UTC)
    assert months_before(datetime(2026, 1, 15, tzinfo=UTC), 24) == datetime(2024, 1, 15, tzinfo=UTC)


def test_the_schedulers_round_runs_the_due_retention(app: Flask, desk: Desk, population: dict[str, int]) -> None:
    from inbox.jobs import schedule as jobs

    jobs._housekeeping["last"] = float("-inf")
    db.session.commit()
    jobs.tick()  # jobs run inline in the tests: the round queues housekeeping, which applies retention
    db.session.expire_all()
    assert remaining(desk) == {population["answered"], population["recent"]}
    assert jobs.enqueue_housekeeping_when_due() is False  # not again within minutes
