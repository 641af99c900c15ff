"""Privacy in a real browser (Debian's chromium): an admin exports and erases a voter from the inbox."""

from __future__ import annotations

import json
import re

import pytest
from sqlalchemy import func, select

from inbox.models import Contact, db
from tests.web.conftest import logged_in_page, screenshot

pytestmark = pytest.mark.browser


def test_an_admin_erases_a_voter_and_the_conversation_leaves_every_open_queue(browser, live_inbox) -> None:
    from playwright.sync_api import expect

    sandbox = live_inbox["sandbox"]
    staff = logged_in_page(browser, live_inbox, "staff")
    admin = logged_in_page(browser, live_inbox, "admin")
    erased = sandbox.add_user("hilde_v", "Hilde Verschueren")
    stays = sandbox.add_user("tom_d", "Tom Dierckx")
    sandbox.post_tweet(erased["id"], "@PoliticianBE De geluidsmuur langs de E40 is nog altijd niet gebouwd.")
    sandbox.post_tweet(stays["id"], "@PoliticianBE Komt er een zebrapad aan de Kerkstraat?")
    for page in (staff, admin):
        expect(page.locator("#conversation-list li", has_text="Hilde Verschueren")).to_be_visible(timeout=15_000)
        expect(page.locator("#conversation-list li", has_text="Tom Dierckx")).to_be_visible(timeout=15_000)
    expect(staff.locator("#voter-erase")).to_have_count(0)  # staff have no such button

    admin.locator("#conversation-list li", has_text="Hilde Verschueren").click()
    export = admin.get_by_role("link", name="Gegevens van de kiezer exporteren")
    expect(export).to_have_attribute("href", re.compile(r"^/api/privacy/voters/\d+/export$"))
    with admin.expect_download() as download:
        export.click()
    data = json.loads(download.value.path().read_text())
    assert [m["text"] for m in data["messages"]] == [
        "@PoliticianBE De geluidsmuur langs de E40 is nog altijd niet gebouwd."
    ]

    admin.get_by_role("button", name="Kiezer wissen").click()
    dialog = admin.locator("#erase-dialog")
    expect(dialog).to_be_visible()
    expect(dialog).to_contain_text("Hilde Verschueren")
    admin.get_by_label("Typ WISSEN om te bevestigen").fill("wis")
    admin.get_by_role("button", name="Definitief wissen").click()
    expect(admin.locator("#erase-error")).to_contain_text("er is niets gewist")  # the wrong word erases nothing
    admin.get_by_label("Typ WISSEN om te bevestigen").fill("WISSEN")
    screenshot(admin, "privacy-erase-voter")
    admin.get_by_role("button", name="Definitief wissen").click()

    for page in (admin, staff):  # gone from the admin's queue and, live, from the colleague's
        expect(page.locator("#conversation-list li", has_text="Hilde Verschueren")).to_have_count(0, timeout=5_000)
        expect(page.locator("#conversation-list li", has_text="Tom Dierckx")).to_be_visible()
    expect(admin.locator("#conversation")).to_be_hidden()
    admin.reload()
    expect(admin.locator("#conversation-list li", has_text="Tom Dierckx")).to_be_visible(timeout=10_000)
    expect(admin.locator("#conversation-list li", has_text="Hilde Verschueren")).to_have_count(0)
    with live_inbox["app"].app_context():
        names = db.session.execute(select(Contact.display_name)).scalars().all()
        assert names == ["Tom Dierckx"]
        assert db.session.execute(select(func.count()).select_from(Contact)).scalar_one() == 1

    admin.goto(live_inbox["base_url"] + "/privacy")
    logged = admin.locator("#erasure-log tr[data-action='voter.erased']")
    expect(logged).to_have_count(1, timeout=10_000)
    expect(logged).to_contain_text("1 kiezers, 1 gesprekken, 1 berichten")
    expect(admin.locator("#retention-summary")).to_contain_text("0 kiezers")
    screenshot(admin, "privacy-page")
