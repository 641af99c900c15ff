"""The politician sees where a reply goes; an admin is asked before a channel is disconnected."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import select

from inbox.models import ChannelAccount, Conversation, db
from inbox.sandbox.server import LoopbackServer
from inbox.services.intake.store import store_incoming
from inbox.services.replies.outgoing import create_reply
from tests.conftest import make_app
from tests.factories import PASSWORD, incoming, office_with_users, plain_account
from tests.web.conftest import browser, screenshot  # noqa: F401 - the browser fixture

pytestmark = pytest.mark.browser


@pytest.fixture
def office(tmp_path: Path) -> Iterator[dict]:
    """A staff draft to Jan Peeters on X (@PoliticianBE) awaiting the politician's approval."""
    app = make_app(tmp_path, DIALOOG_JOBS="embedded")  # queued jobs never run: nothing is sent
    with app.app_context():
        setup = office_with_users("Kantoor Flow", require_approval=True)
        account = plain_account(setup.office.id, handle="PoliticianBE")
        message = incoming(author_id="jan")
        store_incoming(account.id, [replace(message, author=replace(message.author, display_name="Jan Peeters"))])
        conversation = db.session.execute(select(Conversation)).scalar_one()
        create_reply(setup.office.id, conversation.id, setup.staff, "Dag Jan, we bekijken het.")
        people = {"politician": setup.politician.email, "admin": setup.admin.email}
        db.session.remove()
    with LoopbackServer(app) as server:
        yield {"url": server.base_url, "app": app, **people}


def _login(browser, office: dict, who: str):  # type: ignore[no-untyped-def]  # noqa: F811
    page = browser.new_context(locale="nl-BE").new_page()
    page.goto(office["url"] + "/login")
    page.locator("input[name=email]").fill(office[who])
    page.locator("input[name=password]").fill(PASSWORD)
    page.locator("button[type=submit]").click()
    page.wait_for_url(office["url"] + "/**")
    return page


def test_the_approval_card_says_on_which_channel_the_reply_goes(browser, office: dict) -> None:  # noqa: F811
    from playwright.sync_api import expect

    page = _login(browser, office, "politician")
    page.goto(office["url"] + "/approvals")
    card = page.locator("#approval-list li", has_text="Jan Peeters")
    expect(card.locator(".channel")).to_have_text("Het antwoord gaat uit op X als @PoliticianBE")
    screenshot(page, "approval-card-channel")


def test_disconnecting_a_channel_asks_first(browser, office: dict) -> None:  # noqa: F811
    from playwright.sync_api import expect

    page = _login(browser, office, "admin")
    page.goto(office["url"] + "/admin")
    row = page.locator("#channel-rows tr", has_text="PoliticianBE")
    questions: list[str] = []

    def answer(dialog, accept: bool) -> None:  # type: ignore[no-untyped-def]
        questions.append(dialog.message)
        dialog.accept() if accept else dialog.dismiss()

    page.once("dialog", lambda dialog: answer(dialog, False))
    row.get_by_role("button", name="Ontkoppelen").click()
    expect(row.get_by_role("button", name="Ontkoppelen")).to_be_visible()
    assert questions and questions[0].startswith("X PoliticianBE ontkoppelen?")
    with office["app"].app_context():
        assert db.session.execute(select(ChannelAccount.disconnected_at)).scalar_one() is None

    page.once("dialog", lambda dialog: answer(dialog, True))
    row.get_by_role("button", name="Ontkoppelen").click()
    expect(row).to_contain_text("ontkoppeld door een beheerder")
    assert len(questions) == 2
