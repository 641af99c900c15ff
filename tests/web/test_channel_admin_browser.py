"""The admin page in a browser: reconnecting a channel without retyping its secrets, X usage and cost (issue 21)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from inbox.ingest.usage import BUDGET_SETTING, local_day
from inbox.models import ChannelAccount, ChannelUsage, db
from inbox.sandbox.server import LoopbackServer
from tests.conftest import make_app
from tests.factories import PASSWORD, office_with_users, x_account
from tests.web.conftest import browser, screenshot  # noqa: F401 - the browser fixture
from tests.web.test_accessibility_browser import violations

pytestmark = pytest.mark.browser


@pytest.fixture
def office(tmp_path: Path, x_sandbox) -> Iterator[dict]:
    """A served office with an X account on the sandbox; its admin reads Dutch."""
    sandbox, sandbox_url = x_sandbox
    app = make_app(tmp_path)
    with app.app_context():
        setup = office_with_users("Kantoor Kanalen")
        setup.admin.language = "nl"
        account = x_account(setup.office.id, sandbox, sandbox_url, handle="ElsBE")
        facts = {"admin": setup.admin.email, "account_id": account.id, "token": account.credentials["access_token"]}
        db.session.commit()
        db.session.remove()
    with LoopbackServer(app) as server:
        yield {"url": server.base_url, "app": app, "sandbox": sandbox, **facts}


def _admin_page(browser, office: dict):  # type: ignore[no-untyped-def]  # noqa: F811
    page = browser.new_context(locale="nl-BE").new_page()
    page.goto(office["url"] + "/login")
    page.locator("input[name=email]").fill(office["admin"])
    page.locator("input[name=password]").fill(PASSWORD)
    page.locator("button[type=submit]").click()
    page.wait_for_url(office["url"] + "/**")
    page.goto(office["url"] + "/admin")
    return page


def _credentials(office: dict) -> dict:
    with office["app"].app_context():
        return dict(db.session.get(ChannelAccount, office["account_id"]).credentials)


def test_a_disconnected_channel_is_reconnected_and_edited_without_retyping_secrets(browser, office: dict) -> None:  # noqa: F811
    from playwright.sync_api import expect

    page = _admin_page(browser, office)
    page.on("dialog", lambda dialog: dialog.accept())
    row = page.locator("#channel-rows tr", has_text="ElsBE")
    row.get_by_role("button", name="Ontkoppelen").click()
    expect(row).to_contain_text("ontkoppeld door een beheerder")
    row.get_by_role("button", name="Opnieuw koppelen").click()
    expect(page.locator("#admin-status")).to_have_text("X ElsBE is opnieuw gekoppeld.")
    expect(row.locator(".health")).to_have_text("werkt")
    expect(row.get_by_role("button", name="Opnieuw koppelen")).to_have_count(0)

    row.get_by_role("button", name="Instellingen wijzigen").click()
    form = page.locator("#connect-channel")
    expect(form.locator("#channel-editing")).to_contain_text("lege velden behouden hun bewaarde waarde")
    token = form.locator("input[name=access_token]")
    expect(token).to_have_value("")
    expect(token).to_have_attribute("placeholder", "toegangstoken: bewaard — leeg laten om te behouden")
    expect(form.locator("input[name=api_base_url]")).not_to_have_value("")
    assert office["token"] not in page.content()  # a secret never reaches the page
    screenshot(page, "channel-edit-stored-secrets-nl")
    form.get_by_role("button", name="Bewaren en koppelen").click()
    expect(page.locator("#admin-status")).to_have_text("Opgeslagen.")
    expect(form.locator("#channel-editing")).to_be_hidden()
    assert _credentials(office)["access_token"] == office["token"]

    row.get_by_role("button", name="Ontkoppelen").click()
    row.get_by_role("button", name="Bewaarde geheimen vergeten").click()
    expect(row.get_by_role("button", name="Opnieuw koppelen")).to_have_count(0)
    assert _credentials(office) == {}


def test_the_x_usage_panel_shows_requests_and_cost_per_day_and_warns_near_the_budget(browser, office: dict) -> None:  # noqa: F811
    from playwright.sync_api import expect

    with office["app"].app_context():
        account = db.session.get(ChannelAccount, office["account_id"])
        today = local_day(account)
        for back, kind, requests, items in [(0, "post_read", 80, 40), (0, "post_create", 5, 5), (2, "dm_read", 10, 10)]:
            db.session.add(
                ChannelUsage(
                    channel_account_id=account.id,
                    day=today - timedelta(days=back),
                    kind=kind,
                    requests=requests,
                    items=items,
                )
            )
        account.settings = {**account.settings, BUDGET_SETTING: 100}
        db.session.commit()

    page = _admin_page(browser, office)
    panel = page.locator("#channel-rows .usage-panel")
    expect(panel.get_by_role("alert")).to_have_text(
        "85 van de 100 verzoeken van vandaag zijn gebruikt (85%). "
        "Is het budget op, dan stopt het ophalen tot middernacht; verhoog het om te blijven ophalen."
    )
    summary = panel.locator("summary")
    expect(summary).to_contain_text("vandaag 85 verzoeken, ongeveer")
    expect(summary).to_contain_text("0,275")  # 40 posts read × $0.005 + 5 replies × $0.015
    summary.click()
    table = panel.locator("table.usage-days")
    expect(table.locator("tr")).to_have_count(1 + 7)
    first = table.locator("tr").nth(1)
    expect(first.locator("td").nth(1)).to_have_text("80")
    expect(first.locator("td").nth(2)).to_have_text("5")
    expect(table.locator("tr").nth(3).locator("td").nth(1)).to_have_text("10")  # DM reads two days ago
    expect(table.locator("tr").nth(3).locator("td").nth(3)).to_contain_text("0,1")
    panel.get_by_label("Periode").select_option("30")
    expect(table.locator("tr")).to_have_count(1 + 30)
    screenshot(page, "channel-x-usage-nl")
    assert violations(page) == []  # axe: the open panel has no serious accessibility violation

    panel.get_by_label("Dagbudget in verzoeken (leeg: geen limiet)").fill("1000")
    panel.get_by_role("button", name="Opslaan").click()
    expect(page.locator("#admin-status")).to_have_text("Opgeslagen.")
    expect(panel.get_by_role("alert")).to_have_count(0)
    expect(panel.locator("table.usage-days tr")).to_have_count(1 + 30)  # the panel stays as the admin left it
