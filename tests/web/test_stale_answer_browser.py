"""A slow reload of a conversation the user has since left never replaces the one now open."""

from __future__ import annotations

import re

import pytest

from tests.web.conftest import logged_in_page

pytestmark = pytest.mark.browser


def test_a_late_reload_of_the_previous_conversation_does_not_replace_the_open_one(browser, live_inbox) -> None:
    from playwright.sync_api import expect

    sandbox = live_inbox["sandbox"]
    page = logged_in_page(browser, live_inbox, "staff")
    for index, name in enumerate(["Eva Claes", "Tom Jacobs"]):
        voter = sandbox.add_user(f"late_{index}", name)
        sandbox.post_tweet(voter["id"], f"@PoliticianBE Wanneer opent het zwembad weer? ({index})")
    eva_row = page.locator("#conversation-list li", has_text="Eva Claes")
    expect(eva_row).to_be_visible(timeout=15_000)
    expect(page.locator("#conversation-list li", has_text="Tom Jacobs")).to_be_visible(timeout=15_000)
    eva_row.click()
    title = page.locator("#conversation-title")
    expect(title).to_have_text("Eva Claes")
    eva_id = eva_row.get_attribute("data-id")

    # Eva's conversation is reloaded (her note's live event) but the answer is slow to come ...
    held = []
    page.route(re.compile(r".*/api/conversations/" + eva_id + r"$"), lambda route: held.append(route))
    page.locator("#note-text").fill("Even nakijken bij de sportdienst.")
    page.locator("#note-form button[type=submit]").click()
    for _ in range(100):
        if held:
            break
        page.wait_for_timeout(100)
    assert held, "the note's live event did not reload the open conversation"

    # ... meanwhile the user opens Tom's; Eva's late answer must not take his place.
    page.locator("#conversation-list li", has_text="Tom Jacobs").click()
    expect(title).to_have_text("Tom Jacobs")
    with page.expect_response(re.compile(r".*/api/conversations/" + eva_id + r"$")):
        held[0].continue_()
    page.wait_for_timeout(500)
    expect(title).to_have_text("Tom Jacobs")
    expect(page.locator("#message-list")).to_contain_text("zwembad weer? (1)")
