"""The /audit page says what happened in words, in the admin's language: who did what to whom."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import select

from inbox.models import Conversation, Role, db
from inbox.sandbox.server import LoopbackServer
from inbox.services.audit.trail import record_audit
from inbox.services.intake.store import store_incoming
from tests.conftest import make_app
from tests.factories import PASSWORD, incoming, office_with_users, plain_account
from tests.web.conftest import browser, screenshot  # noqa: F401 - the browser fixture

pytestmark = pytest.mark.browser


@pytest.fixture
def office_with_history(tmp_path: Path) -> Iterator[dict]:
    """Anna (admin) added Pieter as staff; Pieter read and was assigned Jan Peeters' conversation."""
    app = make_app(tmp_path)
    with app.app_context():
        setup = office_with_users("Kantoor Woorden")
        setup.admin.name, setup.staff.name = "Anna", "Pieter"
        account = plain_account(setup.office.id)
        message = incoming(author_id="jan")
        store_incoming(account.id, [replace(message, author=replace(message.author, display_name="Jan Peeters"))])
        conversation_id = db.session.execute(select(Conversation.id)).scalar_one()
        office, anna, pieter = setup.office.id, setup.admin.id, setup.staff.id
        record_audit(office, anna, "user.added", "user", pieter, {"role": str(Role.STAFF), "email": "p@example.test"})
        record_audit(office, pieter, "conversation.read", "conversation", conversation_id)
        assigned = {"from": None, "to": pieter}
        record_audit(office, anna, "conversation.assigned", "conversation", conversation_id, assigned)
        db.session.commit()
        email = setup.admin.email
        db.session.remove()
    with LoopbackServer(app) as server:
        yield {"url": server.base_url, "admin": email}


def test_the_audit_trail_reads_as_sentences_in_dutch_french_and_english(browser, office_with_history) -> None:  # noqa: F811
    from playwright.sync_api import expect

    page = browser.new_context(locale="nl-BE").new_page()
    page.goto(office_with_history["url"] + "/login")
    page.locator("input[name=email]").fill(office_with_history["admin"])
    page.locator("input[name=password]").fill(PASSWORD)
    page.locator("button[type=submit]").click()
    page.goto(office_with_history["url"] + "/audit")
    lines = page.locator("#audit-rows td.what")

    expect(lines).to_contain_text(
        [
            "Anna heeft het gesprek met Jan Peeters toegewezen aan Pieter",
            "Pieter heeft het gesprek met Jan Peeters gelezen",
            "Anna heeft Pieter toegevoegd als medewerker",
        ]
    )
    assert not lines.filter(has_text="user.added").count()  # no raw codes
    screenshot(page, "audit-lines-nl")

    page.locator("#language-choice").select_option("fr")
    expect(lines.filter(has_text="Anna a attribué la conversation avec Jan Peeters à Pieter")).to_have_count(1)
    expect(lines.filter(has_text="Anna a ajouté Pieter comme collaborateur")).to_have_count(1)
    expect(lines.filter(has_text="Pieter a lu la conversation avec Jan Peeters")).to_have_count(1)

    page.locator("#language-choice").select_option("en")
    expect(lines.filter(has_text="Anna added Pieter as staff")).to_have_count(1)
    expect(lines.filter(has_text="Pieter read the conversation with Jan Peeters")).to_have_count(1)
    expect(lines.filter(has_text="Anna assigned the conversation with Jan Peeters to Pieter")).to_have_count(1)
    expect(page.locator("#audit-actor")).to_contain_text("Pieter (staff)")
