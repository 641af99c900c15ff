"""The notification centre: @mentions and assignments wait in the top bar, even when they came
while the colleague was away, arrive live, and stay read once marked."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import select

from inbox.models import Conversation, User, db
from inbox.sandbox.server import LoopbackServer
from inbox.services.conversations.assignment import assign_conversation
from inbox.services.conversations.notes import add_note
from inbox.services.intake.store import store_incoming
from tests.clients import logged_in_client
from tests.conftest import make_app
from tests.factories import PASSWORD, incoming, office_with_users, plain_account
from tests.web.conftest import browser, screenshot  # noqa: F401 - the browser fixture

pytestmark = pytest.mark.browser

VOTERS = ("Jan Peeters", "Els Maes", "Tom Claes")


@pytest.fixture
def office(tmp_path: Path) -> Iterator[dict]:
    """While the staff member was away, the politician @mentioned them and the admin assigned them a voter."""
    app = make_app(tmp_path, DIALOOG_JOBS="embedded")
    with app.app_context():
        setup = office_with_users("Kantoor Meldingen")
        account = plain_account(setup.office.id)
        for number, name in enumerate(VOTERS):
            message = incoming(str(number), text="Een vraag over de bus.", author_id=f"voter{number}")
            store_incoming(account.id, [replace(message, author=replace(message.author, display_name=name))])
        ids = {
            c.contact.display_name: c.id
            for c in db.session.execute(select(Conversation).order_by(Conversation.id)).scalars()
        }
        add_note(setup.office.id, ids["Jan Peeters"], setup.politician, "@staff kijk jij even naar de bus?")
        assign_conversation(setup.office.id, ids["Els Maes"], setup.admin, setup.staff.id)
        people = {
            "staff": setup.staff.email,
            "staff_id": setup.staff.id,
            "admin_id": setup.admin.id,
            "office_id": setup.office.id,
        }
        db.session.remove()
    with LoopbackServer(app) as server:
        yield {"url": server.base_url, "app": app, "ids": ids, **people}


def _login(browser, office: dict):  # type: ignore[no-untyped-def]  # noqa: F811
    page = browser.new_context(locale="nl-BE").new_page()
    page.goto(office["url"] + "/login")
    page.locator("input[name=email]").fill(office["staff"])
    page.locator("input[name=password]").fill(PASSWORD)
    page.locator("button[type=submit]").click()
    page.wait_for_url(office["url"] + "/**")
    return page


def test_mentions_and_assignments_wait_in_the_notification_centre(browser, office: dict) -> None:  # noqa: F811
    from playwright.sync_api import expect

    page = _login(browser, office)
    bell = page.locator("#notices-toggle")
    expect(page.locator("#notice-count")).to_have_text("2")  # they came while the staff member was away
    bell.click()
    items = page.locator("#notice-list li.notice")
    expect(items).to_have_count(2)
    expect(page.locator("#notice-list li.unseen")).to_have_count(2)
    mention = items.filter(has_text="Politician User vermeldde je bij Jan Peeters")
    expect(mention).to_contain_text("kijk jij even naar de bus?")
    expect(items.filter(has_text="Admin User wees je een gesprek met Els Maes toe")).to_have_count(1)
    screenshot(page, "notification-centre")

    mention.get_by_role("button", name="Markeer als gelezen").click()
    expect(page.locator("#notice-count")).to_have_text("1")
    expect(page.locator("#notice-list li.unseen")).to_have_count(1)

    with office["app"].app_context():  # live, while the page is open
        admin = db.session.get(User, office["admin_id"])
        assign_conversation(office["office_id"], office["ids"]["Tom Claes"], admin, office["staff_id"])
        db.session.remove()
    expect(page.locator("#notice-count")).to_have_text("2")
    expect(page.locator("#notice-list li.notice").first).to_contain_text("Tom Claes")

    page.get_by_role("button", name="Alles als gelezen markeren").click()
    expect(page.locator("#notice-count")).to_have_text("")
    page.reload()  # kept on the server, not in the tab
    expect(page.locator("#live-state")).to_have_attribute("data-state", "live")
    expect(page.locator("#notice-count")).to_have_text("")
    bell.click()
    expect(page.locator("#notice-list li.notice")).to_have_count(3)
    expect(page.locator("#notice-list li.unseen")).to_have_count(0)


def test_opening_the_conversation_reads_its_notification(app) -> None:
    setup = office_with_users()
    account = plain_account(setup.office.id)
    store_incoming(account.id, [incoming("1", text="Vraag", author_id="v")])
    conversation = db.session.execute(select(Conversation)).scalar_one()
    add_note(setup.office.id, conversation.id, setup.politician, "@staff graag antwoorden")
    staff = logged_in_client(app, setup.staff)
    listed = staff.get("/api/notifications").get_json()
    assert listed["unread"] == 1 and listed["items"][0]["kind"] == "mentioned"
    staff.get(f"/api/conversations/{conversation.id}")
    assert staff.get("/api/notifications").get_json()["unread"] == 0
    politician = logged_in_client(app, setup.politician)
    assert politician.get("/api/notifications").get_json()["items"] == []  # the author is not notified
