"""Honest uncertainty in the browser (issues 16 and 21): a message whose topic is only a guess
reads "onzeker (misschien Energie)" in the queue and "Onzeker onderwerp" in the conversation,
is found under the "uncertain" filter and not under its guess, is counted apart in the digest
preview, and a person choosing its topic ends the uncertainty."""

from __future__ import annotations

import time

import pytest
from sqlalchemy import select

from inbox.models import Message, TriageResult, TriageState, db
from tests.web.conftest import logged_in_page, screenshot

pytestmark = pytest.mark.browser

QUESTION = "@PoliticianBE Het is allemaal zo duur geworden, ik kan niet meer rondkomen."


def _mark_uncertain_once_triaged(app, text: str, timeout: float = 30.0) -> None:  # type: ignore[no-untyped-def]
    """Wait until triage has tagged the voter's message, then store its topic as an uncertain guess."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with app.app_context():
            found = db.session.execute(
                select(TriageResult)
                .join(Message, TriageResult.message_id == Message.id)
                .where(Message.text == text, Message.triage_state == TriageState.DONE)
            ).scalar_one_or_none()
            if found is not None:
                found.topic, found.topics = "energy", [{"code": "energy", "score": 0.33}]
                found.topic_uncertain, found.topic_second = True, None
                db.session.commit()
                db.session.remove()
                return
            db.session.remove()
        time.sleep(0.2)
    raise AssertionError(f"the voter's message was not triaged within {timeout}s")


def test_an_uncertain_topic_shows_as_uncertain_and_is_counted_apart_in_the_digest(browser, live_inbox) -> None:
    from playwright.sync_api import expect

    sandbox = live_inbox["sandbox"]
    voter = sandbox.add_user("jef_twijfel", "Jef Twijfel")
    sandbox.post_tweet(voter["id"], QUESTION)
    _mark_uncertain_once_triaged(live_inbox["app"], QUESTION)
    base = live_inbox["base_url"]

    page = logged_in_page(browser, live_inbox, "staff")  # a Dutch-speaking staff member
    page.goto(base + "/")
    row = page.locator("#conversation-list li", has_text="Jef Twijfel")
    expect(row.locator(".tag.topic.uncertain")).to_have_text("onzeker (misschien Energie)", timeout=10_000)
    row.click()
    expect(page.locator("#message-list .tag.topic-uncertain")).to_have_text("Onzeker onderwerp", timeout=10_000)
    expect(page.locator("#message-list select.tag-choice.topic.uncertain")).to_have_value("energy")
    screenshot(page, "uncertain-topic")

    page.goto(base + "/?topic=uncertain")
    expect(page.locator("#conversation-list li", has_text="Jef Twijfel")).to_be_visible(timeout=10_000)
    expect(page.locator("#topic-filter")).to_have_value("uncertain")
    page.goto(base + "/?topic=energy")  # a guess never counts under its guessed topic
    expect(page.locator("#queue-empty")).to_be_visible(timeout=10_000)
    expect(page.locator("#conversation-list li", has_text="Jef Twijfel")).to_have_count(0)

    page.goto(base + "/digest")
    unclear = page.locator("p.unclear")
    expect(unclear).to_contain_text("Daarnaast had 1 bericht geen duidelijk onderwerp (1 met een onzeker onderwerp")
    expect(page.locator("ol.concerns li")).to_have_count(0)  # not a voters' concern
    expect(page.get_by_text("Energie", exact=False)).to_have_count(0)
    screenshot(page, "uncertain-topic-digest")

    # Choosing the topic ends the uncertainty, in the conversation and in the digest.
    page.goto(base + "/?topic=uncertain")
    page.locator("#conversation-list li", has_text="Jef Twijfel").click(timeout=10_000)
    page.locator("#message-list select.tag-choice.topic").select_option("housing")
    expect(page.locator("#message-list .tag.topic-uncertain")).to_have_count(0, timeout=10_000)
    page.goto(base + "/digest")
    expect(page.locator("p.unclear")).to_have_count(0)
    expect(page.locator("ol.concerns li[data-topic='housing']")).to_be_visible()
