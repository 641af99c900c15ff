"""The queue counts a campaign's voters, not its conversations, and never groups one voter's repeats."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from inbox.models import db
from inbox.sandbox.server import LoopbackServer
from tests.conftest import make_app
from tests.factories import PASSWORD
from tests.queue.conftest import make_desk, post
from tests.replies.test_campaign_voters import LETTER, _campaign, _link_lotte, _three_voters_five_messages
from tests.web.conftest import browser  # noqa: F401 - the browser fixture

pytestmark = pytest.mark.browser


@pytest.fixture
def office(tmp_path: Path) -> Iterator[dict]:
    """Office 'Spoor': three voters, five conversations (Lotte on e-mail and Facebook, Marc twice).
    Office 'Alleen': one voter who sent another letter twice on X."""
    app = make_app(tmp_path, DIALOOG_JOBS="embedded")
    with app.app_context():
        spoor = make_desk("Spoor")
        _found, sent = _three_voters_five_messages(spoor)
        _link_lotte(spoor, sent)
        alone = make_desk("Alleen")
        text = LETTER.replace("spoorlijn 90", "buslijn 3")
        _campaign(alone, [post(alone.x, text, voter="jan", thread="j1"), post(alone.x, text, voter="jan", thread="j2")])
        people = {"spoor": spoor.setup.staff.email, "alone": alone.setup.staff.email}
        db.session.remove()
    with LoopbackServer(app) as server:
        yield {"url": server.base_url, **people}


def _inbox(browser, office: dict, email: str):  # type: ignore[no-untyped-def]  # noqa: F811
    page = browser.new_context(locale="nl-BE", viewport={"width": 1440, "height": 900}).new_page()
    page.goto(office["url"] + "/login")
    page.locator("input[name=email]").fill(email)
    page.locator("input[name=password]").fill(PASSWORD)
    page.locator("button[type=submit]").click()
    page.wait_for_url(office["url"] + "/**")
    return page


def test_the_campaign_row_counts_voters_once_across_channels(browser, office: dict) -> None:  # noqa: F811
    from playwright.sync_api import expect

    page = _inbox(browser, office, office["spoor"])
    row = page.locator("#conversation-list li.campaign-row")
    expect(row).to_have_count(1)
    expect(row).to_contain_text("3 kiezers")  # five conversations, three voters
    row.click()
    voters = page.locator("#campaign-panel #campaign-voters tr")
    expect(voters).to_have_count(3)
    # Lotte once, answered on Facebook (her latest), e-mail listed after it
    expect(voters.filter(has_text="Lotte Peeters")).to_have_count(1)
    expect(voters.filter(has_text="Lotte Peeters").locator("td").nth(1)).to_have_text("Facebook + e-mail")


def test_one_voter_repeating_a_letter_is_not_grouped_as_a_campaign(browser, office: dict) -> None:  # noqa: F811
    from playwright.sync_api import expect

    page = _inbox(browser, office, office["alone"])
    expect(page.locator("#conversation-list li.row")).to_have_count(2)
    expect(page.locator("#conversation-list li.campaign-row")).to_have_count(0)
