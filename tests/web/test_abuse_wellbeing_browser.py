"""Abuse in a real browser (issue 17): a person who turns the blur off on their account page reads
abuse at once while a colleague still sees it blurred; the abuse filter; and an abusive Facebook
comment's "hide comment" suggestion, which hides it in the Meta sandbox with one click."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import select

from inbox.models import ChannelKind, Office, db
from inbox.sandbox.meta.api import MetaSandbox
from inbox.sandbox.meta.state import FACEBOOK
from inbox.sandbox.server import LoopbackServer
from tests.meta.conftest import connect
from tests.web.conftest import logged_in_page, screenshot
from tests.web.test_accessibility_browser import violations

pytestmark = pytest.mark.browser

ABUSE = "@PoliticianBE Je bent een vuile leugenaar en een idioot, rot op uit de politiek."
CALM = "@PoliticianBE Wanneer rijdt de bus weer langs de Kerkstraat?"
COMMENT = "Je bent een vuile leugenaar en een idioot, rot op uit de politiek."


def test_blur_off_for_one_person_shows_abuse_to_them_only(browser, live_inbox) -> None:
    from playwright.sync_api import expect

    sandbox = live_inbox["sandbox"]
    reader = logged_in_page(browser, live_inbox)  # staff
    reader.locator("a.password").click()  # the top bar's account link
    box = reader.get_by_label("Kwetsende berichten vervagen tot ik erop klik")  # the user's language: Dutch
    expect(box).to_be_checked()  # on by default
    box.uncheck()
    reader.get_by_role("button", name="Instellingen bewaren").click()
    expect(reader.locator(".flash.success")).to_have_text("Uw instellingen zijn bewaard.")
    expect(reader.locator("#blur-abuse")).not_to_be_checked()
    assert violations(reader) == []  # axe-core: no serious or critical violation on the account page
    reader.goto(live_inbox["base_url"] + "/")
    expect(reader.locator("#live-state")).to_have_text("live", timeout=10_000)
    colleague = logged_in_page(browser, live_inbox, who="politician")

    sandbox.post_tweet(sandbox.add_user("rude", "Boze Kiezer")["id"], ABUSE)
    sandbox.post_tweet(sandbox.add_user("calm", "Rustige Kiezer")["id"], CALM)
    for page in (reader, colleague):
        row = page.locator("#conversation-list li", has_text="Boze Kiezer")
        expect(row.locator(".tag.toxic")).to_be_visible(timeout=20_000)
    reader_row = reader.locator("#conversation-list li", has_text="Boze Kiezer")
    expect(reader_row.locator(".snippet")).to_have_class("snippet")  # not blurred for the person who chose
    expect(colleague.locator("#conversation-list li", has_text="Boze Kiezer").locator(".snippet")).to_have_class(
        "snippet blurred"
    )
    reader_row.locator(".name").click()
    expect(reader.locator("#message-list .inbound .text")).to_have_class("text")
    colleague.locator("#conversation-list li", has_text="Boze Kiezer").locator(".name").click()
    expect(colleague.locator("#message-list .inbound .text")).to_have_class("text blurred")

    # the abuse filter: only the abusive conversation stays
    expect(colleague.locator("#conversation-list li", has_text="Rustige Kiezer")).to_be_visible(timeout=20_000)
    colleague.locator("#filters select[name=toxic]").select_option("true")
    expect(colleague.locator("#conversation-list li", has_text="Rustige Kiezer")).to_have_count(0, timeout=10_000)
    expect(colleague.locator("#conversation-list li", has_text="Boze Kiezer")).to_be_visible()


@pytest.fixture
def facebook(live_inbox) -> Iterator[tuple[MetaSandbox, str]]:
    """The live inbox's office with a Facebook page on the Meta sandbox: (sandbox, post id)."""
    sandbox = MetaSandbox()
    app = live_inbox["app"]
    with LoopbackServer(sandbox.app()) as server, app.app_context():
        office = db.session.execute(select(Office)).scalars().one()
        page = sandbox.add_account(FACEBOOK, "Els Vermeulen")
        connect(office.id, ChannelKind.FACEBOOK, page, sandbox, server.base_url)
        post = sandbox.add_post(page.id, "Ons plan voor betaalbaar wonen")
        db.session.remove()
        sandbox.webhook_sink = lambda body, headers: (
            app.test_client().post("/webhooks/meta", data=body, headers=headers).status_code
        )
        yield sandbox, post.id


def test_the_hide_suggestion_hides_an_abusive_comment_on_facebook(browser, live_inbox, facebook) -> None:
    from playwright.sync_api import expect

    sandbox, post_id = facebook
    page = logged_in_page(browser, live_inbox)
    comment = sandbox.comment(post_id, "9001", "Facebook Troll", COMMENT)
    row = page.locator("#conversation-list li", has_text="Facebook Troll")
    expect(row.locator(".tag.toxic")).to_be_visible(timeout=20_000)
    row.locator(".name").click()
    suggestion = page.locator("#hide-suggestion")
    expect(suggestion).to_contain_text("Deze reactie is kwetsend: verbergen op Facebook?")
    screenshot(page, "hide-suggestion")
    assert violations(page) == []
    suggestion.get_by_role("button", name="Verbergen op Facebook").click()
    expect(suggestion).to_contain_text("Verborgen op Facebook", timeout=10_000)
    expect(page.locator("#message-list .inbound .tag.hidden")).to_be_visible()
    expect(page.locator("#message-list .inbound button.moderate")).to_have_text("Weer tonen")
    assert sandbox.find_comment(comment.id).hidden  # hidden on the channel itself
    expect(page.locator("#message-list .inbound .text")).to_have_text(COMMENT)  # our copy stays


def test_a_threatening_comment_asks_for_the_evidence_first_and_a_suggestion_can_be_dismissed(
    browser, live_inbox, facebook
) -> None:
    from playwright.sync_api import expect

    sandbox, post_id = facebook
    page = logged_in_page(browser, live_inbox)
    threat = sandbox.comment(post_id, "9002", "Anonieme Bedreiger", "We weten waar ge woont. Pas maar op.")
    row = page.locator("#conversation-list li", has_text="Anonieme Bedreiger")
    expect(row.locator(".tag.threat")).to_be_visible(timeout=20_000)
    row.locator(".name").click()
    suggestion = page.locator("#hide-suggestion")
    expect(suggestion).to_contain_text("Download eerst het bewijspakket voor de politie")
    expect(suggestion.get_by_role("button", name="Verbergen op Facebook")).to_have_count(0)  # evidence first
    with page.expect_download() as download:
        suggestion.get_by_role("button", name="Aangeven bij de politie (bewijspakket)").click()
    assert download.value.suggested_filename.endswith(".zip")
    suggestion.get_by_role("button", name="Verbergen op Facebook").click(timeout=10_000)  # offered once exported
    expect(suggestion).to_contain_text("Verborgen op Facebook", timeout=10_000)
    assert sandbox.find_comment(threat.id).hidden

    rude = sandbox.comment(post_id, "9003", "Tweede Troll", COMMENT)
    other = page.locator("#conversation-list li", has_text="Tweede Troll")
    expect(other.locator(".tag.toxic")).to_be_visible(timeout=20_000)
    other.locator(".name").click()
    expect(suggestion).to_contain_text("Deze reactie is kwetsend")
    suggestion.get_by_role("button", name="Zichtbaar laten").click()
    expect(suggestion).to_be_hidden(timeout=10_000)
    assert not sandbox.find_comment(rude.id).hidden  # dismissing leaves the comment as it is
    page.reload()
    expect(page.locator("#live-state")).to_have_text("live", timeout=10_000)
    page.locator("#conversation-list li", has_text="Tweede Troll").locator(".name").click()
    expect(page.locator("#message-list .inbound .text")).to_have_text(COMMENT)
    expect(page.locator("#hide-suggestion")).to_be_hidden()  # not asked again
