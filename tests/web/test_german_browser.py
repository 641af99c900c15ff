"""In a real browser: an East Belgian staff member switches the inbox to German and sees German
pages — the server's (top bar, password page, digest pages) and the scripts' (queue, counts)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from inbox.models import db
from inbox.sandbox.server import LoopbackServer
from tests.conftest import make_app
from tests.factories import PASSWORD, office_with_users
from tests.web.conftest import screenshot


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[str, str]]:
    """The inbox served on loopback: (base URL, the staff member's address)."""
    app = make_app(tmp_path)
    with app.app_context():
        setup = office_with_users("Büro Eupen")
        setup.office.language = "de"
        db.session.commit()
        staff = setup.staff.email
        db.session.remove()
    with LoopbackServer(app) as server:
        yield server.base_url, staff


def test_a_german_speaking_user_gets_the_inbox_in_german(browser, served) -> None:  # type: ignore[no-untyped-def]
    from playwright.sync_api import expect

    base_url, email = served
    page = browser.new_context(locale="de-BE").new_page()
    page.goto(base_url + "/login")  # before login the browser's language decides
    expect(page.locator("html")).to_have_attribute("lang", "de")
    page.get_by_label("E-Mail").fill(email)
    page.get_by_label("Passwort").fill(PASSWORD)
    page.get_by_role("button", name="Anmelden").click()

    # the account still says Dutch (the default): the user picks German in the top bar
    expect(page.locator("html")).to_have_attribute("lang", "nl")
    expect(page.locator("#live-state")).to_have_attribute("data-state", "live")  # the page's scripts are up
    page.locator("#language-choice").select_option("de")
    expect(page.locator("html")).to_have_attribute("lang", "de")
    top = page.locator("header.top")
    expect(top).to_contain_text("Posteingang")
    expect(top).to_contain_text("Freigaben")
    expect(top).to_contain_text("Mitarbeiter")  # the role
    expect(page.locator("#live-state")).to_have_text("live")
    # written by the script from the catalogue's JSON export
    expect(page.locator("#queue-empty")).to_have_text(
        "Keine Gespräche. Neue Nachrichten erscheinen hier, sobald sie eintreffen."
    )
    plural = page.evaluate(
        "[Dialoog.t('privacy.rows', {count: 1}), Dialoog.t('privacy.rows', {count: 4}), Dialoog.t('no.such.key')]"
    )
    assert plural == ["1 Zeile", "4 Zeilen", "no.such.key"]
    screenshot(page, "inbox-german")

    page.goto(base_url + "/account/password")
    expect(page.locator("h1")).to_have_text("Passwort ändern")
    page.goto(base_url + "/dashboard")
    expect(page.locator("body")).to_contain_text("Nachrichten je Kanal")

    # a choice that sticks: a new visit is German too
    page.goto(base_url + "/")
    expect(page.locator("header.top")).to_contain_text("Wochenübersicht")
