"""'Answered before' in a real browser: a voter's earlier question was answered; a new voter asks the
same in other words; staff see the earlier answer in the panel, use it (filled for the new voter) and
send it on X through the sandbox."""

from __future__ import annotations

import time

import pytest
from sqlalchemy import select

from inbox.models import AnswerPair, Message, MessageEmbedding, User, db
from inbox.services.replies.outgoing import create_reply
from tests.web.conftest import logged_in_page, screenshot

pytestmark = pytest.mark.browser

QUESTION = "@PoliticianBE Wanneer rijdt buslijn 5 weer door de Kerkstraat? De omleiding duurt al maanden."
ANSWER = "Beste Anna Peeters, buslijn 5 rijdt vanaf maandag 14 december weer door de Kerkstraat. Groeten, {p}"
NEW_QUESTION = "@PoliticianBE Rijdt bus 5 binnenkort terug via de Kerkstraat?"


def wait_for(app, check, what: str, timeout: float = 40.0):  # type: ignore[no-untyped-def]
    """Poll ``check()`` in an app context until it returns something truthy."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with app.app_context():
            found = check()
            db.session.remove()
        if found:
            return found
        time.sleep(0.3)
    raise AssertionError(f"{what} did not happen within {timeout}s")


def embedded(text: str):  # type: ignore[no-untyped-def]
    """The stored message with this text once triage embedded it: (message id, conversation id, office id)."""
    return lambda: db.session.execute(
        select(Message.id, Message.conversation_id, Message.office_id)
        .join(MessageEmbedding, MessageEmbedding.message_id == Message.id)
        .where(Message.text == text)
    ).first()


def test_staff_use_an_earlier_answer_for_a_new_voter_and_send_it(browser, live_inbox) -> None:
    from playwright.sync_api import expect

    app, sandbox = live_inbox["app"], live_inbox["sandbox"]
    sandbox.post_tweet(sandbox.add_user("anna_p", "Anna Peeters")["id"], QUESTION)
    _, conversation_id, office_id = wait_for(app, embedded(QUESTION), "the first question's triage")
    with app.app_context():
        staff = db.session.get(User, live_inbox["staff_id"])
        from inbox.services.access.office_members import politician_name

        politician = politician_name(office_id)
        create_reply(office_id, conversation_id, staff, ANSWER.format(p=politician))
        db.session.remove()
    wait_for(
        app,
        lambda: db.session.execute(select(AnswerPair.id).where(AnswerPair.embedding.is_not(None))).first(),
        "the answer's delivery",
    )

    tweet = sandbox.post_tweet(sandbox.add_user("dirk_j", "Dirk Janssens")["id"], NEW_QUESTION)
    wait_for(app, embedded(NEW_QUESTION), "the new question's triage")
    page = logged_in_page(browser, live_inbox)
    page.locator("#conversation-list li", has_text="Dirk Janssens").click(timeout=20_000)
    suggestion = page.locator("#answered-before-list li").first
    expect(suggestion).to_be_visible(timeout=20_000)
    expect(suggestion.locator(".question")).to_contain_text("Wanneer rijdt buslijn 5 weer door de Kerkstraat?")
    expect(suggestion.locator(".similarity")).to_contain_text("%")
    expect(suggestion.locator(".channel")).to_have_text("X")
    expect(suggestion.locator(".author")).to_have_text("Staff User")
    expect(suggestion.locator(".text")).to_contain_text("Beste Dirk Janssens, buslijn 5 rijdt")
    screenshot(page, "answered-before-panel")

    suggestion.locator("button.use").click()
    expected = ANSWER.format(p=politician).replace("Anna Peeters", "Dirk Janssens")
    expect(page.locator("#reply-text")).to_have_value(expected)
    page.locator("#reply-send").click()
    expect(page.locator("#message-list .outbound .reply-state.sent")).to_be_visible(timeout=20_000)
    assert [reply["text"] for reply in sandbox.replies_to(tweet["id"])] == [expected]
