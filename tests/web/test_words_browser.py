"""The Dutch and French screens speak the reader's language: no English, no raw codes, real error pages."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from inbox.models import db
from inbox.sandbox.server import LoopbackServer
from inbox.services.channel_accounts.connection import disconnect_account
from inbox.services.intake.store import store_incoming
from tests.conftest import make_app
from tests.factories import PASSWORD, incoming, office_with_users, plain_account
from tests.web.conftest import browser, screenshot  # noqa: F401 - the browser fixture

pytestmark = pytest.mark.browser


@pytest.fixture
def office(tmp_path: Path) -> Iterator[dict]:
    """Staff work in Dutch, the admin in French; one X conversation, one disconnected account."""
    app = make_app(tmp_path)
    with app.app_context():
        setup = office_with_users("Kantoor Woorden")
        setup.admin.language = "fr"
        account = plain_account(setup.office.id)
        message = incoming(author_id="griet")
        store_incoming(account.id, [replace(message, author=replace(message.author, display_name="Griet Verbrugge"))])
        old = plain_account(setup.office.id, handle="oud_account")
        disconnect_account(setup.office.id, setup.admin, old.id)
        people = {"staff": setup.staff.email, "admin": setup.admin.email, "office_id": setup.office.id}
        db.session.remove()
    with LoopbackServer(app) as server:
        yield {"url": server.base_url, **people}


def _login(browser, office: dict, who: str):  # type: ignore[no-untyped-def]  # noqa: F811
    page = browser.new_context(locale="nl-BE").new_page()
    page.goto(office["url"] + "/login")
    page.locator("input[name=email]").fill(office[who])
    page.locator("input[name=password]").fill(PASSWORD)
    page.locator("button[type=submit]").click()
    page.wait_for_url(office["url"] + "/**")
    return page


def test_dutch_and_french_screens_show_words_not_codes(browser, office: dict) -> None:  # noqa: F811
    from playwright.sync_api import expect

    staff = _login(browser, office, "staff")
    expect(staff.locator("header .me")).to_have_text("Staff User (medewerker)")
    expect(staff.locator("select[name=channel] option[value=webform]")).to_have_text("webformulier")
    expect(staff.locator("select[name=language] option[value=fr]")).to_have_text("Frans")
    row = staff.locator("#conversation-list li", has_text="Griet Verbrugge")
    expect(row.locator(".channel")).to_have_text("X")
    row.click()
    staff.locator("#reply-text").fill("Dag Griet, bedankt voor uw bericht.")
    expect(staff.locator("#reply-length")).to_have_text("35 / 280 tekens (zoals X ze telt)")
    screenshot(staff, "words-inbox-nl")

    admin = _login(browser, office, "admin")
    admin.goto(office["url"] + "/admin")
    expect(admin.locator("header .me")).to_contain_text("(administrateur)")
    staff_role = admin.get_by_label("Rôle Staff User")
    expect(staff_role.locator("option:checked")).to_have_text("collaborateur")
    gone = admin.locator("#channel-rows tr", has_text="oud_account")
    expect(gone).to_contain_text("déconnecté par un administrateur")
    expect(gone).not_to_contain_text("misconfigured")
    expect(gone).not_to_contain_text("Disconnected")
    admin.locator("#channel-kind").select_option("x")
    expect(admin.locator("#channel-kind option:checked")).to_have_text("X")
    expect(admin.locator("#channel-fields input[name=consumer_key]")).to_have_attribute("placeholder", "clé d'API")
    expect(admin.locator("#channel-fields input[name=api_base_url]")).to_have_attribute(
        "placeholder", "adresse du serveur (facultatif)"
    )
    screenshot(admin, "words-admin-fr")


def test_missing_and_forbidden_pages_are_translated_and_keep_the_navigation(browser, office: dict) -> None:  # noqa: F811
    from playwright.sync_api import expect

    staff = _login(browser, office, "staff")
    response = staff.goto(office["url"] + "/bestaat-niet")
    assert response is not None and response.status == 404
    expect(staff.get_by_role("heading", name="Pagina niet gevonden")).to_be_visible()
    expect(staff.locator("header.top nav")).to_be_visible()
    expect(staff.get_by_role("link", name="Naar de inbox")).to_have_attribute("href", "/")

    response = staff.goto(office["url"] + "/admin")
    assert response is not None and response.status == 403
    expect(staff.get_by_role("heading", name="Geen toegang")).to_be_visible()
    expect(staff.locator("header .me")).to_have_text("Staff User (medewerker)")
    screenshot(staff, "words-forbidden-nl")

    stranger = browser.new_context(locale="fr-BE").new_page()
    response = stranger.goto(office["url"] + "/nulle-part")
    assert response is not None and response.status == 404
    expect(stranger.get_by_role("heading", name="Page introuvable")).to_be_visible()
    expect(stranger.get_by_role("link", name="Se connecter")).to_be_visible()


def test_a_success_message_shows_in_the_success_colour(browser, office: dict) -> None:  # noqa: F811
    from playwright.sync_api import expect

    admin = _login(browser, office, "admin")
    admin.goto(office["url"] + "/admin")
    admin.locator("#approval-rule").check()
    expect(admin.locator("#admin-status")).to_have_text("Enregistré.")
    expect(admin.locator("#admin-status")).to_have_css("color", "rgb(30, 107, 47)")

    admin.goto(f"{office['url']}/offices/{office['office_id']}/digest")
    admin.locator(".digest-settings button[type=submit]").click()
    saved = admin.locator(".flash")
    expect(saved).to_have_count(1)
    expect(saved).to_have_css("background-color", "rgb(227, 243, 230)")
