"""The /audit page in Debian's chromium: filters, "load more", office time, and the CSV download."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from inbox.models import db
from inbox.sandbox.server import LoopbackServer
from inbox.services.audit.trail import record_audit
from tests.conftest import make_app
from tests.factories import PASSWORD, office_with_users
from tests.web.conftest import browser, screenshot  # noqa: F401 - the browser fixture

READS = 60


@pytest.fixture
def audited_office(tmp_path: Path) -> Iterator[dict]:
    """A served office whose staff read 60 conversations, one in the winter (Brussels: UTC+1)."""
    app = make_app(tmp_path)
    with app.app_context():
        setup = office_with_users("Kantoor Audit")
        setup.admin.language = "en"  # the interface in English, as this test reads it
        winter = record_audit(setup.office.id, setup.staff.id, "conversation.read", "conversation", 1)
        winter.created_at = datetime(2026, 1, 15, 8, 5, tzinfo=UTC)
        for number in range(2, READS + 1):
            record_audit(setup.office.id, setup.staff.id, "conversation.read", "conversation", number)
        record_audit(setup.office.id, setup.admin.id, "user.role_changed", "user", setup.staff.id, {"to": "viewer"})
        db.session.commit()
        admin = setup.admin.email
        db.session.remove()
    with LoopbackServer(app) as server:
        yield {"url": server.base_url, "admin": admin}


def test_an_admin_searches_pages_and_downloads_the_audit_trail(browser, audited_office: dict) -> None:  # noqa: F811
    from playwright.sync_api import expect

    page = browser.new_context(locale="en-GB", accept_downloads=True).new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(audited_office["url"] + "/login")
    page.get_by_label("E-mail").fill(audited_office["admin"])
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.get_by_role("link", name="Audit log").click()

    rows = page.locator("#audit-rows tr")
    expect(rows).to_have_count(50)
    expect(rows.first).to_have_attribute("data-action", "user.login")  # the admin's own login, just now
    expect(rows.first.locator("td.who")).to_have_text("Admin User")
    expect(rows.nth(1)).to_have_attribute("data-action", "user.role_changed")
    expect(rows.nth(1).locator("td.detail")).to_have_text("to: viewer (overviews only)")  # the role in words
    page.get_by_role("button", name="Load more").click()
    expect(page.get_by_role("button", name="Load more")).to_be_hidden()
    total = rows.count()
    assert total > READS  # the reads, the role change, the login, and the office's set-up events

    page.get_by_label("Kind of action").select_option(label="Conversations")
    page.get_by_label("Target id").fill("1")
    page.get_by_role("button", name="Search").click()
    expect(rows).to_have_count(1)
    expect(rows.first.locator("td.when")).to_have_text("2026-01-15 09:05:00")  # office time (CET)
    expect(rows.first.locator("td.who")).to_have_text("Staff User")
    screenshot(page, "audit")

    with page.expect_download() as download_info:
        page.get_by_role("button", name="Download CSV").click()
    content = Path(download_info.value.path()).read_text(encoding="utf-8").splitlines()
    assert content[0].startswith("id,at,local_time,actor_id,actor,action")
    assert len(content) == 2 and ",conversation.read,conversation,1," in content[1]
    assert errors == []
