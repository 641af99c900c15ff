"""The queue's search and filters in a real browser: what matches, and what an empty result says."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import select

from inbox.models import ChannelAccount, db
from inbox.services.intake.store import store_incoming
from tests.factories import incoming
from tests.web.conftest import logged_in_page, screenshot

pytestmark = pytest.mark.browser

VOTERS = ("An Peeters", "Bram Claes", "Chloé Dubois")


def _store_three_voters(app) -> None:  # type: ignore[no-untyped-def]
    with app.app_context():
        account_id = db.session.execute(select(ChannelAccount.id)).scalar_one()
        for number, name in enumerate(VOTERS):
            message = incoming(text=f"Bericht {number} over de tramlijn in Gent", author_id=f"voter-{number}")
            message = replace(message, author=replace(message.author, display_name=name))
            store_incoming(account_id, [message])
        db.session.remove()


def test_a_search_that_matches_nothing_empties_the_queue_and_says_how_to_clear_it(browser, live_inbox) -> None:
    from playwright.sync_api import expect

    _store_three_voters(live_inbox["app"])
    page = logged_in_page(browser, live_inbox)
    rows = page.locator("#conversation-list li")
    expect(rows).to_have_count(3, timeout=10_000)

    page.locator("#search").fill("xqzwvoorbijgepraat")
    expect(rows).to_have_count(0, timeout=5_000)  # the old queue is gone
    empty = page.locator("#queue-empty")
    expect(empty).to_be_visible()
    expect(empty).to_contain_text("Geen enkel gesprek past bij deze zoekopdracht of filters.")
    screenshot(page, "queue-search-no-match")

    empty.get_by_role("button", name="Zoekopdracht en filters wissen").click()
    expect(rows).to_have_count(3, timeout=5_000)
    expect(page.locator("#search")).to_have_value("")
    expect(empty).to_be_hidden()


def test_a_filter_that_matches_nothing_empties_the_queue_as_the_same_filter_by_url_does(browser, live_inbox) -> None:
    from playwright.sync_api import expect

    _store_three_voters(live_inbox["app"])
    page = logged_in_page(browser, live_inbox)
    rows = page.locator("#conversation-list li")
    expect(rows).to_have_count(3, timeout=10_000)

    page.locator("select[name=channel]").select_option("bluesky")
    expect(rows).to_have_count(0, timeout=5_000)
    expect(page.locator("#queue-empty")).to_contain_text("Geen enkel gesprek past")

    page.goto(live_inbox["base_url"] + "/?channel=bluesky")
    expect(page.locator("#live-state")).to_have_text("live", timeout=10_000)
    expect(page.locator("#queue-empty")).to_contain_text("Geen enkel gesprek past")
    expect(rows).to_have_count(0)
