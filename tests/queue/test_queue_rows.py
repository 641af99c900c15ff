"""One queue row: what a live event carries is what ``GET /api/queue`` answers, in few queries."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from flask import Flask
from sqlalchemy import event, select

from inbox.models import Campaign, Conversation, Message, TriageState, User, db
from inbox.services.conversations.queue import queue_page
from inbox.services.conversations.queue_filters import QueueFilters
from inbox.services.conversations.rows import rows_for
from inbox.services.intake.polling import poll_account
from inbox.services.replies.outgoing import create_reply, deliver_reply
from tests.clients import logged_in_client
from tests.factories import office_with_users, x_account
from tests.queue.conftest import Desk, make_desk, post, tag

ANSWER = "Dag Lotte, het plan voor 120 sociale woningen wordt in maart gestemd."


def _listen(app: Flask, user: User):  # type: ignore[no-untyped-def]
    """An open inbox of ``user``: a Socket.IO client on the real server side, logged in."""
    from inbox.extensions import socketio

    browser = logged_in_client(app, user)
    with app.app_context():  # its own g, as in a real server: a shared one would mix logins
        return socketio.test_client(app, flask_test_client=browser)


def test_after_a_reply_the_live_row_keeps_the_voters_tags_and_equals_the_queue_row(app: Flask, x_sandbox) -> None:
    sandbox, base_url = x_sandbox
    setup = office_with_users()
    account = x_account(setup.office.id, sandbox, base_url)
    voter = sandbox.add_user("lotte_v", "Lotte Verbeke")
    sandbox.post_tweet(voter["id"], "@PoliticianBE Wanneer komen er meer sociale woningen in Mechelen?")
    poll_account(account.id)
    question = db.session.execute(select(Message)).scalar_one()
    tag(question, topic="housing", needs_reply=True)
    colleague = _listen(app, setup.politician)
    colleague.get_received()  # what connecting brought

    reply = create_reply(setup.office.id, question.conversation_id, setup.staff, ANSWER)
    deliver_reply(reply.id)  # as the delivery job does (a no-op when it already ran inline)

    updates = [e["args"][0] for e in colleague.get_received() if e["name"] == "conversation.updated"]
    assert updates, "the colleague's inbox heard nothing of the reply"
    [live] = [row for row in updates[-1]["conversations"] if row["id"] == question.conversation_id]
    assert live["tags"]["topic"] == "housing" and live["tags"]["needs_reply"] is True
    assert live["language"] == "nl"
    assert (live["snippet"], live["direction"], live["waiting"]) == (ANSWER, "out", 0)
    assert live["preview"].startswith("@PoliticianBE Wanneer komen er meer sociale woningen")

    page = logged_in_client(app, setup.politician).get("/api/queue?topic=housing").get_json()
    [listed] = page["items"]
    assert {**live, "generated_at": None} == {**listed, "generated_at": None}


def test_the_live_row_of_a_campaign_message_carries_the_campaign_size(desk: Desk) -> None:
    # the voters in the campaign, as its panel lists them, not the matcher's running count (issue 21)
    campaign = Campaign(office_id=desk.office_id, label="Red het bos", size=37, centroid=b"", fingerprints=b"")
    db.session.add(campaign)
    db.session.commit()
    message = post(desk.x, "Red het bos!", voter="c1")
    tag(message, campaign_id=campaign.id)
    tag(post(desk.x, "Red het bos!!", voter="c2"), campaign_id=campaign.id)
    [row] = rows_for([message.conversation_id])
    assert (row["tags"]["campaign_id"], row["tags"]["campaign_size"]) == (campaign.id, 2)


def test_the_row_lists_the_tags_of_every_inbound_message_the_filters_match_on(desk: Desk) -> None:
    first = post(desk.x, "Over mijn huur.", voter="v", thread="t1")
    second = post(desk.x, "En de bus rijdt niet.", voter="v", thread="t1")
    same = post(desk.x, "Nog steeds geen bus!", voter="v", thread="t1")
    tag(first, topic="housing", sentiment="negative")
    tag(second, topic="mobility")
    tag(same, topic="mobility")
    untriaged = post(desk.x, "Hallo?", voter="v", thread="t1")
    db.session.delete(untriaged.triage)  # as if triage had not reached it yet
    untriaged.triage_state = TriageState.PENDING
    db.session.commit()
    [row] = rows_for([first.conversation_id])
    clear = {"topic_uncertain": False, "topic_second": None}
    assert row["tag_sets"] == [
        {"language": "nl", "topic": "housing", **clear, "sentiment": "negative", "toxic": False, "campaign_id": None},
        {"language": "nl", "topic": "mobility", **clear, "sentiment": "neutral", "toxic": False, "campaign_id": None},
    ]
    assert row["waiting"] == 4 and row["tags"] == {"state": "pending", "error": None}


@contextmanager
def _counted() -> Iterator[list[str]]:
    statements: list[str] = []

    def count(conn, cursor, statement, parameters, context, executemany) -> None:  # type: ignore[no-untyped-def]
        statements.append(statement)

    event.listen(db.engine, "before_cursor_execute", count)
    try:
        yield statements
    finally:
        event.remove(db.engine, "before_cursor_execute", count)


def _busy_office(desk: Desk, conversations: int) -> list[int]:
    """Conversations with two voter messages each, tagged, every other one assigned."""
    ids = []
    for number in range(conversations):
        post(desk.x, "Eerste vraag.", voter=f"v{number}", name=f"Kiezer {number}")
        later = post(desk.x, "Tweede vraag.", voter=f"v{number}")
        tag(later, topic="housing")
        if number % 2:
            db.session.get(Conversation, later.conversation_id).assignee_id = desk.setup.staff.id
        ids.append(later.conversation_id)
    db.session.commit()
    return ids


def test_a_page_of_rows_takes_as_many_queries_for_twelve_conversations_as_for_two(app: Flask) -> None:
    def queries(conversations: int) -> tuple[int, int]:
        desk = make_desk(f"Office of {conversations}")
        ids = _busy_office(desk, conversations)
        office_id, user_id = desk.office_id, desk.setup.staff.id
        db.session.expire_all()
        with _counted() as page_statements:
            page = queue_page(office_id, user_id, QueueFilters(limit=50))
        assert len(page.items) == conversations
        assert {item["contact_name"] for item in page.items} == {f"Kiezer {n}" for n in range(conversations)}
        db.session.expire_all()
        with _counted() as live_statements:
            assert len(rows_for(ids)) == conversations
        return len(page_statements), len(live_statements)

    small, large = queries(2), queries(12)
    assert small == large
    page, live = small
    assert page <= 5  # the page, the pinned threats, and the row's three queries
    assert live <= 4
