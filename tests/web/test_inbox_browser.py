"""The inbox page in a real browser (Debian's chromium, driven by Playwright)."""

from __future__ import annotations

import pytest

from inbox.models import db
from tests.web.conftest import logged_in_page, screenshot

pytestmark = pytest.mark.browser


def test_staff_see_a_mention_arrive_live_and_answer_it(browser, live_inbox) -> None:
    from playwright.sync_api import expect

    sandbox = live_inbox["sandbox"]
    page = logged_in_page(browser, live_inbox)

    voter = sandbox.add_user("noor_e", "Noor El Amrani")
    hostile = "<img src=x onerror=\"document.title='pwned'\"> Waarom is de tram naar Jette weer afgeschaft? 🚋"
    tweet = sandbox.post_tweet(voter["id"], "@PoliticianBE " + hostile)

    row = page.locator("#conversation-list li", has_text="Noor El Amrani")
    expect(row).to_be_visible(timeout=10_000)  # arrived without a reload
    expect(row.locator(".lang")).to_have_text("nl", timeout=10_000)
    row.click()
    message = page.locator("#message-list .inbound .text")
    expect(message).to_have_text("@PoliticianBE " + hostile)  # shown as text, not as HTML
    assert page.title() != "pwned"
    assert page.locator("#message-list img").count() == 0

    page.locator("#reply-text").fill("Dag Noor, we vragen het na bij De Lijn en de MIVB.")
    page.get_by_role("button", name="Antwoord versturen").click()  # the staff member works in Dutch
    expect(page.locator("#message-list .outbound .reply-state")).to_have_text("verstuurd", timeout=10_000)
    screenshot(page, "inbox-conversation")
    assert [r["text"] for r in sandbox.replies_to(tweet["id"])] == [
        "Dag Noor, we vragen het na bij De Lijn en de MIVB."
    ]


def test_staff_correct_a_tag_in_one_click(browser, live_inbox) -> None:
    from playwright.sync_api import expect
    from sqlalchemy import select

    from inbox.models import TagCorrection

    sandbox = live_inbox["sandbox"]
    page = logged_in_page(browser, live_inbox)

    voter = sandbox.add_user("bart_dw", "Bart De Wilde")
    sandbox.post_tweet(voter["id"], "@PoliticianBE Waarom rijdt de bus naar Ninove 's avonds niet meer?")
    row = page.locator("#conversation-list li", has_text="Bart De Wilde")
    expect(row.locator(".topic")).to_be_visible(timeout=10_000)
    row.click()
    topic = page.locator("#message-list select[data-tag=topic]")
    expect(topic).to_have_value("mobility", timeout=10_000)
    expect(page.locator("#message-list select[data-tag=needs_reply]")).to_have_value("true")

    topic.select_option("local_services")  # the one click
    expect(page.locator("#message-list select[data-tag=topic].corrected")).to_have_value("local_services")
    with live_inbox["app"].app_context():
        correction = db.session.execute(select(TagCorrection)).scalar_one()
        assert (correction.tag, correction.old_value, correction.new_value) == ("topic", "mobility", "local_services")
