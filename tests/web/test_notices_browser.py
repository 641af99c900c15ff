"""Assignments and @mentions reach a colleague live, as notices in the top bar that open the conversation."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from inbox.models import db
from inbox.sandbox.server import LoopbackServer
from inbox.services.intake.store import store_incoming
from tests.conftest import make_app
from tests.factories import PASSWORD, incoming, office_with_users, plain_account
from tests.web.conftest import browser, screenshot  # noqa: F401 - the browser fixture

pytestmark = pytest.mark.browser


@pytest.fixture
def office(tmp_path: Path) -> Iterator[dict]:
    """An office with one conversation (Jan Peeters); queued jobs never run, live events do."""
    app = make_app(tmp_path, DIALOOG_JOBS="embedded")
    with app.app_context():
        setup = office_with_users("Kantoor Meldingen")
        account = plain_account(setup.office.id)
        message = incoming(author_id="jan")
        store_incoming(account.id, [replace(message, author=replace(message.author, display_name="Jan Peeters"))])
        people = {"staff": setup.staff.email, "admin": setup.admin.email, "staff_id": setup.staff.id}
        db.session.remove()
    with LoopbackServer(app) as server:
        yield {"url": server.base_url, **people}


def _login(browser, office: dict, who: str):  # type: ignore[no-untyped-def]  # noqa: F811
    from playwright.sync_api import expect

    page = browser.new_context(locale="nl-BE").new_page()
    page.goto(office["url"] + "/login")
    page.locator("input[name=email]").fill(office[who])
    page.locator("input[name=password]").fill(PASSWORD)
    page.locator("button[type=submit]").click()
    expect(page.locator("#live-state")).to_have_attribute("data-state", "live", timeout=10_000)
    return page


def test_an_assignment_and_a_mention_show_as_notices_that_open_the_conversation(browser, office: dict) -> None:  # noqa: F811
    from playwright.sync_api import expect

    staff = _login(browser, office, "staff")
    admin = _login(browser, office, "admin")
    expect(staff.locator("#notice-count")).to_have_text("")

    admin.locator("#conversation-list li", has_text="Jan Peeters").click()
    admin.locator("#assignee-choice").select_option(str(office["staff_id"]))
    expect(staff.locator("#notice-count")).to_have_text("1", timeout=10_000)  # live, without a reload

    admin.locator("#note-text").fill("Kun jij dit opnemen, @Staff?")
    admin.locator("#note-form button[type=submit]").click()
    expect(staff.locator("#notice-count")).to_have_text("2", timeout=10_000)

    staff.locator("#notices-toggle").click()
    notices = staff.locator("#notice-list li.notice")
    expect(notices).to_have_count(2)
    expect(notices.nth(0)).to_contain_text("Admin User vermeldde je bij Jan Peeters")
    expect(notices.nth(1)).to_contain_text("Admin User wees je een gesprek met Jan Peeters toe")
    expect(staff.locator("#notice-count")).to_have_text("2")  # unread until marked or opened (notification centre)
    screenshot(staff, "notices")

    notices.nth(1).get_by_role("link").click()
    expect(staff.locator("#conversation-title")).to_have_text("Jan Peeters", timeout=10_000)
    staff.locator("#notices-toggle").click()
    expect(staff.locator("#notice-list li.notice")).to_have_count(2)  # still listed after the page changed
    expect(staff.locator("#notice-count")).to_have_text("")  # read: the conversation was opened
