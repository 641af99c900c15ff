"""The preview page and the dashboard: office members only, and the same numbers as the digest."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

from flask import Flask, g

from inbox.digest.compute import compute_digest
from inbox.digest.periods import parse_week
from inbox.models import ChannelKind, db
from tests.digest import builders as b
from tests.digest.conftest import Mailbox, client_for
from tests.digest.test_numbers import populate
from tests.factories import office_with_users


def numbers(page: str, pattern: str) -> dict[str, int]:
    """``{key: number}`` from the page's data attributes matching ``pattern`` (two groups)."""
    return {key: int(value) for key, value in re.findall(pattern, page)}


def test_preview_and_dashboard_show_the_digests_numbers(app: Flask) -> None:
    setup = office_with_users("Pages office")
    office_id = setup.office.id
    week = parse_week("2026-03-23")
    populate(office_id, week, seed=11)
    client = client_for(app, setup.staff)
    preview = client.get(f"/offices/{office_id}/digest?week=2026-03-23")
    assert preview.status_code == 200
    preview_page = preview.get_data(as_text=True)
    dashboard = client.get(f"/offices/{office_id}/dashboard?period=custom&from=2026-03-02&to=2026-03-23")
    assert dashboard.status_code == 200
    dashboard_page = dashboard.get_data(as_text=True)
    assert "<script>" not in dashboard_page and 'src="/static/dashboard.js"' in dashboard_page

    digest = compute_digest(office_id, week, "nl")
    shown_topics = numbers(preview_page, r'data-topic="([a-z_]+)" data-voters="(\d+)"')
    assert shown_topics == {line.code: line.voters for line in digest.topics}
    dashboard_topics = numbers(dashboard_page, r'data-week="2026-03-23" data-topic="([a-z_]+)">(\d+)<')
    assert {code: dashboard_topics[code] for code in shown_topics} == shown_topics
    preview_channels = numbers(preview_page, r'data-channel="([a-z]+)" data-messages="(\d+)"')
    row = re.search(r'<tr data-week="2026-03-23"[^>]*>(.*?)</tr>', dashboard_page, re.S).group(1)
    assert numbers(row, r'data-channel="([a-z]+)">(\d+)<') == preview_channels
    kept = re.search(r'data-answered="(\d+)" data-conversations="(\d+)"', preview_page).groups()
    week_row = re.search(r'<tr data-week="2026-03-23"([^>]*)>', dashboard_page).group(1)
    assert re.search(r'data-answered="(\d+)" data-conversations="(\d+)"', week_row).groups() == kept
    median = re.search(r'data-median="([^"]*)" data-p90="([^"]*)"', preview_page).groups()
    assert re.search(r'data-median="([^"]*)" data-p90="([^"]*)"', week_row).groups() == median
    assert median[0] != ""  # the generated week has replies
    week_json = client.get(f"/offices/{office_id}/dashboard.json?period=custom&from=2026-03-23&to=2026-03-23").json
    assert week_json["weeks"][0]["voters"] == digest.voters


def test_members_of_another_office_cannot_see_an_office_digest(app: Flask) -> None:
    ours = office_with_users("Our office")
    theirs = office_with_users("Their office")
    client = client_for(app, theirs.admin)
    for path in ("digest", "digest.json", "dashboard", "dashboard.json"):
        assert client.get(f"/offices/{ours.office.id}/{path}").status_code in {403, 404}, path
    page = client.get(f"/offices/{theirs.office.id}/digest").get_data(as_text=True)
    token = re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)
    assert client.post(f"/offices/{ours.office.id}/digest/test", data={"csrf_token": token}).status_code in {403, 404}
    g.pop("_login_user", None)  # forget the user Flask-Login cached in the test's long-lived app context
    assert app.test_client().get(f"/offices/{ours.office.id}/digest").status_code == 302  # to the login page


def test_send_me_a_test_mails_the_shown_week_to_me(app: Flask, mail_app: Mailbox) -> None:
    setup = office_with_users("Test button office")
    channel = b.account(setup.office.id, ChannelKind.EMAIL)
    conversation = b.conversation(setup.office.id, channel, b.voter(setup.office.id, "Lotte Maes"))
    b.inbound(conversation, datetime.now(UTC) - timedelta(days=8), "De bibliotheek moet open blijven.", topic="culture")
    db.session.commit()
    client = client_for(app, setup.staff)
    page = client.get(f"/offices/{setup.office.id}/digest").get_data(as_text=True)
    token = re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)
    assert client.post(f"/offices/{setup.office.id}/digest/test").status_code == 400  # no CSRF token
    assert mail_app.messages == []
    answer = client.post(f"/offices/{setup.office.id}/digest/test", data={"csrf_token": token})
    assert answer.status_code == 302
    (message,) = mail_app.to(setup.staff.email)
    assert message["Subject"].startswith("Rustige week")  # this week so far is quiet; the staff reads Dutch
    assert f"verzonden naar {setup.staff.email}" in client.get(answer.headers["Location"]).get_data(as_text=True)


def test_the_office_admin_sets_day_time_and_recipients_and_staff_cannot(app: Flask) -> None:
    from inbox.digest.recipients import recipients_of, settings_for

    setup = office_with_users("Settings office")
    office_id = setup.office.id
    admin = client_for(app, setup.admin)
    page = admin.get(f"/offices/{office_id}/digest").get_data(as_text=True)
    assert f"/offices/{office_id}/digest/settings" in page and "Instellingen van het weekoverzicht" in page
    token = re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)
    form = {
        "csrf_token": token,
        "enabled": "1",
        "weekday": "4",
        "send_time": "17:15",
        "timezone": "Europe/Brussels",
        "extra_recipients": "pers@example.test fr\nbad-address nl",
    }
    answer = admin.post(f"/offices/{office_id}/digest/settings", data=form)
    assert "Niet bewaard" in admin.get(answer.headers["Location"]).get_data(as_text=True)
    form["extra_recipients"] = "pers@example.test fr"
    admin.post(f"/offices/{office_id}/digest/settings", data=form)
    db.session.expire_all()
    settings = settings_for(office_id)
    assert (settings.weekday, settings.send_time, settings.include_politicians) == (4, "17:15", False)
    assert [(r.email, r.language) for r in recipients_of(office_id)] == [("pers@example.test", "fr")]
    g.pop("_login_user", None)
    staff = client_for(app, setup.staff)
    staff_page = staff.get(f"/offices/{office_id}/digest").get_data(as_text=True)
    assert "/digest/settings" not in staff_page
    staff_token = re.search(r'name="csrf_token" value="([^"]+)"', staff_page).group(1)
    assert (
        staff.post(f"/offices/{office_id}/digest/settings", data={**form, "csrf_token": staff_token}).status_code == 403
    )
