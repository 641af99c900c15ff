"""In a real browser: an admin invites a new colleague from the admin page, the colleague opens the
mailed link, chooses a password and lands in the inbox; the admin never sees a password."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from inbox.models import db
from inbox.sandbox.server import LoopbackServer
from tests.conftest import make_app
from tests.factories import PASSWORD, office_with_users
from tests.security.accounts import Outbox, mailing


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[str, str, Outbox]]:
    """The inbox served on loopback, mailing through loopback SMTP: (base URL, admin's address, outbox)."""
    app = make_app(tmp_path)
    with app.app_context():
        admin = office_with_users("Kabinet Maes").admin.email
        db.session.remove()
    with mailing(app) as outbox, LoopbackServer(app) as server:
        yield server.base_url, admin, outbox


def test_an_invited_colleague_chooses_their_own_password(browser, served) -> None:  # type: ignore[no-untyped-def]
    from playwright.sync_api import expect

    base_url, admin_email, outbox = served
    admin = browser.new_context(locale="nl-BE").new_page()
    admin.goto(base_url + "/login")
    admin.get_by_label("E-mail").fill(admin_email)
    admin.get_by_label("Wachtwoord").fill(PASSWORD)
    admin.get_by_role("button", name="Aanmelden").click()
    expect(admin.locator(".me")).to_be_visible()
    admin.goto(base_url + "/admin")
    form = admin.locator("#add-user")
    form.get_by_label("Naam").fill("Lotte Maes")
    form.get_by_label("E-mail").fill("lotte@example.test")
    form.get_by_role("button").click()
    expect(admin.locator("#admin-status")).to_contain_text("lotte@example.test kreeg een uitnodiging per e-mail")
    expect(admin.locator("#user-rows")).to_contain_text("nog niet aanvaard")

    colleague = browser.new_context(locale="nl-BE").new_page()
    colleague.goto(base_url + outbox.link("lotte@example.test", "/invitation"))
    expect(colleague.locator("main")).to_contain_text("Kabinet Maes nodigt lotte@example.test uit")
    colleague.get_by_label("Nieuw wachtwoord", exact=True).fill("lottes-own-secret")
    colleague.get_by_label("Nieuw wachtwoord, nog eens").fill("lottes-own-secret")
    colleague.get_by_role("button", name="Account maken en aanvaarden").click()
    expect(colleague.locator(".flash")).to_contain_text("U bent nu lid van Kabinet Maes")
    expect(colleague.locator(".me")).to_contain_text("Lotte Maes")

    admin.reload()
    expect(admin.locator("#user-rows")).to_contain_text("lotte@example.test")
    expect(admin.locator("#user-rows")).not_to_contain_text("nog niet aanvaard")
