"""Weeks start Monday 00:00 in the office's time zone, also across daylight-saving changes."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from flask import Flask

from inbox.digest.compute import compute_digest
from inbox.digest.periods import parse_week, week_containing
from inbox.digest.recipients import settings_for
from inbox.digest.schedule import due_week
from tests.digest import builders as b
from tests.factories import office_with_users


def test_the_week_of_the_march_change_is_167_hours_and_october_169() -> None:
    march = parse_week("2026-03-29", "Europe/Brussels")  # last Sunday of March: clocks go forward
    assert march.start.isoformat() == "2026-03-23"
    assert march.start_utc == datetime(2026, 3, 22, 23, 0, tzinfo=UTC)  # CET, UTC+1
    assert march.end_utc == datetime(2026, 3, 29, 22, 0, tzinfo=UTC)  # CEST, UTC+2
    assert march.end_utc - march.start_utc == timedelta(hours=167)
    october = parse_week("2026-10-25", "Europe/Brussels")  # last Sunday of October: clocks go back
    assert october.start_utc == datetime(2026, 10, 18, 22, 0, tzinfo=UTC)
    assert october.end_utc == datetime(2026, 10, 25, 23, 0, tzinfo=UTC)
    assert october.end_utc - october.start_utc == timedelta(hours=169)
    assert october.shifted(1).start_utc == october.end_utc
    assert parse_week("2026-W13").start == march.start


def test_sunday_late_evening_belongs_to_its_week_after_the_clock_change() -> None:
    sunday_night = datetime(2026, 3, 29, 21, 59, tzinfo=UTC)  # 23:59 CEST on Sunday
    monday_early = datetime(2026, 3, 29, 22, 0, tzinfo=UTC)  # 00:00 CEST on Monday
    assert week_containing(sunday_night, "Europe/Brussels").start.isoformat() == "2026-03-23"
    assert week_containing(monday_early, "Europe/Brussels").start.isoformat() == "2026-03-30"
    autumn_night = datetime(2026, 10, 25, 22, 59, tzinfo=UTC)  # 23:59 CET on Sunday
    assert week_containing(autumn_night, "Europe/Brussels").start.isoformat() == "2026-10-19"
    assert week_containing(autumn_night + timedelta(minutes=1), "Europe/Brussels").start.isoformat() == "2026-10-26"


def test_messages_at_the_dst_week_edges_are_counted_in_the_right_digest(app: Flask) -> None:
    setup = office_with_users("DST office")
    office_id = setup.office.id
    channel = b.account(office_id)
    inside = b.conversation(office_id, channel, b.voter(office_id, "Anna Peeters"))
    b.inbound(inside, datetime(2026, 10, 25, 22, 59, tzinfo=UTC), "laat op zondag", topic="housing")  # 23:59 CET
    outside = b.conversation(office_id, channel, b.voter(office_id, "Bert Claes"))
    b.inbound(outside, datetime(2026, 10, 25, 23, 0, tzinfo=UTC), "maandag middernacht", topic="housing")
    early = b.conversation(office_id, channel, b.voter(office_id, "Chris Wouters"))
    b.inbound(early, datetime(2026, 10, 18, 22, 0, tzinfo=UTC), "maandag 00:00 CEST", topic="health")
    from inbox.models import db

    db.session.commit()
    week = parse_week("2026-10-19", "Europe/Brussels")
    digest = compute_digest(office_id, week, "nl")
    assert {line.code: line.voters for line in digest.all_topics} == {"housing": 1, "health": 1}
    following = compute_digest(office_id, week.shifted(1), "nl")
    assert {line.code: line.voters for line in following.all_topics} == {"housing": 1}


def test_monday_0730_brussels_is_due_at_the_right_utc_instant_in_summer_and_winter(app: Flask) -> None:
    setup = office_with_users("Schedule office")
    settings = settings_for(setup.office.id)
    created = datetime(2026, 1, 1, tzinfo=UTC)
    # 30 March 2026 is the first Monday of summer time: 07:30 CEST = 05:30 UTC
    assert due_week(settings, created, datetime(2026, 3, 30, 5, 29, tzinfo=UTC)) is None
    due = due_week(settings, created, datetime(2026, 3, 30, 5, 30, tzinfo=UTC))
    assert due is not None and due.start.isoformat() == "2026-03-23"
    # 26 October 2026 is the first Monday of winter time: 07:30 CET = 06:30 UTC
    assert due_week(settings, created, datetime(2026, 10, 26, 6, 29, tzinfo=UTC)) is None
    due = due_week(settings, created, datetime(2026, 10, 26, 6, 30, tzinfo=UTC))
    assert due is not None and due.start.isoformat() == "2026-10-19"
    # an office created after the send moment does not get a digest of the week before it existed
    assert due_week(settings, datetime(2026, 10, 26, 7, 0, tzinfo=UTC), datetime(2026, 10, 26, 8, tzinfo=UTC)) is None
