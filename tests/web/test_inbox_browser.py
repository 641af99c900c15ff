"""The inbox page in a real browser (Debian's chromium, driven by Playwright)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from inbox.jobs import start_embedded_jobs, warm_up_triage
from inbox.models import db
from inbox.sandbox.server import LoopbackServer
from tests.conftest import REQUIRE_SERVICES, make_app
from tests.factories import PASSWORD, office_with_users, x_account

pytestmark = pytest.mark.browser

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture
def browser() -> Iterator[object]:
    """A headless chromium; skipped (or failed in CI) when Debian's chromium is missing."""
    if not shutil.which(CHROMIUM):
        message = f"{CHROMIUM} is not installed (apt-get install chromium)"
        if REQUIRE_SERVICES:
            pytest.fail(message, pytrace=False)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield instance
        instance.close()


@pytest.fixture
def live_inbox(tmp_path: Path, x_sandbox) -> Iterator[dict]:
    """The inbox with in-process jobs, an office with an X account on the sandbox."""
    sandbox, sandbox_url = x_sandbox
    app = make_app(tmp_path, DIALOOG_JOBS="embedded")
    with app.app_context():
        setup = office_with_users()
        x_account(setup.office.id, sandbox, sandbox_url)
        email = setup.staff.email
        db.session.remove()
    warm_up_triage()  # as the server does at start
    consumer, ticker = start_embedded_jobs(workers=2, tick_seconds=0.2)
    with LoopbackServer(app) as server:
        yield {"base_url": server.base_url, "email": email, "sandbox": sandbox, "app": app}
    ticker.stop()
    consumer.shutdown()


def logged_in_page(browser, live_inbox: dict):  # type: ignore[no-untyped-def]
    """A page logged in as the office's staff member, with the live connection up."""
    from playwright.sync_api import expect

    page = browser.new_page()
    page.goto(live_inbox["base_url"] + "/login")
    page.get_by_label("E-mail").fill(live_inbox["email"])
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    expect(page.locator("#live-state")).to_have_text("live", timeout=10_000)
    return page


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
    page.get_by_role("button", name="Send reply").click()
    expect(page.locator("#message-list .outbound .reply-state")).to_have_text("sent", timeout=10_000)
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
