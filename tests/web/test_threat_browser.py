"""Threats and abuse in a real browser: the red banner, the badge on top, the evidence bundle, the blur."""

from __future__ import annotations

import zipfile

import pytest

from tests.web.conftest import logged_in_page, screenshot

pytestmark = pytest.mark.browser

THREAT = "@PoliticianBE We weten waar ge woont. Pas maar op."
ABUSE = "@PoliticianBE Je bent een vuile leugenaar en een idioot, rot op uit de politiek."


def test_a_threat_is_on_top_with_a_banner_and_can_be_reported(browser, live_inbox) -> None:
    from playwright.sync_api import expect

    sandbox = live_inbox["sandbox"]
    page = logged_in_page(browser, live_inbox, who="admin")
    sandbox.post_tweet(sandbox.add_user("menace", "Anoniem Account")["id"], THREAT)
    rows = page.locator("#conversation-list li")
    threat_row = rows.filter(has_text="Anoniem Account")
    expect(threat_row.locator(".tag.threat")).to_be_visible(timeout=20_000)
    sandbox.post_tweet(sandbox.add_user("later", "Later Kiezer")["id"], "@PoliticianBE Wanneer rijdt de bus weer?")
    expect(rows.filter(has_text="Later Kiezer")).to_be_visible(timeout=20_000)
    expect(rows.first).to_contain_text("Anoniem Account")  # newer activity below it: the threat stays on top

    threat_row.click()
    banner = page.locator("#threat-banner")
    expect(banner).to_be_visible()
    screenshot(page, "threat-banner")
    with page.expect_download() as download:
        page.locator("#threat-evidence").click()
    bundle = zipfile.ZipFile(download.value.path())
    assert bundle.read("message.txt").decode() == THREAT
    assert {"manifest.json", "SHA256SUMS", "sender.json", "message.json"} <= set(bundle.namelist())

    page.once("dialog", lambda dialog: dialog.accept())
    page.locator("#threat-clear").click()  # admins only
    expect(banner).to_be_hidden(timeout=10_000)
    expect(threat_row.locator(".tag.threat")).to_have_count(0, timeout=10_000)


def test_staff_see_no_clear_button_and_abuse_is_blurred_until_clicked(browser, live_inbox) -> None:
    from playwright.sync_api import expect

    sandbox = live_inbox["sandbox"]
    page = logged_in_page(browser, live_inbox)
    sandbox.post_tweet(sandbox.add_user("rude", "Boze Kiezer")["id"], ABUSE)
    row = page.locator("#conversation-list li", has_text="Boze Kiezer")
    expect(row.locator(".tag.toxic")).to_be_visible(timeout=20_000)
    snippet = row.locator(".snippet")
    expect(snippet).to_have_class("snippet blurred")
    snippet.click()  # shows the text, opens nothing
    expect(snippet).to_have_class("snippet")
    row.locator(".name").click()
    text = page.locator("#message-list .inbound .text")
    expect(text).to_have_class("text blurred")
    text.click()
    expect(text).to_have_class("text")
    sandbox.post_tweet(sandbox.add_user("menace2", "Tweede Account")["id"], THREAT)
    page.locator("#conversation-list li", has_text="Tweede Account").click(timeout=20_000)
    expect(page.locator("#threat-banner")).to_be_visible(timeout=20_000)
    assert page.locator("#threat-clear").count() == 0
