"""Browser fixtures: Debian's chromium driven by Playwright, and a served inbox with live jobs."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from inbox.jobs.consumers import start_embedded_jobs, warm_up_triage
from inbox.models import db
from inbox.sandbox.server import LoopbackServer
from tests.conftest import REQUIRE_SERVICES, make_app
from tests.factories import PASSWORD, office_with_users, x_account

SCREENSHOTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "screenshots"

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
        people = {
            "email": setup.staff.email,
            "staff": setup.staff.email,
            "politician": setup.politician.email,
            "admin": setup.admin.email,
            "staff_id": setup.staff.id,
        }
        db.session.remove()
    warm_up_triage()  # as the server does at start
    consumer, ticker = start_embedded_jobs(workers=2, tick_seconds=0.2)
    with LoopbackServer(app) as server:
        yield {"base_url": server.base_url, "sandbox": sandbox, "app": app, **people}
    ticker.stop()
    consumer.shutdown()


def logged_in_page(browser, live_inbox: dict, who: str = "staff", **context_options):  # type: ignore[no-untyped-def]
    """A page in its own browser context, logged in as the office's ``who``, live connection up."""
    from playwright.sync_api import expect

    page = browser.new_context(locale="en-GB", **context_options).new_page()
    page.on("pageerror", lambda error: print("browser error:", error))
    page.goto(live_inbox["base_url"] + "/login")
    page.get_by_label("E-mail").fill(live_inbox[who])
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    expect(page.locator("#live-state")).to_have_text("live", timeout=10_000)
    return page


def screenshot(page, name: str) -> None:  # type: ignore[no-untyped-def]
    """Save a screenshot under test-artifacts/screenshots/ for a person to look at."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)
