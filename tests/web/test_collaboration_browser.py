"""Working together in real browsers: live assignment and typing, approval on a phone, catch-up, shortcuts."""

from __future__ import annotations

import time

import pytest
from sqlalchemy import func, select

from inbox.models import Message, Office, db
from tests.web.conftest import logged_in_page, screenshot

pytestmark = pytest.mark.browser


def wait_for_messages(app, count: int, timeout: float = 15.0) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with app.app_context():
            if db.session.execute(select(func.count()).select_from(Message)).scalar_one() >= count:
                return
        time.sleep(0.2)
    raise AssertionError(f"fewer than {count} messages stored after {timeout}s")


def test_two_colleagues_see_each_others_assignment_and_typing(browser, live_inbox) -> None:
    from playwright.sync_api import expect

    sandbox = live_inbox["sandbox"]
    pieter = logged_in_page(browser, live_inbox, "staff")
    ada = logged_in_page(browser, live_inbox, "admin")
    voter = sandbox.add_user("jan_m", "Jan Maes")
    tweet = sandbox.post_tweet(voter["id"], "@PoliticianBE Wanneer wordt het kruispunt aan de school veiliger?")

    for page in (pieter, ada):
        expect(page.locator("#conversation-list li", has_text="Jan Maes")).to_be_visible(timeout=15_000)
        page.locator("#conversation-list li", has_text="Jan Maes").click()
    pieter.get_by_role("button", name="Aan mij").click()
    expect(ada.locator("#conversation-list li", has_text="Jan Maes")).to_contain_text("→ Staff User", timeout=5_000)
    expect(ada.locator("#assignee-choice")).to_have_value(str(live_inbox["staff_id"]), timeout=5_000)

    pieter.locator("#reply-text").press_sequentially("Dag Jan, ")
    expect(ada.locator("#presence")).to_contain_text("Staff User typt een antwoord", timeout=5_000)
    screenshot(ada, "inbox-colleague-typing")

    ada.locator("#reply-text").fill("Dag Jan, we bekijken het.")
    ada.once("dialog", lambda dialog: dialog.dismiss())  # warned before answering a voter twice
    ada.get_by_role("button", name="Antwoord versturen").click()
    time.sleep(0.5)
    assert sandbox.replies_to(tweet["id"]) == []  # Ada saw the warning and did not send
    expect(ada.locator("#message-list .pending")).to_have_count(0)


def test_a_staff_draft_is_approved_by_the_politician_on_a_phone(browser, live_inbox) -> None:
    from playwright.sync_api import expect

    with live_inbox["app"].app_context():
        db.session.execute(Office.__table__.update().values(require_approval=True))
        db.session.commit()
    sandbox = live_inbox["sandbox"]
    staff = logged_in_page(browser, live_inbox, "staff")
    voter = sandbox.add_user("sofie_l", "Sofie Lambert")
    tweet = sandbox.post_tweet(voter["id"], "@PoliticianBE Komt er een extra kinderdagverblijf in Aalst?")
    staff.locator("#conversation-list li", has_text="Sofie Lambert").click(timeout=15_000)
    staff.locator("#reply-text").fill("Ja, in 2027.")
    staff.get_by_role("button", name="Ter goedkeuring voorleggen").click()
    expect(staff.locator("#message-list .reply-state.awaiting_approval")).to_be_visible(timeout=5_000)
    assert sandbox.replies_to(tweet["id"]) == []

    phone = logged_in_page(browser, live_inbox, "politician", viewport={"width": 390, "height": 844})
    phone.goto(live_inbox["base_url"] + "/approvals")
    draft = phone.locator(".approval", has_text="Sofie Lambert")
    expect(draft).to_be_visible(timeout=5_000)
    screenshot(phone, "approvals-phone")
    draft.locator("textarea").fill("Ja: een nieuw kinderdagverblijf opent in 2027 aan de Dender.")
    draft.get_by_role("button", name="Goedkeuren en versturen").click()
    expect(draft).to_have_count(0)

    expect(staff.locator("#message-list .outbound .reply-state.sent")).to_be_visible(timeout=10_000)
    assert [r["text"] for r in sandbox.replies_to(tweet["id"])] == [
        "Ja: een nieuw kinderdagverblijf opent in 2027 aan de Dender."
    ]


def test_after_a_lost_connection_the_page_catches_up_without_reload(browser, live_inbox) -> None:
    from playwright.sync_api import expect

    sandbox = live_inbox["sandbox"]
    page = logged_in_page(browser, live_inbox, "staff")
    page.evaluate("window.__sameDocument = true")
    page.evaluate("Dialoog.socket.disconnect()")
    expect(page.locator("#live-state")).to_have_text("opnieuw verbinden…")

    names = ["Lies Peeters", "Koen Wouters", "Ilse Smet"]
    for index, name in enumerate(names):
        voter = sandbox.add_user(f"voter_{index}", name)
        sandbox.post_tweet(voter["id"], f"@PoliticianBE Vraag {index + 1}: wat met de luchtkwaliteit in Antwerpen?")
    wait_for_messages(live_inbox["app"], len(names))
    assert page.locator("#conversation-list li").count() == 0  # offline: nothing arrived

    page.evaluate("Dialoog.socket.connect()")
    expect(page.locator("#live-state")).to_have_text("live")
    expect(page.locator("#conversation-list li")).to_have_count(3, timeout=10_000)
    shown = page.locator("#conversation-list li .name").all_inner_texts()
    assert sorted(shown) == sorted(names)  # each once
    assert page.evaluate("window.__sameDocument") is True  # no reload


def test_voter_payloads_never_run_in_the_page(browser, live_inbox) -> None:
    from playwright.sync_api import expect

    sandbox = live_inbox["sandbox"]
    page = logged_in_page(browser, live_inbox, "staff")
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    voter = sandbox.add_user("evil", "<img src=x onerror=alert('name')>")
    payloads = [
        "<script>alert('script')</script> vraag over belastingen",
        '<a href="javascript:alert(\'link\')">klik</a> en <svg onload=alert("svg")></svg>',
        '"><iframe src="javascript:alert(1)"></iframe> ‮RTL‬ 🚨',
    ]
    for payload in payloads:
        sandbox.post_tweet(voter["id"], "@PoliticianBE " + payload)
    rows = page.locator("#conversation-list li")
    expect(rows).to_have_count(3, timeout=15_000)  # each post is its own X conversation
    shown = []
    for conversation_id in [rows.nth(index).get_attribute("data-id") for index in range(3)]:
        row = page.locator(f"#conversation-list li[data-id='{conversation_id}']")
        expect(row).to_contain_text("<img src=x onerror=alert('name')>")
        row.click()
        expect(page.locator(f"#message-list[data-conversation='{conversation_id}']")).to_have_count(1)
        expect(page.locator("#message-list .inbound")).to_have_count(1)
        expect(page.locator(f"#conversation-list li.open[data-id='{conversation_id}']")).to_have_count(1)
        time.sleep(0.3)
        text = page.locator("#message-list .inbound .text")
        expect(text).to_have_count(1)
        shown.append(text.inner_text())
        page.locator("#message-list .inbound .text").click()
        assert page.locator("#message-list script, #message-list img, #message-list svg, #message-list a").count() == 0
    assert sorted(shown) == sorted("@PoliticianBE " + payload for payload in payloads)  # shown as text
    time.sleep(0.5)
    assert dialogs == []  # nothing ran
    screenshot(page, "inbox-hostile-voter")


def test_keyboard_shortcuts_cover_the_common_path(browser, live_inbox) -> None:
    from playwright.sync_api import expect

    sandbox = live_inbox["sandbox"]
    page = logged_in_page(browser, live_inbox, "staff")
    for index, name in enumerate(["Eva Claes", "Tom Jacobs"]):
        voter = sandbox.add_user(f"kb_{index}", name)
        sandbox.post_tweet(voter["id"], f"@PoliticianBE Waarom is het containerpark op zondag dicht? ({index})")
    expect(page.locator("#conversation-list li")).to_have_count(2, timeout=15_000)

    page.keyboard.press("?")
    expect(page.locator("#shortcuts")).to_be_visible()
    screenshot(page, "inbox-shortcuts")
    page.keyboard.press("Escape")
    page.keyboard.press("j")
    expect(page.locator("#conversation-title")).not_to_be_empty()
    first = page.locator("#conversation-title").inner_text()
    page.keyboard.press("a")
    expect(page.locator("#conversation-list li.open")).to_contain_text("→ Staff User", timeout=5_000)
    page.keyboard.press("r")
    expect(page.locator("#reply-text")).to_be_focused()
    page.keyboard.press("Escape")
    page.keyboard.press("c")
    expect(page.locator("#conversation-list li", has_text=first)).to_have_count(0, timeout=5_000)  # closed
    expect(page.locator("#conversation-title")).not_to_have_text(first, timeout=5_000)  # moved to the next
    screenshot(page, "inbox-queue")


def test_admin_keeps_canned_replies_that_staff_use_in_the_voters_name(browser, live_inbox) -> None:
    from playwright.sync_api import expect

    sandbox = live_inbox["sandbox"]
    admin = logged_in_page(browser, live_inbox, "admin")
    admin.goto(live_inbox["base_url"] + "/admin")
    form = admin.locator("#add-canned")
    form.locator("input[name=title]").fill("Bedankt")
    form.locator("textarea[name=body]").fill("Beste {voter_name}, bedankt voor je bericht. {politician_name}")
    form.get_by_role("button", name="Opslaan").click()
    expect(admin.locator("#canned-rows")).to_contain_text("[nl] Bedankt")
    screenshot(admin, "admin")

    staff = logged_in_page(browser, live_inbox, "staff")
    voter = sandbox.add_user("wim_v", "Wim Vos")
    sandbox.post_tweet(voter["id"], "@PoliticianBE Goed bezig met het nieuwe zwembad!")
    staff.locator("#conversation-list li", has_text="Wim Vos").click(timeout=15_000)
    staff.locator("#canned-choice").select_option(label="[nl] Bedankt")
    expect(staff.locator("#reply-text")).to_have_value("Beste Wim Vos, bedankt voor je bericht. Politician User")
