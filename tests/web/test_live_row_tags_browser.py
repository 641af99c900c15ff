"""A colleague's reply keeps the conversation's tags in the other open inboxes (issue 19).

The live row used to carry the tags of the conversation's newest message, which after a reply
is the office's own (untagged) message: a topic-filtered queue dropped the conversation and
the unfiltered one lost its badges until a reload.
"""

from __future__ import annotations

import time

import pytest
from sqlalchemy import select

from inbox.models import Message, TriageResult, TriageState, db
from tests.web.conftest import logged_in_page, screenshot

pytestmark = pytest.mark.browser

QUESTION = "@PoliticianBE Wanneer komen er meer sociale woningen in Mechelen?"
ANSWER = "Dag Lotte, het plan voor 120 woningen wordt in maart gestemd."


def _tag_once_triaged(app, text: str, topic: str, timeout: float = 20.0) -> None:  # type: ignore[no-untyped-def]
    """Wait until triage has tagged the voter's message, then set its topic as a person would."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with app.app_context():
            found = db.session.execute(
                select(Message, TriageResult)
                .join(TriageResult, TriageResult.message_id == Message.id)
                .where(Message.text == text, Message.triage_state == TriageState.DONE)
            ).first()
            if found is not None:
                found[1].topic = topic
                found[1].topics = [topic]
                db.session.commit()
                db.session.remove()
                return
            db.session.remove()
        time.sleep(0.2)
    raise AssertionError(f"the voter's message was not triaged within {timeout}s")


def test_a_reply_by_one_colleague_keeps_the_topic_row_in_the_others_filtered_queue(browser, live_inbox) -> None:
    from playwright.sync_api import expect

    sandbox = live_inbox["sandbox"]
    voter = sandbox.add_user("lotte_v", "Lotte Verbeke")
    tweet = sandbox.post_tweet(voter["id"], QUESTION)
    _tag_once_triaged(live_inbox["app"], QUESTION, "housing")

    filtered = logged_in_page(browser, live_inbox, "staff")  # colleague B, queue filtered on housing
    filtered.goto(live_inbox["base_url"] + "/?topic=housing")
    expect(filtered.locator("#live-state")).to_have_text("live", timeout=10_000)
    unfiltered = logged_in_page(browser, live_inbox, "politician")  # colleague C, the whole queue
    for page in (filtered, unfiltered):
        row = page.locator("#conversation-list li", has_text="Lotte Verbeke")
        expect(row).to_be_visible(timeout=10_000)
        expect(row.locator(".tag.topic")).to_have_text("Wonen")

    replier = logged_in_page(browser, live_inbox, "admin")  # colleague A answers
    replier.locator("#conversation-list li", has_text="Lotte Verbeke").click(timeout=10_000)
    replier.locator("#reply-text").fill(ANSWER)
    replier.get_by_role("button", name="Antwoord versturen").click()
    expect(replier.locator("#message-list .outbound .reply-state.sent")).to_be_visible(timeout=10_000)
    assert [reply["text"] for reply in sandbox.replies_to(tweet["id"])] == [ANSWER]

    # The live row of the reply arrived (its snippet is the answer) and still shows the topic.
    for page in (filtered, unfiltered):
        row = page.locator("#conversation-list li", has_text="Lotte Verbeke")
        expect(row.locator(".snippet")).to_have_text(ANSWER, timeout=10_000)
        expect(row.locator(".tag.topic")).to_have_text("Wonen")
        expect(row.locator(".tag.lang")).to_be_visible()
    screenshot(filtered, "live-row-keeps-topic-after-reply")

    # What the page holds live is what a reload shows.
    filtered.reload()
    expect(filtered.locator("#live-state")).to_have_text("live", timeout=10_000)
    row = filtered.locator("#conversation-list li", has_text="Lotte Verbeke")
    expect(row.locator(".tag.topic")).to_have_text("Wonen", timeout=10_000)
    expect(row.locator(".snippet")).to_have_text(ANSWER)


def test_a_voter_writing_again_on_another_subject_stays_in_the_topic_filtered_queue(browser, live_inbox) -> None:
    """The filter matches any of the voter's messages, live as on reload: a new message does not hide the thread."""
    from playwright.sync_api import expect

    sandbox = live_inbox["sandbox"]
    voter = sandbox.add_user("lotte_v", "Lotte Verbeke")
    tweet = sandbox.post_tweet(voter["id"], QUESTION)
    _tag_once_triaged(live_inbox["app"], QUESTION, "housing")
    page = logged_in_page(browser, live_inbox, "staff")
    page.goto(live_inbox["base_url"] + "/?topic=housing")
    expect(page.locator("#live-state")).to_have_text("live", timeout=10_000)
    row = page.locator("#conversation-list li", has_text="Lotte Verbeke")
    expect(row).to_be_visible(timeout=10_000)

    again = "@PoliticianBE En wanneer rijdt de bus naar Muizen weer?"
    sandbox.post_tweet(voter["id"], again, in_reply_to_tweet_id=tweet["id"])
    expect(row.locator(".snippet")).to_have_text(again, timeout=15_000)  # message.created: not triaged yet
    expect(row.locator(".tag.lang")).to_be_visible(timeout=15_000)  # message.triaged: the new message's tags
    expect(page.locator("#conversation-list li")).to_have_count(1)
    page.reload()
    expect(page.locator("#conversation-list li", has_text="Lotte Verbeke").locator(".snippet")).to_have_text(
        again, timeout=10_000
    )
