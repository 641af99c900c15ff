"""The campaign panel shows what the voters wrote; its row in the queue counts the same voters."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from inbox.models import db
from inbox.sandbox.server import LoopbackServer
from tests.conftest import make_app
from tests.factories import PASSWORD, office_with_users
from tests.replies.test_campaign_letter import _campaign_of_five
from tests.web.conftest import browser, screenshot  # noqa: F401 - the browser fixture

pytestmark = pytest.mark.browser


@pytest.fixture
def office(tmp_path: Path) -> Iterator[dict]:
    """Five voters sent one letter (one added a sentence, one left one out); the matcher counted 2."""
    app = make_app(tmp_path, DIALOOG_JOBS="embedded")
    with app.app_context():
        setup = office_with_users("Kantoor Spoor")
        _campaign_of_five(setup.office.id)
        people = {"staff": setup.staff.email}
        db.session.remove()
    with LoopbackServer(app) as server:
        yield {"url": server.base_url, "app": app, **people}


def test_the_campaign_panel_shows_the_letter_and_its_variants(browser, office: dict) -> None:  # noqa: F811
    from playwright.sync_api import expect

    page = browser.new_context(locale="nl-BE", viewport={"width": 1440, "height": 900}).new_page()
    page.goto(office["url"] + "/login")
    page.locator("input[name=email]").fill(office["staff"])
    page.locator("input[name=password]").fill(PASSWORD)
    page.locator("button[type=submit]").click()
    page.wait_for_url(office["url"] + "/**")

    row = page.locator("#queue .campaign-row, li.campaign-row").first
    expect(row).to_contain_text("5 kiezers")
    row.click()
    panel = page.locator("#campaign-panel")
    expect(panel.locator("#campaign-voters tr")).to_have_count(5)
    letter = panel.locator("#campaign-letter")
    expect(letter).to_contain_text("Wat de kiezers schreven")
    expect(letter.locator(".campaign-letter-text")).to_have_text(
        "Beste minister, sluit spoorlijn 90 niet. Duizenden pendelaars hebben die lijn elke dag nodig. "
        "Met vriendelijke groet"
    )
    expect(letter).to_contain_text("3 kiezers stuurden precies deze brief")
    expect(letter.locator(".campaign-variant")).to_have_count(2)
    expect(letter.locator("ins")).to_have_text("Mijn dochter neemt die trein naar school.")
    expect(letter.locator("del")).to_have_text("Duizenden pendelaars hebben die lijn elke dag nodig.")
    screenshot(page, "campaign-panel-letter")
