"""The designed layout, as a user sees it (issue 21).

Three panes on a wide screen (queue | conversation | voter, notes and history), an empty
right pane that says what to do, queue rows that stay on one line per item, one pane with a
way back on a phone, a compact top bar, no sideways scroll on the dashboard; and a
screenshot of every page at 1440×900 and 390×844 in Dutch and French for people to look at
(test-artifacts/screenshots/pages/, copied by hand to docs/screenshots/).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import update

from inbox.models import db
from inbox.models.office import User
from tests.factories import PASSWORD
from tests.web.conftest import SCREENSHOTS, browser, live_inbox  # noqa: F401 - fixtures

pytestmark = pytest.mark.browser

WIDE = {"width": 1440, "height": 900}
PHONE = {"width": 390, "height": 844}
PAGES = {
    "inbox": "/",
    "approvals": "/approvals",
    "digest": "/digest",
    "dashboard": "/dashboard",
    "admin": "/admin",
    "privacy": "/privacy",
    "audit": "/audit",
    "error": "/no-such-page",
}
LONG_NAME = "Marie-Christine Vandenbroucke-Van der Auwera de Ghellinck"


def use_language(live_inbox: dict, who: str, language: str) -> None:  # noqa: F811
    with live_inbox["app"].app_context():
        db.session.execute(update(User).where(User.email == live_inbox[who]).values(language=language))
        db.session.commit()
        db.session.remove()


def log_in(browser, live_inbox: dict, who: str = "admin", language: str = "nl", viewport=WIDE):  # type: ignore[no-untyped-def]  # noqa: F811
    """A page logged in as ``who`` whose interface language is ``language``, live connection up."""
    from playwright.sync_api import expect

    use_language(live_inbox, who, language)
    page = browser.new_context(locale=f"{language}-BE", viewport=viewport).new_page()
    page.goto(live_inbox["base_url"] + "/login")
    page.locator("input[name=email]").fill(live_inbox[who])
    page.locator("input[name=password]").fill(PASSWORD)
    page.locator("main.login button[type=submit]").click()
    expect(page.locator("#live-state")).to_have_attribute("data-state", "live", timeout=10_000)
    return page


def seed(live_inbox: dict) -> None:  # noqa: F811
    """Three voters write; the page shows them once triage has run."""
    sandbox = live_inbox["sandbox"]
    texts = [
        (
            LONG_NAME,
            "@PoliticianBE Wanneer wordt de N60 in Ronse eindelijk heraangelegd? Het is er gevaarlijk voor fietsers.",
        ),
        ("Jan Peeters", "@PoliticianBE Waarom sluit het zwembad in Aalst? Mijn kinderen leren er zwemmen."),
        ("Sophie Dubois", "@PoliticianBE Quand les trains vers Bruxelles seront-ils enfin à l'heure ?"),
    ]
    for index, (name, text) in enumerate(texts):
        voter = sandbox.add_user(f"voter_{index}", name)
        sandbox.post_tweet(voter["id"], text)


def no_sideways_scroll(page) -> bool:  # type: ignore[no-untyped-def]
    return page.evaluate("document.scrollingElement.scrollWidth <= window.innerWidth")


def save(page, name: str) -> Path:  # type: ignore[no-untyped-def]
    folder = SCREENSHOTS / "pages"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.jpg"
    page.screenshot(path=str(path), type="jpeg", quality=70)
    return path


def test_a_wide_screen_shows_queue_conversation_and_voter_side_by_side(browser, live_inbox) -> None:  # noqa: F811
    from playwright.sync_api import expect

    seed(live_inbox)
    page = log_in(browser, live_inbox, "staff", "nl")
    placeholder = page.locator("#pane-placeholder")
    expect(placeholder).to_be_visible()
    expect(placeholder).to_contain_text("Kies een gesprek")
    expect(placeholder).to_contain_text("Klik links op een gesprek")

    row = page.locator("#conversation-list li", has_text="Marie-Christine")
    expect(row).to_be_visible(timeout=20_000)
    name = row.locator(".name")
    line = name.evaluate("node => parseFloat(getComputedStyle(node).lineHeight)")
    assert name.bounding_box()["height"] < 1.5 * line  # one line
    assert name.evaluate("node => node.scrollWidth > node.clientWidth")  # cut with an ellipsis
    assert name.get_attribute("title") == LONG_NAME
    expect(row.locator(".channel[data-channel=x]")).to_be_visible()
    expect(row.locator(".when")).to_be_visible()
    assert row.bounding_box()["height"] < 110

    row.click()
    expect(placeholder).to_be_hidden()
    queue = page.locator("section.queue").bounding_box()
    main = page.locator(".conversation-main").bounding_box()
    side = page.locator(".conversation-side").bounding_box()
    assert queue["x"] + queue["width"] <= main["x"] + 1
    assert main["x"] + main["width"] <= side["x"] + 1  # the voter to the right, not below
    assert abs(side["y"] - main["y"]) < 2
    expect(page.locator("#voter-card")).to_be_in_viewport()
    expect(page.locator("#reply-text")).to_be_in_viewport()
    assert no_sideways_scroll(page)


def test_a_tablet_shows_two_panes(browser, live_inbox) -> None:  # noqa: F811
    seed(live_inbox)
    page = log_in(browser, live_inbox, "staff", "fr", viewport={"width": 1024, "height": 768})
    page.locator("#conversation-list li", has_text="Sophie Dubois").click(timeout=20_000)
    queue = page.locator("section.queue").bounding_box()
    conversation = page.locator("#conversation").bounding_box()
    assert queue["x"] + queue["width"] <= conversation["x"] + 1
    assert abs(queue["y"] - conversation["y"]) < 2
    main = page.locator(".conversation-main").bounding_box()
    side = page.locator(".conversation-side").bounding_box()
    assert side["y"] >= main["y"] + main["height"] - 1  # voter below the conversation
    assert no_sideways_scroll(page)


def test_a_phone_opens_the_conversation_in_place_of_the_list_and_goes_back(browser, live_inbox) -> None:  # noqa: F811
    from playwright.sync_api import expect

    seed(live_inbox)
    page = log_in(browser, live_inbox, "staff", "nl", viewport=PHONE)
    assert page.locator("header.top").bounding_box()["height"] < 0.15 * PHONE["height"]
    expect(page.locator("#pane-placeholder")).to_be_hidden()
    row = page.locator("#conversation-list li", has_text="Jan Peeters")
    row.click(timeout=20_000)

    expect(page.locator("#conversation-title")).to_be_in_viewport()
    expect(page.locator("#conversation-list")).to_be_hidden()
    back = page.get_by_role("button", name="Terug naar de lijst").first
    expect(back).to_be_in_viewport()
    expect(page.locator("#message-list")).to_contain_text("zwembad in Aalst")
    assert page.locator("#message-list").bounding_box()["y"] < PHONE["height"]
    assert no_sideways_scroll(page)

    back.click()
    expect(page.locator("#conversation")).to_be_hidden()
    expect(row).to_be_visible()
    expect(row).to_be_focused()
    expect(row).not_to_have_class("open")


def test_phone_top_bar_leaves_room_and_the_dashboard_does_not_scroll_sideways(browser, live_inbox) -> None:  # noqa: F811
    for language in ("nl", "fr"):
        page = log_in(browser, live_inbox, "politician", language, viewport=PHONE)
        page.goto(live_inbox["base_url"] + "/approvals")
        top = page.locator("header.top").bounding_box()
        assert top["height"] < 0.15 * PHONE["height"], top  # was 40% of the screen
        page.goto(live_inbox["base_url"] + "/dashboard")
        page.wait_for_load_state("networkidle")
        assert no_sideways_scroll(page), language
        page.context.close()


TOP_BAR = """() => {
  const top = document.querySelector("header.top");
  if (!top) return null;
  return {
    links: [...top.querySelectorAll("nav.pages a")].map((a) => a.getAttribute("href")),
    current: [...top.querySelectorAll("nav.pages a[aria-current=page]")].map((a) => a.getAttribute("href")),
    parts: ["#language-choice", "#live-state", "#approval-count", "#notices-toggle", ".me", "a.password",
            "form.logout button"].filter((selector) => top.querySelector(selector)),
    language: document.getElementById("language-choice")?.value,
  };
}"""


@pytest.mark.parametrize("viewport", [WIDE, PHONE], ids=["1440", "390"])
def test_every_page_has_the_same_top_bar(browser, live_inbox, viewport) -> None:  # noqa: F811
    """Digest, dashboard, password and error pages too: the inbox's bar with language and approvals."""
    from playwright.sync_api import expect

    page = log_in(browser, live_inbox, "admin", "fr", viewport=viewport)
    inbox = page.evaluate(TOP_BAR)
    assert len(inbox["parts"]) == 7 and "/approvals" in inbox["links"] and inbox["language"] == "fr", inbox
    pages = {**PAGES, "account": "/account", "password": "/account/password"}
    for name, path in pages.items():
        page.goto(live_inbox["base_url"] + path)
        expect(page.locator("#live-state")).to_have_attribute("data-state", "live", timeout=10_000)
        bar = page.evaluate(TOP_BAR)
        assert bar is not None, name
        assert (bar["links"], bar["parts"], bar["language"]) == (inbox["links"], inbox["parts"], "fr"), name
        if name not in ("error", "account", "password"):  # the account pages: marked on the account link
            assert len(bar["current"]) == 1, (name, bar["current"])  # the page is marked
        top = page.locator("header.top").bounding_box()
        assert top["height"] < (0.15 * PHONE["height"] if viewport == PHONE else 80), (name, top)
        assert top["x"] >= 0 and top["x"] + top["width"] <= viewport["width"] + 1, (name, top)  # nothing sticks out

    # the language choice works from the dashboard too, and the digest follows it
    page.goto(live_inbox["base_url"] + "/dashboard")
    expect(page.locator("#live-state")).to_have_attribute("data-state", "live", timeout=10_000)
    page.locator("#language-choice").select_option("de")
    expect(page.locator("html")).to_have_attribute("lang", "de")
    expect(page.locator("header.top nav.pages")).to_contain_text("Freigaben")
    page.goto(live_inbox["base_url"] + "/digest")
    expect(page.locator("header.top nav.pages")).to_contain_text("Wochenübersicht")
    page.context.close()


def test_keyboard_focus_is_visible(browser, live_inbox) -> None:  # noqa: F811
    page = log_in(browser, live_inbox, "staff", "nl")
    page.keyboard.press("Tab")
    outline = page.evaluate(
        "(() => { const s = getComputedStyle(document.activeElement); return [s.outlineStyle, s.outlineWidth]; })()"
    )
    assert outline[0] != "none" and outline[1] != "0px", outline


@pytest.mark.parametrize("language", ["nl", "fr"])
def test_screenshots_of_every_page_in_both_sizes(browser, live_inbox, language: str) -> None:  # noqa: F811
    from playwright.sync_api import expect

    seed(live_inbox)
    for size, viewport in (("1440", WIDE), ("390", PHONE)):
        login = browser.new_context(locale=f"{language}-BE", viewport=viewport).new_page()
        login.goto(live_inbox["base_url"] + "/login")
        saved = [save(login, f"login-{size}-{language}")]
        login.context.close()

        page = log_in(browser, live_inbox, "admin", language, viewport=viewport)
        expect(page.locator("#conversation-list li").first).to_be_visible(timeout=20_000)
        for name, path in {**PAGES, "account": "/account"}.items():
            page.goto(live_inbox["base_url"] + path)
            page.wait_for_load_state("networkidle")
            saved.append(save(page, f"{name}-{size}-{language}"))
        page.goto(live_inbox["base_url"] + "/")
        page.locator("#conversation-list li", has_text="Jan Peeters").click(timeout=20_000)
        expect(page.locator("#message-list")).to_contain_text("zwembad")
        page.wait_for_load_state("networkidle")
        saved.append(save(page, f"conversation-{size}-{language}"))
        page.context.close()
        assert all(path.stat().st_size > 5_000 for path in saved)
